"""The bivariate renderer and the 3 x 3 legend for print layouts."""

from qgis.core import QgsLayoutItemShape, QgsPrintLayout, QgsProject, QgsVectorLayer

from quartier_plugin.layers.bivariate import PALETTE, bivariate_renderer, class_symbol
from quartier_plugin.layouts.bivariate_legend import add_bivariate_legend


def test_renderer_has_nine_classes_and_not_scored():
    renderer = bivariate_renderer()
    values = [c.value() for c in renderer.categories()]
    assert sorted(v for v in values if v) == sorted(f"{n}-{c}" for n in (1, 2, 3) for c in (1, 2, 3))
    assert len(values) == 10 and renderer.classAttribute() == "bivariate"
    categories = renderer.categories()
    symbols = {c.value(): c.symbol() for c in categories if c.value()}
    colours = {v: s.symbolLayer(0).color().name() for v, s in symbols.items()}
    assert colours["3-3"] == PALETTE[2][2] and colours["1-1"] == PALETTE[0][0]
    assert len(set(colours.values())) == 9


def test_coverage_is_also_hatched_for_black_and_white_print():
    assert class_symbol(2, 1).symbolLayerCount() == 1
    assert class_symbol(2, 2).symbolLayerCount() == 2
    assert class_symbol(2, 3).symbolLayerCount() == 3
    # need runs from light to dark in every coverage column
    for cover in range(3):
        symbols = [class_symbol(n, cover + 1) for n in (1, 2, 3)]  # keep them alive while reading their layers
        light = [s.symbolLayer(0).color().lightness() for s in symbols]
        assert light[0] > light[1] > light[2]


def test_legend_in_a_layout(qgis_app):
    layout = QgsPrintLayout(QgsProject.instance())
    layout.initializeDefaults()
    items = add_bivariate_legend(layout, 10, 10, title="Bedarf x Stadterneuerung")
    shapes = [i for i in items if isinstance(i, QgsLayoutItemShape) and i.id() != "bivariate_not_scored"]
    assert len(shapes) == 9 and {s.id() for s in shapes} == {f"bivariate_{n}_{c}" for n in (1, 2, 3) for c in (1, 2, 3)}
    texts = [i.text() for i in items if hasattr(i, "text")]
    assert {"low need", "medium need", "high need", "not scored"} <= set(texts), texts  # words, not 1/2/3
    assert any(i.id() == "bivariate_not_scored" for i in items)
    top = min(s.positionWithUnits().y() for s in shapes)
    high_need = [s for s in shapes if s.id().startswith("bivariate_3")]
    assert all(s.positionWithUnits().y() == top for s in high_need)  # high need on top


def test_applied_to_the_overlay_output(tmp_path, qgis_app):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=bivariate:string", "b", "memory")
    from quartier_plugin.layers.bivariate import apply_bivariate_style

    apply_bivariate_style(layer)
    assert layer.renderer().type() == "categorizedSymbol"
