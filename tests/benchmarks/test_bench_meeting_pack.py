"""Issues 7 and 18 speed: the meeting pack with 152 profile sheets plus the overview, against a bare atlas
export of the same 152 pages (the profile template without the indicator table and the texts, its maps in
the same CRS as the pack's), same run.
Target: the pack takes at most 2x the time of the bare atlas (printed as pack / bare atlas)."""

import json

import pytest
from qgis import processing
from qgis.core import QgsLayoutExporter, QgsProject, QgsVectorLayer

from quartier_plugin import paths
from quartier_plugin.core.scenario import new_scenario
from quartier_plugin.layers.result_layer import ResultLayerUpdater, create_result_layer
from quartier_plugin.layers.weighting_session import WeightingInputs, WeightingSession
from quartier_plugin.layouts.meeting_pack import MeetingPack, PackRequest
from quartier_plugin.layouts.sheets import load_template

from .harness import best_times


@pytest.fixture(scope="module")
def demo(quartier_provider, tmp_path_factory):
    path = tmp_path_factory.mktemp("bench_pack") / "demostadt.gpkg"
    processing.run("quartier:create_demo_city", {"SEED": 2026, "OUTPUT": str(path)})
    return str(path)


def test_pack_of_152_profiles_against_a_bare_atlas(qgis_new_project, demo, tmp_path):
    project = QgsProject.instance()
    areas = QgsVectorLayer(f"{demo}|layername=stadtteile", "Stadtteile", "ogr")
    table = QgsVectorLayer(f"{demo}|layername=statistik_stadtteile", "Statistik", "ogr")
    renewal = QgsVectorLayer(f"{demo}|layername=vorranggebiete", "Vorranggebiete", "ogr")
    bezirke = QgsVectorLayer(f"{demo}|layername=stadtbezirke", "Stadtbezirke", "ogr")
    project.addMapLayers([areas, table, renewal, bezirke])
    project.setCrs(areas.crs())  # as any saved project has one (the pack's maps draw in it)
    with open(paths.resource("presets") + "/stuttgart_gebietsauswahl.json", encoding="utf-8") as handle:
        base = json.load(handle)
    session = WeightingSession(WeightingInputs(areas.id(), "stadtteil_nr", table.id(), "stadtteil_nr",
                                               "stadtteil_name"), base, project).load()
    scenario = new_scenario("Bench", base)
    keys = [str(k) for k in session.keys]
    runs = iter(range(100))

    def pack():
        request = PackRequest(session=session, scenario=scenario, keys=keys, folder=str(tmp_path / f"p{next(runs)}"),
                              renewal=renewal, boundaries=bezirke, language="de")
        MeetingPack(request, QgsProject()).build()

    # the baseline: the same 152 A4 pages through QGIS's own atlas export, maps only
    _m, preset, result = session.compute(scenario["settings"])
    coverage = create_result_layer(session, "Bedarfsklassen")
    ResultLayerUpdater(coverage).update(preset, result)
    project.addMapLayer(coverage)
    bare = load_template("profile_a4", project)
    bare.removeMultiFrame(bare.itemById("indicator_table").multiFrame())
    for item_id in ("index_text", "renewal_text", "method_note", "sources"):
        bare.removeLayoutItem(bare.itemById(item_id))
    area_map, locator = bare.itemById("area_map"), bare.itemById("locator_map")
    for item, layers in ((area_map, [renewal, coverage]), (locator, [bezirke, coverage])):
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setCrs(coverage.crs())  # the same pages: both maps in the sheet's CRS, as the pack draws them
        item.setExtent(coverage.extent())
    area_map.setAtlasDriven(True)
    atlas = bare.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 200  # as the pack renders

    def bare_atlas():
        code, _error = QgsLayoutExporter.exportToPdf(atlas, str(tmp_path / "bare.pdf"), settings)
        assert code == QgsLayoutExporter.Success

    ours, baseline = (t[0] for t in best_times([pack, bare_atlas], repeat=3))
    print(f"BENCH meeting pack, overview + 152 profiles: pack {ours * 1000:.0f} ms vs bare atlas of 152 pages "
          f"{baseline * 1000:.0f} ms -> pack / bare atlas = {ours / baseline:.2f}x (target <= 2x)")
    project.removeAllMapLayers()
