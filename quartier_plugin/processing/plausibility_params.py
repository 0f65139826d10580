"""The plausibility parameters the algorithms that read statistics share: IMPLAUSIBLE (stop, or exclude the
implausible cells), EXTREME_Z and the FINDINGS table (:mod:`..core.plausibility` finds them)."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ..compat import NUMBER_DOUBLE, SOURCE_VECTOR
from ..core.limits import DEFAULT_Z_LIMIT
from ..storage.fields import string_field_type
from ..translation import tr
from .tables import write_table

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
    spec = [(name, string_field_type()) for name in ("key", "column", "value", "kind", "message")]
    rows = [(str(f.key), f.params["column"], format_value(f.value), tr(KIND_LABELS[f.kind]), finding_message(f))
            for f in findings]
    return write_table(algorithm, parameters, context, "FINDINGS", spec, rows)
