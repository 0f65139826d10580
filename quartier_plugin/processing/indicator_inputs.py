"""What the indicator algorithms (need index, robustness, area types) share: their inputs, the method (a preset, or
the city profile's) with the choices that override it (NORMALISATION, CLASSIFICATION), the resident threshold, the
parent areas, and running the method on them. The city profile is read once per run (:class:`IndicatorRun`).

The options of NORMALISATION and CLASSIFICATION are read from the registries (core/normalisations.py,
core/classifications.py) when an algorithm instance is made: a method registered there is offered by the next one.
"""

from dataclasses import dataclass

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from .. import paths
from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_VECTOR
from ..translation import tr, tr_format
from .base import QuartierAlgorithm
from .method_param import add_method_parameters as add_preset_parameters
from .method_param import method_text
from .plausibility_params import add_plausibility_parameters, extreme_limit, handle_findings
from .tables import write_table  # noqa: F401 - importable from here


def load_method(text, context=None, city=None):
    """The method preset named by ``text``; empty: the method of the city profile (``city``, else the project's;
    Stuttgart's by default)."""
    from ..core.method_preset import PresetError, default_method, load_preset
    from ..storage.project_state import load_city

    if city is None and not text.strip() and context is not None and context.project() is not None:
        city = load_city(context.project())
    try:
        return load_preset(text.strip() or default_method(city), paths.resource("presets"))
    except PresetError as err:
        raise QgsProcessingException(tr("Method: {0}").format(err)) from err


def add_input_parameters(algorithm):
    """INPUT, KEY_FIELD, METHOD, METHOD_FILE, YEAR, MIN_POPULATION, NO_DATA, OUTLIER_FIELD, OUTLIER_TEXT,
    IMPLAUSIBLE, EXTREME_Z: shared by the indicator algorithms."""
    algorithm.addParameter(QgsProcessingParameterVectorLayer(
        "INPUT", tr("Areas or statistics table"), [SOURCE_VECTOR]))
    algorithm.addParameter(QgsProcessingParameterField(
        "KEY_FIELD", tr("Key field (empty: the method's)"), parentLayerParameterName="INPUT", optional=True))
    add_preset_parameters(algorithm)
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


def option_text(registry, name):
    """ "z-score (zscore)": the translated label and the name a model or qgis_process may need."""
    label = tr(registry.label(name))
    return label if name == "preset" else f"{label} ({name})"


def add_method_parameters(algorithm):
    """NORMALISATION, CLASSIFICATION, CLASSES and BREAKS: the method's normalisation and the main index's classes
    overridden. The options are the registries' now; ``algorithm.method_choices`` keeps their names in order."""
    from ..core.classifications import CLASSIFICATIONS, DEFAULT_CLASSES, MAX_CLASSES, settings_classifications
    from ..core.normalisations import NORMALISATIONS

    algorithm.method_choices = {"NORMALISATION": ("",) + NORMALISATIONS.names(),
                                "CLASSIFICATION": settings_classifications()}
    algorithm.addParameter(QgsProcessingParameterEnum(
        "NORMALISATION", tr("Normalisation of every indicator (instead of the method's)"),
        options=[tr("as the method")] + [option_text(NORMALISATIONS, n) for n in NORMALISATIONS.names()],
        defaultValue=0, optional=True))
    algorithm.addParameter(QgsProcessingParameterEnum(
        "CLASSIFICATION", tr("Classes of the main index (instead of the method's)"),
        options=[option_text(CLASSIFICATIONS, n) for n in algorithm.method_choices["CLASSIFICATION"]],
        defaultValue=0, optional=True))
    algorithm.addParameter(QgsProcessingParameterNumber(
        "CLASSES", tr("Number of classes (for a classification that takes one)"), NUMBER_INTEGER,
        defaultValue=DEFAULT_CLASSES, minValue=2, maxValue=MAX_CLASSES, optional=True))
    algorithm.addParameter(QgsProcessingParameterString(
        "BREAKS", tr("Class breaks (for manual breaks; rising numbers separated by ;, e.g. -1; 0; 1)"),
        optional=True))


def _choice(algorithm, parameters, context, name):
    names = getattr(algorithm, "method_choices", {}).get(name)
    if not names or parameters.get(name) in (None, ""):
        return names[0] if names else ""
    index = algorithm.parameterAsEnum(parameters, name, context)
    if not 0 <= index < len(names):
        raise QgsProcessingException(tr("{0}: option {1} does not exist.").format(name, index))
    return names[index]


def chosen_method(algorithm, parameters, context, preset, feedback=None):
    """``preset`` with the NORMALISATION and CLASSIFICATION chosen (itself when both are "as the method")."""
    from ..core.classifications import CLASSIFICATIONS
    from ..core.method_preset import parse_preset
    from ..core.normalisations import NORMALISATIONS
    from ..core.scenario import ScenarioError, with_choices

    normalisation = _choice(algorithm, parameters, context, "NORMALISATION")
    classification = _choice(algorithm, parameters, context, "CLASSIFICATION") or "preset"
    if not normalisation and classification == "preset":
        return preset
    spec = {"method": classification}
    if parameters.get("CLASSES") not in (None, ""):
        spec["classes"] = algorithm.parameterAsInt(parameters, "CLASSES", context)
    text = algorithm.parameterAsString(parameters, "BREAKS", context) if "BREAKS" in parameters else ""
    if text.strip():
        try:
            spec["breaks"] = [float(b.strip().replace(",", ".")) for b in text.split(";") if b.strip()]
        except ValueError:
            raise QgsProcessingException(tr("BREAKS: expected numbers separated by ;, got {0}").format(text)) from None
    try:
        preset = parse_preset(with_choices(preset.raw, normalisation or None, spec), preset.id)
    except ScenarioError as err:
        raise QgsProcessingException(tr("Method: {0}").format(err)) from err
    if feedback is not None and normalisation:
        feedback.pushInfo(tr("Every indicator is normalised by {0}.").format(tr(NORMALISATIONS.label(normalisation))))
    if feedback is not None and classification != "preset":
        feedback.pushInfo(tr("The main index is classified by {0}.").format(tr(CLASSIFICATIONS.label(classification))))
    return preset


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


def check_input_parameters(algorithm, parameters, context):
    try:
        preset = load_method(method_text(algorithm, parameters, context), context)
        preset = chosen_method(algorithm, parameters, context, preset)
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


@dataclass
class IndicatorRun:
    """The method run on the input: what the indicator algorithms write out."""

    preset: object
    layer: object
    key_field: str
    read: object          # layers.area_data_reader's result: data, names, feature ids, findings …
    result: object        # core.need_index.NeedIndexResult
    warnings: list        # the method's warnings, translated
    city: object          # the city profile whose rules applied (the project's, else Stuttgart's)


def _optional(algorithm, parameters, context, name, kind):
    if parameters.get(name) in (None, ""):
        return None
    return algorithm.parameterAsInt(parameters, name, context) if kind is int else \
        algorithm.parameterAsDouble(parameters, name, context)


def compute_from_parameters(algorithm, parameters, context, feedback, push_warnings=True):
    """Read the input and run the method: an :class:`IndicatorRun`.

    The method's warnings go to the log unless ``push_warnings`` is False (an algorithm that returns them
    as an output: the results are printed too, and a warning is printed once)."""
    from ..core.disclosure import effective_threshold
    from ..core.methods import MethodError
    from ..core.need_index import WARNINGS, compute
    from ..core.plausibility import exclude
    from ..core.statistics_import import parse_list
    from ..layers.area_data_reader import AreaDataError, read_area_data

    stored = algorithm.project_city(context)          # the project's city profile: its table defaults apply
    city = algorithm.city_or_default(context)         # its privacy rules: the project's, else Stuttgart's
    preset = load_method(method_text(algorithm, parameters, context), context,
                         city if context.project() is not None else None)
    preset = chosen_method(algorithm, parameters, context, preset, feedback)
    layer = algorithm.parameterAsVectorLayer(parameters, "INPUT", context)
    key_field = algorithm.parameterAsString(parameters, "KEY_FIELD", context) or preset.key_field
    year = _optional(algorithm, parameters, context, "YEAR", int)
    min_pop = _optional(algorithm, parameters, context, "MIN_POPULATION", float)
    name_field = algorithm.parameterAsString(parameters, "NAME_FIELD", context) if "NAME_FIELD" in parameters else ""
    feedback.pushInfo(tr("Method: {0}").format(preset.label_de))
    wanted = preset.min_population if min_pop is None else min_pop
    if effective_threshold(city.min_population, wanted) != wanted:  # a floor: raised, never lowered
        min_pop = effective_threshold(city.min_population, wanted)
        feedback.pushWarning(tr("A resident threshold of {0:g} was asked for; the city profile {1} allows no less "
                                "than {2:g}, which applies.").format(wanted, city.name, min_pop))
    try:
        read = read_area_data(
            layer, key_field, preset, year, feedback,
            no_data=parse_list(algorithm.parameterAsString(parameters, "NO_DATA", context)) or (
                stored.no_data if stored is not None else []),
            outlier_field=algorithm.parameterAsString(parameters, "OUTLIER_FIELD", context) or None,
            outlier_text=algorithm.parameterAsString(parameters, "OUTLIER_TEXT", context).strip() or None,
            name_field=name_field or None, z_limit=extreme_limit(algorithm, parameters, context),
            min_population=min_pop)
    except AreaDataError as err:
        raise QgsProcessingException(str(err)) from err
    _report_reading(feedback, read)
    # plausibility before any statistic: stop, or exclude the implausible cells (then missing)
    read.excluded = handle_findings(algorithm, parameters, context, feedback, read.findings,
                                    lambda findings: exclude(read.data, findings))
    for field, text, count in read.outlier_sources:
        feedback.pushInfo(tr("{0} areas declared outliers by the field {1} (containing “{2}”).").format(
            count, field, text))
    if read.declared_outliers:
        feedback.pushInfo(tr("Declared outliers ({0}): {1}").format(
            len(read.declared_outliers), ", ".join(map(str, read.declared_outliers[:30]))))
    parents = parents_from_parameters(algorithm, parameters, context, feedback, layer, key_field, read, city)
    try:
        result = compute(preset, read.data, min_population=min_pop, extra_outliers=read.declared_outliers,
                         parents=parents)
    except MethodError as err:
        raise QgsProcessingException(str(err)) from err
    if read.year is not None:
        feedback.pushInfo(tr("Year {0}").format(read.year))
    warnings = [tr_format(WARNINGS[code], **params) for code, params in result.warnings]
    for text in warnings if push_warnings else ():
        feedback.pushWarning(text)
    return IndicatorRun(preset, layer, key_field, read, result, warnings, city)


def _report_reading(feedback, read):
    """Rows without a key and cells that are not numbers, to the log."""
    if read.dropped:
        feedback.pushWarning(tr("{0} rows without a key were left out (feature ids: {1}).").format(
            len(read.dropped), ", ".join(map(str, read.dropped[:30])) + (" …" if len(read.dropped) > 30 else "")))
    for key, field, value in read.bad_cells[:30]:
        feedback.pushWarning(tr("{0}, field {1}: {2!r} is not a number; it is read as missing.").format(
            key, field, value))
    if len(read.bad_cells) > 30:
        feedback.pushWarning(tr("… and {0} more cells that are not numbers.").format(len(read.bad_cells) - 30))


def key_field_name(layer, key_field):
    return layer.fields().field(layer.fields().lookupField(key_field)).name()


class IndicatorAlgorithm(QuartierAlgorithm):
    """Base of the algorithms that run a method on statistics: the shared inputs first (with NORMALISATION and
    CLASSIFICATION when ``METHOD_CHOICES``), then the subclass's ``add_parameters``; the inputs are checked
    against the method before the run; :meth:`run_method` runs it, :meth:`core_step` turns a MethodError of a
    later step into the algorithm's error."""

    GROUP_ID = "indicators"
    WORKSPACE_OUTPUT = "OUTPUT"
    METHOD_CHOICES = False

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        add_input_parameters(self)
        if self.METHOD_CHOICES:
            add_method_parameters(self)
        self.add_parameters()

    def add_parameters(self):
        """The subclass's own parameters and outputs."""

    def check_values(self, parameters, context):
        ok, message = super().check_values(parameters, context)
        return (ok, message) if not ok else check_input_parameters(self, parameters, context)

    def run_method(self, parameters, context, feedback, push_warnings=True):
        return compute_from_parameters(self, parameters, context, feedback, push_warnings)

    @staticmethod
    def core_step(function, *args, **kwargs):
        from ..core.methods import MethodError

        try:
            return function(*args, **kwargs)
        except MethodError as err:
            raise QgsProcessingException(str(err)) from err
