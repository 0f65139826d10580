"""Processing algorithms of the selection process: import expert assessments from CSV, the blank form for
experts, and the export of assessments and the register of decisions."""

import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..storage.atomic import write_bytes
from ..translation import text_language, tr
from .base import QuartierAlgorithm
from .unit_inputs import add_area_parameters, area_field_problem

MAX_LISTED = 20


def _workspace_spec(algorithm, parameters, context):
    """The WORKSPACE GeoPackage if given, else the project's workspace."""
    from ..storage.workspace import WorkspaceError, WorkspaceSpec

    path = algorithm.parameterAsString(parameters, "WORKSPACE", context)
    if path:
        return WorkspaceSpec("gpkg", path=path)
    try:
        return algorithm.project_workspace(context)
    except WorkspaceError as err:
        raise QgsProcessingException(str(err)) from err


def _add_workspace(algorithm):
    algorithm.addParameter(QgsProcessingParameterFile(
        "WORKSPACE", tr("Workspace GeoPackage (empty: the project's workspace)"), extension="gpkg", optional=True))


def _areas(algorithm, parameters, context):
    from ..storage.fields import value_or_none

    layer = algorithm.parameterAsVectorLayer(parameters, "AREAS", context)
    key = algorithm.parameterAsString(parameters, "AREA_KEY", context)
    name = algorithm.parameterAsString(parameters, "AREA_NAME", context)
    keys, names = [], []
    for feature in layer.getFeatures():
        keys.append(str(value_or_none(feature[key])))
        names.append(str(value_or_none(feature[name]) or "") if name else "")
    return keys, names


def _workspace_problem(algorithm, parameters, context, may_create=False):
    """A sentence when the WORKSPACE named does not exist (``may_create``: when its folder does not)."""
    path = algorithm.parameterAsString(parameters, "WORKSPACE", context)
    if not path:
        return ""
    if may_create and not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        return tr("The folder of the workspace {0} does not exist.").format(path)
    if not may_create and not os.path.isfile(path):
        return tr("The workspace {0} does not exist.").format(path)
    return ""


class SelectionAlgorithm(QuartierAlgorithm):
    """Base of the selection algorithms: no numpy or shapely needed; ``CHECKS`` name the input checks."""

    GROUP_ID = "selection"
    REQUIRES = ()
    CHECKS = ()   # "areas" (key and name fields), "workspace" (exists), "new_workspace" (its folder exists)

    def check_values(self, parameters, context):
        ok, message = super().check_values(parameters, context)
        if not ok:
            return ok, message
        checks = {"areas": lambda: area_field_problem(self, parameters, context),
                  "workspace": lambda: _workspace_problem(self, parameters, context),
                  "new_workspace": lambda: _workspace_problem(self, parameters, context, may_create=True)}
        message = next((m for m in (checks[name]() for name in self.CHECKS) if m), "")
        return (False, message) if message else (True, "")


class ImportAssessments(SelectionAlgorithm):
    ALGORITHM_ID = "import_assessments"
    CHECKS = ("areas", "new_workspace")

    def displayName(self):  # noqa: N802
        return tr("Import expert assessments")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Records expert assessments from a CSV table (as collected on paper or by e-mail, or the filled-in "
            "expert form) in the workspace. Columns, with German or English headings: key or area (name), round, "
            "role, author, date (30.11.2026 or 2026-11-30), judgement (lower / as the numbers / higher), "
            "confidence (low / medium / high), topics (separated by , or ;), text. German Excel files (semicolons, "
            "UTF-8 with BOM or Windows-1252) are read as they are; keys match with or without leading zeros or "
            "by the area's name. A row that cannot be recorded is named with its line and the reason; then "
            "nothing is recorded, unless SKIP_BAD_ROWS is set. Assessments are never overwritten: every import "
            "adds new ones, with who recorded them and when.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Assessments table (CSV)"), extension="csv"))
        add_area_parameters(self, tr("Name field of the areas (optional: the table may name areas instead of keys)"))
        self.addParameter(QgsProcessingParameterString(
            "ROUND", tr("Selection round (for rows without one, e.g. 2026)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "SKIP_BAD_ROWS", tr("Record the readable rows even if some rows cannot be read"), defaultValue=False))
        _add_workspace(self)
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", tr("Assessments recorded")))
        self.addOutput(QgsProcessingOutputString("PROBLEMS", tr("Rows not recorded")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core import assessments as model
        from ..core.assessment_tables import AssessmentImportError, read_assessments
        from ..storage.selection_store import SelectionStore
        from ..storage.workspace import WorkspaceError, current_user

        path = self.parameterAsFile(parameters, "INPUT", context)
        keys, names = _areas(self, parameters, context)
        round_ = self.parameterAsString(parameters, "ROUND", context).strip()
        try:
            good, problems = read_assessments(path, keys, names, default_round=round_ or None)
        except AssessmentImportError as err:
            raise QgsProcessingException(tr("The assessments table cannot be read: {0}").format(err)) from err
        listed = [tr("line {0}: {1}").format(line, text) for line, text in problems]
        for text in listed[:MAX_LISTED]:
            feedback.reportError(text, False)
        if problems and not self.parameterAsBool(parameters, "SKIP_BAD_ROWS", context):
            raise QgsProcessingException(tr("{0} of {1} rows cannot be recorded, so nothing was recorded: {2}").format(
                len(problems), len(problems) + len(good), "; ".join(listed[:5]) + (" …" if len(listed) > 5 else "")))
        if not good:
            raise QgsProcessingException(tr("The table holds no assessment that can be recorded."))
        user = current_user()
        stamped = [model.new(a, recorded_by=user) for a in good]
        try:
            SelectionStore(_workspace_spec(self, parameters, context)).add_assessments(stamped, round_)
        except WorkspaceError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(tr("{0} assessments recorded, {1} rows not recorded.").format(len(stamped), len(problems)))
        return {"IMPORTED": len(stamped), "PROBLEMS": "\n".join(listed)}


class ExpertForm(SelectionAlgorithm):
    ALGORITHM_ID = "expert_form"
    CHECKS = ("areas",)

    def displayName(self):  # noqa: N802
        return tr("Expert form for assessments")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes the table an expert fills in without QGIS: one row per area (key, name, and rank and "
                  "class if the layer has them), with empty columns for role, author, date, judgement, confidence, "
                  "topics and text. German Excel style (semicolons, UTF-8 with BOM). The filled-in table goes back "
                  "through “Import expert assessments”.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_area_parameters(self, tr("Name field of the areas (optional: the table may name areas instead of keys)"))
        self.addParameter(QgsProcessingParameterString("ROUND", tr("Selection round (e.g. 2026)")))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Expert form"), tr("CSV (*.csv)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.assessment_tables import expert_form_csv
        from ..storage.fields import value_or_none

        layer = self.parameterAsVectorLayer(parameters, "AREAS", context)
        key = self.parameterAsString(parameters, "AREA_KEY", context)
        name = self.parameterAsString(parameters, "AREA_NAME", context)
        have = set(layer.fields().names())
        areas = []
        for feature in layer.getFeatures():
            areas.append({"key": str(value_or_none(feature[key])),
                          "name": str(value_or_none(feature[name]) or "") if name else "",
                          "rank": value_or_none(feature["rank"]) if "rank" in have else None,
                          "class": value_or_none(feature["class"]) if "class" in have else None})
        areas.sort(key=lambda a: (a["rank"] is None, a["rank"] or 0, a["key"]))
        target = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        write_bytes(target, expert_form_csv(areas, self.parameterAsString(parameters, "ROUND", context),
                                            language=text_language()))
        return {"OUTPUT": target}


class ExportRegister(SelectionAlgorithm):
    ALGORITHM_ID = "export_register"
    CHECKS = ("workspace",)

    def displayName(self):  # noqa: N802
        return tr("Export register of decisions and assessments")

    def shortHelpString(self):  # noqa: N802
        return tr("Writes the register of decisions (every decision, the current one of each area marked) and, if "
                  "asked, the current assessments as CSV tables in German Excel style. Assessments are written "
                  "without names (roles only) unless WITH_NAMES is set.")

    def initAlgorithm(self, config=None):  # noqa: N802
        _add_workspace(self)
        self.addParameter(QgsProcessingParameterString("ROUND", tr("Selection round (empty: all)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "WITH_NAMES", tr("Assessments with the names of the people who gave them"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Register of decisions"),
                                                                tr("CSV (*.csv)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "ASSESSMENTS", tr("Assessments"), tr("CSV (*.csv)"), optional=True, createByDefault=False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.assessment_tables import assessments_csv
        from ..core.decisions import register_csv
        from ..storage.selection_store import SelectionStore
        from ..storage.workspace import WorkspaceError

        language = text_language()
        round_ = self.parameterAsString(parameters, "ROUND", context).strip() or None
        try:
            store = SelectionStore(_workspace_spec(self, parameters, context))
            decisions, assessments = store.decisions(), store.assessments()
        except WorkspaceError as err:
            raise QgsProcessingException(str(err)) from err
        if round_:
            decisions = [d for d in decisions if d.round == round_]
            assessments = [a for a in assessments if a.round == round_]
        target = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        write_bytes(target, register_csv(decisions, language))
        out = {"OUTPUT": target}
        second = self.parameterAsFileOutput(parameters, "ASSESSMENTS", context)
        if second:
            write_bytes(second, assessments_csv(assessments, language=language,
                                                with_names=self.parameterAsBool(parameters, "WITH_NAMES", context)))
            out["ASSESSMENTS"] = second
        feedback.pushInfo(tr("{0} decisions and {1} assessments exported.").format(len(decisions), len(assessments)))
        return out
