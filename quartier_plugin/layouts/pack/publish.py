"""Publish the pack's layers: the areas with need class and coverage (pack_areas) and the profile sheets'
indicator rows (pack_profile_rows) go into the project's workspace; styled copies of the context layers
(renewal areas, boundaries, overlay) and the atlas highlight join them in the hidden group
"Sitzungsunterlage". A headless pack into a project never saved gets a throw-away workspace."""

import os
import shutil
import tempfile
from dataclasses import dataclass

from qgis.core import QgsProject

from ...core.tables import INTEGER, STRING
from ...layers.provenance import layer_input
from ...layers.result_layer import KINDS, ROLE, area_rows, field_spec, result_columns, style_result_layer
from ...storage import project_state
from ...storage.project_state import PACK_KEY
from ...storage.workspace import WorkspaceError
from ...translation import tr
from ..sheets import atlas_highlight_layer
from .compute import profile_rows
from .request import PACK_GROUP, PACK_ROLE, PART, PackError
from .selection import FIELDS as SELECTION_FIELDS
from .texts import settings_hash


@dataclass
class SheetLayers:
    """The layers the sheets draw (None where the request gave none)."""
    coverage: object
    rows: object
    highlight: object
    renewal: object = None
    boundaries: object = None
    locator: object = None           # the boundaries once more, without labels (the locator map is small)
    overlay: object = None
    selection: object = None         # the selection sheet's candidates (a table; only with a selection round)
    voices: object = None            # the areas with their assessments marked (only with a selection round)

    def context(self):
        """The layers that give the maps their orientation: renewal areas and boundaries, where given."""
        return [layer for layer in (self.renewal, self.boundaries) if layer is not None]


class PackLayers:
    """The pack's layers in ``project``; ``take_over`` maps a part to a memory layer of a Quartier 0.1
    project that moves into the workspace (same id) instead of getting a twin."""

    def __init__(self, project, request, computed, take_over=None):
        self.project, self.request, self.computed = project, request, computed
        self.take_over = take_over or {}
        self.layers = []
        self.workspace_spec = None
        self._temporary_workspace = None

    def workspace(self):
        """The project's workspace; a throw-away one for a headless pack into a project never saved."""
        from ...layers.workspace_layers import NoWorkspace, workspace_spec
        from ...storage.workspace import WorkspaceSpec

        try:
            self.workspace_spec = workspace_spec(self.project)
        except NoWorkspace as err:
            if self.project is QgsProject.instance():
                raise PackError(str(err)) from err
            self._temporary_workspace = tempfile.mkdtemp(prefix="quartier-pack-workspace-")
            self.workspace_spec = WorkspaceSpec("gpkg", path=os.path.join(self._temporary_workspace,
                                                                          "pack.quartier.gpkg"))
        return self.workspace_spec

    def publish_all(self, rows, city):
        """Every layer of the sheets (an earlier pack's layers go), and the pack's state in the project."""
        request = self.request
        earlier = [lay for lay in self.project.mapLayers().values() if lay.customProperty(ROLE) == PACK_ROLE]
        # copies first: an input may itself be a layer of an earlier pack (it goes below)
        renewal = self.context_layer(request.renewal, "vorranggebiete")
        if renewal is not None and city.renewal_term(request.language):
            renewal.setName(city.renewal_term(request.language))  # the legend speaks the city's word
        boundaries = self.context_layer(request.boundaries, "stadtbezirke")
        overlay = self.add(request.overlay.clone()) if request.overlay is not None else None
        self.workspace()
        coverage = self.coverage_layer(rows)
        table = self.rows_layer(rows)
        for layer in earlier:
            if layer not in (coverage, table):
                self.project.removeMapLayer(layer.id())
        highlight = self.add(atlas_highlight_layer(coverage, tr("Area of the sheet")))
        highlight.setCustomProperty(PART, "highlight")
        project_state.write_json(PACK_KEY, {
            "scenario": request.scenario, "keys": self.computed.keys, "language": request.language,
            "overlay": request.overlay.id() if request.overlay is not None and self.project.mapLayer(
                request.overlay.id()) else None,
            "overlay_key": request.overlay_key,
            "settings_hash": settings_hash(request, self.computed)}, self.project)
        locator = None
        if boundaries is not None:  # the locator map is small: its boundaries go without labels
            locator = self.add(boundaries.clone())
            locator.setLabelsEnabled(False)
        selection = voices = None
        if request.selection_round:
            from .selection import voices_layer

            selection = self.selection_layer(rows)
            voices = self.add(voices_layer(coverage, request.language))
            voices.setCustomProperty(PART, "voices")
        return SheetLayers(coverage, table, highlight, renewal, boundaries, locator, overlay, selection, voices)

    def publish(self, table, title, abstract, fields, rows, part, geometry=True):
        from ...layers.workspace_layers import new_run, publish

        session, computed = self.request.session, self.computed
        run = new_run("meeting_pack", settings={"method": computed.method,
                                                "settings": self.request.scenario["settings"],
                                                "scenario": self.request.scenario.get("name", ""),
                                                "profiles": computed.keys},
                      inputs=[layer_input(session.areas_layer), layer_input(session.table_layer)])
        try:
            layer = publish(self.project, table, title, abstract, fields, rows, run,
                            geometry_wkb_type=session.areas_layer.wkbType() if geometry else None,
                            crs=session.areas_layer.crs() if geometry else None, group=self.group(),
                            properties={ROLE: PACK_ROLE, PART: part}, spec=self.workspace_spec,
                            layer=self.take_over.get(part))
        except WorkspaceError as err:
            raise PackError(str(err)) from err
        self.layers.append(layer)
        return layer

    def group(self):
        root = self.project.layerTreeRoot()
        group = root.findGroup(PACK_GROUP) or root.addGroup(PACK_GROUP)
        group.setItemVisibilityChecked(False)
        return group

    def coverage_layer(self, rows):
        """The areas with need class, rank and the renewal coverage, in the workspace (table pack_areas)."""
        preset, result, session = self.computed.preset, self.computed.result, self.request.session
        extra = [("renewal_pct", "d"), ("residents_pct", "d"), ("decision", "s")]
        if self.request.selection_round:
            extra += list(SELECTION_FIELDS)
        spec = field_spec(preset) + extra
        columns = result_columns(preset, result, self.computed.robustness)
        by_key = {r["key"]: r for r in rows}
        keys = [str(k) for k in session.keys]
        for name, _kind in extra:
            columns[name] = [by_key.get(k, {}).get(name) for k in keys]
        layer = self.publish("pack_areas", tr("Need classes"), tr(
            "The areas of the meeting pack: need index, class, rank and rank interval of the printed scenario, "
            "each indicator's value and rating, renewal coverage and decision group. Areas under the resident "
            "threshold carry no values."), [(n, KINDS[k]) for n, k in spec],
            area_rows(session, spec, columns), "coverage")
        style_result_layer(layer, preset, result)
        layer.setLabelsEnabled(False)
        return layer

    def rows_layer(self, rows):
        """The profile sheets' indicator table, in the workspace (table pack_profile_rows)."""
        fields = [("key", STRING), ("ord", INTEGER), ("indicator", STRING), ("value", STRING), ("city", STRING),
                  ("rating", STRING), ("need_level", INTEGER)]
        return self.publish("pack_profile_rows", tr("Profile indicators"), tr(
            "One row per area and indicator for the profile sheets: value, city value and rating as printed. "
            "Areas under the resident threshold have no rows."), fields,
            [(None, values) for values in profile_rows(self.request, self.computed, rows)], "rows", geometry=False)

    def selection_layer(self, rows):
        """The candidates of the selection round as printed, in the workspace (table pack_selection)."""
        from ..selection_sheet import FIELDS
        from .selection import sheet_rows

        printed = sheet_rows(rows, self.request.language)
        return self.publish("pack_selection", tr("Area selection"), tr(
            "The candidates of the selection round as the selection sheet prints them: rank, class, rank interval, "
            "coverage, assessments (count and direction, no names) and the proposed decision."), FIELDS,
            [(None, [row[name] for name, _kind in FIELDS]) for row in printed], "selection", geometry=False)

    def add(self, layer):
        from ...layers.workspace_layers import TABLE

        layer.removeCustomProperty(TABLE)  # a copy is not the workspace table's layer
        layer.setCustomProperty(ROLE, PACK_ROLE)
        self.project.addMapLayer(layer, False)
        self.group().addLayer(layer)
        self.layers.append(layer)
        return layer

    def context_layer(self, layer, style):
        """A styled copy of a context layer (renewal areas, boundaries): the user's layer keeps its own style,
        and the sheets look the same whether the pack is made in QGIS or by qgis_process."""
        from ...layers.city_layers import apply_style

        if layer is None:
            return None
        clone = layer.clone()
        apply_style(clone, style)
        return self.add(clone)

    def cleanup(self):
        """The pack's layers stay with its layouts in a project that has a workspace; a headless pack into a
        project never saved (qgis_process) leaves nothing behind."""
        if self._temporary_workspace is None:
            return
        for layer in self.layers:
            if self.project.mapLayer(layer.id()) is not None:
                self.project.removeMapLayer(layer.id())
        self.layers = []
        shutil.rmtree(self._temporary_workspace, ignore_errors=True)
        self._temporary_workspace = None
