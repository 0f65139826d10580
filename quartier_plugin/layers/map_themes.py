"""QGIS map themes for the workshop: one per indicator and one per scenario.

A theme shows the layers that were visible outside the group "Handlungsbedarf" when the themes were
made (boundaries, renewal areas) plus exactly one need map: a scenario layer, or the indicator layer
in that indicator's named style; every other layer of "Handlungsbedarf" (preview, bivariate map,
comparison) is hidden in the theme. Print layouts can bind their maps to these themes.
"""


from qgis.core import QgsLayerTreeModel, QgsMapThemeCollection, QgsProject

from ..definitions import GROUP_NEED
from ..storage import project_state
from ..storage.project_state import THEMES_KEY
from ..translation import tr
from .result_layer import INDICATORS, SCENARIO, SCENARIO_LAYER

PREFIX = "Quartier"
RESTORE = "__quartier_restore__"


def indicator_theme(label):
    return tr("{0} · Indicator · {1}").format(PREFIX, label)


def scenario_theme(name):
    return tr("{0} · Scenario · {1}").format(PREFIX, name)


def _model(project, model):
    return model if model is not None else QgsLayerTreeModel(project.layerTreeRoot())


def update_map_themes(project=None, indicator_layer=None, indicators=(), scenario_layers=(), model=None):
    """Make (or remake) the themes; returns [(theme name, kind, id)] in presenting order.

    ``indicators`` is a list of (id, label) of the indicator layer's named styles.
    """
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    model = _model(project, model)
    themes = project.mapThemeCollection()
    themes.insert(RESTORE, QgsMapThemeCollection.createThemeFromCurrentState(root, model))
    managed = [indicator_layer] if indicator_layer is not None else []
    managed += list(scenario_layers)

    group = root.findGroup(GROUP_NEED)
    others = [node.layer() for node in group.findLayers()] if group is not None else []

    def show_only(target, style=None):
        for layer in managed + [lay for lay in others if lay not in managed]:
            node = root.findLayer(layer.id())
            if node is not None:  # one need map at a time: the others in "Handlungsbedarf" are hidden
                node.setItemVisibilityChecked(layer is target)
        node = root.findLayer(target.id())
        if node is not None:
            parent = node.parent()
            while parent is not None:
                parent.setItemVisibilityChecked(True)
                parent = parent.parent()
        if style is not None:
            target.styleManager().setCurrentStyle(style)

    made = []
    try:
        if indicator_layer is not None:
            for ind_id, label in indicators:
                show_only(indicator_layer, ind_id)
                name = indicator_theme(label)
                themes.insert(name, QgsMapThemeCollection.createThemeFromCurrentState(root, model))
                made.append((name, INDICATORS, ind_id))
        for layer in scenario_layers:
            show_only(layer)
            scenario = layer.customProperty(SCENARIO)
            name = scenario_theme(scenario)
            themes.insert(name, QgsMapThemeCollection.createThemeFromCurrentState(root, model))
            made.append((name, SCENARIO_LAYER, scenario))
    finally:
        themes.applyTheme(RESTORE, root, model)
        themes.removeMapTheme(RESTORE)
    stale = [t for t in themes.mapThemes() if t.startswith(f"{PREFIX} · ") and t not in {m[0] for m in made}]
    for name in stale:
        themes.removeMapTheme(name)
    project_state.write_json(THEMES_KEY, made, project)
    return made


def stored_themes(project=None):
    """The themes made by :func:`update_map_themes`, in presenting order, that still exist."""
    project = project or QgsProject.instance()
    made = project_state.read_json(THEMES_KEY, [], project)
    if not isinstance(made, list):
        return []
    themes = project.mapThemeCollection()
    return [tuple(m) for m in made if isinstance(m, list) and len(m) == 3 and themes.hasMapTheme(m[0])]


def apply_map_theme(name, project=None, model=None):
    project = project or QgsProject.instance()
    if not project.mapThemeCollection().hasMapTheme(name):
        return False
    project.mapThemeCollection().applyTheme(name, project.layerTreeRoot(), _model(project, model))
    return True

