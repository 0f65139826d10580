"""Issue 14: one projected CRS for every map of a sheet; layers in other CRSs are drawn, not lost or stretched.

The sheets are rendered to images and their pixels looked at: the fill colours of the layers must be inside
the map's rectangle, and a 1 km square must come out square.
"""

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QImage

from quartier_plugin.compat import DISTANCE_KM
from quartier_plugin.layouts import sheets
from quartier_plugin.layouts.map_crs import sheet_crs

DPI = 50
AREA_RGB = (0, 170, 0)
RENEWAL_RGB = (255, 0, 255)
TEXTS = {"title": "CRS test", "subtitle": "areas and renewal areas in two CRSs", "date": "2026-01-01",
         "office": "Amt", "sources": "test data", "method_note": "", "legend_title": "Legend"}


def crs(code):
    return QgsCoordinateReferenceSystem(code)


def polygon_layer(name, code, rings, rgb):
    """A memory layer in ``code`` with one polygon per ring (a list of (x, y)), filled plain ``rgb``."""
    layer = QgsVectorLayer(f"Polygon?crs={code}&field=key:string&field=name:string&field=rank:integer",
                           name, "memory")
    features = []
    for i, ring in enumerate(rings):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([str(i + 1), f"{name} {i + 1}", i + 1])
        feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    layer.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"color": "{},{},{},255".format(*rgb), "outline_style": "no"}))
    return layer


def box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]


def transformed_box(x0, y0, x1, y1, source, target, steps=10):
    """The rectangle's outline (densified) in ``target``."""
    transform = QgsCoordinateTransform(crs(source), crs(target), QgsProject.instance())
    ring = []
    for (ax, ay), (bx, by) in zip(box(x0, y0, x1, y1), box(x0, y0, x1, y1)[1:]):
        for i in range(steps):
            point = transform.transform(QgsPointXY(ax + (bx - ax) * i / steps, ay + (by - ay) * i / steps))
            ring.append((point.x(), point.y()))
    return ring + ring[:1]


def render(layout, name):
    """The page at DPI as an (h, w, 3) RGB array; also saved to /tmp/sheet_crs_<name>.png for a look."""
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), DPI)
    image.save(f"/tmp/sheet_crs_{name}.png")
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pointer = image.constBits()
    pointer.setsize(image.bytesPerLine() * image.height())
    rows = np.frombuffer(pointer, np.uint8).reshape(image.height(), image.bytesPerLine())
    bgra = rows[:, :image.width() * 4].reshape(image.height(), image.width(), 4)
    return bgra[:, :, 2::-1].copy()


def inside(pixels, map_item, inset=2):
    """The pixels inside ``map_item``'s rectangle (a few pixels in from its frame)."""
    position, size = map_item.positionWithUnits(), map_item.sizeWithUnits()
    px = DPI / 25.4
    x0, y0 = round(position.x() * px) + inset, round(position.y() * px) + inset
    x1, y1 = round((position.x() + size.width()) * px) - inset, round((position.y() + size.height()) * px) - inset
    return pixels[y0:y1, x0:x1]


def mask(pixels, rgb):
    return np.all(pixels == np.array(rgb, np.uint8), axis=2)


def bounding_box(found):
    ys, xs = np.nonzero(found)
    return xs.min(), ys.min(), xs.max() + 1, ys.max() + 1


@pytest.fixture
def berlin(qgis_new_project):
    """Nine areas of 5 km in EPSG:25833 around Berlin; two renewal areas in EPSG:4326 over part of them."""
    areas = polygon_layer("Areas", "EPSG:25833", [box(x, y, x + 5000, y + 5000) for x in (385000, 390000, 395000)
                                                  for y in (5810000, 5815000, 5820000)], AREA_RGB)
    renewal = polygon_layer("Renewal", "EPSG:4326", [
        transformed_box(386000, 5811000, 389000, 5814000, "EPSG:25833", "EPSG:4326"),
        transformed_box(391000, 5816000, 398000, 5823000, "EPSG:25833", "EPSG:4326")], RENEWAL_RGB)
    qgis_new_project.addMapLayers([renewal, areas])
    yield qgis_new_project, areas, renewal
    qgis_new_project.removeAllMapLayers()


@pytest.mark.parametrize("project_crs, expected", [("EPSG:25833", "EPSG:25833"), (None, "EPSG:25832")])
def test_overview_draws_layers_of_two_crss(berlin, project_crs, expected):
    project, areas, renewal = berlin
    project.setCrs(crs(project_crs) if project_crs else QgsCoordinateReferenceSystem())
    assert project.crs().isValid() == bool(project_crs)
    layout = sheets.overview_sheet(project, [renewal, areas], [renewal, areas], areas.extent(), dict(TEXTS),
                                   name=f"CRS {expected}")
    map_item = sheets.item(layout, "map")
    assert map_item.crs().authid() == expected and not map_item.crs().isGeographic()
    assert sheets.item(layout, "scalebar").units() == DISTANCE_KM
    pixels = inside(render(layout, "berlin_" + expected.replace(":", "")), map_item)
    total = pixels.shape[0] * pixels.shape[1]
    area_share, renewal_share = mask(pixels, AREA_RGB).sum() / total, mask(pixels, RENEWAL_RGB).sum() / total
    assert area_share > 0.2, f"the areas are not drawn ({area_share:.1%} of the map)"
    # the renewal areas cover 58 of the 225 km² of areas
    assert 0.5 * 58 / 225 * (area_share + renewal_share) < renewal_share, f"renewal drawn on {renewal_share:.1%}"
    # the areas (15 km) fill the map's height: about 156 mm for 15.9 km, i.e. 1:100 000
    assert 80000 < map_item.scale() < 120000


def test_crs84_areas_are_projected_not_stretched(qgis_new_project):
    """Lon/lat data in a project without CRS: drawn in EPSG:25832, a 1 km square stays square and 1 km."""
    project = qgis_new_project
    cells = [box(x, y, x + 0.05, y + 0.03) for x in (9.40, 9.45) for y in (54.76, 54.79)]
    areas = polygon_layer("Areas", "OGC:CRS84", cells, AREA_RGB)
    centre = QgsCoordinateTransform(crs("OGC:CRS84"), crs("EPSG:25832"), project).transform(QgsPointXY(9.45, 54.79))
    x, y = round(centre.x()), round(centre.y())
    square = polygon_layer("Square", "OGC:CRS84",
                           [transformed_box(x - 500, y - 500, x + 500, y + 500, "EPSG:25832", "OGC:CRS84")],
                           RENEWAL_RGB)
    project.addMapLayers([square, areas])
    project.setCrs(QgsCoordinateReferenceSystem())
    try:
        layout = sheets.overview_sheet(project, [square, areas], [square, areas], areas.extent(), dict(TEXTS),
                                       name="CRS84")
        map_item = sheets.item(layout, "map")
        assert map_item.crs().authid() == "EPSG:25832"
        bar = sheets.item(layout, "scalebar")
        assert bar.units() == DISTANCE_KM
        pixels = inside(render(layout, "flensburg_crs84"), map_item)
        x0, y0, x1, y1 = bounding_box(mask(pixels, RENEWAL_RGB))
        ratio = (x1 - x0) / (y1 - y0)
        assert 0.8 < ratio < 1.25, f"the 1 km square is drawn {x1 - x0} x {y1 - y0} px"
        # true to scale: 1 km on the map is 1 km at the map's scale (which the scale bar shows)
        km_px = 1e6 / map_item.scale() * DPI / 25.4
        assert (x1 - x0) == pytest.approx(km_px, rel=0.1) and (y1 - y0) == pytest.approx(km_px, rel=0.1)
        # all areas: 0.1° x 0.06° at 54.8° N is about 6.4 km x 6.7 km, not 1.7 : 1
        everything = mask(pixels, AREA_RGB) | mask(pixels, RENEWAL_RGB)
        x0, y0, x1, y1 = bounding_box(everything)
        assert 0.85 < (x1 - x0) / (y1 - y0) < 1.05
    finally:
        project.removeAllMapLayers()


def test_profile_maps_draw_in_the_sheet_crs(qgis_new_project):
    """Profile sheets: the area map (atlas) and the locator map draw lon/lat areas projected."""
    project = qgis_new_project
    cells = [box(x, y, x + 0.05, y + 0.03) for x in (9.40, 9.45) for y in (54.76, 54.79)]
    areas = polygon_layer("Areas", "OGC:CRS84", cells, AREA_RGB)
    rows = QgsVectorLayer("None?field=key:string&field=indicator:string&field=value:double&field=city:double"
                          "&field=rating:string&field=need_level:integer", "rows", "memory")
    project.addMapLayers([areas, rows])
    try:
        layout = sheets.profile_sheet(project, areas, [areas], [areas], rows, dict(TEXTS), "'index'", "'renewal'",
                                      ["1", "2"], name="CRS84 profiles")
        area_map, locator = sheets.item(layout, "area_map"), sheets.item(layout, "locator_map")
        assert area_map.crs().authid() == locator.crs().authid() == "EPSG:25832"
        assert sheets.item(layout, "scalebar").units() == DISTANCE_KM
        atlas = layout.atlas()
        assert atlas.beginRender() and atlas.first()
        pixels = render(layout, "flensburg_profile")
        atlas.endRender()
        for map_item in (area_map, locator):
            assert mask(inside(pixels, map_item), AREA_RGB).mean() > 0.2, map_item.id()
        # the atlas area (0.05° x 0.03°, about 3.2 km x 3.3 km) is shown near square on the area map
        assert 20000 < area_map.scale() < 80000
    finally:
        project.removeAllMapLayers()


def test_sheet_crs_rules(qgis_new_project):
    project = qgis_new_project
    geographic = polygon_layer("g", "EPSG:4326", [], AREA_RGB)
    projected = polygon_layer("p", "EPSG:3035", [], AREA_RGB)
    project.setCrs(QgsCoordinateReferenceSystem())
    assert sheet_crs(project, [projected], crs("EPSG:25833")).authid() == "EPSG:25833"  # wanted wins
    assert sheet_crs(project, [projected, geographic]).authid() == "EPSG:3035"  # first layer, projected
    assert sheet_crs(project, [geographic, projected]).authid() == "EPSG:25832"  # never geographic
    assert sheet_crs(project, []).authid() == "EPSG:25832"
    project.setCrs(crs("EPSG:4326"))
    assert sheet_crs(project, [projected]).authid() == "EPSG:3035"
    project.setCrs(crs("EPSG:25833"))
    assert sheet_crs(project, [projected], QgsCoordinateReferenceSystem()).authid() == "EPSG:25833"
