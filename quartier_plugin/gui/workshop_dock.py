"""The workshop dock: one click (or Page Down / Page Up) shows the next indicator or scenario map.

Each entry is a QGIS map theme made by the weighting dock ("Update maps" remakes them from the
scenarios stored in the project), so print layouts can bind to the same maps. With "Area profile"
on, a click on the map shows the area's profile: each indicator's value, the city value and the
rating, the index, class, rank and rank interval. Suppressed areas show no values.
"""

import html
import json
from pathlib import Path

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject, QgsRectangle
from qgis.gui import QgsDockWidget, QgsMapToolEmitPoint
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QEvent, Qt
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QListWidgetItem,
)

from ..compat import qt_class
from ..core.formatting import number
from ..core.profile import profile_from_row
from ..layers.map_themes import apply_map_theme, stored_themes
from ..layers.need_renderers import RATING_LABELS, RDBU_NEED
from ..layers.result_layer import INDICATORS, META, ROLE, SCENARIO, SCENARIO_LAYER
from ..layers.scenario_layers import layers_with_role
from ..storage.fields import value_or_none
from ..translation import tr, user_locale
from .help import install_help
from .widgets import layer_tree_model

FORM, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
QShortcut = qt_class("QShortcut")  # QtWidgets on Qt 5, QtGui on Qt 6

KIND_ROLE = Qt.ItemDataRole.UserRole
RATING_ORDER = ("++", "+", "o", "-", "--")


def rating_colour(rating, need_high):
    if rating not in RATING_ORDER:
        return "#ffffff"
    colours = RDBU_NEED if need_high else tuple(reversed(RDBU_NEED))
    return colours[RATING_ORDER.index(rating)]


def profile_html(profile):
    """The profile as a small HTML page (German labels when QGIS runs in German)."""
    language = user_locale()
    german = language == "de"
    title = html.escape(profile.get("name") or str(profile["key"]))
    parts = [f"<h3>{title} <small>({html.escape(str(profile['key']))})</small></h3>"]
    if not profile["scored"]:
        parts.append("<p><b>{0}</b></p>".format(html.escape(tr("Not scored: {0}.").format(
            tr(profile["reason"]) if profile["reason"] else tr("no data")))))
    else:
        label = profile["index_label_de"] if german else profile["index_label_en"]
        parts.append("<p>{0}: <b>{1}</b> · {2}: <b>{3}</b> · {4}: <b>{5}</b></p>".format(
            html.escape(label), number(profile["index"], language, 2), html.escape(tr("class")),
            html.escape(str(profile["class"] or "–")), html.escape(tr("rank")),
            html.escape(tr("{0} of {1}").format(profile["rank"], profile["of"]))))
        extra = ["{0}: <b>{1}</b>".format(html.escape(c["label_de"] if german else c["label_en"]),
                                          html.escape(str(c["class"] or "–"))) for c in profile.get("classes", [])]
        if profile.get("group"):
            extra.append("{0}: <b>{1}</b>".format(html.escape(tr("overall group")), html.escape(profile["group"])))
        if extra:
            parts.append("<p>{0}</p>".format(" · ".join(extra)))
        if profile["interval"]:
            low, high, share = profile["interval"]
            parts.append("<p>{0}</p>".format(html.escape(tr(
                "Rank under changed weights: {0} to {1} (5-95 %); selected in {2} % of the draws.").format(
                low, high, number((share or 0) * 100, language, 0)))))
    rows = ["<tr><th align='left'>{0}</th><th>{1}</th><th>{2}</th><th>{3}</th></tr>".format(
        html.escape(tr("Indicator")), html.escape(tr("Value")), html.escape(tr("City")), html.escape(tr("Rating")))]
    for ind in profile["indicators"]:
        label = ind["label_de"] if german else ind["label_en"]
        unit = f" {ind['unit']}" if ind["unit"] and ind["unit"] != "Index" else ""
        rating = ind["rating"]
        tip = tr(RATING_LABELS[rating]) if rating in RATING_LABELS else ""
        rows.append(
            "<tr><td>{0}{1}</td><td align='right'>{2}</td><td align='right'>{3}</td>"
            "<td align='center' bgcolor='{4}' title='{5}'><b>{6}</b></td></tr>".format(
                html.escape(label), "" if ind["used"] else " <i>({0})</i>".format(html.escape(tr("not used"))),
                number(ind["value"], language) + unit if ind["value"] is not None else "–",
                number(ind["city_value"], language) + unit,
                rating_colour(rating, ind["need_high"]), html.escape(tip), html.escape(rating or "–")))
    parts.append("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse: collapse'>"
                 + "".join(rows) + "</table>")
    return "".join(parts)


class WorkshopDock(QgsDockWidget, FORM):
    def __init__(self, iface=None, parent=None, project=None):
        super().__init__(parent)
        self.setupUi(self)
        self.help_button.setText("?")
        install_help(self, "workshop", button=self.help_button)
        self.iface = iface
        self.project = project or QgsProject.instance()
        self.current = None   # (theme, kind, id) shown
        self.map_tool = None
        self.last_profile = None
        self.list.setObjectName("QuartierMapList")
        self.profile.setObjectName("QuartierProfile")
        self._set_texts()
        self.list.installEventFilter(self)  # Page Down / Page Up step maps, not list pages
        self.list.itemClicked.connect(self._item_clicked)
        self.list.currentRowChanged.connect(self._row_changed)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.update_button.clicked.connect(self.update_maps)
        self.profile_button.toggled.connect(self._profile_toggled)
        self.shortcuts = []
        target = iface.mainWindow() if iface is not None else self
        for key, step in ((Qt.Key.Key_PageDown, 1), (Qt.Key.Key_PageUp, -1)):
            shortcut = QShortcut(QKeySequence(key), target)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut if iface is not None
                                else Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.step(s) if self.isVisible() else None)
            self.shortcuts.append(shortcut)
        self.refresh()

    def _set_texts(self):
        """The .ui holds the layout only; every text comes through tr() (i18n/update_ts.py reads .py files)."""
        self.setWindowTitle(tr("Quartier workshop"))
        for button, text in ((self.previous_button, tr("◀ Previous")), (self.next_button, tr("Next ▶")),
                             (self.update_button, tr("Update maps")), (self.profile_button, tr("Area profile")),
                             (self.hint, tr("Page Down / Page Up: next / previous map"))):
            button.setText(text)
        self.update_button.setToolTip(tr("Recompute the scenario and indicator maps from the project and remake "
                                         "their map themes."))
        self.profile_button.setToolTip(tr("Click an area on the map to see its profile."))
        self.profile.setPlaceholderText(tr("Switch on \"Area profile\" and click an area on the map."))

    def eventFilter(self, watched, event):  # noqa: N802 - Qt API
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            steps = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
            if event.key() in steps:
                self.step(steps[event.key()])
                return True
        return super().eventFilter(watched, event)

    # -- the list of maps ------------------------------------------------------------------------
    def refresh(self):
        self.list.blockSignals(True)
        self.list.clear()
        themes = stored_themes(self.project)
        sections = ((INDICATORS, tr("Indicators")), (SCENARIO_LAYER, tr("Scenarios")))
        for kind, title in sections:
            entries = [t for t in themes if t[1] == kind]
            if not entries:
                continue
            header = QListWidgetItem(title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.list.addItem(header)
            for name, kind_, ident in entries:
                label = name.split(" · ", 2)[-1]
                item = QListWidgetItem(label)
                item.setData(KIND_ROLE, (name, kind_, ident))
                item.setToolTip(name)
                self.list.addItem(item)
        if not themes:
            item = QListWidgetItem(tr("No maps yet: save a scenario in the weighting panel, or press "
                                      "\"Update maps\"."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def map_rows(self):
        return [r for r in range(self.list.count()) if self.list.item(r).data(KIND_ROLE)]

    def update_maps(self):
        from ..layers.scenario_layers import publish_maps, session_from_state
        from ..storage.project_state import load_scenarios, load_weighting_state

        session = session_from_state(self.project)
        if session is None:
            self.profile.setHtml("<p>{0}</p>".format(html.escape(tr(
                "Open \"Need index and weighting\" first: the project holds no weighting settings."))))
            return []
        state = load_weighting_state(self.project) or {}
        made = publish_maps(session, load_scenarios(self.project)[0], state.get("settings") or {}, self.project,
                            model=self._model())
        self.refresh()
        return made

    def _model(self):
        return layer_tree_model(self.iface)

    def _item_clicked(self, item):
        self.show_entry(item.data(KIND_ROLE))

    def _row_changed(self, row):
        item = self.list.item(row) if row >= 0 else None
        if item is not None and item.data(KIND_ROLE):
            self.show_entry(item.data(KIND_ROLE))

    def show_entry(self, entry):
        if not entry:
            return False
        if not apply_map_theme(entry[0], self.project, self._model()):
            return False
        self.current = tuple(entry)
        for row in self.map_rows():
            if tuple(self.list.item(row).data(KIND_ROLE)) == self.current and self.list.currentRow() != row:
                self.list.blockSignals(True)
                self.list.setCurrentRow(row)
                self.list.blockSignals(False)
        if self.iface is not None:
            self.iface.mapCanvas().refreshAllLayers()
        return True

    def step(self, delta):
        rows = self.map_rows()
        if not rows:
            return None
        current = self.list.currentRow()
        position = rows.index(current) if current in rows else (-1 if delta > 0 else 0)
        row = rows[(position + delta) % len(rows)]
        self.list.setCurrentRow(row)  # shows the map through _row_changed
        return self.current

    # -- area profiles ---------------------------------------------------------------------------
    def shown_layer(self):
        """The need layer the current map shows (a scenario layer or the indicator layer)."""
        if self.current is not None:
            _name, kind, ident = self.current
            found = layers_with_role(self.project, kind, ident if kind == SCENARIO_LAYER else None)
            if found:
                return found[0]
        root = self.project.layerTreeRoot()
        for role in (SCENARIO_LAYER, INDICATORS, "preview"):
            for layer in layers_with_role(self.project, role):
                node = root.findLayer(layer.id())
                if node is not None and node.isVisible():
                    return layer
        return None

    def _profile_toggled(self, on):
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if on:
            self.map_tool = QgsMapToolEmitPoint(canvas)
            self.map_tool.canvasClicked.connect(lambda point, _button: self.show_profile_at(
                point, canvas.mapSettings().destinationCrs()))
            canvas.setMapTool(self.map_tool)
        elif self.map_tool is not None:
            canvas.unsetMapTool(self.map_tool)
            self.map_tool = None

    def show_profile_at(self, point, crs=None):
        """Show the profile of the area under ``point`` (in ``crs``, default the layer's)."""
        layer = self.shown_layer()
        if layer is None:
            return None
        if crs is not None and crs != layer.crs():
            point = QgsCoordinateTransform(crs, layer.crs(), self.project).transform(point)
        probe = QgsGeometry.fromPointXY(point)
        rect = QgsRectangle(point.x() - 0.5, point.y() - 0.5, point.x() + 0.5, point.y() + 0.5)
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect)):
            if feature.geometry().intersects(probe):
                return self.show_profile(layer, feature)
        return None

    def show_profile(self, layer, feature):
        meta = json.loads(layer.customProperty(META) or "{}")
        if not meta:
            return None
        row = {name: value_or_none(feature[name]) for name in layer.fields().names()}
        profile = profile_from_row(meta, row)
        if layer.customProperty(ROLE) == SCENARIO_LAYER:
            profile["scenario"] = layer.customProperty(SCENARIO)
        self.last_profile = profile
        self.profile.setHtml(profile_html(profile))
        return profile

    def unload(self):
        self._profile_toggled(False)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
            shortcut.deleteLater()
        self.shortcuts = []
