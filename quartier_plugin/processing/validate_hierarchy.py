"""Processing algorithm ``quartier:validate_hierarchy``: the validation report as a table."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..compat import NUMBER_DOUBLE, SOURCE_VECTOR, WKB_NO_GEOMETRY
from ..core.findings import DEFAULT_MAX_OUTSIDE_SHARE, DEFAULT_TOLERANCE_M2, ERROR, WARNING
from ..storage.fields import string_field_type
from ..translation import tr
from .base import QuartierAlgorithm, translated
from .hierarchy_params import add_level_parameters, city_choices, city_from_parameters, parse_mappings, read_levels
from .sinks import Sink

SEVERITY_LABEL = {"error": "Fehler", "warning": "Warnung", "info": "Hinweis"}


class ValidateHierarchy(QuartierAlgorithm):
    ALGORITHM_ID = "validate_hierarchy"
    GROUP_ID = "hierarchy"

    def displayName(self):  # noqa: N802
        return tr("Validate district hierarchy")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Checks the city's spatial units, one layer per level: empty and duplicate keys, keys written "
            "differently (\"01\" and 1 are matched and reported), children whose parent key does not exist, "
            "children lying more than the allowed share outside their parent, gaps and overlaps between "
            "siblings above the tolerance, invalid geometries (repaired on a copy) and layers in a geographic "
            "CRS. Areas are computed in the working CRS. Known schemas (Stuttgart's Kleinräumige Gliederung, "
            "the demo city) and the levels of the city profile (CITY: {0} or a profile JSON) "
            "need no field mapping; otherwise give it as JSON, e.g. {{\"planungsraum\": {{\"layer\": \"lor_plr\", "
            "\"key_field\": \"PLR_ID\", \"parent_prefix\": 6}}}}. Levels may nest to any depth; a parent key "
            "that does not exist in the parent level is an error, and so is a level layer without features. Source "
            "layers are not changed."
        ).format(city_choices())

    def initAlgorithm(self, config=None):  # noqa: N802
        add_level_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            "MAPPINGS", tr("Field mapping (JSON, empty = recognise)"), optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterNumber(
            "TOLERANCE", tr("Gap and overlap tolerance (m²)"), NUMBER_DOUBLE,
            defaultValue=DEFAULT_TOLERANCE_M2, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_OUTSIDE", tr("Allowed share of a child outside its parent (%)"),
            NUMBER_DOUBLE, defaultValue=100 * DEFAULT_MAX_OUTSIDE_SHARE, minValue=0,
            maxValue=100))
        self.add_working_crs_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Validation report"), type=SOURCE_VECTOR, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("ERRORS", tr("Number of errors")))
        self.addOutput(QgsProcessingOutputNumber("WARNINGS", tr("Number of warnings")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.validation import validate_hierarchy

        city = city_from_parameters(self, parameters, context)
        mappings, layer_names = parse_mappings(self.parameterAsString(parameters, "MAPPINGS", context), city)
        crs = self.working_crs(parameters, context, city=city)
        feedback.pushInfo(tr("City profile {0}; areas computed in {1}.").format(city.name, crs.authid()))
        units, findings, layers = read_levels(self, parameters, context, feedback, mappings, crs.authid(), city,
                                              layer_names)
        empty = [level_id for level_id, level_units in units.items() if not level_units]
        if empty:  # an empty layer validates nothing: "0 errors" would be a wrong all-clear
            raise QgsProcessingException(tr("The layer {0} of the level {1} has no features: there is nothing to "
                                            "validate.").format(layers[empty[0]][0].name(),
                                                                city.level(empty[0]).label_de))
        report = validate_hierarchy(
            units, tolerance_m2=self.parameterAsDouble(parameters, "TOLERANCE", context),
            max_outside_share=self.parameterAsDouble(parameters, "MAX_OUTSIDE", context) / 100.0,
            feedback=lambda _level: feedback.isCanceled(), levels=city.tree)
        findings = findings + report.findings
        fields = QgsFields()
        for name in ("severity", "code", "level", "feature_id", "key", "name", "message"):
            fields.append(QgsField(name, string_field_type()))
        sink = Sink(self, parameters, context, "OUTPUT", fields, WKB_NO_GEOMETRY)
        for f in findings:
            sink.add([SEVERITY_LABEL[f.severity], f.code, city.level(f.level).label_de,
                      "" if f.fid is None else str(f.fid), "" if f.key is None else str(f.key), f.name or "",
                      translated(f)])
            log = feedback.reportError if f.severity == ERROR else feedback.pushInfo
            log(f"{SEVERITY_LABEL[f.severity]} [{city.level(f.level).label_de} {f.key or ''} {f.name or ''}]: "
                f"{translated(f)}")
        n_errors = sum(1 for f in findings if f.severity == ERROR)
        n_warnings = sum(1 for f in findings if f.severity == WARNING)
        feedback.pushInfo(tr("{0} errors, {1} warnings.").format(n_errors, n_warnings))
        return {"OUTPUT": sink.dest, "ERRORS": n_errors, "WARNINGS": n_warnings}
