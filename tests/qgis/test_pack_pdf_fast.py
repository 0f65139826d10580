"""The pack's PDF draws the whole-layer maps (the profiles' locator, the overview maps) from copies in memory of
their GeoPackage layers (issue 18): the pages must look exactly as when drawn from the layers themselves, and
the layouts must get their own layers back."""

import json

import pytest
from qgis.core import QgsLayoutExporter, QgsLayoutItemMap, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from quartier_plugin import paths
from quartier_plugin.core.scenario import new_scenario
from quartier_plugin.layers.weighting_session import WeightingInputs, WeightingSession
from quartier_plugin.layouts import pack_pdf
from quartier_plugin.layouts.meeting_pack import MeetingPack, PackRequest


@pytest.fixture
def pack(qgis_new_project, demo_gpkg, quartier_provider, tmp_path, monkeypatch):
    from quartier_plugin.layouts.pack.publish import PackLayers

    cleanup = PackLayers.cleanup
    monkeypatch.setattr(PackLayers, "cleanup", lambda self: None)   # the layouts keep their layers for the test
    project = QgsProject.instance()
    names = {"stadtteile": "Stadtteile", "statistik_stadtteile": "Statistik", "vorranggebiete": "Vorranggebiete",
             "stadtbezirke": "Stadtbezirke"}
    layers = {n: QgsVectorLayer(f"{demo_gpkg}|layername={n}", label, "ogr") for n, label in names.items()}
    project.addMapLayers(list(layers.values()))
    with open(paths.resource("presets") + "/stuttgart_gebietsauswahl.json", encoding="utf-8") as handle:
        base = json.load(handle)
    session = WeightingSession(WeightingInputs(layers["stadtteile"].id(), "stadtteil_nr",
                                               layers["statistik_stadtteile"].id(), "stadtteil_nr", "stadtteil_name"),
                               base, project).load()
    keys = [str(k) for k in session.keys][:6]
    target = QgsProject()
    built = MeetingPack(PackRequest(session=session, scenario=new_scenario("Test", base), keys=keys,
                                    folder=str(tmp_path / "pack"), renewal=layers["vorranggebiete"],
                                    boundaries=layers["stadtbezirke"], language="de"), target)
    built.build()
    yield built
    cleanup(built.published)
    project.removeAllMapLayers()


def page_image(layout, page=0):
    image = QgsLayoutExporter(layout).renderPageToImage(page, dpi=60)
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def maps(layout):
    return [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]


def test_pages_drawn_from_the_memory_copies_are_the_same(pack):
    layouts = pack.layouts
    profiles = next(layout for layout in layouts if layout.atlas().enabled())
    before = {item.uuid(): item.layers() for layout in layouts for item in maps(layout)}
    atlas = profiles.atlas()
    atlas.updateFeatures()
    atlas.beginRender()
    try:
        for step in (0, atlas.count() - 1):
            atlas.seekTo(step)
            plain = page_image(profiles)
            with pack_pdf._whole_layers_from_memory([profiles]):
                locator = profiles.itemById("locator_map")
                copied = [layer for layer in locator.layers() if layer.providerType() == "memory"]
                assert copied, "the locator map draws its GeoPackage layers from copies"
                fast = page_image(profiles)
            assert fast == plain, step
    finally:
        atlas.endRender()
    for layout in layouts:
        if not layout.atlas().enabled():
            plain = page_image(layout)
            with pack_pdf._whole_layers_from_memory([layout]):
                fast = page_image(layout)
            assert fast == plain
    assert {item.uuid(): item.layers() for layout in layouts for item in maps(layout)} == before


def test_atlas_driven_maps_keep_their_layers(pack):
    profiles = next(layout for layout in pack.layouts if layout.atlas().enabled())
    area_map = profiles.itemById("area_map")
    layers = area_map.layers()
    with pack_pdf._whole_layers_from_memory([profiles]):
        assert area_map.layers() == layers
