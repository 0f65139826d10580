"""The meeting pack for the city's committee (Stuttgart: the AGSP): one folder with the PDF, the ranking CSV,
the settings JSON and a README. The city's words (committee, renewal areas, office, attribution) and its CRS
come from the city profile.

The folder is written completely or not at all: everything goes into a hidden temporary folder next
to the target, which then replaces the target in one rename (a previous pack in the target is
replaced; any other non-empty folder is refused, so nobody's files are deleted). Values of areas
under the resident threshold (or declared outliers) appear nowhere: not on the sheets, not in the
CSV, not in the JSON.
"""

import datetime
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field

from qgis.core import QgsCoordinateReferenceSystem, QgsExpression, QgsProject
from qgis.PyQt.QtCore import QLocale

from .. import __about__, paths
from ..core.disclosure import round_share
from ..core.methods import MethodError
from ..core.need_index import REASONS, SUPPRESSED
from ..core.pack import ranking_csv, render_text, settings_json
from ..core.profile import class_columns, other_classified
from ..core.robustness import robustness
from ..core.scenario import ScenarioError
from ..definitions import ROLE_PACK
from ..layers.provenance import layer_input
from ..layers.result_layer import ROLE
from ..storage import project_state
from ..storage.fields import value_or_none
from ..storage.project_state import PACK_KEY
from ..translation import tr
from .pack_pdf import PackCancelled, bookmark, write_pdf
from .sheets import TemplateError, atlas_highlight_layer, overview_sheet, profile_sheet

PDF_NAME = "sitzungsunterlage.pdf"
CSV_NAME = "rangfolge.csv"
JSON_NAME = "einstellungen.json"
README_NAME = "LIESMICH.md"
MARKER = "quartier_pack"   # key in the settings JSON that marks a folder as a Quartier pack
RATING_NEED = {"++": 2, "+": 1, "o": 0, "-": -1, "--": -2}
OVERLAY_FIELDS = ("renewal_share", "residents_share", "decision_label")
PACK_ROLE = ROLE_PACK
PART = "quartier/pack_part"
PACK_GROUP = "Sitzungsunterlage"


class PackError(RuntimeError):
    """The pack cannot be made; the message says why. Nothing was left behind."""


@dataclass
class PackRequest:
    session: object                  # a loaded WeightingSession
    scenario: dict                   # {"name", "settings"} (and "base_method")
    keys: list                       # the areas that get a profile sheet
    folder: str
    title: str = ""
    office: str = ""
    date: datetime.date = None
    sources: list = field(default_factory=list)
    renewal: object = None           # layer drawn over the maps
    boundaries: object = None        # e.g. Stadtbezirke, for orientation
    overlay: object = None           # output of quartier:renewal_overlay (coverage, decision group)
    overlay_key: str = ""
    page: str = "A4"
    csv_style: str = "excel_de"
    language: str = "de"
    draws: int = 1000
    city: object = None              # the CityProfile: committee, renewal term, CRS, attribution (None: Stuttgart)


def check_folder(folder):
    """Raise PackError unless ``folder`` can take a pack (nothing is written)."""
    folder = os.path.abspath(folder)
    parent = os.path.dirname(folder)
    if not os.path.isdir(parent) or not os.access(parent, os.W_OK):
        raise PackError(tr("The folder {0} does not exist or is not writable.").format(parent))
    if os.path.exists(folder):
        if not os.path.isdir(folder):
            raise PackError(tr("{0} exists and is not a folder.").format(folder))
        if not os.access(folder, os.W_OK):
            raise PackError(tr("The folder {0} does not exist or is not writable.").format(folder))
        if os.listdir(folder) and not is_pack(folder):
            raise PackError(tr("The folder {0} is not empty and holds no earlier meeting pack; choose an empty "
                               "or new folder.").format(folder))
    return folder


def is_pack(folder):
    try:
        with open(os.path.join(folder, JSON_NAME), encoding="utf-8") as handle:
            return MARKER in json.load(handle)
    except (OSError, ValueError):
        return False


def replace_folder(temporary, folder):
    """Put ``temporary`` in place of ``folder`` (an earlier pack is removed only after the swap). The earlier
    pack waits as ``.quartier-old-<pid>-<token>-<name>``: a run killed between the two renames leaves it
    there, and the next build puts it back (remove_pack_leftovers)."""
    from ..storage import atomic_outputs

    old = None
    if os.path.exists(folder):
        old = atomic_outputs.temporary_name(folder, prefix=atomic_outputs.OLD_PREFIX)
        os.rename(folder, old)
    try:
        os.rename(temporary, folder)
    except OSError:
        if old is not None:
            os.rename(old, folder)
            atomic_outputs.release(old)
        raise
    atomic_outputs.release(temporary)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
        atomic_outputs.release(old)


def remove_pack_leftovers(folder):
    """Remove what killed runs left beside ``folder`` (hidden ``.quartier-pack-*`` and ``.quartier-old-*``
    folders of processes that are gone); an earlier pack parked by a run killed between its two renames is
    put back where it was if nothing took its place. Returns the removed paths."""
    from ..storage import atomic_outputs

    return atomic_outputs.remove_leftovers(
        os.path.dirname(os.path.abspath(folder)), (atomic_outputs.PACK_PREFIX, atomic_outputs.OLD_PREFIX),
        restore_old=True)


def _number(value, language, digits=1):
    if value is None:
        return ""
    return QLocale(language).toString(float(value), "f", digits)


def _source_checksum(layer):
    """sha256 of a file-based layer's file, else of its attributes (e.g. a memory layer)."""
    info = layer_input(layer, with_source=False)
    if info is not None:
        info.pop("features")
    return info


class MeetingPack:
    """Builds the pack of a :class:`PackRequest` into ``project`` (its layouts stay there, editable)."""

    def __init__(self, request, project=None, feedback=None):
        self.request = request
        self.project = project or QgsProject()
        self.feedback = feedback
        self.layers = []
        self.workspace_spec = None
        self._temporary_workspace = None
        self._take_over = {}  # part → a memory layer of a Quartier 0.1 project to move into the workspace

    @property
    def city(self):
        if self.request.city is None:
            from ..storage.project_state import load_city

            self.request.city = load_city(self.project)
        return self.request.city

    def _sheet_name(self, text):
        """A layout name with the committee in front (Stuttgart: "AGSP overview A4")."""
        committee = self.city.committee(self.request.language)
        return f"{committee} {text}" if committee else text

    # -- data ----------------------------------------------------------------------------------
    def compute(self):
        r = self.request
        try:
            method, preset, result = r.session.compute(r.scenario["settings"])
        except (ScenarioError, MethodError) as err:
            raise PackError(str(err)) from err
        rob = robustness(preset, result, draws=r.draws, seed=1)
        known = {str(k) for k in result.keys}
        keys = [str(k) for k in r.keys if str(k) in known]
        if not keys:
            raise PackError(tr("Select at least one area for the profile sheets (none of the {0} given is an area "
                               "of the layer).").format(len(r.keys)) if r.keys else
                            tr("Select at least one area for the profile sheets."))
        self.method, self.preset, self.result, self.robustness, self.keys = method, preset, result, rob, keys
        return self

    def _overlay_values(self):
        r = self.request
        if r.overlay is None:
            return {}
        key_field = r.overlay_key or r.session.inputs.area_key
        names = r.overlay.fields().names()
        if key_field not in names or not all(f in names for f in OVERLAY_FIELDS):
            raise PackError(tr("The overlay layer {0} lacks the fields of quartier:renewal_overlay ({1}).").format(
                r.overlay.name(), ", ".join((key_field,) + OVERLAY_FIELDS)))
        return {str(value_or_none(f[key_field])): {n: value_or_none(f[n]) for n in OVERLAY_FIELDS}
                for f in r.overlay.getFeatures()}

    def rows(self):
        """One dict per area (all areas, by rank): what the CSV and the sheets show."""
        result, preset, rob = self.result, self.preset, self.robustness
        main = result.nodes[preset.main_index]
        overlay = self._overlay_values()
        names = dict(zip([str(k) for k in self.request.session.keys], self.request.session.names))
        classes = class_columns(preset, result)
        rows = []
        for i, key in enumerate(result.keys):
            key = str(key)
            reason = result.reason[i]
            extra = overlay.get(key, {})
            row = {
                "key": key, "name": names.get(key, ""), "scored": int(bool(result.scored[i])),
                "reason_code": reason, "not_scored_reason": tr(REASONS[reason]) if reason else None,
                "rank": _int(main["rank"][i]), "index": _float(main["value"][i]), "class": main["class"][i],
                "p05": _int(rob.rank_p05[i]), "p95": _int(rob.rank_p95[i]), "selected": _float(rob.share_selected[i]),
                # quartier:renewal_overlay writes its shares in percent already
                "renewal_pct": _float(extra.get("renewal_share")),
                "residents_pct": _float(extra.get("residents_share")),
                "decision": extra.get("decision_label"),
            }
            for ind in preset.indicators:
                info = result.indicators[ind.id]
                row[f"{ind.id}_value"] = round_share(_float(info["value"][i]), self.city.share_decimals)
                row[f"{ind.id}_rating"] = info["rating"][i]
            for name, values in classes.items():
                row[name] = values[i]
            if reason in SUPPRESSED:
                row = {k: (v if k in ("key", "name", "scored", "reason_code", "not_scored_reason") else None)
                       for k, v in row.items()}
            rows.append(row)
        rows.sort(key=lambda r: (r["rank"] is None, r["rank"] or 0, r["key"]))
        return rows

    def csv_columns(self):
        columns = [("rank", tr("Rank")), ("key", tr("Key")), ("name", tr("Name")), ("index", tr("Index")),
                   ("class", tr("Class"))]
        for node in other_classified(self.preset):
            label = node.label_de if self.request.language == "de" else node.label_en
            columns.append((f"{node.id}_class", tr("{0}: class").format(label or node.id)))
        if self.preset.matrix:
            columns.append(("matrix", tr("Overall group (status/dynamics)")))
        columns += [("p05", tr("Rank 5 %")), ("p95", tr("Rank 95 %")),
                   ("selected", tr("Share of draws selected")), ("renewal_pct", tr("Renewal area %")),
                   ("residents_pct", tr("Residents in renewal areas %")), ("decision", tr("Decision group"))]
        for ind in self.preset.indicators:
            label = ind.label_de if self.request.language == "de" else ind.label_en
            columns += [(f"{ind.id}_value", f"{label} ({ind.unit})" if ind.unit else label),
                        (f"{ind.id}_rating", tr("{0}: rating").format(label))]
        columns += [("scored", tr("Scored")), ("not_scored_reason", tr("Not scored because"))]
        return columns

    # -- layers for the sheets -------------------------------------------------------------------
    def _workspace(self):
        """The project's workspace; a throw-away one for a headless pack into a project never saved."""
        from ..layers.workspace_layers import NoWorkspace, workspace_spec
        from ..storage.workspace import WorkspaceSpec

        try:
            return workspace_spec(self.project)
        except NoWorkspace as err:
            if self.project is QgsProject.instance():
                raise PackError(str(err)) from err
            self._temporary_workspace = tempfile.mkdtemp(prefix="quartier-pack-workspace-")
            return WorkspaceSpec("gpkg", path=os.path.join(self._temporary_workspace, "pack.quartier.gpkg"))

    def _publish(self, table, title, abstract, fields, rows, part, geometry=True):
        from ..layers.workspace_layers import new_run, publish
        from ..storage.workspace import WorkspaceError

        session = self.request.session
        run = new_run("meeting_pack", settings={"method": self.method, "settings": self.request.scenario["settings"],
                                                "scenario": self.request.scenario.get("name", ""),
                                                "profiles": self.keys},
                      inputs=[layer_input(session.areas_layer), layer_input(session.table_layer)])
        try:
            layer = publish(self.project, table, title, abstract, fields, rows, run,
                            geometry_wkb_type=session.areas_layer.wkbType() if geometry else None,
                            crs=session.areas_layer.crs() if geometry else None, group=self._group(),
                            properties={ROLE: PACK_ROLE, PART: part}, spec=self.workspace_spec,
                            layer=self._take_over.get(part))
        except WorkspaceError as err:
            raise PackError(str(err)) from err
        self.layers.append(layer)
        return layer

    def _group(self):
        root = self.project.layerTreeRoot()
        group = root.findGroup(PACK_GROUP) or root.addGroup(PACK_GROUP)
        group.setItemVisibilityChecked(False)
        return group

    def _coverage_layer(self, rows):
        """The areas with need class, rank and the renewal coverage, in the workspace (table pack_areas)."""
        from ..layers.result_layer import KINDS, area_rows, field_spec, result_columns, style_result_layer

        spec = field_spec(self.preset) + [("renewal_pct", "d"), ("residents_pct", "d"), ("decision", "s")]
        columns = result_columns(self.preset, self.result, self.robustness)
        by_key = {r["key"]: r for r in rows}
        keys = [str(k) for k in self.request.session.keys]
        for name in ("renewal_pct", "residents_pct", "decision"):
            columns[name] = [by_key.get(k, {}).get(name) for k in keys]
        layer = self._publish("pack_areas", tr("Need classes"), tr(
            "The areas of the meeting pack: need index, class, rank and rank interval of the printed scenario, "
            "each indicator's value and rating, renewal coverage and decision group. Areas under the resident "
            "threshold carry no values."), [(n, KINDS[k]) for n, k in spec],
            area_rows(self.request.session, spec, columns), "coverage")
        style_result_layer(layer, self.preset, self.result)
        layer.setLabelsEnabled(False)
        return layer

    def _rows_layer(self, rows):
        """The profile sheets' indicator table, in the workspace (table pack_profile_rows)."""
        from ..core.tables import INTEGER, STRING

        fields = [("key", STRING), ("ord", INTEGER), ("indicator", STRING), ("value", STRING), ("city", STRING),
                  ("rating", STRING), ("need_level", INTEGER)]
        return self._publish("pack_profile_rows", tr("Profile indicators"), tr(
            "One row per area and indicator for the profile sheets: value, city value and rating as printed. "
            "Areas under the resident threshold have no rows."), fields,
            [(None, values) for values in self._profile_rows(rows)], "rows", geometry=False)

    def _profile_rows(self, rows):
        language = self.request.language
        out = []
        for row in rows:
            if row["reason_code"] in SUPPRESSED:
                continue  # no rows at all: the table says "not scored"
            for order, ind in enumerate(self.preset.indicators):
                info = self.result.indicators[ind.id]
                unit = f" {ind.unit}" if ind.unit and ind.unit != "Index" else ""
                value = row[f"{ind.id}_value"]
                rating = row[f"{ind.id}_rating"]
                need = RATING_NEED.get(rating)
                if need is not None and not ind.need_high:
                    need = -need
                out.append([
                    row["key"], order, ind.label_de if language == "de" else ind.label_en,
                    (_number(value, language) + unit) if value is not None else "–",
                    _number(info["city_value"], language) + unit, rating or "–", need])
        return out

    def _add(self, layer):
        from ..layers.workspace_layers import TABLE

        layer.removeCustomProperty(TABLE)  # a copy is not the workspace table's layer
        layer.setCustomProperty(ROLE, PACK_ROLE)
        self.project.addMapLayer(layer, False)
        root = self.project.layerTreeRoot()
        group = root.findGroup(PACK_GROUP) or root.addGroup(PACK_GROUP)
        group.addLayer(layer)
        group.setItemVisibilityChecked(False)
        self.layers.append(layer)
        return layer

    def _context_layer(self, layer, style):
        """A styled copy of a context layer (renewal areas, boundaries): the user's layer keeps its own style,
        and the sheets look the same whether the pack is made in QGIS or by qgis_process."""
        from ..layers.city_layers import apply_style

        if layer is None:
            return None
        clone = layer.clone()
        apply_style(clone, style)
        return self._add(clone)

    # -- texts -----------------------------------------------------------------------------------
    def method_note(self):
        from ..core.method_note import matrix_text, method_indices
        from ..gui.weights_editor import NORMALISATION_LABELS

        preset, r = self.preset, self.request
        node = preset.node(preset.main_index)
        labels = {ind.id: (ind.label_de if r.language == "de" else ind.label_en) for ind in preset.indicators}
        for n in preset.nodes:
            labels.setdefault(n.id, n.label_de or n.id)
        weights = [{"label": labels.get(c, c), "share": w} for c, w in self.result.weights[node.id].items()]
        indices = method_indices(preset, self.result.weights, labels, r.language)
        aggregation = tr("weighted arithmetic mean") if (node.aggregation or preset.aggregation) == "arithmetic" \
            else tr("weighted geometric mean")
        return render_text("method_note", r.language, {
            "method_label": preset.label_de if r.language == "de" else preset.label_en,
            "normalisation": tr(NORMALISATION_LABELS[preset.normalisation]), "aggregation": aggregation,
            "weights": weights, "indices": indices, "matrix": matrix_text(preset, r.language),
            "min_population": f"{self.result.threshold:g}", "outliers": bool(preset.outliers),
            "threshold_note": r.session.threshold(preset)[1] if hasattr(r.session, "threshold") else None,
            "complementary": len(self.result.protection.complementary) if self.result.protection else 0,
            "scenario": self.scenario_label,
        }, paths.resource("text")).strip()

    def sources(self):
        out = list(self.request.sources) + [s for s in self.city.sources if s not in self.request.sources]
        for ind in self.preset.indicators:
            label = ind.label_de if self.request.language == "de" else ind.label_en
            if ind.source:
                out.append(f"{label}: {ind.source}" + (f" ({ind.year})" if ind.year else ""))
        if self.preset.source and self.preset.source not in out:  # the city's attribution may name it already
            out.append(tr("Method: {0}").format(self.preset.source))
        return out

    def date_text(self, prefix=True):
        date = self.request.date or datetime.date.today()
        text = date.strftime("%d.%m.%Y") if self.request.language == "de" else date.isoformat()
        return tr("As of {0}").format(text) if prefix else text

    @property
    def settings_hash(self):
        """sha256 of the method and settings printed (the same hash as the scenario's workspace run)."""
        from ..storage.workspace import settings_hash

        return settings_hash({"method": self.method, "settings": self.request.scenario["settings"]})

    @property
    def scenario_label(self):
        """The scenario's name, or "unsaved settings": weights never print under a name they do not have."""
        scenario = self.request.scenario
        if scenario.get("saved", True) and scenario.get("name"):
            return scenario["name"]
        return tr("unsaved settings")

    def _number(self, expression, places):
        """A number in an expression, written in the pack's language (as in the pack's tables)."""
        return f"format_number({expression}, {places}, {QgsExpression.quotedString(self.request.language)})"

    def _index_expression(self):
        q = QgsExpression.quotedString
        label = self.preset.node(self.preset.main_index)
        index_label = label.label_de if self.request.language == "de" else label.label_en
        scored = int(self.result.scored.sum())
        return ("[% CASE WHEN \"scored\" = 1 THEN " + q((index_label or label.id) + ": ") +
                " || " + self._number('"index"', 2) + " || " + q(" · " + tr("class") + ": ") + " || \"class\" || " +
                q(" · " + tr("rank") + " ") + " || \"rank\" || " + q(" " + tr("of") + f" {scored}") +
                " || " + q("\n" + tr("Rank under changed weights (5-95 %)") + ": ") +
                " || \"p05\" || '–' || \"p95\" || " + q(" · " + tr("selected in") + " ") +
                " || " + self._number('100 * "selected"', 0) + " || " + q(" % " + tr("of the draws")) +
                self._classes_expression() +
                " ELSE " + q(tr("Not scored") + ": ") + " || \"reason\" END %]")

    def _classes_expression(self):
        """The other indices' classes and the overall group (MSS: dynamics, status/dynamics) as one line."""
        q = QgsExpression.quotedString
        parts = []
        for node in other_classified(self.preset):
            label = (node.label_de if self.request.language == "de" else node.label_en) or node.id
            parts.append(q(label + ": ") + " || coalesce(" + QgsExpression.quotedColumnRef(f"{node.id}_class") +
                         ", '–')")
        if self.preset.matrix:
            parts.append(q(tr("overall group") + ": ") + " || coalesce(\"matrix\", '–')")
        return (" || " + q("\n") + " || " + " || ' · ' || ".join(parts)) if parts else ""

    def _renewal_expression(self):
        if self.request.overlay is None:
            return ""
        q = QgsExpression.quotedString
        # without a population layer the overlay has no residents' share: that part is left out, not the line
        return ("[% CASE WHEN \"scored\" = 1 THEN " + q(tr("Urban renewal") + ": ") +
                " || " + self._number('"renewal_pct"', 1) + " || " + q(" % " + tr("of the area")) +
                " || CASE WHEN \"residents_pct\" IS NULL THEN '' ELSE " + q(", ") +
                " || " + self._number('"residents_pct"', 1) + " || " + q(" % " + tr("of the residents")) +
                " END || " + q(" · ") + " || coalesce(\"decision\", '') ELSE '' END %]")

    # -- the whole pack --------------------------------------------------------------------------
    def build(self):
        from ..storage import atomic_outputs

        r = self.request
        remove_pack_leftovers(r.folder)  # of killed runs; before the check, as a parked pack may come back
        folder = check_folder(r.folder)
        self.compute()
        self._progress_text(tr("Preparing the sheets…"))
        rows = self.rows()
        try:
            temporary = atomic_outputs.temporary_folder(folder, prefix=atomic_outputs.PACK_PREFIX)
        except OSError as err:  # e.g. a read-only mount: root passes check_folder's access test
            raise PackError(tr("Cannot write into the folder {0}: {1}").format(
                os.path.dirname(folder), err.strerror or err)) from err
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o777 & ~umask)  # a normal folder once in place (made private at first)
        try:
            self._write(temporary, rows)
            replace_folder(temporary, folder)
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            atomic_outputs.release(temporary)
            raise
        finally:
            self._cleanup()
        return folder

    def _progress_text(self, text):
        if self.feedback is not None:
            self.feedback.pushInfo(text)

    def _write(self, target, rows):
        from ..layers.bivariate import add_bivariate_legend, apply_bivariate_style

        r = self.request
        earlier = [lay for lay in self.project.mapLayers().values() if lay.customProperty(ROLE) == PACK_ROLE]
        # copies first: an input may itself be a layer of an earlier pack (it goes below)
        renewal = self._context_layer(r.renewal, "vorranggebiete")
        if renewal is not None and self.city.renewal_term(r.language):
            renewal.setName(self.city.renewal_term(r.language))  # the legend speaks the city's word
        boundaries = self._context_layer(r.boundaries, "stadtbezirke")
        overlay = self._add(r.overlay.clone()) if r.overlay is not None else None
        self.workspace_spec = self._workspace()
        coverage = self._coverage_layer(rows)
        table = self._rows_layer(rows)
        for layer in earlier:
            if layer not in (coverage, table):
                self.project.removeMapLayer(layer.id())
        highlight = self._add(atlas_highlight_layer(coverage, tr("Area of the sheet")))
        highlight.setCustomProperty(PART, "highlight")
        project_state.write_json(PACK_KEY, {
            "scenario": r.scenario, "keys": self.keys, "language": r.language,
            "overlay": r.overlay.id() if r.overlay is not None and self.project.mapLayer(r.overlay.id()) else None,
            "overlay_key": r.overlay_key}, self.project)
        locator_lines = None
        if boundaries is not None:  # the locator map is small: its boundaries go without labels
            locator_lines = self._add(boundaries.clone())
            locator_lines.setLabelsEnabled(False)
        method_note = self.method_note()
        sources = self.sources()
        date_line = tr("{0} · settings {1}").format(self.date_text(), self.settings_hash[:8])
        crs = QgsCoordinateReferenceSystem(self.city.crs)
        texts = {"title": r.title or tr("Social need index"), "date": date_line,
                 "office": r.office or self.city.office,
                 "sources": " · ".join(sources), "method_note": method_note, "legend_title": tr("Legend")}
        scenario = self.scenario_label
        over = [lay for lay in (renewal, boundaries) if lay is not None]
        layouts = []
        try:
            layouts.append(overview_sheet(
                self.project, over + [coverage], ([renewal] if renewal else []) + [coverage],
                coverage.extent(), dict(texts, subtitle=tr("Need classes · scenario {0}").format(scenario)),
                page=r.page, name=self._sheet_name(tr("overview {0}").format(r.page)), crs=crs))
            if overlay is not None:
                bivariate = overlay
                apply_bivariate_style(bivariate)
                layouts.append(overview_sheet(
                    self.project, over + [bivariate], over, coverage.extent(),
                    dict(texts, subtitle=tr("Social need and urban renewal · scenario {0}").format(scenario)),
                    page=r.page, name=self._sheet_name(tr("need and renewal {0}").format(r.page)), crs=crs,
                    extra_legend=lambda layout, x, y: add_bivariate_legend(layout, x, y, title=tr("Need x renewal"))))
            profile = profile_sheet(
                self.project, coverage, [highlight] + ([renewal] if renewal else []) + [coverage],
                ([locator_lines] if locator_lines else []) + [coverage], table,
                dict(texts, subtitle=tr("Profile · scenario {0}").format(scenario),
                     empty_table=tr("Not scored: no values are shown for this area.")),
                self._index_expression(), self._renewal_expression(), self.keys, name=self._sheet_name(tr("profiles")),
                crs=crs)
            layouts.append(profile)
        except TemplateError as err:
            raise PackError(str(err)) from err
        profile.atlas().updateFeatures()
        self._progress_text(tr("Rendering {0} pages…").format(len(layouts) - 1 + profile.atlas().count()))
        pdf = os.path.join(target, PDF_NAME)
        try:
            pages = write_pdf(pdf, layouts, title=texts["title"], feedback=self.feedback)
        except PackCancelled as err:
            raise PackError(tr("Cancelled: nothing was written.")) from err
        entries = []
        for layout, name, page in pages:
            if name is None:
                entries.append((layout.name(), page, 0))
            else:
                if not any(e[0] == tr("Profiles") for e in entries):
                    entries.append((tr("Profiles"), page, 0))
                entries.append((name, page, 1))
        bookmark(pdf, entries)
        self.pages = pages
        with open(os.path.join(target, CSV_NAME), "wb") as handle:
            handle.write(ranking_csv(self.csv_columns(), rows, r.csv_style))
        with open(os.path.join(target, JSON_NAME), "wb") as handle:
            handle.write(settings_json(self.settings(rows)))
        readme = render_text("readme", r.language, {
            "title": texts["title"], "date": self.date_text(prefix=False), "office": texts["office"], "pdf": PDF_NAME,
            "committee": self.city.committee(r.language),
            "csv": CSV_NAME,
            "json": JSON_NAME, "overview_pages": len(layouts) - 1, "profile_pages": profile.atlas().count(),
            "area_count": len(rows), "method_note": method_note, "sources": sources, "version": __about__.__version__,
            "suppressed": sum(1 for row in rows
                              if row["reason_code"] in SUPPRESSED),
            "csv_note": tr("UTF-8 with BOM, semicolons, decimal comma: opens in German Excel") if r.csv_style ==
            "excel_de" else tr("UTF-8, commas, decimal point")}, paths.resource("text"))
        with open(os.path.join(target, README_NAME), "w", encoding="utf-8", newline="\n") as handle:
            handle.write(readme)
        self.layouts = layouts

    def settings(self, rows):
        r = self.request
        session = r.session
        return {
            MARKER: 1,
            "plugin": {"name": "Quartier", "version": __about__.__version__},
            "city": {"id": self.city.id, "name": self.city.name, "crs": self.city.crs},
            "scenario": self.scenario_label,
            "scenario_saved": bool(r.scenario.get("saved", True)),
            "settings_hash": self.settings_hash,
            "method": self.method,
            "settings": r.scenario["settings"],
            "weights": self.result.weights,
            "inputs": {"areas": _source_checksum(session.areas_layer),
                       "statistics": _source_checksum(session.table_layer),
                       "overlay": _source_checksum(r.overlay), "renewal": _source_checksum(r.renewal),
                       "area_key": session.inputs.area_key, "statistics_key": session.inputs.table_key},
            "vintages": {"year": session.year, "indicators": {ind.id: ind.year for ind in self.preset.indicators}},
            "sources": self.sources(),
            "robustness": {"draws": r.draws, "seed": 1, "top_k": self.robustness.top_k},
            "areas": {"total": len(rows), "scored": int(self.result.scored.sum()),
                      "not_scored": [row["key"] for row in rows if not row["scored"]]},
            "profiles": self.keys,
            "files": [PDF_NAME, CSV_NAME, JSON_NAME, README_NAME],
        }

    def _cleanup(self):
        """The pack's layers stay with its layouts in a project that has a workspace; a headless pack into a
        project never saved (qgis_process) leaves nothing behind."""
        if self._temporary_workspace is None:
            return
        for layer in self.layers:
            if self.project.mapLayer(layer.id()) is not None:
                self.project.removeMapLayer(layer.id())
        self.layers = []
        if self._temporary_workspace:
            shutil.rmtree(self._temporary_workspace, ignore_errors=True)
            self._temporary_workspace = None


def _float(value):
    value = value_or_none(value)
    if value is None:
        return None
    value = float(value)
    return None if value != value else value


def _int(value):
    value = _float(value)
    return None if value is None else int(value)



def refill_pack_layers(project):
    """Move the pack's memory layers of a project saved by Quartier 0.1 (empty after opening) into the
    workspace, recomputed from the stored settings, so its layouts stay usable (same layer ids).
    Returns messages (empty: fine)."""
    from ..layers.scenario_layers import session_from_state
    from ..storage.workspace import WorkspaceError

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
                          language=state.get("language", "de"))
    pack = MeetingPack(request, project)
    try:
        pack.compute()
        rows = pack.rows()
        pack._take_over = {lay.customProperty(PART): lay for lay in empty}
        pack.workspace_spec = pack._workspace()
        coverage = pack._coverage_layer(rows)
        pack._rows_layer(rows)
    except (PackError, WorkspaceError) as err:
        return [tr("The meeting pack layers could not be recomputed: {0}").format(err)]
    highlight = pack._take_over.get("highlight")
    if highlight is not None:
        highlight.setDataSource(coverage.source(), highlight.name(), coverage.providerType())
    return []
