"""The weights panel of the weighting dock: one block per indicator (or sub-index) of an index.

Per block: use it or not, direction, weight as slider and spin box in percent (always summing to
100 %: moving one keeps the others' proportions), normalisation and reference (shown on request).
In AHP mode the weights come from a pairwise-comparison matrix (upper triangle editable on Saaty's
scale, the lower triangle follows as reciprocal) with its consistency ratio. The panel edits a settings dict in place
(see core.scenario) and emits ``changed``.
"""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.methods import WEIGHTINGS, MethodError, ahp_weights
from ..core.scenario import parse_saaty, saaty_text, set_pairwise, set_share, shares
from ..translation import tr
from .indicator_block import IndicatorBlock, consistency_text


class WeightsEditor(QWidget):
    changed = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.preset = None
        self.settings = None
        self.node_id = None
        self._rows = []
        self._blocks = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.node_box = QComboBox(self)
        self.node_box.currentIndexChanged.connect(self._node_changed)
        self.node_label = QLabel(tr("Index"), self)
        form.addRow(self.node_label, self.node_box)
        self.mode_box = QComboBox(self)
        for mode in WEIGHTINGS:
            label = WEIGHTINGS.label(mode)
            self.mode_box.addItem(tr(label), mode)
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        form.addRow(tr("Weights"), self.mode_box)
        self.details = QCheckBox(tr("Direction and normalisation"), self)
        self.details.setToolTip(tr("Show each indicator's direction (which values mean more need), normalisation "
                                   "and reference"))
        self.details.toggled.connect(self._details_toggled)
        form.addRow(self.details)
        layout.addLayout(form)
        # a narrow dock: one block per indicator (name and share, then the slider) in a scroll area
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        body = QWidget(self.scroll)
        self.body_layout = QVBoxLayout(body)
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setSpacing(2)
        self.body_layout.addLayout(self.rows_layout)
        self.ahp_group = QGroupBox(tr("Pairwise comparison"), body)
        ahp_layout = QVBoxLayout(self.ahp_group)
        ahp_hint = QLabel(tr("Row against column: 1 equal, 3 a little, 5 clearly, 7 much, 9 extremely more "
                             "important; 1/3 … 1/9 the other way round."), self.ahp_group)
        ahp_hint.setWordWrap(True)
        lines = self.fontMetrics().lineSpacing()
        ahp_hint.setMinimumHeight(3 * lines + 4)  # wrapped in a narrow dock: room for the lines it needs
        ahp_layout.addWidget(ahp_hint)
        self.ahp_table = QTableWidget(0, 0, self.ahp_group)
        self.ahp_table.setObjectName("QuartierAhpTable")
        self.ahp_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.ahp_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ahp_table.itemChanged.connect(self._ahp_item_changed)
        ahp_layout.addWidget(self.ahp_table)
        self.cr_label = QLabel(self.ahp_group)
        self.cr_label.setWordWrap(True)
        self.cr_label.setMinimumHeight(3 * lines + 4)
        ahp_layout.addWidget(self.cr_label)
        self.body_layout.addWidget(self.ahp_group)
        self.body_layout.addStretch(1)
        self.scroll.setWidget(body)
        self.body = body
        layout.addWidget(self.scroll, 1)
        self.ahp_group.setVisible(False)

    # -- filling ---------------------------------------------------------------------------------
    def set_method(self, preset, settings):
        """Show ``settings`` (edited in place) for the indices of ``preset`` (the base method)."""
        self.preset, self.settings = preset, settings
        self.node_box.blockSignals(True)
        self.node_box.clear()
        for node in reversed(preset.nodes):  # the main index first
            self.node_box.addItem(node.label_de if node.label_de else node.id, node.id)
        self.node_box.blockSignals(False)
        several = len(preset.nodes) > 1
        self.node_box.setVisible(several)
        self.node_label.setVisible(several)
        self.node_id = preset.main_index
        self.node_box.setCurrentIndex(max(self.node_box.findData(self.node_id), 0))
        self._fill()

    def _node_changed(self):
        if self.preset is None:
            return
        self.node_id = self.node_box.currentData()
        self._fill()

    def _weights(self):
        return self.settings["weights"][self.node_id]

    def _fill(self):
        node = self.preset.node(self.node_id)
        spec = self._weights()
        self.mode_box.blockSignals(True)
        self.mode_box.setCurrentIndex(self.mode_box.findData(spec.get("mode", "equal")))
        self.mode_box.blockSignals(False)
        indicators = {ind.id: ind for ind in self.preset.indicators}
        for block in self._blocks:
            self.rows_layout.removeWidget(block)
            block.hide()
            block.deleteLater()
        self._rows, self._blocks = [], []
        for r, child in enumerate(node.children):
            ind = indicators.get(child)
            block = IndicatorBlock(self, child, ind, self.preset, self.settings["indicators"].get(child, {}))
            block.use.toggled.connect(lambda checked, c=child: self._use_changed(c, checked))
            if ind:
                block.direction.currentIndexChanged.connect(
                    lambda _i, c=child, box=block.direction: self._set(c, "direction", box.currentData()))
                for key, box in (("normalisation", block.normalisation), ("reference", block.reference)):
                    box.currentIndexChanged.connect(lambda _i, c=child, k=key, b=box: self._set(c, k, b.currentData()))
            block.slider.valueChanged.connect(lambda v, row=r: self._share_changed(row, v / 1000.0))
            block.spin.valueChanged.connect(lambda v, row=r: self._share_changed(row, v / 100.0))
            block.details.setVisible(self.details.isChecked())
            self.rows_layout.addWidget(block)
            self._blocks.append(block)
            self._rows.append((child, block.use, block.slider, block.spin))
        self._show_shares()
        self._fill_ahp()

    def _show_shares(self):
        spec = self._weights()
        node = self.preset.node(self.node_id)
        used = [c for c in node.children if self.settings["indicators"].get(c, {}).get("use", True)]
        if spec.get("mode") == "ahp":
            values = self._ahp_result()[0]
        elif spec.get("mode") == "equal":
            values = {c: 1.0 for c in used}
        else:
            values = {c: float(spec.get("values", {}).get(c, 0.0)) for c in used}
        share = dict(zip(used, shares([values.get(c, 0.0) for c in used]))) if used else {}
        editable = spec.get("mode") != "ahp"
        for child, use, slider, spin in self._rows:
            value = float(share.get(child, 0.0))
            for widget, scaled in ((slider, round(value * 1000)), (spin, value * 100)):
                widget.blockSignals(True)
                widget.setValue(scaled)
                widget.setEnabled(editable and use.isChecked())
                widget.blockSignals(False)

    def _details_toggled(self, shown):
        for block in self._blocks:
            block.details.setVisible(shown)
        self._fit_body()

    # -- changes ---------------------------------------------------------------------------------
    def _set(self, child, key, value):
        self.settings["indicators"].setdefault(child, {})[key] = value
        self.changed.emit()

    def _use_changed(self, child, checked):
        self.settings["indicators"].setdefault(child, {})["use"] = checked
        self._show_shares()
        self._fill_ahp()
        self.changed.emit()

    def _mode_changed(self):
        spec = self._weights()
        mode = self.mode_box.currentData()
        node = self.preset.node(self.node_id)
        if mode == "direct" and spec.get("mode") != "direct":
            current = {child: spin.value() for child, _u, _s, spin in self._rows}
            spec["values"] = current
        if mode == "ahp" and not spec.get("ahp"):
            spec["ahp"] = [[1.0] * len(node.children) for _ in node.children]
        spec["mode"] = mode
        self.ahp_group.setVisible(mode == "ahp")
        self._fill_ahp()
        self._show_shares()
        self.changed.emit()

    def _share_changed(self, row, share):
        spec = self._weights()
        child = self._rows[row][0]
        used = [c for c, use, _s, _p in self._rows if use.isChecked()]
        if child not in used:
            return
        if spec.get("mode") != "direct":
            spec["values"] = {c: 1.0 for c in used} if spec.get("mode") == "equal" else spec.get("values", {})
            spec["mode"] = "direct"
            self.mode_box.blockSignals(True)
            self.mode_box.setCurrentIndex(self.mode_box.findData("direct"))
            self.mode_box.blockSignals(False)
        values = [float(spec.get("values", {}).get(c, 0.0)) for c in used]
        new = set_share(values, used.index(child), share)
        spec["values"] = dict(zip(used, new))
        self._show_shares()
        self.changed.emit()

    def set_share(self, child, share):
        """Set one weight as a share (0..1), as the slider does (used by tests and the benchmark)."""
        row = [r[0] for r in self._rows].index(child)
        self._share_changed(row, share)

    # -- AHP -------------------------------------------------------------------------------------
    def _used_children(self):
        node = self.preset.node(self.node_id)
        return [c for c in node.children if self.settings["indicators"].get(c, {}).get("use", True)]

    def _ahp_result(self):
        """(weights by child, CR) of the matrix restricted to the used children, or ({}, None)."""
        spec = self._weights()
        node = self.preset.node(self.node_id)
        used = self._used_children()
        matrix = spec.get("ahp")
        if not matrix or not used:
            return {}, None
        pick = [node.children.index(c) for c in used]
        try:
            w, cr, _lam = ahp_weights([[matrix[i][j] for j in pick] for i in pick], used)
        except MethodError:
            return {}, None
        return dict(zip(used, w.tolist())), cr

    def _fill_ahp(self):
        spec = self._weights()
        visible = spec.get("mode") == "ahp"
        self.ahp_group.setVisible(visible)
        if not visible:
            return
        node = self.preset.node(self.node_id)
        matrix = spec["ahp"]
        names = {ind.id: ind.label_de for ind in self.preset.indicators}
        labels = [names.get(c, c) for c in node.children]
        n = len(node.children)
        self.ahp_table.blockSignals(True)
        self.ahp_table.setRowCount(n)
        self.ahp_table.setColumnCount(n)
        self.ahp_table.setHorizontalHeaderLabels([str(i + 1) for i in range(n)])
        for i, label in enumerate(labels):  # short row names for a narrow dock; the whole name as tooltip
            header = QTableWidgetItem(f"{i + 1} {label if len(label) <= 12 else label[:11] + '…'}")
            header.setToolTip(f"{i + 1} {label}")
            self.ahp_table.setVerticalHeaderItem(i, header)
        used = set(self._used_children())
        for i in range(n):
            for j in range(n):
                item = QTableWidgetItem(saaty_text(float(matrix[i][j])))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                active = node.children[i] in used and node.children[j] in used
                if i < j and active:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable)
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setForeground(QColor("#8c8c8c"))
                self.ahp_table.setItem(i, j, item)
        self.ahp_table.blockSignals(False)
        self._fit_ahp_table()
        _weights, cr = self._ahp_result()
        self.cr_label.setText(consistency_text(cr))
        self.cr_label.setStyleSheet("" if cr is None else "color: #1a7837" if cr < 0.1
                                    else "color: #b2182b; font-weight: bold")

    def _fit_ahp_table(self):
        """All rows at once (7 indicators: 7 rows): the outer scroll area scrolls, not the matrix; narrow
        columns (1/9 is the widest entry) and short row names so the matrix fits the dock."""
        table = self.ahp_table
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setDefaultSectionSize(30)
        table.verticalHeader().setMaximumWidth(90)
        table.resizeRowsToContents()
        header = table.horizontalHeader()
        height = max(header.height(), header.sizeHint().height()) + table.verticalHeader().length()
        height += 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)  # all rows, always
        self._fit_body()

    def _fit_body(self):
        """Wrapped labels need more height when the dock is narrow: the scroll area learns it here (its
        widget's minimum height does not follow the width by itself)."""
        layout = self.body_layout
        width = self.scroll.viewport().width()
        if layout.hasHeightForWidth() and width > 0:
            self.body.setMinimumHeight(layout.heightForWidth(width))

    def showEvent(self, event):  # noqa: N802 - Qt API: the header's height is known once shown
        super().showEvent(event)
        if self.ahp_group.isVisible():
            self._fit_ahp_table()
        self._fit_body()

    def resizeEvent(self, event):  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_body()

    def _ahp_item_changed(self, item):
        try:
            value = parse_saaty(item.text())
        except MethodError as err:
            self._fill_ahp()  # back to the stored value
            self.cr_label.setText(tr("Not a comparison value: {0}").format(err))
            self.cr_label.setStyleSheet("color: #b2182b; font-weight: bold")
            return
        self.set_pairwise(item.row(), item.column(), value)

    def set_pairwise(self, i, j, value):
        """Set a_ij (and a_ji = 1/a_ij) of the shown index's matrix."""
        spec = self._weights()
        spec["ahp"] = set_pairwise(spec["ahp"], i, j, value)
        self._fill_ahp()
        self._show_shares()
        self.changed.emit()

    def consistency_ratio(self):
        return self._ahp_result()[1]

    def shown_shares(self):
        """The shares (0..1) shown per child, as the spin boxes show them."""
        return {child: spin.value() / 100.0 for child, _u, _s, spin in self._rows}

