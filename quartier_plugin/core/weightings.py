"""Weightings: how the weights of an index's children are given (equal, set directly, pairwise comparison).

In a method JSON a node's ``weights`` is ``"equal"``, ``{child: number}`` or ``{"ahp": matrix}``; in a
scenario the settings name the ``mode`` (a weighting's ``name``) with ``values`` (and ``ahp``). Adding one is
adding one class here: how its JSON looks (``matches``, ``check``), the normalised weights it gives
(``weights``), and how the weighting dialog's settings turn into it (``settings``, ``to_method``,
``restrict``). numpy is imported inside the functions: the registry is read while QGIS starts.
"""

from . import checks
from .method_base import Method, MethodError
from .registry import Registry
from .text import N_

WEIGHTINGS = Registry("weighting", error=MethodError)


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Weighting(Method):
    marker = None   # the key that marks this weighting in a node's weights object ({"ahp": …})

    def matches(self, weights):
        """True when a node's ``weights`` (method JSON) are of this kind."""
        return isinstance(weights, dict) and self.marker in weights

    def check(self, weights, children, path):
        """Raise :class:`~.checks.SchemaError` naming ``path`` unless ``weights`` are usable for ``children``."""

    def weights(self, weights, children):
        """(normalised weights of ``children`` as an array, AHP consistency ratio or None)."""
        raise NotImplementedError

    def settings(self, weights, children):
        """The weighting dialog's settings {"mode", "values", …} that reproduce ``weights``."""
        w, _cr = self.weights(weights, children)
        return {"mode": self.name, "values": dict(zip(children, w.tolist()))}

    def to_method(self, spec, children, kept, path):
        """The node's weights (method JSON) for the settings ``spec``, over the ``kept`` children."""
        raise NotImplementedError

    def restrict(self, weights, children, kept):
        """The method's ``weights`` over the ``kept`` children only (others were switched off)."""
        return weights


@WEIGHTINGS.register
class Equal(Weighting):
    name = "equal"
    label = N_("equal")

    def matches(self, weights):
        return weights == "equal"

    def weights(self, weights, children):
        import numpy as np

        return np.full(len(children), 1.0 / len(children)), None

    def settings(self, weights, children):
        return {"mode": "equal", "values": {c: 1.0 for c in children}}

    def to_method(self, spec, children, kept, path):
        return "equal"


@WEIGHTINGS.register
class Direct(Weighting):
    """{child: number}, normalised to sum 1; a child not named weighs 0."""

    name = "direct"
    label = N_("set directly")

    def matches(self, weights):
        markers = {w.marker for w in WEIGHTINGS.entries() if w.marker}
        return isinstance(weights, dict) and not markers & set(weights)

    def check(self, weights, children, path):
        for k, v in weights.items():
            checks.expect(k in children, f"{path}.{k}", "is not a child of this index")
            checks.expect(_number(v), f"{path}.{k}", "expected a number")

    def weights(self, weights, children):
        from .numeric import normalise_weights

        return normalise_weights([weights.get(c, 0.0) for c in children], children), None

    def settings(self, weights, children):
        return {"mode": "direct", "values": {c: float(weights.get(c, 0.0)) for c in children}}

    def to_method(self, spec, children, kept, path):
        import numpy as np

        values = spec.get("values", {})
        out = {}
        for c in kept:
            v = values.get(c, 0.0)
            checks.expect(_number(v) and np.isfinite(v) and v >= 0, f"{path}.values.{c}", "expected a number >= 0")
            out[c] = float(v)
        checks.expect(sum(out.values()) > 0, path, "all weights are zero")
        return out

    def restrict(self, weights, children, kept):
        return {c: v for c, v in weights.items() if c in kept}


@WEIGHTINGS.register
class PairwiseComparison(Weighting):
    """Saaty's analytic hierarchy process: the eigenvector of a reciprocal pairwise-comparison matrix."""

    name = "ahp"
    label = N_("pairwise comparison (AHP)")
    marker = "ahp"

    def check(self, weights, children, path):
        m, n = weights["ahp"], len(children)
        checks.expect(isinstance(m, list) and len(m) == n and all(isinstance(r, list) and len(r) == n for r in m),
                      path + ".ahp", f"expected a {n} x {n} matrix in the order of the children")

    def weights(self, weights, children):
        from .numeric import ahp_weights

        w, cr, _lam = ahp_weights(weights["ahp"], children)
        return w, cr

    def settings(self, weights, children):
        from .numeric import ahp_weights

        matrix = [[float(x) for x in row] for row in weights["ahp"]]
        w, _cr, _lam = ahp_weights(matrix, children)
        return {"mode": "ahp", "values": dict(zip(children, w.tolist())), "ahp": matrix}

    def to_method(self, spec, children, kept, path):
        matrix, n = spec.get("ahp"), len(children)
        checks.expect(isinstance(matrix, list) and len(matrix) == n and all(
            isinstance(r, list) and len(r) == n for r in matrix), path + ".ahp", f"expected a {n} x {n} matrix")
        return self.restrict({"ahp": matrix}, children, kept)

    def restrict(self, weights, children, kept):
        pick = [children.index(c) for c in kept]
        full = weights["ahp"]
        return {"ahp": [[full[i][j] for j in pick] for i in pick]}


def weighting_of(weights):
    """The weighting whose JSON ``weights`` are (None: none of them)."""
    return next((w for w in WEIGHTINGS.entries() if w.matches(weights)), None)
