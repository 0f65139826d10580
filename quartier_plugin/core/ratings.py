"""Rating methods: how far an area's value lies from the city value, as one of ``++ + o - --``.

A rating method gives the deviation ``d`` of each value; ``d`` beyond the outer band is ``++``/``--``, beyond
the inner band ``+``/``-``, else ``o`` (the five symbols are :data:`RATINGS`). Adding one is adding one class
here with ``name``, ``label``, ``default_bands`` (inner, outer) and ``deviation``.
"""

from .method_base import Method, MethodError
from .registry import Registry
from .text import N_

RATINGS = ("++", "+", "o", "-", "--")
RATING_LABELS = {
    "++": N_("well above the city value"),
    "+": N_("above the city value"),
    "o": N_("about the city value"),
    "-": N_("below the city value"),
    "--": N_("well below the city value"),
}
RATING_METHODS = Registry("rating method", error=MethodError)


class RatingMethod(Method):
    default_bands = (0.5, 1.0)

    def deviation(self, values, city_value, sd):
        """The deviation of each value from ``city_value`` (``sd``: the spread of the areas), or None when it
        cannot be measured (then no area is rated)."""
        raise NotImplementedError


@RATING_METHODS.register
class StandardDeviations(RatingMethod):
    name = "sd"
    label = N_("standard deviations from the city value")

    def deviation(self, values, city_value, sd):
        if sd is None or not sd > 0:
            return None
        return (values - city_value) / sd


@RATING_METHODS.register
class Relative(RatingMethod):
    name = "relative"
    label = N_("relative deviation from the city value")
    default_bands = (0.1, 0.25)

    def deviation(self, values, city_value, sd):
        if not city_value:
            return None
        return (values - city_value) / abs(city_value)
