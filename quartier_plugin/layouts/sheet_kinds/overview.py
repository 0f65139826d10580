"""The overview sheet: the need classes of all areas on one map (landscape A4 or A3)."""

from ...core.method_note import class_explanation
from ...core.text import N_
from ...translation import tr
from ..sheet_registry import SHEETS, Sheet
from ..sheets import OVERVIEW_TEMPLATES, overview_sheet


@SHEETS.register
class OverviewSheet(Sheet):
    name = "overview"
    label = N_("Overview: need classes")
    templates = tuple(OVERVIEW_TEMPLATES.values())

    def build(self, context):
        layers = context.layers
        over = layers.context()
        voices = [layers.voices] if layers.voices is not None else []  # with a selection round
        legend = over + voices + [layers.coverage]  # every layer the map draws, in its order
        return [overview_sheet(
            context.project, over + voices + [layers.coverage], legend, layers.coverage.extent(),
            dict(context.texts, subtitle=tr("Need classes · scenario {0}").format(context.scenario),
                 class_note=class_note(context)),
            page=context.page, name=context.layout_name(tr("overview {0}").format(context.page)), crs=context.crs)]


def class_note(context):
    """How the main index's classes are formed, in the pack's language ("So entstehen die Klassen: …")."""
    text = class_explanation(context.computed.preset, context.language)
    return f"{tr('How the classes are formed')}: {text}" if text else ""
