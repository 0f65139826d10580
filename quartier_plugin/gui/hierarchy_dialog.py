"""Dialog "District hierarchy": choose a layer and its fields per level, validate, add to the map.

The mapping is recognised for known schemas as soon as a layer is chosen; the definition is stored
in the project and shown again when the dialog reopens. Validation runs the same core code as the
Processing algorithm ``quartier:validate_hierarchy``.
"""

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsProject
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
)

from ..compat import layer_filter
from ..core.findings import DEFAULT_MAX_OUTSIDE_SHARE, DEFAULT_TOLERANCE_M2, ERROR, WARNING
from ..core.hierarchy import HierarchyDefinition, LevelMapping
from ..storage.project_state import builtin_city, load_city, load_hierarchy, save_city, save_hierarchy
from ..translation import tr
from .help import install_help

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
ROLES = ("key_field", "name_field", "parent_field", "population_field")
SEVERITY_COLOURS = {ERROR: QColor("#fde0dd"), WARNING: QColor("#fff3cd")}


def _polygon_filter():
    try:  # QGIS >= 3.34: scoped enum
        from qgis.core import Qgis

        return Qgis.LayerFilter.PolygonLayer
    except AttributeError:  # QGIS 3.22
        return layer_filter("PolygonLayer")


def severity_label(severity):
    return {ERROR: tr("Error"), WARNING: tr("Warning")}.get(severity, tr("Note"))


class LevelRow:
    """The widgets of one level: a layer and four field choices."""

    def __init__(self, level, parent, city):
        self.level = level
        self.city = city
        self.label = QLabel(tr(level.label), parent)
        self.layer = QgsMapLayerComboBox(parent)
        self.layer.setFilters(_polygon_filter())
        self.layer.setAllowEmptyLayer(True)
        self.layer.setLayer(None)
        self.layer.setMinimumWidth(230)
        self.fields = {}
        for role in ROLES:
            combo = QgsFieldComboBox(parent)
            combo.setMinimumWidth(120)
            combo.setAllowEmptyFieldName(role != "key_field")
            self.fields[role] = combo
        self.layer.layerChanged.connect(self.on_layer_changed)
        self.on_layer_changed(None)

    def on_layer_changed(self, layer):
        for combo in self.fields.values():
            combo.setLayer(layer)
            combo.setEnabled(layer is not None)
        if layer is None:
            return
        mapping = self.detect(layer)
        if mapping is not None:
            self.set_mapping(mapping)
        else:
            for role in ROLES[1:]:
                self.fields[role].setField("")

    def detect(self, layer):
        from ..layers.unit_reader import first_row

        return self.city.detect_mapping([f.name() for f in layer.fields()], self.level.id, first_row(layer))

    def set_mapping(self, mapping):
        self.parent_prefix = mapping.parent_prefix
        for role in ROLES:
            self.fields[role].setField(getattr(mapping, role) or "")

    def widgets(self):
        return [self.label, self.layer] + list(self.fields.values())

    def mapping(self):
        layer = self.layer.currentLayer()
        if layer is None:
            return None
        values = {role: (self.fields[role].currentField() or None) for role in ROLES}
        if not values["key_field"]:
            return None
        detected = self.detect(layer)
        same = detected is not None and all(getattr(detected, r) == values[r] for r in ROLES)
        prefix = getattr(self, "parent_prefix", None) if not values["parent_field"] else None
        return LevelMapping(level=self.level.id, schema=detected.schema if same else "manual",
                            parent_prefix=prefix, **values)


class HierarchyDialog(QDialog, FORM):
    def __init__(self, iface=None, parent=None, project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.help_button.setText(tr("Help"))
        install_help(self, "hierarchy", button=self.help_button)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.findings = []
        self.units_layers = {}
        self.city_combo.setObjectName("city_profile")
        self._set_texts()
        self.tolerance.setValue(DEFAULT_TOLERANCE_M2)
        self.max_outside.setValue(100 * DEFAULT_MAX_OUTSIDE_SHARE)
        for col, text in enumerate((tr("Level"), tr("Layer"), tr("Key"), tr("Name"), tr("Parent key"),
                                    tr("Residents"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>", self.levels_box), 0, col)
        self.grid.setColumnStretch(1, 3)
        for col in range(2, 6):
            self.grid.setColumnStretch(col, 2)
        self.rows = {}
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self.zoom_to_finding)
        self.validate_button.clicked.connect(self.validate)
        self.apply_button.clicked.connect(self.add_to_map)
        self.close_button.clicked.connect(self.reject)
        self.profiles = {}
        self.city = None
        for city_id in self._builtin_ids():
            self._add_profile(builtin_city(city_id))
        self.city_combo.currentIndexChanged.connect(self._on_profile_chosen)
        self.import_button.clicked.connect(self.import_profile)
        self.export_button.clicked.connect(self.export_profile)
        self.set_city(load_city(self.project))
        self.load_from_project()

    def _set_texts(self):
        """The .ui holds the layout only; every text comes through tr() (i18n/update_ts.py reads .py files)."""
        self.setWindowTitle(tr("District hierarchy"))
        self.intro.setText(tr("Choose the city profile, then the city's layer for each level you have. The "
                              "profile's field layouts and known schemas (Stuttgart's Kleinräumige Gliederung, the "
                              "demo city) fill in the fields by themselves. The source layers are only read. Export "
                              "the profile to make your city's own from these mappings; import it in another "
                              "project."))
        for widget, text in ((self.city_label, tr("City profile")), (self.import_button, tr("Import profile…")),
                             (self.export_button, tr("Export profile…")), (self.crs_label, tr("Working CRS")),
                             (self.tolerance_label, tr("Gap/overlap tolerance (m²)")),
                             (self.max_outside_label, tr("Allowed outside parent (%)")),
                             (self.summary, tr("Not validated yet.")), (self.validate_button, tr("Validate")),
                             (self.apply_button, tr("Add to map")), (self.close_button, tr("Close"))):
            widget.setText(text)
        self.levels_box.setTitle(tr("Levels and fields"))
        self.table.setHorizontalHeaderLabels([tr("Severity"), tr("Level"), tr("Key"), tr("Name"), tr("Finding")])
        self.table.setToolTip(tr("Double-click a finding to zoom to the feature."))

    # -- the city profile ------------------------------------------------------------------------
    @staticmethod
    def _builtin_ids():
        """The cities on offer: the registry's (resources/cities and any registered in code)."""
        from ..storage.project_state import city_ids

        return city_ids()

    def _add_profile(self, city):
        if city.id not in self.profiles:
            self.city_combo.addItem(city.name if city.name else city.id, city.id)
        else:
            self.city_combo.setItemText(self.city_combo.findData(city.id), city.name)
        self.profiles[city.id] = city

    def _on_profile_chosen(self, _index):
        city = self.profiles.get(self.city_combo.currentData())
        if city is not None and (self.city is None or city.id != self.city.id):
            self.set_city(city)

    def set_city(self, city):
        """Show the levels of ``city`` (one row each, any number) and take its CRS."""
        self._add_profile(city)
        self.city = city
        self.city_combo.blockSignals(True)
        self.city_combo.setCurrentIndex(self.city_combo.findData(city.id))
        self.city_combo.blockSignals(False)
        for row in self.rows.values():
            for widget in row.widgets():
                self.grid.removeWidget(widget)
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        self.rows = {}
        for r, level in enumerate(city.tree, start=1):
            row = LevelRow(level, self.levels_box, city)
            for c, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, r, c)
            self.rows[level.id] = row
        self.crs.setCrs(QgsCoordinateReferenceSystem(city.crs))

    def import_profile(self, path=None):
        from ..core.city_profile import CityProfileError, load_profile

        if not path:
            path, _filter = QFileDialog.getOpenFileName(self, tr("Import city profile"), "",
                                                        tr("City profile (*.json)"))
        if not path:
            return None
        try:
            city = load_profile(path, "")
        except CityProfileError as err:
            QMessageBox.warning(self, tr("Import city profile"), tr("The city profile cannot be used: {0}").format(err))
            return None
        self.set_city(city)
        return city

    def export_profile(self, path=None):
        """Write the current profile with the field mappings chosen here as a new city's profile."""
        import os

        from ..core.city_profile import CityProfileError, profile_from_mappings

        if not path:
            path, _filter = QFileDialog.getSaveFileName(self, tr("Export city profile"), f"{self.city.id}.json",
                                                        tr("City profile (*.json)"))
        if not path:
            return None
        if not path.lower().endswith(".json"):
            path += ".json"
        name, ok = QInputDialog.getText(self, tr("Export city profile"), tr("Name of the city:"),
                                        text=self.city.name)
        if not ok or not name.strip():
            return None
        city_id = "".join(c if c.isalnum() or c in "_-" else "_" for c in os.path.splitext(os.path.basename(path))[0])
        mappings = {level_id: mapping for level_id, (_layer, mapping) in self.selected_levels().items()}
        try:
            city = profile_from_mappings(self.city, city_id or "city", name.strip(), mappings,
                                         self.crs.crs().authid() or self.city.crs)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(city.to_json())
        except (CityProfileError, OSError) as err:
            QMessageBox.warning(self, tr("Export city profile"),
                                tr("The city profile was not written: {0}").format(err))
            return None
        self.set_city_keeping_layers(city)
        return path

    def set_city_keeping_layers(self, city):
        """Switch to ``city`` (same levels, e.g. a profile just exported) and keep the chosen layers."""
        chosen = {level_id: (row.layer.currentLayer(), row.mapping()) for level_id, row in self.rows.items()}
        self.set_city(city)
        for level_id, (layer, mapping) in chosen.items():
            row = self.rows.get(level_id)
            if row is not None and layer is not None:
                row.layer.setLayer(layer)
                if mapping is not None:
                    row.set_mapping(mapping)

    # -- state ---------------------------------------------------------------------------------
    def selected_levels(self):
        """{level id: (layer, LevelMapping)} for every level with a layer and a key field."""
        out = {}
        for level_id, row in self.rows.items():
            mapping = row.mapping()
            if mapping is not None:
                out[level_id] = (row.layer.currentLayer(), mapping)
        return out

    def definition(self):
        levels = {}
        for level_id, (layer, mapping) in self.selected_levels().items():
            levels[level_id] = {"layer_id": layer.id(), "source": layer.source(), "provider": layer.providerType(),
                                "mapping": mapping.to_dict()}
        return HierarchyDefinition(levels=levels, working_crs=self.crs.crs().authid() or self.city.crs,
                                   city=self.city.id)

    def load_from_project(self):
        definition = load_hierarchy(self.project)
        if definition is None:
            return
        if definition.city != self.city.id and definition.city in self.profiles:
            self.set_city(self.profiles[definition.city])
        self.crs.setCrs(QgsCoordinateReferenceSystem(definition.working_crs))
        for level_id, entry in definition.levels.items():
            layer = self.project.mapLayer(entry.get("layer_id", ""))
            if layer is None:
                layer = next((lyr for lyr in self.project.mapLayers().values()
                              if lyr.source() == entry.get("source")), None)
            row = self.rows.get(level_id)
            if row is None or layer is None:
                continue
            row.layer.setLayer(layer)
            row.set_mapping(LevelMapping.from_dict(dict(entry["mapping"], level=level_id), levels=list(self.rows)))

    # -- actions -------------------------------------------------------------------------------
    def validate(self):
        from ..core.validation import validate_hierarchy
        from ..layers.unit_reader import MappingError, read_units

        levels = self.selected_levels()
        if not levels:
            QMessageBox.information(self, self.windowTitle(), tr("Choose at least one layer with its key field."))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            units, findings = {}, []
            for level_id, (layer, mapping) in levels.items():
                level_units, level_findings = read_units(layer, mapping, self.crs.crs().authid())
                units[level_id] = level_units
                findings.extend(level_findings)
            report = validate_hierarchy(units, tolerance_m2=self.tolerance.value(),
                                        max_outside_share=self.max_outside.value() / 100.0, levels=self.city.tree)
        except MappingError as err:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.windowTitle(), str(err))
            return None
        finally:
            if QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()
        self.units_layers = {level_id: layer for level_id, (layer, _m) in levels.items()}
        self.show_findings(findings + report.findings)
        return report

    def show_findings(self, findings):
        from ..layers.finding_text import translated

        level_of = self.city.level
        self.findings = findings
        self.table.setRowCount(len(findings))
        for r, f in enumerate(findings):
            cells = (severity_label(f.severity), level_of(f.level).label_de, "" if f.key is None else str(f.key),
                     f.name or "", translated(f))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if f.severity in SEVERITY_COLOURS:
                    item.setBackground(SEVERITY_COLOURS[f.severity])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        errors = sum(1 for f in findings if f.severity == ERROR)
        warnings = sum(1 for f in findings if f.severity == WARNING)
        self.summary.setText(tr("{0} errors, {1} warnings.").format(errors, warnings) if findings
                             else tr("No findings: keys, parents, geometries and nesting are in order."))

    def zoom_to_finding(self, row, _column=None):
        if self.iface is None or row >= len(self.findings):
            return
        finding = self.findings[row]
        layer = self.units_layers.get(finding.level)
        if layer is None or finding.fid is None:
            return
        layer.selectByIds([finding.fid])
        self.iface.mapCanvas().zoomToFeatureIds(layer, [finding.fid])

    def add_to_map(self):
        from ..layers.city_layers import LayerLoadError
        from ..layers.hierarchy_group import build_hierarchy_group

        levels = self.selected_levels()
        if not levels:
            QMessageBox.information(self, self.windowTitle(), tr("Choose at least one layer with its key field."))
            return None
        try:
            layers = build_hierarchy_group(
                {level_id: (layer.source(), layer.providerType(), mapping)
                 for level_id, (layer, mapping) in levels.items()}, self.project, self.city)
        except LayerLoadError as err:
            QMessageBox.warning(self, self.windowTitle(), str(err))
            return None
        save_city(self.city, self.project)  # the profile travels with the project (a city's own, too)
        save_hierarchy(self.definition(), self.project)
        if self.iface is not None:
            self.iface.messageBar().pushSuccess(
                tr("Quartier"), tr("District hierarchy added to the map: {0} levels.").format(len(layers)))
        return layers
