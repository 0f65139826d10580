"""Small helpers shared by the dialogs."""

from qgis.PyQt.QtWidgets import QTableWidgetItem

from ..compat import layer_filter  # noqa: F401 - the dialogs take it from here


class HelperFilter:
    """Keeps the plugin's own helper layers (preview, meeting pack) out of layer combo boxes."""

    def __init__(self, project, *combos):
        self.project, self.combos = project, combos
        project.layersAdded.connect(self.update)
        project.layersRemoved.connect(self.update)
        self.update()

    def update(self, *_args):
        from ..layers.helper_layers import helper_layers

        helpers = helper_layers(self.project)
        for combo in self.combos:
            try:
                combo.setExceptedLayerList(helpers)
            except RuntimeError:  # the dialog is gone
                self.disconnect()
                return

    def disconnect(self):
        for signal in (self.project.layersAdded, self.project.layersRemoved):
            try:
                signal.disconnect(self.update)
            except (TypeError, RuntimeError):
                pass


def ensure_workspace(parent, project):
    """True when the project has a workspace; before the project is saved, ask where its results go
    (default: beside the home folder, named after the project). False if the user cancels."""
    import os

    from qgis.PyQt.QtWidgets import QFileDialog

    from ..layers.workspace_layers import NoWorkspace, set_workspace, workspace_spec
    from ..storage.workspace import GPKG_SUFFIX, WorkspaceSpec
    from ..translation import tr

    try:
        workspace_spec(project)
        return True
    except NoWorkspace:
        pass
    name = (project.title() or "quartier").replace(os.sep, "_")
    default = os.path.join(project.homePath() or os.path.expanduser("~"), name + GPKG_SUFFIX)
    path, _ = QFileDialog.getSaveFileName(parent, tr("Where should Quartier keep this project's results?"),
                                          default, tr("GeoPackage (*.gpkg)"))
    if not path:
        return False
    if not path.endswith(".gpkg"):
        path += ".gpkg"
    set_workspace(WorkspaceSpec("gpkg", path=path), project)
    return True


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
