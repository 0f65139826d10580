"""The sheets' legends and subtitle: long names wrap inside the legend's column, the atlas highlight is one
entry, a long subtitle gets smaller type instead of losing its end."""

from qgis.core import QgsProject, QgsVectorLayer

from quartier_plugin.layouts import sheets
from quartier_plugin.layouts.sheet_legend import TITLE_LABEL, fill_legend

LONG = "Assessments (number; need ▲ higher, ● as, ▼ lower) of the experts in this selection round"


def polygons(name):
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=key:string&field=name:string", name, "memory")
    assert layer.isValid()
    return layer


def test_a_long_layer_name_wraps_inside_the_column(qgis_app):
    project = QgsProject()
    layout = sheets.load_template("overview_a4", project)
    legend = sheets.item(layout, "legend")
    column = sheets.item(layout, "bivariate_legend").sizeWithUnits().width()
    wide = fill_legend(legend, [polygons(LONG)], "Legend").sizeWithUnits().width()
    assert wide > column  # unwrapped, the name runs out of the side column (and off an A4 page)
    fill_legend(legend, [polygons(LONG)], "Legend", column)
    node = legend.model().rootGroup().findLayers()[0]
    label = node.customProperty(TITLE_LABEL)
    assert "\n" in label and label.replace("\n", " ") == LONG and "● as" in label  # a sign stays with its word
    assert legend.sizeWithUnits().width() <= column + 0.5


def test_the_selected_area_is_one_entry(qgis_app):
    project = QgsProject()
    layout = sheets.load_template("profile_a4", project)
    highlight = sheets.atlas_highlight_layer(polygons("Areas"), "Area of the sheet")
    legend = fill_legend(sheets.item(layout, "legend"), [highlight], "Legend", 64)
    node = legend.model().rootGroup().findLayers()[0]
    entries = legend.model().layerLegendNodes(node)
    assert [entry.data(0) for entry in entries] == ["Selected area"]  # the rule drawing nothing is left out


def test_a_long_subtitle_gets_smaller_type(qgis_app):
    from quartier_plugin.layouts.layout_items import fit_one_line, label_font, text_width_mm

    project = QgsProject()  # kept: the layout lives in it
    layout = sheets.load_template("overview_a4", project)
    sheets.set_variables(layout, {"subtitle": "Bedarfsindex (Vorlage Stuttgart Gebietsauswahl, 2024) im Abgleich mit "
                                              "den Vorranggebieten 2025/2026"})
    subtitle = sheets.item(layout, "subtitle")
    width = subtitle.sizeWithUnits().width()
    assert text_width_mm(subtitle.currentText(), label_font(subtitle)) > width  # in the template's type: cut off
    assert fit_one_line(subtitle) < 10.5
    assert text_width_mm(subtitle.currentText(), label_font(subtitle)) <= width
