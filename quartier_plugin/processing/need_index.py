"""Processing algorithm ``quartier:need_index``: the need index of a method preset for each area."""

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from .. import paths
from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_VECTOR, WKB_NO_GEOMETRY
from ..storage.fields import float_values as _floats
from ..storage.fields import int_values as _ints
from ..storage.fields import integer_field_type, real_field_type, string_field_type
from ..translation import tr
from .base import QuartierAlgorithm

DEFAULT_METHOD = "stuttgart_gebietsauswahl"
DEFAULT_Z_LIMIT = 10.0  # = core.plausibility.DEFAULT_Z_LIMIT; not imported here, so numpy stays out of start-up
STOP, EXCLUDE = 0, 1          # IMPLAUSIBLE: what happens to implausible input cells
MAX_LISTED = 20               # findings listed in an error message
MAX_LOGGED = 200              # findings written to the log (all of them go to the FINDINGS table)


def add_plausibility_parameters(algorithm, extreme=True):
    """IMPLAUSIBLE (stop, or exclude the cells and go on) and, with ``extreme``, EXTREME_Z (the robust z above
    which a value is extreme; 0: no such check)."""
    algorithm.addParameter(QgsProcessingParameterEnum(
        "IMPLAUSIBLE", tr("Implausible input values (no-data codes, negative counts, shares outside 0–100, parts "
                          "above their totals, infinite or extreme numbers)"),
        options=[tr("stop with an error that lists them"),
                 tr("exclude those cells (treated as missing) and go on")], defaultValue=STOP))
    if extreme:
        algorithm.addParameter(QgsProcessingParameterNumber(
            "EXTREME_Z", tr("Extreme value: robust z above (0 = no check)"), NUMBER_DOUBLE,
            defaultValue=DEFAULT_Z_LIMIT, minValue=0, optional=True))


def extreme_limit(algorithm, parameters, context):
    """The robust z limit of EXTREME_Z (None: no extreme check)."""
    if "EXTREME_Z" not in parameters or parameters.get("EXTREME_Z") in (None, ""):
        return DEFAULT_Z_LIMIT
    return algorithm.parameterAsDouble(parameters, "EXTREME_Z", context) or None


def finding_message(finding):
    """A finding of :mod:`..core.plausibility` in the user's language."""
    return tr(finding.template).format(**finding.params)


def handle_findings(algorithm, parameters, context, feedback, findings, exclude):
    """Log the implausible cells; stop (IMPLAUSIBLE = 0) with an error that lists them, or exclude them with
    ``exclude(findings)`` (it returns the number of cells excluded) and say so. Returns that number."""
    if not findings:
        return 0
    for f in findings[:MAX_LOGGED]:
        feedback.pushWarning(finding_message(f))
    if len(findings) > MAX_LOGGED:
        feedback.pushWarning(tr("… and {0} more implausible cells.").format(len(findings) - MAX_LOGGED))
    choice = algorithm.parameterAsEnum(parameters, "IMPLAUSIBLE", context) if "IMPLAUSIBLE" in parameters else STOP
    if choice != EXCLUDE:
        listed = "\n".join(finding_message(f) for f in findings[:MAX_LISTED])
        more = tr("\n… and {0} more.").format(len(findings) - MAX_LISTED) if len(findings) > MAX_LISTED else ""
        raise QgsProcessingException(tr(
            "{0} implausible values in the input; nothing was computed. Correct them, declare no-data codes, or "
            "choose to exclude them (parameter IMPLAUSIBLE):\n{1}{2}").format(len(findings), listed, more))
    excluded = exclude(findings)
    feedback.pushWarning(tr("{0} implausible cells were excluded: they are treated as missing.").format(excluded))
    return excluded


def add_findings_parameter(algorithm):
    algorithm.addParameter(QgsProcessingParameterFeatureSink(
        "FINDINGS", tr("Implausible input values (key, column, value, kind, message)"), type=SOURCE_VECTOR,
        optional=True, createByDefault=False))


def write_findings(algorithm, parameters, context, findings):
    """The FINDINGS table, when asked for; returns its destination (None when not asked for)."""
    from ..core.plausibility import KIND_LABELS, format_value

    if not parameters.get("FINDINGS"):
        return None
    fields = QgsFields()
    for name in ("key", "column", "value", "kind", "message"):
        fields.append(QgsField(name, string_field_type()))
    sink, dest = algorithm.parameterAsSink(parameters, "FINDINGS", context, fields, WKB_NO_GEOMETRY)
    if sink is None:
        return None
    for f in findings:
        feature = QgsFeature(fields)
        feature.setAttributes([str(f.key), f.params["column"], format_value(f.value), tr(KIND_LABELS[f.kind]),
                               finding_message(f)])
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(tr("Could not write the finding for {0} to the FINDINGS table.").format(
                f.key))
    return dest


def load_method(text, context=None):
    """The method preset named by ``text``; empty: the method of the project's city profile (Stuttgart's
    by default)."""
    from ..core.method_preset import PresetError, load_preset
    from ..storage.project_state import load_city

    if not text.strip() and context is not None and context.project() is not None:
        text = load_city(context.project()).method
    try:
        return load_preset(text.strip() or DEFAULT_METHOD, paths.resource("presets"))
    except PresetError as err:
        raise QgsProcessingException(tr("Method: {0}").format(err)) from err


def result_fields(preset, result, key_name, name_field=None):
    """Output fields in order: key, name (if given), per index value/rank/class, matrix, per indicator, flags."""
    spec = [(key_name, string_field_type())] + ([(name_field, string_field_type())] if name_field else [])
    for node in preset.nodes:
        spec += [(node.id, real_field_type()), (f"{node.id}_rank", integer_field_type())]
        if node.classification:
            spec.append((f"{node.id}_class", string_field_type()))
    if result.matrix:
        spec += [(f"{result.matrix['id']}_group", integer_field_type()), (result.matrix["id"], string_field_type())]
    for ind in preset.indicators:
        spec += [(f"{ind.id}_value", real_field_type()), (f"{ind.id}_norm", real_field_type()),
                 (f"{ind.id}_rating", string_field_type())]
    spec += [("scored", integer_field_type()), ("not_scored_reason", string_field_type())]
    fields = QgsFields()
    for name, kind in spec:
        fields.append(QgsField(name, kind))
    return fields


def result_rows(preset, result, names=None, decimals=None):
    """Attribute lists in the order of :func:`result_fields` (suppressed areas carry no values; indicator values
    rounded to ``decimals``, the city's precision for published shares)."""
    from ..core.disclosure import round_share
    from ..core.need_index import REASONS

    n = len(result.keys)
    columns = [[str(k) for k in result.keys]]
    if names is not None:
        columns.append([None if v is None else str(v) for v in names])
    for node in preset.nodes:
        info = result.nodes[node.id]
        columns += [_floats(info["value"]), _ints(info["rank"])]
        if node.classification:
            columns.append(list(info["class"]))
    if result.matrix:
        columns += [_ints(result.matrix["group"]), list(result.matrix["label"])]
    for ind in preset.indicators:
        info = result.indicators[ind.id]
        score = info["score"]
        values = _floats(info["value"])
        if decimals is not None:
            values = [round_share(v, decimals) for v in values]
        columns += [values, _floats(score) if score is not None else [None] * n,
                    list(info["rating"])]
    columns += [[int(s) for s in result.scored], [tr(REASONS[r]) if r else None for r in result.reason]]
    return list(zip(*columns))


def add_input_parameters(algorithm):
    """INPUT, KEY_FIELD, METHOD, YEAR, MIN_POPULATION, NO_DATA, OUTLIER_FIELD, OUTLIER_TEXT, IMPLAUSIBLE,
    EXTREME_Z: shared by the indicator algorithms."""
    algorithm.addParameter(QgsProcessingParameterVectorLayer(
        "INPUT", tr("Areas or statistics table"), [SOURCE_VECTOR]))
    algorithm.addParameter(QgsProcessingParameterField(
        "KEY_FIELD", tr("Key field (empty: the method's)"), parentLayerParameterName="INPUT", optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        "METHOD", tr("Method (preset id or path to a method JSON; empty: the city profile's)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        "YEAR", tr("Year (empty: the method's or the latest)"), NUMBER_INTEGER,
        optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        "MIN_POPULATION", tr("Resident threshold (empty: the method's, usually 300)"),
        NUMBER_DOUBLE, optional=True, minValue=0))
    algorithm.addParameter(QgsProcessingParameterString(
        "NO_DATA", tr("No-data codes (separated by ;, e.g. -9999; besides the method's; empty: the city "
                      "profile's)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        "OUTLIER_FIELD", tr("Field that declares outliers (optional, e.g. a comment column)"),
        parentLayerParameterName="INPUT", optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        "OUTLIER_TEXT", tr("Text that marks an outlier in that field (case does not matter)"), optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        "PARENT_FIELD", tr("Parent key field (e.g. the Stadtbezirk; for complementary suppression)"),
        parentLayerParameterName="INPUT", optional=True))
    algorithm.addParameter(QgsProcessingParameterVectorLayer(
        "PARENTS", tr("Areas with their parent keys (instead of a parent field, e.g. the Stadtteile layer)"),
        [SOURCE_VECTOR], optional=True))
    add_plausibility_parameters(algorithm)


def parents_from_parameters(algorithm, parameters, context, feedback, layer, key_field, read, city):
    """The parent key of each area (aligned to ``read.data.keys``), for complementary suppression: PARENT_FIELD
    of the input, else the PARENTS layer, else what the city profile recognises in the input; else the whole
    city (then a warning: Stadtbezirk totals published elsewhere could still give a small area away)."""
    from ..layers.area_parents import CITY, area_parents
    from ..layers.unit_reader import field_names, first_row

    keys = read.data.keys
    parent_field = algorithm.parameterAsString(parameters, "PARENT_FIELD", context)
    if parent_field:
        parents = area_parents(layer, key_field, keys, city, parent_field=parent_field)
    else:
        units = algorithm.parameterAsVectorLayer(parameters, "PARENTS", context)
        source = units or layer
        mapping = city.detect_mapping(field_names(source), None, first_row(source))
        parents = area_parents(source, mapping.key_field if mapping else key_field, keys, city)
    if all(p == CITY for p in parents):
        feedback.pushWarning(tr("No parent areas known (give PARENT_FIELD or PARENTS): small areas are protected "
                                "against the city total only, not against the totals of their districts."))
    return parents


def share_decimals(context):
    """Decimals of published shares: the city profile's (the project's, else Stuttgart's: 1)."""
    from ..storage.project_state import load_city

    return load_city(context.project()).share_decimals


def check_input_parameters(algorithm, parameters, context):
    try:
        preset = load_method(algorithm.parameterAsString(parameters, "METHOD", context), context)
    except QgsProcessingException as err:
        return False, str(err)
    layer = algorithm.parameterAsVectorLayer(parameters, "INPUT", context)
    key = algorithm.parameterAsString(parameters, "KEY_FIELD", context) or preset.key_field
    if layer is not None:
        names = {f.name().lower() for f in layer.fields()}
        if not key:
            return False, tr("Choose the key field: the method {0} names none.").format(preset.id)
        missing = [f for f in [key] + preset.fields if f.lower() not in names]
        if missing:
            return False, tr("Layer {0} has no field {1} (needed by the method).").format(layer.name(), missing[0])
    return True, ""


def compute_from_parameters(algorithm, parameters, context, feedback, push_warnings=True):
    """Read the input and run the method: (preset, layer, key field, read result, result, warnings).

    The method's warnings go to the log unless ``push_warnings`` is False (an algorithm that returns them
    as an output: the results are printed too, and a warning is printed once)."""
    from ..core.methods import MethodError
    from ..core.need_index import WARNINGS, compute
    from ..core.statistics_import import parse_list
    from ..layers.area_data_reader import AreaDataError, read_area_data

    preset = load_method(algorithm.parameterAsString(parameters, "METHOD", context), context)
    layer = algorithm.parameterAsVectorLayer(parameters, "INPUT", context)
    key_field = algorithm.parameterAsString(parameters, "KEY_FIELD", context) or preset.key_field
    year = parameters.get("YEAR")
    year = algorithm.parameterAsInt(parameters, "YEAR", context) if year not in (None, "") else None
    min_pop = parameters.get("MIN_POPULATION")
    min_pop = algorithm.parameterAsDouble(parameters, "MIN_POPULATION", context) if min_pop not in (None, "") else None
    name_field = algorithm.parameterAsString(parameters, "NAME_FIELD", context) if "NAME_FIELD" in parameters else ""
    feedback.pushInfo(tr("Method: {0}").format(preset.label_de))
    from ..storage.project_state import load_city

    city = algorithm.project_city(context)
    floor_city = city or load_city(context.project())
    wanted = preset.min_population if min_pop is None else min_pop
    if wanted < floor_city.min_population:  # the city's privacy rule is a floor: raised, never lowered
        min_pop = floor_city.min_population
        feedback.pushWarning(tr("A resident threshold of {0:g} was asked for; the city profile {1} allows no less "
                                "than {2:g}, which applies.").format(wanted, floor_city.name, min_pop))
    from ..core.plausibility import exclude

    try:
        read = read_area_data(
            layer, key_field, preset, year, feedback,
            no_data=parse_list(algorithm.parameterAsString(parameters, "NO_DATA", context)) or (
                city.no_data if city is not None else []),
            outlier_field=algorithm.parameterAsString(parameters, "OUTLIER_FIELD", context) or None,
            outlier_text=algorithm.parameterAsString(parameters, "OUTLIER_TEXT", context).strip() or None,
            name_field=name_field or None, z_limit=extreme_limit(algorithm, parameters, context),
            min_population=min_pop)
    except AreaDataError as err:
        raise QgsProcessingException(str(err)) from err
    if read.dropped:
        feedback.pushWarning(tr("{0} rows without a key were left out (feature ids: {1}).").format(
            len(read.dropped), ", ".join(map(str, read.dropped[:30])) + (" …" if len(read.dropped) > 30 else "")))
    for key, field, value in read.bad_cells[:30]:
        feedback.pushWarning(tr("{0}, field {1}: {2!r} is not a number; it is read as missing.").format(
            key, field, value))
    if len(read.bad_cells) > 30:
        feedback.pushWarning(tr("… and {0} more cells that are not numbers.").format(len(read.bad_cells) - 30))
    # plausibility before any statistic: stop, or exclude the implausible cells (then missing)
    read.excluded = handle_findings(algorithm, parameters, context, feedback, read.findings,
                                    lambda findings: exclude(read.data, findings))
    for field, text, count in read.outlier_sources:
        feedback.pushInfo(tr("{0} areas declared outliers by the field {1} (containing “{2}”).").format(
            count, field, text))
    if read.declared_outliers:
        feedback.pushInfo(tr("Declared outliers ({0}): {1}").format(
            len(read.declared_outliers), ", ".join(map(str, read.declared_outliers[:30]))))
    parents = parents_from_parameters(algorithm, parameters, context, feedback, layer, key_field, read, floor_city)
    try:
        result = compute(preset, read.data, min_population=min_pop, extra_outliers=read.declared_outliers,
                         parents=parents)
    except MethodError as err:
        raise QgsProcessingException(str(err)) from err
    if read.year is not None:
        feedback.pushInfo(tr("Year {0}").format(read.year))
    warnings = [tr(WARNINGS[code]).format(**params) for code, params in result.warnings]
    for text in warnings if push_warnings else ():
        feedback.pushWarning(text)
    return preset, layer, key_field, read, result, warnings


def key_field_name(layer, key_field):
    return layer.fields().field(layer.fields().lookupField(key_field)).name()


class NeedIndex(QuartierAlgorithm):
    ALGORITHM_ID = "need_index"
    WORKSPACE_OUTPUT = "OUTPUT"
    GROUP_ID = "indicators"

    def displayName(self):  # noqa: N802
        return tr("Need index")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Computes the social need index of a method preset for each area: indicator values from "
            "numerators and denominators, small-area suppression (areas under the resident threshold and "
            "listed outliers are not scored and show no values), normalisation, weights, aggregation over "
            "sub-indices, classes and ranks, and a rating ++ + o - -- of each indicator against the city value. "
            "METHOD is a preset id (stuttgart_gebietsauswahl, berlin_mss_2021) or the path of a method JSON. "
            "The input may be a layer or a table (e.g. a CSV); a long table with a year field is cut to the "
            "method's year or YEAR. The output keeps the key (and the geometry, if any) and adds per index "
            "<id>, <id>_rank, <id>_class, per indicator <id>_value, <id>_norm, <id>_rating, and scored. "
            "Before anything is computed the input numbers are checked: no-data codes nobody declared, negative "
            "counts, shares outside 0–100, parts above their totals, infinite numbers and extreme values (robust z "
            "above EXTREME_Z) stop the run with a list (IMPLAUSIBLE = 0) or are excluded as missing "
            "(IMPLAUSIBLE = 1); FINDINGS lists them. Rows without a key are left out and named."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_input_parameters(self)
        self.addParameter(QgsProcessingParameterField(
            "NAME_FIELD", tr("Name field (optional: written after the key)"), parentLayerParameterName="INPUT",
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Need index")))
        add_findings_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("SCORED", tr("Scored areas")))
        self.add_workspace_parameter()
        self.addOutput(QgsProcessingOutputString("WARNINGS", tr("Warnings")))
        self.addOutput(QgsProcessingOutputNumber("DROPPED_ROWS", tr("Rows left out (no key)")))
        self.addOutput(QgsProcessingOutputNumber("IMPLAUSIBLE_CELLS", tr("Implausible cells (excluded)")))

    def check_values(self, parameters, context):
        ok, message = super().check_values(parameters, context)
        return (ok, message) if not ok else check_input_parameters(self, parameters, context)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        preset, layer, key_field, read, result, warnings = compute_from_parameters(
            self, parameters, context, feedback, push_warnings=False)
        key_name = key_field_name(layer, key_field)
        fields = result_fields(preset, result, key_name, read.name_field)
        has_geometry = layer.isSpatial() and read.year is None
        wkb = layer.wkbType() if has_geometry else WKB_NO_GEOMETRY
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, wkb, layer.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        geometries = {}
        if has_geometry:
            request = QgsFeatureRequest().setFilterFids(read.feature_ids).setNoAttributes()
            geometries = {f.id(): f.geometry() for f in layer.getFeatures(request)}
        feature = QgsFeature(fields)  # one feature object, refilled per row: much faster than one per row
        for n, (fid, attrs) in enumerate(zip(read.feature_ids, result_rows(preset, result, read.names,
                                                                               share_decimals(context)))):
            feature.setAttributes(list(attrs))
            if has_geometry:
                feature.setGeometry(geometries.get(fid))
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(tr("Could not write a row to {0}: {1}").format(dest, sink.lastError()))
            if n % 10000 == 0 and feedback.isCanceled():
                return {}
        scored = int(result.scored.sum())
        feedback.pushInfo(tr("{0} of {1} areas scored.").format(scored, len(result.keys)))
        out = {"OUTPUT": dest, "SCORED": scored, "WARNINGS": "\n".join(warnings), "DROPPED_ROWS": len(read.dropped),
               "IMPLAUSIBLE_CELLS": len(read.findings)}
        findings = write_findings(self, parameters, context, read.findings)
        if findings is not None:
            out["FINDINGS"] = findings
        return out
