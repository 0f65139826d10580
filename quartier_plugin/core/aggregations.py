"""Aggregations: how the scores of an index's children become the index (a weighted mean).

Adding one is adding one class here: ``name``, ``label`` (English, marked with ``N_``), ``combine`` for one set
of weights, and ``prepare``/``finish`` for many weight draws at once (robustness: the weighted sum of the
prepared children is finished). numpy is imported inside the functions: the registry is read while QGIS starts.
"""

from .method_base import Method, MethodError
from .registry import Registry
from .text import N_

AGGREGATIONS = Registry("aggregation", error=MethodError)


class Aggregation(Method):
    needs_positive = False   # the children's scores must be > 0

    def combine(self, matrix, weights, names=None):
        """Row by row the weighted mean of ``matrix`` (areas x children, float); NaN stays NaN."""
        import numpy as np

        names = names or [str(j) for j in range(matrix.shape[1])]
        prepared = np.column_stack([self.prepare(matrix[:, j], names[j]) for j in range(matrix.shape[1])])
        return self.finish(prepared @ weights)

    def prepare(self, child, name):
        """A child's scores (areas,) or (draws, areas), ready to be summed with the weights."""
        return child

    def finish(self, weighted_sum):
        return weighted_sum


@AGGREGATIONS.register
class Arithmetic(Aggregation):
    name = "arithmetic"
    label = N_("arithmetic mean")

    def combine(self, matrix, weights, names=None):
        return matrix @ weights


@AGGREGATIONS.register
class Geometric(Aggregation):
    """exp(Σ w log x): a low score is not made up for by a high one."""

    name = "geometric"
    label = N_("geometric mean")
    needs_positive = True

    def combine(self, matrix, weights, names=None):
        import numpy as np

        ok = ~np.isnan(matrix)
        if np.any(matrix[ok] <= 0):
            cols = sorted({(names or [str(i) for i in range(matrix.shape[1])])[j]
                           for j in np.where((matrix <= 0) & ok)[1]})
            raise MethodError("the geometric mean needs positive normalised values; "
                              f"{', '.join(cols)} have values <= 0 (use min-max, rank or percentile rank)")
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.exp(np.log(matrix) @ weights)

    def prepare(self, child, name):
        import numpy as np

        if np.any(child[~np.isnan(child)] <= 0):
            raise MethodError(f"the geometric mean needs positive normalised values; {name} has values <= 0")
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.log(child)

    def finish(self, weighted_sum):
        import numpy as np

        return np.exp(weighted_sum)
