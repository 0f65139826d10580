"""The demo chain: GeoPackage, a project that opens with grouped, styled layers, a one-page PDF sheet."""

import datetime
import os
import re
import shutil
import subprocess

import pytest
from qgis.core import (
    QgsGraduatedSymbolRenderer,
    QgsLayerTreeGroup,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
)

from quartier_plugin import demo, translation

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils (pdfinfo) not installed")


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory, demo_gpkg):
    from provider_helper import ensure_provider

    ensure_provider()  # another module may have unloaded it (plugin lifecycle tests)
    out = tmp_path_factory.mktemp("demo_out")
    translator = translation.install_translator("de")
    try:
        files = demo.build_demo(out, seed=2026, language="de", today=datetime.date(2026, 11, 21))
    finally:
        translation.remove_translator(translator)
    return out, files


def test_chain_writes_the_three_files(demo_out):
    out, files = demo_out
    top = sorted([demo.GPKG_NAME, demo.PROJECT_NAME, "demostadt.quartier.gpkg",
                  demo.OVERVIEW_PDF, demo.VALIDATION_CSV, demo.BEZIRK_STATS_CSV,
                  demo.NEED_INDEX_CSV, demo.ROBUSTNESS_CSV, demo.OVERLAY_GPKG, demo.CANDIDATES_CSV, demo.BIVARIATE_PDF])
    pack = ["LIESMICH.md", "einstellungen.json", "rangfolge.csv", "sitzungsunterlage.pdf"]
    assert sorted(os.path.relpath(p, out) for p in files) == sorted(top + [f"{demo.PACK_DIR}/{n}" for n in pack])
    assert sorted(p.name for p in out.iterdir()) == sorted(top + [demo.PACK_DIR]), "no temporary files left"
    pdf = out / demo.PACK_DIR / "sitzungsunterlage.pdf"
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           15" in pages  # overview, bivariate sheet, 13 areas of the highest class
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Steckbrief" in text and "Bedarfsklassen" in text and "Stand: 21.11.2026" in text


def test_project_opens_with_groups_and_styles(demo_out):
    out, _ = demo_out
    project = QgsProject()
    assert project.read(str(out / demo.PROJECT_NAME))
    root = project.layerTreeRoot()
    groups = [c.name() for c in root.children() if isinstance(c, QgsLayerTreeGroup)]
    assert groups == ["Handlungsbedarf", "Gebietsgliederung", "Stadterneuerung", "Bevölkerung", "Sitzungsunterlage"]
    themes = project.mapThemeCollection().mapThemes()
    assert "Quartier · Szenario · Schwerpunkt Armut" in themes and len(themes) == 9
    assert project.layoutManager().layoutByName("AGSP Steckbriefe") is not None
    need_layer = root.findGroup("Handlungsbedarf").findLayers()[0].layer()
    assert need_layer.renderer().type() == "categorizedSymbol" and need_layer.featureCount() == 152
    hierarchy = root.findGroup("Gebietsgliederung")
    assert [n.name() for n in hierarchy.findLayers()] == [
        "Stadtbezirke", "Stadtteile", "Steuerungsbereiche (Jugendhilfe)", "RTK-Regionen (Jugendhilfe)",
        "Planungsräume (Jugendhilfe)"]
    assert all(layer.isValid() for layer in project.mapLayers().values())
    # it opens on the whole city, with a bookmark to come back to it
    start = project.viewSettings().defaultViewExtent()
    bezirke = next(lay for lay in project.mapLayers().values() if lay.name() == "Stadtbezirke")
    assert not start.isEmpty() and start.contains(bezirke.extent())
    assert [b.name() for b in project.bookmarkManager().bookmarks()] == ["Gesamtstadt"]
    # the user's layers (the meeting pack keeps styled copies of some in its own hidden group)
    layers = {node.layer().name(): node.layer() for group in ("Gebietsgliederung", "Bevölkerung")
              for node in root.findGroup(group).findLayers()}
    bezirke, stadtteile = layers["Stadtbezirke"], layers["Stadtteile"]
    assert isinstance(bezirke.renderer(), QgsSingleSymbolRenderer)
    line_width = lambda layer: layer.renderer().symbol().symbolLayer(0).width()  # noqa: E731
    assert line_width(bezirke) > 3 * line_width(stadtteile)
    assert bezirke.labelsEnabled() and stadtteile.labelsEnabled()
    assert stadtteile.labeling().settings().minimumScale == 60000  # labels only when zoomed in
    assert isinstance(layers["Einwohner je 100-m-Zelle"].renderer(), QgsGraduatedSymbolRenderer)
    # relative paths, so the folder can be moved or shared
    assert "./demostadt.gpkg" in layers["Stadtteile"].source() or project.readPath("./demostadt.gpkg")
    layout = project.layoutManager().layoutByName("Übersicht A4")
    assert layout is not None
    kinds = {type(item).__name__ for item in layout.items()}
    for kind in ("QgsLayoutItemMap", "QgsLayoutItemLegend", "QgsLayoutItemScaleBar", "QgsLayoutItemPicture"):
        assert kind in kinds, kind
    scalebar = next(i for i in layout.items() if isinstance(i, QgsLayoutItemScaleBar))
    assert scalebar.units() == QgsUnitTypes.DistanceKilometers and scalebar.linkedMap() is not None
    arrow = next(i for i in layout.items() if isinstance(i, QgsLayoutItemPicture))
    assert arrow.picturePath().endswith("north_arrow.svg")


def test_project_holds_the_hierarchy_definition(demo_out):
    from quartier_plugin.storage.project_state import load_hierarchy

    out, _ = demo_out
    project = QgsProject()
    assert project.read(str(out / demo.PROJECT_NAME))
    definition = load_hierarchy(project)
    assert set(definition.levels) == {"stadtbezirk", "stadtteil", "steuerungsbereich", "rtk_region", "planungsraum"}
    for entry in definition.levels.values():
        assert project.mapLayer(entry["layer_id"]) is not None


def test_bezirk_statistics_csv(demo_out):
    import csv

    out, _ = demo_out
    with open(out / demo.BEZIRK_STATS_CSV, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 46
    assert sorted({r["parent_key"] for r in rows})[:2] == ["01", "02"]  # the data's own spelling
    assert sum(int(r["einwohner"]) for r in rows if r["jahr"] == "2024") == 609_000
    with open(out / demo.VALIDATION_CSV, encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 0  # the demo city is clean


def test_need_index_csv_has_no_values_of_small_areas(demo_out):
    import csv

    out, _ = demo_out
    with open(out / demo.NEED_INDEX_CSV, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 152 and sum(r["scored"] == "1" for r in rows) == 152 - 3 - 3  # small, and withheld beside
    for r in rows:
        if r["scored"] == "0":
            assert {k for k, v in r.items() if v} == {"stadtteil_nr", "scored", "not_scored_reason"}


def test_bivariate_sheet_and_candidates(demo_out):
    import csv

    out, _ = demo_out
    info = subprocess.run(["pdfinfo", str(out / demo.BIVARIATE_PDF)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M)
    text = subprocess.run(["pdftotext", str(out / demo.BIVARIATE_PDF), "-"], capture_output=True, text=True).stdout
    assert "Stadterneuerung" in text and "50 %" in text
    with open(out / demo.CANDIDATES_CSV, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    groups = [r["decision_group"] for r in rows]
    assert groups and set(groups) <= {"joint", "social_first", "renewal_only"}
    assert groups == sorted(groups, key=["joint", "social_first", "renewal_only"].index)
    assert any(float(r["renewal_share"]) == 100 for r in rows)  # the Stadtteil inside VG01 is a candidate


def test_pdf_has_one_page_with_the_sheet_elements(demo_out):
    out, _ = demo_out
    pdf = out / demo.OVERVIEW_PDF
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M), info
    assert re.search(r"^Page size:\s+84[12]\.?\d* x 595\.?\d* pts", info, re.M), info  # A4 landscape
    assert "Amt für Stadtplanung und Wohnen" in info  # the issuing office as the PDF's author
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("Demostadt: Gebietsgliederung und Stadterneuerungs-Vorranggebiete", "Legende",
                     "Stand: 21.11.2026", "Stadtbezirke", "Stadterneuerungs-Vorranggebiete 2025/2026",
                     "synthetische Beispieldaten", "EPSG:25832", "Amt für Stadtplanung und Wohnen"):
        assert expected in text, expected


def test_no_small_stadtteil_can_be_recovered_from_the_demos_files(demo_out, demo_gpkg):
    """The attacker of test_disclosure on every file `make demo` writes: the Bezirk totals CSV, the need index
    CSV and the pack's ranking CSV (each with the residents, which are public); no suppressed value comes back."""
    import csv

    from test_disclosure import PRESET, attack, count_indicators, pack_shares, public_facts

    from quartier_plugin import paths
    from quartier_plugin.core.method_preset import load_preset

    out, _files = demo_out
    indicators = count_indicators(load_preset(PRESET, paths.resource("presets")))
    parent_of, truth = public_facts(demo_gpkg)
    small = sorted(k for k, v in truth.items() if v["einwohner"] < 300)
    with open(out / demo.BEZIRK_STATS_CSV, encoding="utf-8") as handle:
        totals = {row["parent_key"]: {k: float(v) for k, v in row.items() if k not in ("parent_key", "jahr") and v}
                  for row in csv.DictReader(handle) if row["jahr"] == "2024"}
    with open(out / demo.NEED_INDEX_CSV, encoding="utf-8") as handle:
        need = {row["stadtteil_nr"]: {i[0]: float(row[f"{i[0]}_value"]) if row[f"{i[0]}_value"] else None
                                      for i in indicators} for row in csv.DictReader(handle)}
    for shares in (need, pack_shares(out / demo.PACK_DIR, indicators)):
        found = attack(totals, shares, parent_of, truth, indicators, small)
        narrow = {k: v for k, v in found.items() if v[1] - v[0] < 5.0}
        assert len(found) == 18 and not narrow, narrow
