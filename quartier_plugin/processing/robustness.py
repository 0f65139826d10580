"""Processing algorithms ``quartier:robustness`` and ``quartier:area_types``."""

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_VECTOR
from ..storage.fields import integer_field_type, real_field_type, string_field_type
from ..translation import tr
from .indicator_inputs import IndicatorAlgorithm, key_field_name
from .method_param import help_text
from .tables import write_table


def _num(x):
    return None if x != x else float(x)


class Robustness(IndicatorAlgorithm):
    ALGORITHM_ID = "robustness"

    def displayName(self):  # noqa: N802
        return tr("Robustness of the ranking")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Perturbs the weights of the method many times (Dirichlet distribution around the chosen weights; "
            "a larger spread value keeps the draws closer) and ranks the areas each time. Per area: the rank "
            "of the method itself, the median rank, the 5 % and 95 % rank, and the share of draws in which "
            "the area is among the top k (default: as many areas as the method puts into its highest class). "
            "A selection that changes with small weight changes is hard to defend in committee."
        ) + " " + help_text()

    def add_parameters(self):
        self.addParameter(QgsProcessingParameterNumber(
            "DRAWS", tr("Number of draws"), NUMBER_INTEGER, defaultValue=1000, minValue=1,
            maxValue=1_000_000))
        self.addParameter(QgsProcessingParameterNumber(
            "SPREAD", tr("Concentration of the weight draws (larger = closer to the chosen weights)"),
            NUMBER_DOUBLE, defaultValue=20.0, minValue=0.001))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", tr("Random seed"), NUMBER_INTEGER, defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "TOP_K", tr("Selected areas (top k; 0 = the highest class)"), NUMBER_INTEGER,
            defaultValue=0, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Rank intervals"), type=SOURCE_VECTOR))
        self.add_workspace_parameter()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.robustness import robustness

        run = self.run_method(parameters, context, feedback)
        top_k = self.parameterAsInt(parameters, "TOP_K", context) or None
        rob = self.core_step(
            robustness, run.preset, run.result, draws=self.parameterAsInt(parameters, "DRAWS", context),
            spread=self.parameterAsDouble(parameters, "SPREAD", context),
            seed=self.parameterAsInt(parameters, "SEED", context), top_k=top_k,
            feedback=lambda share: (feedback.setProgress(100 * share), feedback.isCanceled())[1])
        feedback.pushInfo(tr("{0} draws, top {1} areas selected.").format(rob.draws, rob.top_k))
        spec = [(key_field_name(run.layer, run.key_field), string_field_type()), ("rank", integer_field_type()),
                ("median_rank", real_field_type()), ("rank_p05", real_field_type()), ("rank_p95", real_field_type()),
                ("share_selected", real_field_type())]
        rows = [(str(k), None if r != r else int(r), _num(md), _num(lo), _num(hi), _num(sh))
                for k, r, md, lo, hi, sh in zip(rob.keys, rob.base_rank, rob.median_rank, rob.rank_p05,
                                                rob.rank_p95, rob.share_selected)]
        return {"OUTPUT": write_table(self, parameters, context, "OUTPUT", spec, rows)}


class AreaTypes(IndicatorAlgorithm):
    ALGORITHM_ID = "area_types"
    METHODS = ("kmeans", "ward")

    def displayName(self):  # noqa: N802
        return tr("Area types (cluster analysis)")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Groups the scored areas into k types by their standardised indicator values (k-means with several "
            "starts, or Ward), as the Gebietstypen of the Stuttgart youth welfare office. Type 1 has the "
            "highest need; the same data and seed give the same types. A second table holds each type's "
            "profile: the mean z-score of every indicator."
        ) + " " + help_text()

    def add_parameters(self):
        self.addParameter(QgsProcessingParameterNumber(
            "K", tr("Number of types"), NUMBER_INTEGER, defaultValue=7, minValue=2))
        self.addParameter(QgsProcessingParameterEnum(
            "CLUSTERING", tr("Clustering"), options=["k-means", "Ward"], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", tr("Random seed"), NUMBER_INTEGER, defaultValue=1, minValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Area types"), type=SOURCE_VECTOR))
        self.addParameter(QgsProcessingParameterFeatureSink("PROFILES", tr("Type profiles"), type=SOURCE_VECTOR))
        self.add_workspace_parameter()

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.area_types import area_types

        run = self.run_method(parameters, context, feedback)
        indicators = [i.id for i in run.preset.indicators if run.result.indicators[i.id]["score"] is not None]
        method = self.METHODS[self.parameterAsEnum(parameters, "CLUSTERING", context)]
        types = self.core_step(area_types, run.result, indicators, k=self.parameterAsInt(parameters, "K", context),
                               method=method, seed=self.parameterAsInt(parameters, "SEED", context))
        out = write_table(self, parameters, context, "OUTPUT",
                          [(key_field_name(run.layer, run.key_field), string_field_type()),
                           ("area_type", integer_field_type())],
                          [(str(k), int(t) or None) for k, t in zip(types.keys, types.type_of)])
        spec = [("area_type", integer_field_type()), ("areas", integer_field_type())] + [
            (f"{i}_z", real_field_type()) for i in indicators]
        rows = [(t + 1, types.sizes[t], *[float(v) for v in types.profiles[t]]) for t in range(len(types.sizes))]
        profiles = write_table(self, parameters, context, "PROFILES", spec, rows)
        feedback.pushInfo(tr("{0} types with {1} areas.").format(len(types.sizes), ", ".join(map(str, types.sizes))))
        return {"OUTPUT": out, "PROFILES": profiles}
