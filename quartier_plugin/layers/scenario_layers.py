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
from ..storage.project_state import load_scenarios, load_weighting_state
from ..translation import tr
from .need_renderers import rating_renderer
from .result_layer import (
    INDICATORS,
    KINDS,
    ROLE,
    SCENARIO,
    SCENARIO_LAYER,
    area_rows,
    field_spec,
    result_columns,
    style_result_layer,
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


def table_name(prefix, name):
    """A workspace table name for a user-given name: ascii, lower case, short; a hash keeps names apart."""
    import hashlib
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    plain = plain.replace("ß", "ss")
    slug = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:32] or "x"
    return f"{prefix}_{slug}_{hashlib.sha256(name.encode('utf-8')).hexdigest()[:6]}"


def session_inputs(session):
    """Provenance of a weighting session's inputs (areas and statistics)."""
    from .provenance import layer_input

    return [dict(layer_input(session.areas_layer), role="areas", key=session.inputs.area_key),
            dict(layer_input(session.table_layer), role="statistics", key=session.inputs.table_key)]


def _publish_result(session, project, table, title, abstract, method, settings, preset, result, rob, step,
                    properties):
    from .workspace_layers import new_run, publish

    spec = field_spec(preset)
    rows = area_rows(session, spec, result_columns(preset, result, rob))
    run = new_run(step, settings={"method": method, "settings": settings}, inputs=session_inputs(session))
    areas = session.areas_layer
    layer = publish(project, table, title, abstract, [(n, KINDS[k]) for n, k in spec], rows, run,
                    geometry_wkb_type=areas.wkbType(), crs=areas.crs(), group=need_group(project),
                    properties=properties, layer=_legacy_layer(project, properties))
    style_result_layer(layer, preset, result)
    return layer


def _legacy_layer(project, properties):
    """A memory layer of a project saved by Quartier 0.1 with this role: it moves into the workspace
    (same id, style and map themes) instead of getting a twin."""
    for layer in layers_with_role(project, properties[ROLE], properties.get(SCENARIO)):
        if layer.providerType() == "memory":
            return layer
    return None


def publish_scenario(session, scenario, project=None, draws=ROBUSTNESS_DRAWS):
    """Compute ``scenario`` (with rank intervals) into its workspace layer; returns the layer."""
    project = project or QgsProject.instance()
    method, preset, result = session.compute(scenario["settings"])
    rob = robustness(preset, result, draws=draws, seed=1)
    return _publish_result(
        session, project, table_name("need_scenario", scenario["name"]), scenario_layer_name(scenario["name"]),
        tr("Need index of the scenario {0}: index, class and rank per area, rank interval (5-95 %) from {1} "
           "weight draws, and each indicator's value and rating. Areas under the resident threshold carry no "
           "values.").format(scenario["name"], draws),
        method, scenario["settings"], preset, result, rob, "weighting_scenario",
        {ROLE: SCENARIO_LAYER, SCENARIO: scenario["name"]})


def publish_indicators(session, settings, project=None):
    """The indicator layer (in the workspace) with one named style per indicator (its rating map)."""
    project = project or QgsProject.instance()
    method, preset, result = session.compute(settings)
    layer = _publish_result(
        session, project, "need_indicators", tr("Indicators"),
        tr("Each indicator's value and rating (++ + o - --) against the city per area, one named style per "
           "indicator. Areas under the resident threshold carry no values."),
        method, settings, preset, result, None, "weighting_indicators", {ROLE: INDICATORS})
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
    """Move the memory layers of a project saved by Quartier 0.1 (empty after opening) into the workspace,
    recomputed from the stored settings; returns messages. Workspace layers need nothing. (The meeting
    pack's layers: layouts.meeting_pack.refill_pack_layers; refill_after_reading does both.)"""
    from ..storage.workspace import WorkspaceError

    project = project or QgsProject.instance()
    empty = [lay for role in (SCENARIO_LAYER, INDICATORS) for lay in layers_with_role(project, role)
             if lay.providerType() == "memory" and lay.featureCount() == 0]
    if not empty:
        return []
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
        except (ScenarioError, ValueError, WorkspaceError) as err:
            messages.append(tr("Layer {0}: {1}").format(layer.name(), err))
    return messages


# -- the scenarios in the project (the weighting dock's storage; no widgets) ----------------------------
def stored_scenarios(project):
    return load_scenarios(project)[0]


def find_scenario(project, name):
    return next((s for s in stored_scenarios(project) if s["name"] == name), None)


def store_scenario(project, name, base_method, settings):
    """Store ``settings`` as the scenario ``name`` (replacing one of that name); returns the stripped name."""
    from ..core.scenario import new_scenario
    from ..storage.project_state import save_scenarios

    name = name.strip()
    scenarios = [s for s in stored_scenarios(project) if s["name"] != name]
    scenarios.append(new_scenario(name, base_method, settings))
    save_scenarios(scenarios, project)
    return name


def copy_name(project, source, wanted=None):
    """A free name for a copy of the scenario ``source`` (or ``wanted``, made unique)."""
    from ..core.scenario import unique_name

    return unique_name(wanted or tr("{0} (copy)").format(source), [s["name"] for s in stored_scenarios(project)])


def remove_scenario(project, name):
    """Delete the scenario and its map layers."""
    from ..storage.project_state import save_scenarios

    for layer in layers_with_role(project, SCENARIO_LAYER, name):
        project.removeMapLayer(layer.id())
    save_scenarios([s for s in stored_scenarios(project) if s["name"] != name], project)


def export_scenarios_file(project, path):
    from ..core.scenario import export_scenarios
    from ..storage.atomic import atomic_path

    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(export_scenarios(stored_scenarios(project)))


def import_scenarios_file(project, path):
    """Add the scenarios of a file (names made unique): (added names, None) or ([], the error message), and
    then nothing changed."""
    import os

    from ..core.scenario import import_scenarios, unique_name
    from ..storage.project_state import save_scenarios

    try:
        with open(path, encoding="utf-8-sig") as handle:
            imported = import_scenarios(handle.read())
    except (OSError, UnicodeDecodeError, ScenarioError) as err:
        return [], tr("The scenario file {0} cannot be used: {1}").format(os.path.basename(path), err)
    scenarios = stored_scenarios(project)
    names = [s["name"] for s in scenarios]
    added = []
    for scenario in imported:
        scenario = dict(scenario, name=unique_name(scenario["name"], names))
        names.append(scenario["name"])
        scenarios.append(scenario)
        added.append(scenario["name"])
    save_scenarios(scenarios, project)
    return added, None


def save_panel_state(project, session, base_method, method_source, settings, scenario, compare_shift):
    """What the weighting dock shows, in the project: reopening the dock or the project loses nothing."""
    from ..storage.project_state import save_weighting_state

    save_weighting_state({"inputs": session.inputs.to_dict(), "base_method": base_method,
                          "method_source": method_source, "settings": settings, "scenario": scenario,
                          "compare_shift": compare_shift}, project)
