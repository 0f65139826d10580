"""Normalisations: how an indicator's values become comparable scores (higher always means more need).

Adding one is adding one class here (or in any module that is imported)::

    @NORMALISATIONS.register
    class Deciles(Normalisation):
        name = "deciles"                 # the id in presets and scenarios
        label = N_("deciles")            # English; translated where shown

        def apply(self, values, scored, mask, reference, need_high, name):
            ...                          # numpy arrays; raise MethodError with a sentence

The preset schema, the scenario checks, the weighting dialog and the Processing enum list it from then on.
numpy is imported inside the functions: the registry is read while QGIS starts.
"""

from .method_base import Method, MethodError
from .registry import Registry
from .text import N_

NORMALISATIONS = Registry("normalisation", error=MethodError)
# the city value an indicator is measured from (methods.reference_value)
REFERENCES = ("mean", "city_ratio", "population_weighted")


class Normalisation(Method):
    """``apply`` returns oriented scores of ``values`` (NaN outside the scored areas). ``scored``: the values of
    the scored areas without NaN (never empty); ``reference``: the city value (None when not given); ``name``:
    the indicator, for messages."""

    uses_reference = False    # the scores are measured from the city value when one is given
    needs_reference = False   # … and cannot be computed without one

    def apply(self, values, scored, mask, reference, need_high, name):
        raise NotImplementedError


@NORMALISATIONS.register
class ZScore(Normalisation):
    name = "zscore"
    label = N_("z-score")
    uses_reference = True

    def apply(self, values, scored, mask, reference, need_high, name):
        sd = scored.std()
        if not sd > 0:
            raise MethodError(f"{name}: the values do not vary among the scored areas (standard deviation 0)")
        centre = scored.mean() if reference is None else reference
        return (1.0 if need_high else -1.0) * (values - centre) / sd


@NORMALISATIONS.register
class MinMax(Normalisation):
    name = "minmax"
    label = N_("min-max")

    def apply(self, values, scored, mask, reference, need_high, name):
        lo, hi = scored.min(), scored.max()
        if not hi > lo:
            raise MethodError(f"{name}: the values do not vary among the scored areas (min = max)")
        out = (values - lo) / (hi - lo)
        return out if need_high else 1.0 - out


@NORMALISATIONS.register
class Rank(Normalisation):
    """Rank divided by the number of scored areas: 1/n for the least need, 1 for the most."""

    name = "rank"
    label = N_("rank")

    def ranks(self, values, scored, mask, need_high, name):
        """(rank, 1 = least need; number of scored areas with a value)."""
        import numpy as np

        from .numeric import ranks_descending

        if scored.size < 2 or scored.min() == scored.max():
            raise MethodError(f"{name}: the values do not vary among the scored areas")
        oriented = values if need_high else -values
        return ranks_descending(-oriented, mask), np.count_nonzero(mask & ~np.isnan(values))

    def apply(self, values, scored, mask, reference, need_high, name):
        r, n = self.ranks(values, scored, mask, need_high, name)
        return r / n


@NORMALISATIONS.register
class PercentileRank(Rank):
    """0 for the least need, 100 for the most."""

    name = "percentile_rank"
    label = N_("percentile rank")

    def apply(self, values, scored, mask, reference, need_high, name):
        r, n = self.ranks(values, scored, mask, need_high, name)
        return (r - 1) / (n - 1) * 100.0


@NORMALISATIONS.register
class DistanceToReference(Normalisation):
    """The relative distance from the city value: (value - city) / |city|."""

    name = "distance_to_reference"
    label = N_("distance to reference")
    uses_reference = needs_reference = True

    def apply(self, values, scored, mask, reference, need_high, name):
        import numpy as np

        if reference is None or not np.isfinite(reference) or reference == 0:
            raise MethodError(f"{name}: distance to a reference needs a city value other than 0")
        return (1.0 if need_high else -1.0) * (values - reference) / abs(reference)
