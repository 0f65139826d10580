"""The profile sheets ("Steckbriefe"): an atlas with one page per selected area, by rank."""

from ...core.text import N_
from ...translation import tr
from ..sheet_registry import SHEETS, Sheet
from ..sheets import PROFILE_TEMPLATE, profile_sheet
from .overview import class_note


@SHEETS.register
class ProfilesSheet(Sheet):
    name = "profiles"
    label = N_("Profiles")
    templates = (PROFILE_TEMPLATE,)
    atlas = True
    needs_areas = True

    def build(self, context):
        from ..pack.expressions import (  # numpy: not at plugin start-up
            index_expression,
            renewal_expression,
            selection_expression,
        )

        layers = context.layers
        renewal = [layers.renewal] if layers.renewal else []
        voices = [layers.voices] if layers.voices is not None else []  # with a selection round
        drawn = [layers.highlight] + voices + renewal + [layers.coverage]
        return [profile_sheet(
            context.project, layers.coverage, drawn,
            ([layers.locator] if layers.locator else []) + [layers.coverage], layers.rows,
            dict(context.texts, subtitle=tr("Profile · scenario {0}").format(context.scenario),
                 empty_table=tr("Not scored: no values are shown for this area."), class_note=class_note(context)),
            index_expression(context.request, context.computed),
            "\n".join(t for t in (renewal_expression(context.request), selection_expression(context.request)) if t),
            context.computed.keys, name=context.layout_name(tr("profiles")), crs=context.crs, legend_layers=drawn)]
