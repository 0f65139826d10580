"""Statistical disclosure control: what may be published about small areas, and what may not.

Primary suppression (an area under the resident threshold, or a declared outlier) hides an area's
values. That alone is not enough: the plugin also publishes parent totals (a Stadtbezirk's counts),
the siblings' shares and their residents, and *parent total − Σ siblings* gives the hidden value
back. Complementary (secondary) suppression closes that: in every parent with a withheld child, at
least two children are withheld (the next one is the smallest other child by residents), so the
difference only gives the sum of two areas. A parent with a single child that is withheld cannot be
protected by a sibling: its total is withheld too (:attr:`Protection.parents_withheld`).

Shares are published rounded to the city's precision (default one decimal), so that values cannot be
multiplied back to exact counts.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from .keys import normalise_key

DEFAULT_SHARE_DECIMALS = 1

# why an area is not scored; under the first three its values appear nowhere (primary and complementary
# suppression), an area lacking data is shown with what it has
SUPPRESSED_POPULATION = "population"
SUPPRESSED_OUTLIER = "outlier"
SUPPRESSED_COMPLEMENTARY = "complementary"
NOT_SCORED_MISSING = "missing data"
SUPPRESSED = (SUPPRESSED_POPULATION, SUPPRESSED_OUTLIER, SUPPRESSED_COMPLEMENTARY)


def is_withheld(reason):
    """True when an area not scored for ``reason`` shows no values at all."""
    return reason in SUPPRESSED


def is_small(population, threshold):
    """True where an area has fewer residents than ``threshold`` (element-wise for an array); an unknown (NaN)
    count is small too: its values are withheld."""
    small = population >= threshold
    return ~small if hasattr(small, "shape") else not small


def effective_threshold(city_floor, wanted):
    """The resident threshold that applies when ``wanted`` is asked for: the city's privacy rule is a floor,
    raised to, never lowered below."""
    return city_floor if wanted < city_floor else wanted


@dataclass
class Protection:
    complementary: list = field(default_factory=list)     # indices of the areas withheld to protect others
    parents_withheld: list = field(default_factory=list)  # parent keys whose totals would reveal a child


def complementary_suppression(parents, withheld, population=None, keys=None):
    """Which further areas to withhold. ``parents``: the parent key of each area (None: unknown);
    ``withheld``: True where an area is already withheld; ``population``: residents (the smallest sibling
    is taken; NaN counts as small), ``keys`` break ties. Returns a :class:`Protection`."""
    groups = defaultdict(list)
    for i, parent in enumerate(parents):
        parent = normalise_key(parent)
        if parent is not None:
            groups[parent].append(i)
    out = Protection()
    for parent, members in groups.items():
        hidden = [i for i in members if withheld[i]]
        if not hidden or len(hidden) >= 2:
            continue
        open_members = [i for i in members if not withheld[i]]
        if not open_members:
            out.parents_withheld.append(parent)
            continue

        def size(i):
            value = population[i] if population is not None else 0.0
            value = float(value) if value is not None else float("nan")
            return (value if value == value else -1.0, str(keys[i]) if keys is not None else i)

        out.complementary.append(min(open_members, key=size))
    out.complementary.sort()
    return out


def round_share(value, decimals=DEFAULT_SHARE_DECIMALS):
    """A published share, rounded (None stays None)."""
    if value is None:
        return None
    value = float(value)
    return value if value != value else round(value, decimals)


def round_shares(values, decimals=DEFAULT_SHARE_DECIMALS):
    """:func:`round_share` of each value of a float array (NaN stays NaN), value for value the same.

    numpy scales, rounds and scales back; that can differ from Python's exact decimal rounding only where the
    scaled value lies within its own rounding error of a half (or is huge or not finite): those values are
    rounded by :func:`round_share` itself."""
    import numpy as np

    a = np.asarray(values, dtype=float)
    if not 0 <= decimals <= 15:
        return np.array([round_share(v, decimals) for v in a.tolist()], dtype=float).reshape(a.shape)
    scale = 10.0 ** decimals
    with np.errstate(invalid="ignore", over="ignore"):
        scaled = a * scale
        out = np.rint(scaled) / scale
        off_half = np.abs(scaled - np.floor(scaled) - 0.5)
        careful = ~((off_half > 1e-9 + np.abs(scaled) * 2.0 ** -48) & (np.abs(scaled) < 2.0 ** 48))
    if careful.any():
        out[careful] = [round_share(v, decimals) for v in a[careful].tolist()]
    return out
