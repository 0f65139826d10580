"""Assessments and decisions in the project's workspace: two append-only tables.

``quartier_assessments`` holds every version of every assessment, ``quartier_decisions`` every decision;
nothing is ever changed or deleted (an edit is a new version, a new decision supersedes an old one). Adding
rows rewrites the table whole through :meth:`Workspace.write_result`, stating the run the rows were read
from: if a colleague added rows in between (a shared PostGIS workspace), the write is refused, the rows are
read again and the addition is retried, so both colleagues' rows are kept. Each addition is a run in
``quartier_runs`` (who, when).
"""

import os

from ..core.assessments import Assessment
from ..core.decisions import Decision
from ..core.tables import INTEGER, STRING
from .workspace import Run, Workspace, WorkspaceConflict

ASSESSMENTS = "quartier_assessments"
DECISIONS = "quartier_decisions"
ASSESSMENT_FIELDS = [(name, INTEGER if name == "version" else STRING) for name in Assessment.__dataclass_fields__]
DECISION_FIELDS = [(name, STRING) for name in Decision.__dataclass_fields__]
RETRIES = 3


class SelectionStore:
    def __init__(self, spec):
        self.workspace = Workspace(spec)

    # -- reading ---------------------------------------------------------------------------------------
    def _tables(self):
        spec = self.workspace.spec
        if spec.kind == "gpkg" and not os.path.exists(spec.path):
            return []  # nothing recorded yet; reading creates nothing
        return self.workspace.tables()

    def _rows(self, table, fields):
        def work(ds):
            layer = ds.GetLayerByName(table)
            if layer is None:
                return []
            rows = [(feature.GetFID(), {name: feature.GetField(name) for name, _kind in fields}) for feature in layer]
            layer = None
            return [row for _fid, row in sorted(rows, key=lambda item: item[0])]

        if table not in self._tables():
            return []
        return self.workspace._with_dataset(False, work)

    def assessments(self):
        """Every version of every assessment, in the order recorded."""
        return [Assessment.from_record(r) for r in self._rows(ASSESSMENTS, ASSESSMENT_FIELDS)]

    def decisions(self):
        return [Decision.from_record(r) for r in self._rows(DECISIONS, DECISION_FIELDS)]

    # -- adding ----------------------------------------------------------------------------------------
    def _append(self, table, fields, records, step, settings):
        names = [name for name, _kind in fields]
        for attempt in range(RETRIES):
            seen = self.workspace.current_run(table) if table in self._tables() else None
            before = self._rows(table, fields)
            rows = [(None, [r.get(n) for n in names]) for r in before + records]
            run = Run(step, settings=dict(settings, added=len(records), attempt=attempt + 1))
            try:
                self.workspace.write_result(run, table, fields, rows, title=table,
                                            expected=seen["run_id"] if seen else None)
                return run.run_id
            except WorkspaceConflict:
                if attempt == RETRIES - 1:
                    raise
        return None

    def add_assessments(self, assessments, round=""):
        """Append assessments (already stamped by core.assessments.new/edited)."""
        records = [a.to_record() for a in assessments]
        return self._append(ASSESSMENTS, ASSESSMENT_FIELDS, records, "assessments",
                            {"round": round, "ids": sorted({a.assessment_id for a in assessments})})

    def add_decisions(self, decisions, round=""):
        records = [d.to_record() for d in decisions]
        return self._append(DECISIONS, DECISION_FIELDS, records, "decisions",
                            {"round": round, "areas": sorted({d.area_key for d in decisions})})
