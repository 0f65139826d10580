"""After a project is opened: the need maps and the pack's layers of a project saved by Quartier 0.1
(memory layers, empty after opening) recomputed into the workspace, so its layouts stay usable."""

from ...layers.result_layer import ROLE
from ...storage import project_state
from ...storage.project_state import PACK_KEY
from ...translation import tr
from .compute import area_rows, compute
from .publish import PackLayers
from .request import PACK_ROLE, PART, PackError, PackRequest


def refill_after_reading(project):
    """Everything a project read needs recomputed (the plugin calls this when a project was opened):
    the scenario and indicator layers, then the pack's layers. Returns messages (empty: fine)."""
    from ...layers.scenario_layers import refill_empty_layers

    return refill_empty_layers(project) + refill_pack_layers(project)


def refill_pack_layers(project):
    """Move the pack's memory layers of a project saved by Quartier 0.1 (empty after opening) into the
    workspace, recomputed from the stored settings, so its layouts stay usable (same layer ids).
    Returns messages (empty: fine)."""
    from ...layers.scenario_layers import session_from_state
    from ...storage.project_state import load_city
    from ...storage.workspace import WorkspaceError

    empty = [lay for lay in project.mapLayers().values()
             if lay.customProperty(ROLE) == PACK_ROLE and lay.customProperty(PART) and lay.providerType() == "memory"
             and lay.featureCount() == 0]
    if not empty:
        return []
    state = project_state.read_json(PACK_KEY, None, project)
    try:
        session = session_from_state(project)
    except (ValueError, RuntimeError) as err:
        return [tr("The meeting pack layers could not be recomputed: {0}").format(err)]
    if not state or session is None:
        return [tr("The meeting pack layers could not be recomputed: the project holds no weighting settings.")]
    overlay = project.mapLayer(state.get("overlay") or "")
    request = PackRequest(session=session, scenario=state["scenario"], keys=state["keys"], folder="",
                          overlay=overlay, overlay_key=state.get("overlay_key", ""),
                          language=state.get("language", "de"), city=load_city(project))
    try:
        computed = compute(request, need_keys=False)
        rows = area_rows(request, computed, request.city)
        layers = PackLayers(project, request, computed, take_over={lay.customProperty(PART): lay for lay in empty})
        layers.workspace()
        coverage = layers.coverage_layer(rows)
        layers.rows_layer(rows)
    except (PackError, WorkspaceError) as err:
        return [tr("The meeting pack layers could not be recomputed: {0}").format(err)]
    highlight = layers.take_over.get("highlight")
    if highlight is not None:
        highlight.setDataSource(coverage.source(), highlight.name(), coverage.providerType())
    return []
