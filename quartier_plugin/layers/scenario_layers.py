"""The workshop layers in the group "Handlungsbedarf": one per scenario and one for the indicators.

Each scenario layer holds the scenario's index, class, rank and rank interval (robustness under weight
changes); the indicator layer holds each indicator's value and rating, with one named style per
indicator. They are memory layers: the project stores the method, the scenarios and the inputs, and
:func:`refill_empty_layers` recomputes them when a saved project is opened again.
"""

from qgis.core import QgsProject

from ..core.robustness import robustness
from ..core.scenario import ScenarioError
from ..definitions import GROUP_NEED
from ..project_storage import load_scenarios, load_weighting_state
from ..translation import tr
from .need_renderers import rating_renderer
from .result_layer import (
    INDICATORS,
    ROLE,
    SCENARIO,
    SCENARIO_LAYER,
    ResultLayerUpdater,
    add_area_features,
    create_result_layer,
)
from .weighting_session import WeightingInputs, WeightingSession

BASE_STYLE = "quartier_base"
ROBUSTNESS_DRAWS = 1000


def layers_with_role(project, role, scenario=None):
    out = []
    for layer in project.mapLayers().values():
        if layer.customProperty(ROLE) == role and (scenario is None or layer.customProperty(SCENARIO) == scenario):
            out.append(layer)
    return sorted(out, key=lambda lay: lay.name())


def need_group(project):
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NEED)
    return group if group is not None else root.insertGroup(0, GROUP_NEED)


def _add(project, layer):
    project.addMapLayer(layer, False)
    need_group(project).addLayer(layer)


def scenario_layer_name(name):
    return tr("Scenario: {0}").format(name)


def publish_scenario(session, scenario, project=None, draws=ROBUSTNESS_DRAWS):
    """Compute ``scenario`` (with rank intervals) into its layer, made if missing; returns the layer."""
    project = project or QgsProject.instance()
    _method, preset, result = session.compute(scenario["settings"])
    rob = robustness(preset, result, draws=draws, seed=1)
    found = layers_with_role(project, SCENARIO_LAYER, scenario["name"])
    if found:
        layer = found[0]
        if layer.featureCount() == 0:
            add_area_features(layer, session)
    else:
        layer = create_result_layer(session, scenario_layer_name(scenario["name"]), SCENARIO_LAYER,
                                    scenario["name"])
        _add(project, layer)
    ResultLayerUpdater(layer).update(preset, result, rob)
    return layer


def publish_indicators(session, settings, project=None):
    """The indicator layer (made if missing) with one named style per indicator (its rating map)."""
    project = project or QgsProject.instance()
    _method, preset, result = session.compute(settings)
    found = layers_with_role(project, INDICATORS)
    if found:
        layer = found[0]
        if layer.featureCount() == 0:
            add_area_features(layer, session)
    else:
        layer = create_result_layer(session, tr("Indicators"), INDICATORS)
        _add(project, layer)
    ResultLayerUpdater(layer).update(preset, result)
    styles = layer.styleManager()
    if BASE_STYLE not in styles.styles():
        styles.addStyleFromLayer(BASE_STYLE)
    styles.setCurrentStyle(BASE_STYLE)
    for ind in preset.indicators:
        layer.setRenderer(rating_renderer(f"{ind.id}_rating", ind.need_high))
        if ind.id in styles.styles():
            styles.removeStyle(ind.id)
        styles.addStyleFromLayer(ind.id)
    styles.setCurrentStyle(preset.indicators[0].id)
    return layer, preset


def publish_maps(session, scenarios, settings, project=None, names=None, model=None):
    """Scenario layers (those in ``names``; all if None) and the indicator layer computed, hidden in the
    layer tree, and the map themes remade; returns the themes as :func:`update_map_themes` does."""
    from .map_themes import update_map_themes

    project = project or QgsProject.instance()
    root = project.layerTreeRoot()

    def hide(layer):
        node = root.findLayer(layer.id())
        if node is not None:
            node.setItemVisibilityChecked(False)

    for scenario in scenarios:
        if names is None or scenario["name"] in names:
            hide(publish_scenario(session, scenario, project))
    indicator_layer, preset = publish_indicators(session, settings, project)
    hide(indicator_layer)
    return update_map_themes(project, indicator_layer, [(i.id, i.label_de) for i in preset.indicators],
                             layers_with_role(project, SCENARIO_LAYER), model)


def session_from_state(project=None):
    """A loaded session from the weighting state stored in the project, or None."""
    project = project or QgsProject.instance()
    state = load_weighting_state(project)
    if not state or "inputs" not in state or "base_method" not in state:
        return None
    session = WeightingSession(WeightingInputs.from_dict(state["inputs"]), state["base_method"], project)
    return session.load()


def refill_empty_layers(project=None):
    """Recompute the workshop layers that came back empty from a saved project; returns messages."""
    from ..layouts.meeting_pack import refill_pack_layers

    project = project or QgsProject.instance()
    empty = [lay for role in (SCENARIO_LAYER, INDICATORS) for lay in layers_with_role(project, role)
             if lay.featureCount() == 0]
    if not empty:
        return refill_pack_layers(project)
    messages = []
    try:
        session = session_from_state(project)
    except Exception as err:  # noqa: BLE001 - any failure here must not stop the project from opening
        return [tr("The need maps could not be recomputed: {0}").format(err)]
    if session is None:
        return [tr("The need maps could not be recomputed: the project holds no weighting settings.")]
    scenarios = {s["name"]: s for s in load_scenarios(project)[0]}
    state = load_weighting_state(project)
    for layer in empty:
        try:
            if layer.customProperty(ROLE) == INDICATORS:
                publish_indicators(session, state.get("settings") or {}, project)
            else:
                scenario = scenarios.get(layer.customProperty(SCENARIO))
                if scenario is None:
                    messages.append(tr("Layer {0}: its scenario is no longer in the project.").format(layer.name()))
                    continue
                publish_scenario(session, scenario, project)
        except (ScenarioError, ValueError) as err:
            messages.append(tr("Layer {0}: {1}").format(layer.name(), err))
    return messages + refill_pack_layers(project)
