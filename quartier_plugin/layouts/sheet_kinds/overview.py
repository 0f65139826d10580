"""The overview sheet: the need classes of all areas on one map (landscape A4 or A3)."""

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
        legend = ([layers.renewal] if layers.renewal else []) + [layers.coverage] + voices
        return [overview_sheet(
            context.project, over + voices + [layers.coverage], legend, layers.coverage.extent(),
            dict(context.texts, subtitle=tr("Need classes · scenario {0}").format(context.scenario)),
            page=context.page, name=context.layout_name(tr("overview {0}").format(context.page)), crs=context.crs)]
