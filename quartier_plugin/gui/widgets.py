"""Small helpers shared by the dialogs."""

from qgis.core import QgsMapLayerProxyModel
from qgis.PyQt.QtWidgets import QTableWidgetItem


def layer_filter(kind):
    """A layer-combo filter by name ("PolygonLayer", "VectorLayer"…) on QGIS 3.22 to 3.44 and 4."""
    try:
        from qgis.core import Qgis

        return getattr(Qgis.LayerFilter, kind)
    except AttributeError:  # QGIS 3.22
        return getattr(QgsMapLayerProxyModel, kind)


def fill_table(table, rows):
    """Fill a QTableWidget with rows of values (None shows empty; floats with two decimals, 3,14 in German)."""
    from qgis.PyQt.QtCore import QLocale

    from ..translation import user_locale

    locale = QLocale(user_locale())
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = "" if value is None else locale.toString(value, "f", 2) if isinstance(value, float) else str(value)
            table.setItem(r, c, QTableWidgetItem(text))


def layer_tree_model(iface):
    """The layer tree model of the QGIS window, or None (headless, or a test interface without one)."""
    from qgis.core import QgsLayerTreeModel

    view = iface.layerTreeView() if iface is not None else None
    model = view.layerTreeModel() if view is not None else None
    return model if isinstance(model, QgsLayerTreeModel) else None
