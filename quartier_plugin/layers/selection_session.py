"""What the selection dock works on, without widgets: the project's areas, the round, the store of
assessments and decisions, and the combined view. The dock maps its fields to these calls; tests call
them directly."""

from dataclasses import dataclass, field

from qgis.core import QgsProject

from ..core import assessments as model
from ..core import decisions as register
from ..core.assessment_tables import assessments_csv, expert_form_csv, read_assessments
from ..core.selection import combined_view, flagged
from ..storage.fields import value_or_none
from ..storage.project_state import load_city, read_json, write_json
from ..storage.selection_store import SelectionStore
from ..storage.workspace import current_user
from .selection_layers import ranking_rows
from .workspace_layers import workspace_spec

ROUND_KEY = "selection_round"


@dataclass
class SelectionSession:
    project: QgsProject
    areas_layer: object            # a layer with the areas (key and name fields)
    key_field: str
    name_field: str = ""
    round: str = ""
    store: SelectionStore = None
    keys: list = field(default_factory=list)
    names: dict = field(default_factory=dict)

    @classmethod
    def open(cls, project, areas_layer, key_field, name_field="", round=None):
        session = cls(project, areas_layer, key_field, name_field)
        session.store = SelectionStore(workspace_spec(project))
        session.round = round or read_json(ROUND_KEY, "", project) or ""
        for f in areas_layer.getFeatures():
            key = str(value_or_none(f[key_field]))
            session.keys.append(key)
            session.names[key] = str(value_or_none(f[name_field]) or "") if name_field else ""
        return session

    def set_round(self, round):
        self.round = round.strip()
        write_json(ROUND_KEY, self.round, self.project)

    @property
    def committee(self):
        city = load_city(self.project)
        return city.committee("de")

    # -- assessments ---------------------------------------------------------------------------------
    def assessments(self, area_key=None, every_version=False):
        found = [a for a in self.store.assessments() if a.round == self.round]
        if not every_version:
            found = model.current(found)
        return [a for a in found if area_key is None or a.area_key == area_key]

    def history(self, assessment_id):
        return model.history(self.store.assessments(), assessment_id)

    def record_assessment(self, area_key, role, judgement, author="", date="", confidence="medium", topics=(),
                          text=""):
        a = model.new(model.check(model.Assessment(
            str(area_key), self.round, role, judgement, author=author, date=model.parse_date(date),
            confidence=confidence, topics=list(topics), text=text), set(self.keys)), recorded_by=current_user())
        self.store.add_assessments([a], self.round)
        return a

    def edit_assessment(self, assessment_id, **changes):
        """A new version of the assessment with ``changes``; the earlier versions stay."""
        latest = self.history(assessment_id)[-1]
        if "date" in changes:
            changes["date"] = model.parse_date(changes["date"])
        new = model.edited(latest, changes, recorded_by=current_user())
        self.store.add_assessments([new], self.round)
        return new

    def import_csv(self, path, skip_bad_rows=False):
        """(recorded, problems); nothing is recorded while a row is bad unless ``skip_bad_rows``."""
        good, problems = read_assessments(path, self.keys, [self.names[k] for k in self.keys],
                                          default_round=self.round or None)
        if problems and not skip_bad_rows:
            return [], problems
        stamped = [model.new(a, recorded_by=current_user()) for a in good]
        if stamped:
            self.store.add_assessments(stamped, self.round)
        return stamped, problems

    def export_csv(self, with_names=False, language="de"):
        return assessments_csv(self.assessments(), self.names, language=language, with_names=with_names)

    def expert_form(self, ranking=None, language="de"):
        rows = ranking or [{"key": k, "name": self.names.get(k, "")} for k in self.keys]
        return expert_form_csv(rows, self.round, language=language)

    # -- decisions -------------------------------------------------------------------------------------
    def decisions(self, every=False):
        found = self.store.decisions()
        if every:
            return found
        return list(register.current_status(found, self.round or None).values())

    def record_decision(self, area_key, status, date="", reason="", start="", planned_end="", pack_hash="",
                        body=None):
        d, warnings = register.record(register.Decision(
            str(area_key), self.round, status, date=date, body=self.committee if body is None else body,
            reason=reason, start=start, planned_end=planned_end, pack_hash=pack_hash), recorded_by=current_user())
        self.store.add_decisions([d], self.round)
        return d, warnings

    def start_round(self, round, candidate_keys):
        """A new round from the register: candidates, and areas with a running project marked as running."""
        self.set_round(round)
        first = register.start_round(self.store.decisions(), candidate_keys, round)
        stamped = [register.record(d, recorded_by=current_user())[0] for d in first]
        self.store.add_decisions(stamped, round)
        return stamped

    # -- numbers and voices ------------------------------------------------------------------------------
    def combined(self, result_layer, key_field=None, name_field="name", overlay=None, overlay_key="key"):
        rows, order, _geometries = ranking_rows(result_layer, key_field, name_field, overlay, overlay_key)
        for row in rows:
            row["name"] = row["name"] or self.names.get(row["key"], "")
        return combined_view(rows, self.store.assessments(), self.store.decisions(), self.round, order)

    @staticmethod
    def to_discuss(view):
        return flagged(view)
