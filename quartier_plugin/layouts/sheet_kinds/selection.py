"""The "Gebietsauswahl" sheet: the candidates of the selection round with the experts' assessments and the
proposed decision (only when the pack is asked for a selection round)."""

from ...core.text import N_
from ...translation import tr
from ..sheet_registry import SHEETS, Sheet


@SHEETS.register
class SelectionSheet(Sheet):
    name = "selection"
    label = N_("Area selection: candidates, assessments and proposed decisions (only with a selection round)")
    templates = ("selection_a4",)

    def applies(self, context):
        return bool(context.request.selection_round) and context.layers.selection is not None

    def build(self, context):
        from ..pack.selection import note
        from ..selection_sheet import selection_sheet

        texts = dict(context.texts, subtitle=tr("Area selection {0} · scenario {1}").format(
            context.request.selection_round, context.scenario), selection_note=note(context.request))
        return [selection_sheet(context.project, context.layers.selection, texts,
                                context.layout_name(tr("area selection {0}").format(context.request.selection_round)))]
