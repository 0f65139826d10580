"""The profile sheet's text expressions (index line, renewal line), quoted by QGIS: column names through
QgsExpression.quotedColumnRef, texts through quotedString."""

from qgis.core import QgsExpression

from ...core.profile import other_classified
from ...translation import tr

column = QgsExpression.quotedColumnRef
text = QgsExpression.quotedString


def number(expression, places, language):
    """A number in an expression, written in the pack's language (as in the pack's tables)."""
    return f"format_number({expression}, {places}, {text(language)})"


def index_expression(request, computed):
    """'Index: 1,23 · class: … · rank 4 of 146', its rank interval and the other indices' classes; for an
    area not scored, the reason."""
    preset, language = computed.preset, request.language
    node = preset.node(preset.main_index)
    scored = int(computed.result.scored.sum())
    return ("[% CASE WHEN " + column("scored") + " = 1 THEN " + text((request.label(node) or node.id) + ": ") +
            " || " + number(column("index"), 2, language) + " || " + text(" · " + tr("class") + ": ") +
            " || " + column("class") + " || " + text(" · " + tr("rank") + " ") + " || " + column("rank") +
            " || " + text(" " + tr("of") + f" {scored}") +
            " || " + text("\n" + tr("Rank under changed weights (5-95 %)") + ": ") +
            " || " + column("p05") + " || " + text("–") + " || " + column("p95") +
            " || " + text(" · " + tr("selected in") + " ") +
            " || " + number("100 * " + column("selected"), 0, language) + " || " + text(" % " + tr("of the draws")) +
            classes_expression(request, computed) +
            " ELSE " + text(tr("Not scored") + ": ") + " || " + column("reason") + " END %]")


def classes_expression(request, computed):
    """The other indices' classes and the overall group (MSS: dynamics, status/dynamics) as one line."""
    parts = []
    for node in other_classified(computed.preset):
        label = request.label(node) or node.id
        parts.append(text(label + ": ") + " || coalesce(" + column(f"{node.id}_class") + ", " + text("–") + ")")
    if computed.preset.matrix:
        parts.append(text(tr("overall group") + ": ") + " || coalesce(" + column("matrix") + ", " + text("–") + ")")
    return (" || " + text("\n") + " || " + (" || " + text(" · ") + " || ").join(parts)) if parts else ""


def renewal_expression(request):
    """The area's coverage by renewal areas and its decision group ('' without an overlay)."""
    if request.overlay is None:
        return ""
    language = request.language
    # without a population layer the overlay has no residents' share: that part is left out, not the line
    return ("[% CASE WHEN " + column("scored") + " = 1 THEN " + text(tr("Urban renewal") + ": ") +
            " || " + number(column("renewal_pct"), 1, language) + " || " + text(" % " + tr("of the area")) +
            " || CASE WHEN " + column("residents_pct") + " IS NULL THEN " + text("") + " ELSE " + text(", ") +
            " || " + number(column("residents_pct"), 1, language) + " || " + text(" % " + tr("of the residents")) +
            " END || " + text(" · ") + " || coalesce(" + column("decision") + ", " + text("") + ") ELSE " +
            text("") + " END %]")



def selection_expression(request):
    """The area's assessments and status in the selection round ('' without a round)."""
    if not getattr(request, "selection_round", ""):
        return ""
    return ("[% " + text(tr("Area selection {0}").format(request.selection_round) + ": ") +
            " || CASE WHEN " + column("assessments") + " > 0 THEN " + text(tr("assessments") + " ") + " || " +
            column("assessments") + " || " + text(" · " + tr("direction") + " ") + " || " +
            number(column("direction"), 2, request.language) + " ELSE " + text(tr("no assessments")) + " END" +
            " || coalesce(" + text(" · ") + " || " + column("flag") + ", " + text("") + ")" +
            " || coalesce(" + text(" · " + tr("status") + ": ") + " || " + column("status") + ", " + text("") +
            ") %]")
