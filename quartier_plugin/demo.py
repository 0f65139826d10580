"""The headless demo chain behind ``make demo``: demo city -> styled project -> overview sheet.

Run as ``python3 -m quartier_plugin.demo OUT_DIR [--seed N] [--language de|en]``. Each step is
what a user gets from the plugin: the GeoPackage comes from the Processing algorithm
``quartier:create_demo_city``, the project and the sheet from the same functions the GUI uses.
"""

import argparse
import datetime
import json
import os
import sys

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from . import __about__, paths
from .core import demo_city
from .core.method_preset import DEFAULT_METHOD
from .definitions import DEFAULT_OFFICE, DEMO_SOURCE_NOTE, GROUP_NEED, PROVIDER_ID
from .layers.bivariate import apply_bivariate_style
from .layers.city_layers import add_demo_city_layers, store_demo_hierarchy
from .layers.workspace_layers import set_workspace
from .layouts.bivariate_legend import add_bivariate_legend
from .layouts.pdf_export import export_pdf
from .layouts.sheets import overview_sheet
from .storage.atomic import atomic_path
from .storage.workspace import WorkspaceSpec, default_gpkg_path
from .translation import tr

GPKG_NAME = "demostadt.gpkg"
PROJECT_NAME = "demostadt.qgz"
OVERVIEW_PDF = "uebersicht_gebietsgliederung.pdf"
VALIDATION_CSV = "pruefbericht_gebietsgliederung.csv"
BEZIRK_STATS_CSV = "statistik_stadtbezirke.csv"
NEED_INDEX_CSV = "bedarfsindex_stadtteile.csv"
OVERLAY_GPKG = "bedarf_stadterneuerung.gpkg"
CANDIDATES_CSV = "kandidaten_agsp.csv"
BIVARIATE_PDF = "bedarf_stadterneuerung_bivariat.pdf"
ROBUSTNESS_CSV = "robustheit_rangfolge.csv"
PACK_DIR = "sitzungsunterlage_agsp"
STATS_FIELDS = ("einwohner", "haushalte", "nettoeinkommen_tsd_eur", "laerm_betroffene", "migrationshintergrund",
                "einwohner_u25", "buergergeld_u25", "bonuscard", "kinder_esu", "kinder_uebergewicht", "wohndauer_u5")
STATS_SHARES = ("laerm_pct=laerm_betroffene/einwohner; migration_pct=migrationshintergrund/einwohner; "
                "buergergeld_u25_pct=buergergeld_u25/einwohner_u25; bonuscard_pct=bonuscard/einwohner; "
                "uebergewicht_pct=kinder_uebergewicht/kinder_esu; wohndauer_u5_pct=wohndauer_u5/einwohner")


def _date_text(language, today):
    if language == "de":
        return tr("As of {0}").format(today.strftime("%d.%m.%Y"))
    return tr("As of {0}").format(today.isoformat())


def build_demo(out_dir, seed=demo_city.DEFAULT_SEED, language="de", today=None, feedback=None):
    """Run the chain into ``out_dir``; returns the list of files written."""
    from qgis import processing

    out_dir = os.path.abspath(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    today = today or datetime.date.today()
    gpkg = os.path.join(out_dir, GPKG_NAME)
    processing.run(f"{PROVIDER_ID}:create_demo_city", {"SEED": seed, "OUTPUT": gpkg}, feedback=feedback)

    project = QgsProject()
    qgz = os.path.join(out_dir, PROJECT_NAME)
    project.setFileName(qgz)  # paths in the project (the workspace's too) are written relative to it
    workspace = default_gpkg_path(qgz)
    for leftover in (workspace, workspace + "-wal", workspace + "-shm", workspace + "-journal"):
        if os.path.exists(leftover):  # the demo is made anew: its results too
            os.remove(leftover)
    set_workspace(WorkspaceSpec("gpkg", path=workspace), project)
    project.setCrs(QgsCoordinateReferenceSystem(demo_city.CRS))
    project.setTitle(tr("Demostadt – social district development"))
    metadata = project.metadata()
    metadata.setAuthor(DEFAULT_OFFICE)
    project.setMetadata(metadata)
    layers = add_demo_city_layers(gpkg, project)
    shown = [layers["vorranggebiete"], layers["stadtbezirke"], layers["stadtteile"], layers["bevoelkerung_raster"]]
    source_note = "\n".join((
        DEMO_SOURCE_NOTE,
        tr("Coordinate reference system: ETRS89 / UTM zone 32N (EPSG:25832). Seed {0}.").format(seed),
        tr("Made with Quartier {0}.").format(__about__.__version__),
    ))
    texts = {"date": _date_text(language, today), "office": DEFAULT_OFFICE, "sources": source_note,
             "method_note": "", "legend_title": tr("Legend")}
    overview = overview_sheet(
        project, shown, shown, layers["stadtbezirke"].extent(), dict(
            texts, title=tr("Demostadt: district structure and urban renewal priority areas"),
            subtitle=tr("Stadtbezirke, Stadtteile, Stadterneuerungs-Vorranggebiete 2025/2026 and residents per "
                        "100 m cell")),
        name=tr("Overview A4"))
    pdf = export_pdf(overview, os.path.join(out_dir, OVERVIEW_PDF))

    hierarchy_layers = store_demo_hierarchy(layers, project)
    validation_csv = os.path.join(out_dir, VALIDATION_CSV)
    with atomic_path(validation_csv) as tmp:
        result = processing.run(f"{PROVIDER_ID}:validate_hierarchy", dict(
            {lv.upper(): layer for lv, layer in hierarchy_layers.items()}, OUTPUT=tmp), feedback=feedback)
    if result["ERRORS"]:
        raise RuntimeError(tr("The demo city failed its own validation: {0} errors.").format(result["ERRORS"]))
    bezirk_csv = os.path.join(out_dir, BEZIRK_STATS_CSV)
    with atomic_path(bezirk_csv) as tmp:
        processing.run(f"{PROVIDER_ID}:aggregate_counts", {
            "INPUT": layers["statistik_stadtteile"], "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": list(STATS_FIELDS),
            "GROUP_BY": ["jahr"], "SHARES": STATS_SHARES, "UNITS": layers["stadtteile"],
            "POPULATION_FIELD": "einwohner", "OUTPUT": tmp},
            feedback=feedback)

    need_csv = os.path.join(out_dir, NEED_INDEX_CSV)
    with atomic_path(need_csv) as tmp:
        processing.run(f"{PROVIDER_ID}:need_index", {
            "INPUT": layers["statistik_stadtteile"], "METHOD": DEFAULT_METHOD,
            "PARENTS": layers["stadtteile"], "OUTPUT": tmp},  # the Bezirke: complementary suppression
            feedback=feedback)
    robustness_csv = os.path.join(out_dir, ROBUSTNESS_CSV)
    with atomic_path(robustness_csv) as tmp:
        processing.run(f"{PROVIDER_ID}:robustness", {
            "INPUT": layers["statistik_stadtteile"], "METHOD": DEFAULT_METHOD, "DRAWS": 2000,
            "PARENTS": layers["stadtteile"],
            "SPREAD": 20, "SEED": seed, "OUTPUT": tmp}, feedback=feedback)

    overlay_gpkg = os.path.join(out_dir, OVERLAY_GPKG)
    candidates_csv = os.path.join(out_dir, CANDIDATES_CSV)
    with atomic_path(overlay_gpkg) as tmp_gpkg, atomic_path(candidates_csv) as tmp_csv:
        processing.run(f"{PROVIDER_ID}:renewal_overlay", {
            "AREAS": layers["stadtteile"], "KEY_FIELD": "stadtteil_nr", "INDEX": need_csv, "INDEX_KEY": "stadtteil_nr",
            "CLASS_FIELD": "index_class", "RANK_FIELD": "index_rank", "RENEWAL": layers["vorranggebiete"],
            "POPULATION": layers["bevoelkerung_raster"], "POPULATION_FIELD": "einwohner",
            "OUTPUT": tmp_gpkg, "CANDIDATES": tmp_csv}, feedback=feedback)
    bivariate = QgsVectorLayer(overlay_gpkg, tr("Social need and urban renewal"), "ogr")
    bivariate.setReadOnly(True)
    apply_bivariate_style(bivariate)
    project.addMapLayer(bivariate, False)
    group = project.layerTreeRoot().insertGroup(0, GROUP_NEED)
    group.addLayer(bivariate)
    bivariate_pdf = export_pdf(overview_sheet(
        project, [layers["vorranggebiete"], layers["stadtbezirke"], bivariate],
        [layers["vorranggebiete"], layers["stadtbezirke"]], layers["stadtbezirke"].extent(), dict(
            texts, title=tr("Demostadt: social need and urban renewal priority areas"),
            subtitle=tr("Need index (preset Stuttgart Gebietsauswahl, 2024) crossed with the renewal areas "
                        "2025/2026")),
        name=tr("Need and renewal A4"),
        extra_legend=lambda layout, x, y: add_bivariate_legend(layout, x, y, title=tr("Need x renewal"))),
        os.path.join(out_dir, BIVARIATE_PDF))

    session, scenarios = add_demo_scenarios(project, layers)
    pack_dir = write_demo_pack(out_dir, project, layers, session, scenarios[0], bivariate, language, today, feedback)

    set_start_view(project, layers["stadtbezirke"])
    with atomic_path(qgz) as tmp:
        if not project.write(tmp):
            raise RuntimeError(tr("Could not write the project: {0}").format(project.error()))
    return [gpkg, qgz, workspace, pdf, validation_csv, bezirk_csv, need_csv, robustness_csv, overlay_gpkg,
            candidates_csv, bivariate_pdf] + [os.path.join(pack_dir, name) for name in sorted(os.listdir(pack_dir))]


def set_start_view(project, layer):
    """The project opens on the whole city (not on an empty canvas): its default view extent and the
    spatial bookmark "Gesamtstadt" (German, as the users' data)."""
    from qgis.core import QgsBookmark, QgsReferencedRectangle

    extent = QgsReferencedRectangle(layer.extent().buffered(layer.extent().width() * 0.03), layer.crs())
    project.viewSettings().setDefaultViewExtent(extent)
    bookmark = QgsBookmark()
    bookmark.setName("Gesamtstadt")
    bookmark.setGroup("Quartier")
    bookmark.setExtent(extent)
    project.bookmarkManager().addBookmark(bookmark)


def add_demo_scenarios(project, layers):
    """Two weighting scenarios with their layers and map themes, as the weighting dialog makes them."""
    from .core.scenario import default_settings, new_scenario
    from .layers.scenario_layers import publish_maps
    from .layers.weighting_session import WeightingInputs, WeightingSession
    from .storage.project_state import save_scenarios, save_weighting_state

    with open(os.path.join(paths.resource("presets"), f"{DEFAULT_METHOD}.json"), encoding="utf-8") as handle:
        base = json.load(handle)
    inputs = WeightingInputs(layers["stadtteile"].id(), "stadtteil_nr", layers["statistik_stadtteile"].id(),
                             "stadtteil_nr", "stadtteil_name")
    session = WeightingSession(inputs, base, project).load()
    equal = new_scenario(tr("Equal weights"), base)
    poverty = new_scenario(tr("Focus on poverty"), base)
    poverty["settings"]["weights"]["index"] = {"mode": "direct", "values": {
        "laerm": 1, "migration": 1, "einkommen": 2, "buergergeld_u25": 2, "bonuscard": 2, "uebergewicht": 1,
        "wohndauer_u5": 1}}
    scenarios = [equal, poverty]
    save_scenarios(scenarios, project)
    save_weighting_state({"inputs": inputs.to_dict(), "base_method": base, "method_source": base["id"],
                          "settings": default_settings(base), "scenario": equal["name"]}, project)
    publish_maps(session, scenarios, default_settings(base), project)
    return session, scenarios


def write_demo_pack(out_dir, project, layers, session, scenario, overlay, language, today, feedback=None):
    """The meeting pack of the first scenario: profile sheets for the areas of the highest class."""
    from .layouts.meeting_pack import MeetingPack, PackRequest
    from .processing.meeting_pack import top_class_keys

    _method, preset, result = session.compute(scenario["settings"])
    request = PackRequest(
        session=session, scenario=scenario, keys=top_class_keys(preset, result),
        folder=os.path.join(out_dir, PACK_DIR), title=tr("Demostadt: social need index"), office=DEFAULT_OFFICE,
        date=today, sources=[DEMO_SOURCE_NOTE], renewal=layers["vorranggebiete"], boundaries=layers["stadtbezirke"],
        overlay=overlay, overlay_key="stadtteil_nr", language=language)
    return MeetingPack(request, project, feedback).build()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m quartier_plugin.demo", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=demo_city.DEFAULT_SEED)
    parser.add_argument("--language", default="de")
    args = parser.parse_args(argv)

    from .headless import start_qgis

    app, plugin = start_qgis(language=args.language)
    try:
        files = build_demo(args.out_dir, seed=args.seed, language=args.language)
        print(tr("Demo written to {0}:").format(os.path.abspath(args.out_dir)))
        for path in files:
            print(f"  {os.path.relpath(path)}  ({os.path.getsize(path):,} bytes)")
    finally:
        plugin.unload()
    return 0


if __name__ == "__main__":
    sys.exit(main())
