"""Compose the sheets: every registered sheet kind that is wanted and applies builds its layouts, in the
registry's order (overview, need × renewal, profiles, then any added kind)."""

from ...translation import tr
from ..sheet_kinds import SHEETS
from ..sheet_registry import chosen
from ..sheets import TemplateError, localise_numbers
from .request import PackError


def compose(context, names=None):
    """[(sheet kind, layout)] for the sheet kinds in ``names`` (all registered if None) that apply."""
    built = []
    try:
        for sheet in chosen(names, SHEETS):
            if sheet.applies(context):
                built += [(sheet, layout) for layout in sheet.build(context)]
    except TemplateError as err:
        raise PackError(str(err)) from err
    if not built:
        raise PackError(tr("None of the chosen sheets can be made (the need and renewal sheet needs an overlay "
                           "layer): choose at least one other sheet."))
    for _sheet, layout in built:
        localise_numbers(layout, context.language)
        if layout.atlas().enabled():
            layout.atlas().updateFeatures()
    return built

