"""One indicator's block in the weights panel, for a narrow dock: include it and its share on the first
line, the slider on the second; direction, normalisation and reference below when asked for.
Also the words for the method options and the consistency ratio."""

from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from ..core.formatting import number
from ..core.methods import NORMALISATIONS, REFERENCES
from ..core.text import N_
from ..translation import tr, user_locale

REFERENCE_LABELS = {"mean": N_("mean of the areas"), "city_ratio": N_("city-wide ratio"),
                    "population_weighted": N_("population-weighted mean")}
DIRECTION_LABELS = {"higher_is_need": N_("higher value = more need"),
                    "lower_is_need": N_("lower value = more need")}
CR_LIMIT = 0.1


def label_of(labels, name):
    """The (untranslated) label of a method option: from its registry (core.methods.NORMALISATIONS …) or,
    for the plain choices without one (references, directions), from a dict."""
    return labels.label(name) if hasattr(labels, "label") else labels.get(name, name)


def consistency_text(cr):
    """The consistency ratio in words, numbers as the user's language writes them ("CR 0,04: …")."""
    if cr is None:
        return ""
    language = user_locale()
    values = (number(cr, language, 2), number(CR_LIMIT, language, 2))
    if cr < CR_LIMIT:
        return tr("CR {0}: the comparisons are consistent (below {1}).").format(*values)
    return tr("CR {0}: the comparisons are inconsistent (they should be below {1}). Check the comparisons "
              "that contradict each other.").format(*values)


def _compact(box, characters=12):
    """A combo box that does not widen the dock to its longest entry (the list still shows it whole)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(characters)
    return box


class IndicatorBlock(QFrame):
    """One indicator: use it and its share on the first line, the slider on the second; direction,
    normalisation and reference (hidden unless asked for) below."""

    def __init__(self, parent, child, ind, preset, stored):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        first = QHBoxLayout()
        self.use = QCheckBox(self)
        self.use.setChecked(stored.get("use", True) if ind else True)
        self.use.setEnabled(ind is not None)
        self.use.setToolTip(tr("Include this indicator in the index"))
        label = ind.label_de if ind else (preset.node(child).label_de or child)
        self.name = QLabel(label + (f" [{ind.unit}]" if ind and ind.unit else ""), self)
        self.name.setWordWrap(True)
        self.name.setToolTip(f"{child}: {ind.label_en}" if ind else child)
        self.name.setBuddy(self.use)
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(0, 100)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(1.0)
        self.spin.setSuffix(" %")
        self.spin.setLocale(QLocale(user_locale()))  # "14,3 %" in German, as the formatter writes it
        self.spin.setKeyboardTracking(False)
        self.spin.setToolTip(tr("Weight in percent; the others keep their proportions"))
        first.addWidget(self.use)
        first.addWidget(self.name, 1)
        first.addWidget(self.spin)
        layout.addLayout(first)
        self.details = QWidget(self)  # shown on request: direction, normalisation, reference
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(2)
        self.direction = QComboBox(self.details)  # its words whole: "higher value = more need"
        self.direction.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if ind:
            for key, text in DIRECTION_LABELS.items():
                self.direction.addItem(tr(text), key)
                self.direction.setItemData(self.direction.count() - 1, tr(text), Qt.ItemDataRole.ToolTipRole)
            self.direction.setCurrentIndex(self.direction.findData(stored.get("direction", ind.direction)))
        else:
            self.direction.addItem("–")
            self.direction.setEnabled(False)
        self.direction.setToolTip(tr("Direction: which values of the indicator mean more need"))
        details.addWidget(self.direction)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)  # a line of its own: long and precise
        self.slider.setRange(0, 1000)
        self.slider.setSingleStep(10)   # arrow keys: 1 %
        self.slider.setPageStep(50)     # Page Up / Page Down: 5 %
        self.slider.setMinimumWidth(120)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.slider.setToolTip(tr("Weight: arrow keys 1 %, Page Up / Page Down 5 %"))
        layout.addWidget(self.slider)
        third = QHBoxLayout()
        details.addLayout(third)
        self.normalisation, self.reference = _compact(QComboBox(self.details), 8), _compact(QComboBox(self.details), 8)
        for box, options, labels, key in ((self.normalisation, NORMALISATIONS, NORMALISATIONS, "normalisation"),
                                          (self.reference, REFERENCES, REFERENCE_LABELS, "reference")):
            box.addItem(tr("as the method"), None)
            for option in options:
                box.addItem(tr(label_of(labels, option)), option)
            if ind:
                box.setCurrentIndex(max(box.findData(stored.get(key)), 0))
            else:
                box.setEnabled(False)
            third.addWidget(box, 1)
        self.normalisation.setToolTip(tr("Normalisation"))
        self.reference.setToolTip(tr("Reference"))
        layout.addWidget(self.details)
