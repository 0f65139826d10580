"""Classifications: how an index's values become classes (bands, quantiles, natural breaks, fixed breaks).

A node of a method may carry ``"classification": {"method": <name>, …}``; a scenario (and the Processing
parameter CLASSIFICATION) may replace the main index's classification, or keep the method's ("preset").
Adding one is adding one class here: ``name``, ``label`` (English, marked with ``N_``), the words of the
method note, what it takes (a class count, breaks) and ``breaks`` (or ``classify``)::

    @CLASSIFICATIONS.register
    class EqualInterval(Classification):
        name, label = "equal_interval", N_("equal intervals")
        note_de, note_en = "gleiche Abstände", "equal intervals"
        takes_class_count = True

        def breaks(self, values, scored, spec):
            ...                      # ascending upper bounds (inclusive), numpy

The method schema, the scenario checks, the method note and the Processing enum read it from then on. numpy
is imported inside the functions: the registry is read while QGIS starts.
"""

from . import checks
from .class_words import Position, index_scale, quoted
from .method_base import Method, MethodError, choices
from .registry import Registry
from .text import N_

CLASSIFICATIONS = Registry("classification", error=MethodError)
DEFAULT_CLASSES, MAX_CLASSES = 5, 9   # the class count a scenario gets when it names none, and its maximum


class Classification(Method):
    in_presets = True          # may stand in a method JSON
    in_settings = True         # may be chosen in a scenario and in Processing (with a class count or breaks)
    takes_class_count = False  # "classes": int (2 or more)
    takes_breaks = False       # "breaks": [numbers]
    may_give_fewer = False     # on few areas fewer classes than asked for may occur
    note_de = note_en = ""     # its name in the method note ("3 Klassen, Quantile")

    # -- a method JSON's classification ----------------------------------------------------------------
    def check(self, spec, path):
        """Raise :class:`~.checks.SchemaError` naming the key (``path``: the classification's path) unless
        ``spec`` is a usable classification of this kind."""
        if self.takes_class_count:
            classes = spec.get("classes")
            checks.expect(classes is not None, path + ".classes", "is required")
            checks.expect(isinstance(classes, int) and not isinstance(classes, bool), path + ".classes",
                          "expected a whole number")
            checks.expect(classes >= 2, path + ".classes", "must be at least 2")
        if self.takes_breaks:
            breaks = spec.get("breaks")
            checks.expect(isinstance(breaks, list) and breaks and all(isinstance(b, (int, float)) for b in breaks),
                          path + ".breaks", "expected a list of numbers")

    # -- a scenario's (or Processing's) choice -> the main index's classification ------------------------
    def from_settings(self, spec, path="settings.classification"):
        """The node classification for the settings ``spec`` ({"method", "classes", "breaks"}); None: keep the
        method's. Raises SchemaError naming ``path``."""
        out = {"method": self.name}
        if self.takes_class_count:
            classes = spec.get("classes", DEFAULT_CLASSES)
            checks.expect(isinstance(classes, int) and not isinstance(classes, bool)
                          and 2 <= classes <= MAX_CLASSES, f"{path}.classes",
                          f"expected a whole number from 2 to {MAX_CLASSES}")
            out["classes"] = classes
        if self.takes_breaks:
            breaks = spec.get("breaks")
            checks.expect(isinstance(breaks, list) and breaks and all(isinstance(b, (int, float)) for b in breaks),
                          f"{path}.breaks", "expected a list of numbers")
            checks.expect(all(b2 > b1 for b1, b2 in zip(breaks, breaks[1:])), f"{path}.breaks",
                          "the breaks must rise")
            out["breaks"] = [float(b) for b in breaks]
        return out

    # -- computing ----------------------------------------------------------------------------------
    def breaks(self, values, scored, spec):
        """Ascending upper class bounds (inclusive) for ``values`` over the scored areas (mask ``scored``)."""
        raise NotImplementedError

    def classify(self, values, scored, spec):
        """(class labels, class numbers 0.., -1 without a class) of each value."""
        from .numeric import classify_breaks

        return classify_breaks(values, self.breaks(values, scored, spec), spec.get("labels"))

    def class_count(self, spec):
        return spec.get("classes") or len(spec.get("breaks", [])) + 1

    def labels(self, spec):
        """The class labels in ascending order (least need first)."""
        return list(spec.get("labels") or [str(i + 1) for i in range(self.class_count(spec))])

    # -- the method note ----------------------------------------------------------------------------
    def describe(self, spec, language, number):
        """ "5 Klassen, Quantile (labels)"; ``number`` writes a number in ``language``."""
        words = ("Klassen", self.note_de) if language == "de" else ("classes", self.note_en)
        text = f"{self.class_count(spec)} {words[0]}, {words[1]}"
        text += self.details(spec, language, number)
        labels = spec.get("labels")
        return text + (f" ({', '.join(labels)})" if labels else "")

    def details(self, spec, language, number):
        return ""

    # -- the sheets' explanation --------------------------------------------------------------------
    explain_de = explain_en = ""  # how the classes are formed, in plain words ({classes}: the class count)

    def explain(self, spec, language, number, standardised=False):
        """How the classes are formed, in plain words for the sheets (German or English): what the index's values
        mean (``standardised``: the index was standardised again, mean 0 and standard deviation 1 over the scored
        areas) and how this classification cuts them into classes. ``number`` writes a number in ``language``."""
        words = self.explain_de if language == "de" else self.explain_en
        text = words.format(classes=self.class_count(spec))
        return " ".join(t for t in (index_scale(language, standardised), text) if t)


@CLASSIFICATIONS.register
class AsTheMethod(Classification):
    """A scenario's (and Processing's) choice to keep the method's own classification (registered first: the
    first choice of the weighting dialog and of Processing)."""

    name = "preset"
    label = N_("as the method")
    in_presets = False

    def from_settings(self, spec, path="settings.classification"):
        return None


@CLASSIFICATIONS.register
class Bands(Classification):
    """Fixed bands [{"upper", "inclusive", "label"}, …, {"label"}], as the MSS's status classes."""

    name = "bands"
    label = N_("fixed bands")
    in_settings = False   # a band needs a label: set in the method

    def check(self, spec, path):
        bands = spec.get("bands")
        checks.expect(isinstance(bands, list) and len(bands) >= 2, path + ".bands", "expected at least two bands")
        last = None
        for i, band in enumerate(bands):
            bp = f"{path}.bands[{i}]"
            checks.expect(isinstance(band, dict), bp, "expected an object")
            checks.text(band, "label", bp + ".", required=True)
            upper = band.get("upper")
            if i == len(bands) - 1:
                checks.expect(upper is None, bp + ".upper", "the last band has no upper bound")
            else:
                checks.expect(isinstance(upper, (int, float)), bp + ".upper", "expected a number")
                checks.expect(last is None or upper > last, bp + ".upper", "bands must rise")
                last = upper

    def classify(self, values, scored, spec):
        from .numeric import classify_bands

        return classify_bands(values, spec["bands"])

    def class_count(self, spec):
        return len(spec.get("bands", []))

    def labels(self, spec):
        return [band["label"] for band in spec["bands"]]

    def describe(self, spec, language, number):
        """ "hoch (< -1), mittel (-1 bis 1), …" """
        to = " bis " if language == "de" else " to "
        parts, lower, lower_open = [], None, True
        for band in spec["bands"]:
            upper = band.get("upper")
            if upper is None:
                # the band above an inclusive upper bound starts just above it
                rng = (f"> {number(lower, language)}" if lower_open else f">= {number(lower, language)}") \
                    if lower is not None else ""
            elif lower is None:
                rng = f"{'<=' if band.get('inclusive') else '<'} {number(upper, language)}"
            else:
                rng = f"{number(lower, language)}{to}{number(upper, language)}"
            parts.append(f"{band['label']} ({rng})" if rng else band["label"])
            lower, lower_open = upper, bool(band.get("inclusive"))
        return ", ".join(parts)

    def explain(self, spec, language, number, standardised=False):
        """ "… „sehr hoch“ = mehr als 1,5 Standardabweichungen über dem Durchschnitt" for every band."""
        words = Position(language, number, standardised)
        parts, lower, lower_closed = [], None, False
        for band in spec["bands"]:
            upper = band.get("upper")
            if lower is None and upper is None:
                where = ""
            elif lower is None:
                where = words.below(upper, bool(band.get("inclusive")))
            elif upper is None:
                where = words.above(lower, lower_closed)
            else:
                where = words.between(lower, upper)
            label = quoted(band["label"], language)
            parts.append(f"{label} = {where}" if where else label)
            lower, lower_closed = upper, not band.get("inclusive")
        return f"{index_scale(language, standardised)} {'; '.join(parts)}."


class CountedClasses(Classification):
    """Breaks for a class count, by a function of core/numeric.py: ``function(values, scored, classes)``."""

    takes_class_count = True
    function = ""

    def breaks(self, values, scored, spec):
        from . import numeric

        return getattr(numeric, self.function)(values, scored, spec["classes"])


@CLASSIFICATIONS.register
class Quantile(CountedClasses):
    """Classes of (about) equal numbers of areas."""

    name, label, function = "quantile", N_("quantiles"), "quantile_breaks"
    note_de, note_en = "Quantile", "quantiles"
    explain_de = ("Die Gebiete sind nach ihrem Indexwert geordnet und in {classes} Klassen mit etwa gleich vielen "
                  "Gebieten geteilt (Quantile).")
    explain_en = ("The areas are ordered by their index value and divided into {classes} classes of about equal "
                  "numbers of areas (quantiles).")


@CLASSIFICATIONS.register
class NaturalBreaks(CountedClasses):
    """Fisher-Jenks natural breaks."""

    name, label, function = "natural_breaks", N_("natural breaks (Jenks)"), "jenks_breaks"
    note_de, note_en = "natürliche Brüche", "natural breaks"
    explain_de = ("{classes} Klassen; ihre Grenzen liegen dort, wo sich die Indexwerte der Gebiete am deutlichsten "
                  "trennen (natürliche Brüche nach Jenks).")
    explain_en = ("{classes} classes whose bounds lie where the areas' index values separate most clearly "
                  "(natural breaks, Jenks).")
    may_give_fewer = True


@CLASSIFICATIONS.register
class Manual(Classification):
    name = "manual"
    label = N_("manual breaks")
    note_de, note_en = "feste Grenzen", "fixed breaks"
    takes_breaks = True

    def breaks(self, values, scored, spec):
        return list(spec["breaks"])

    def details(self, spec, language, number):
        return " " + ", ".join(number(b, language) for b in spec["breaks"])

    def explain(self, spec, language, number, standardised=False):
        bounds = ", ".join(number(b, language) for b in spec["breaks"])
        text = (f"{self.class_count(spec)} Klassen mit festen Grenzen des Indexwerts bei {bounds}." if language == "de"
                else f"{self.class_count(spec)} classes with fixed bounds of the index value at {bounds}.")
        return f"{index_scale(language, standardised)} {text}"


def preset_classifications():
    """The names a method JSON may use."""
    return choices(CLASSIFICATIONS, in_presets=True)


def settings_classifications():
    """The names a scenario (and Processing) may choose, "preset" (keep the method's) among them."""
    return choices(CLASSIFICATIONS, in_settings=True)


def class_count(spec):
    """The number of classes of a node's classification (1 without one)."""
    return CLASSIFICATIONS.get(spec["method"]).class_count(spec) if spec else 1
