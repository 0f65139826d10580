"""The bivariate sheet: social need × urban renewal coverage (only with an overlay layer)."""

from ...core.text import N_
from ...translation import tr
from ..sheet_registry import SHEETS, Sheet
from ..sheets import OVERVIEW_TEMPLATES, overview_sheet


@SHEETS.register
class BivariateSheet(Sheet):
    name = "need_renewal"
    label = N_("Need and renewal (bivariate; only with an overlay layer)")
    templates = tuple(OVERVIEW_TEMPLATES.values())

    def applies(self, context):
        return context.layers.overlay is not None

    def build(self, context):
        # shapely comes with these: not at plugin start-up, when Processing lists the sheets
        from ...layers.bivariate import apply_bivariate_style
        from ..bivariate_legend import add_bivariate_legend

        layers = context.layers
        over = layers.context()
        apply_bivariate_style(layers.overlay)
        return [overview_sheet(
            context.project, over + [layers.overlay], over, layers.coverage.extent(),
            dict(context.texts, subtitle=tr("Social need and urban renewal · scenario {0}").format(context.scenario)),
            page=context.page, name=context.layout_name(tr("need and renewal {0}").format(context.page)),
            crs=context.crs,
            extra_legend=lambda layout, x, y: add_bivariate_legend(layout, x, y, title=tr("Need x renewal")))]
