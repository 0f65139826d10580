"""Method presets: indicator definitions and the method (JSON files in ``resources/presets/``).

A preset is checked against the schema below; a wrong key gets a message that names it by its
path, e.g. ``indicators[2].direction: expected one of higher_is_need, lower_is_need``.

Schema (keys marked * are required)::

    id*                str
    label*             {"de": str, "en": str}
    description        {"de": str, "en": str}
    source             str
    key_field          str               default key field of the data
    population_field   str               residents, for suppression and population weights
    year_field, year   str, int          use the rows of this year (long tables)
    dynamics_years     int               for indicators with "change": true: years back
    suppression        {"min_population": number (300), "outliers": [keys],
                        "missing_values": [numbers or texts] (no-data codes such as -9999),
                        "outlier_column": {"field": str, "contains": str} (rows whose field contains
                        the text, case-insensitive, are declared outliers)}
    normalisation      {"method": zscore|minmax|rank|percentile_rank|distance_to_reference (NORMALISATIONS),
                        "reference": mean|city_ratio|population_weighted}
    aggregation        arithmetic|geometric (AGGREGATIONS)
    indicators*        [indicator, …]
    indices*           [node, …]  children before parents; the last is the main index unless
    main_index         str        names it
    rating             {"method": sd|relative (RATING_METHODS), "bands": [inner, outer], "reference": …}
    matrix             {"id": str, "status": node id, "dynamics": node id}

    indicator: id*, label* {"de","en"}, unit, direction* (higher_is_need|lower_is_need), source,
               year, numerator + denominator (+ scale, default 100) or value_field,
               index_to_city (bool: value / city value * 100), change (bool),
               normalisation, reference (this indicator's own, overriding the method's)
    node:      id*, children* [ids], weights ("equal" | {child: number} | {"ahp": [[…]]}: WEIGHTINGS),
               aggregation, restandardise (bool), label {"de","en"},
               classification {"method": bands|quantile|natural_breaks|manual (CLASSIFICATIONS),
                               "bands": [{"upper", "inclusive", "label"}…], "classes": int,
                               "breaks": [numbers], "labels": [str]}

The choices in capitals are registries (core/normalisations.py, aggregations.py, weightings.py,
classifications.py, ratings.py): a method registered there is accepted here.
"""

import os

from . import checks
from .aggregations import AGGREGATIONS
from .checks import SchemaError
from .classifications import CLASSIFICATIONS, preset_classifications
from .json_text import MAX_NESTING, loads_json, object_nesting, text_nesting, too_deep_message  # noqa: F401
from .limits import DEFAULT_MIN_POPULATION
from .normalisations import NORMALISATIONS, REFERENCES
from .preset_model import DIRECTIONS, Indicator, Node, Preset  # noqa: F401 - importable from here as before
from .ratings import RATING_METHODS
from .weightings import WEIGHTINGS, weighting_of

# the method of a city profile that names none (and of a project without a city profile)
DEFAULT_METHOD = "stuttgart_gebietsauswahl"


class PresetError(SchemaError):
    """The preset does not follow the schema; the message names the key."""


def default_method(city=None):
    """The id of the method used when none is named: the city profile's (``city``), else Stuttgart's."""
    return (getattr(city, "method", "") or "").strip() or DEFAULT_METHOD


# -- checking ------------------------------------------------------------------------------------
def _expect(cond, path, message):
    if not cond:
        raise PresetError(f"{path}: {message}")


def _as_preset_error(check, *args, **kwargs):
    """A check of :mod:`.checks`, its SchemaError raised as a PresetError (what callers of presets catch)."""
    try:
        return check(*args, **kwargs)
    except PresetError:
        raise
    except SchemaError as err:
        raise PresetError(str(err)) from None


def _str(data, key, path, required=False, default=None):
    value = data.get(key, default)
    if value is None:
        _expect(not required, f"{path}{key}", "is required")
        return default
    _expect(isinstance(value, str) and value.strip(), f"{path}{key}", "expected a non-empty text")
    return value


def _num(data, key, path, default=None, integer=False, minimum=None):
    value = data.get(key, default)
    if value is None:
        return default
    ok = isinstance(value, int) if integer else isinstance(value, (int, float))
    expected = "expected a whole number" if integer else "expected a number"
    _expect(ok and not isinstance(value, bool), f"{path}{key}", expected)
    if minimum is not None:
        _expect(value >= minimum, f"{path}{key}", f"must be at least {minimum}")
    return value


def _choice(value, options, path):
    _expect(value in options, path, f"expected one of {', '.join(options)}, got {value!r}")
    return value


def _label(data, key, path, required=False):
    return _as_preset_error(checks.label, data, key, path, required, plain_text=False)


def _unknown(data, allowed, path):
    _as_preset_error(checks.unknown, data, allowed, path)


INDICATOR_KEYS = ("id", "label", "unit", "direction", "source", "year", "numerator", "denominator", "scale",
                  "value_field", "index_to_city", "change", "normalisation", "reference", "comment")
NODE_KEYS = ("id", "children", "weights", "aggregation", "restandardise", "classification", "label", "comment")
PRESET_KEYS = ("id", "label", "description", "source", "key_field", "population_field", "year_field", "year",
               "dynamics_years", "suppression", "normalisation", "aggregation", "indicators", "indices",
               "main_index", "rating", "matrix", "comment", "$schema")


def _indicator(data, path):
    _expect(isinstance(data, dict), path, "expected an object")
    _unknown(data, INDICATOR_KEYS, path + ".")
    p = path + "."
    ind_id = _str(data, "id", p, required=True)
    de, en = _label(data, "label", p, required=True)
    direction = _choice(data.get("direction"), DIRECTIONS, p + "direction")
    num, den, value = _str(data, "numerator", p), _str(data, "denominator", p), _str(data, "value_field", p)
    _expect(bool(value) != bool(num or den), p + "value_field",
            "give either value_field or numerator and denominator")
    if not value:
        _expect(num and den, p + ("denominator" if num else "numerator"), "numerator and denominator go together")
    for key in ("index_to_city", "change"):
        _expect(isinstance(data.get(key, False), bool), p + key, "expected true or false")
    norm, ref = data.get("normalisation"), data.get("reference")
    if norm is not None:
        _choice(norm, NORMALISATIONS, p + "normalisation")
    if ref is not None:
        _choice(ref, REFERENCES, p + "reference")
    return Indicator(
        id=ind_id, label_de=de, label_en=en, direction=direction, numerator=num, denominator=den,
        value_field=value, scale=_num(data, "scale", p, 100.0), unit=data.get("unit", ""),
        source=data.get("source", ""), year=_num(data, "year", p, integer=True),
        index_to_city=data.get("index_to_city", False), change=data.get("change", False),
        normalisation=norm, reference=ref)


def _classification(data, path):
    _expect(isinstance(data, dict), path, "expected an object")
    method = _choice(data.get("method"), preset_classifications(), path + ".method")
    _as_preset_error(CLASSIFICATIONS.get(method).check, data, path)
    labels = data.get("labels")
    if labels is not None:
        _expect(isinstance(labels, list) and all(isinstance(x, str) for x in labels), path + ".labels",
                "expected a list of texts")
    return data


def _node(data, path, known):
    _expect(isinstance(data, dict), path, "expected an object")
    _unknown(data, NODE_KEYS, path + ".")
    p = path + "."
    node_id = _str(data, "id", p, required=True)
    _expect(node_id not in known, p + "id", f"{node_id!r} is used twice")
    children = data.get("children")
    _expect(isinstance(children, list) and children, p + "children", "expected a list of indicator or index ids")
    for i, child in enumerate(children):
        _expect(child in known, f"{p}children[{i}]", f"unknown indicator or index {child!r} "
                                                     "(indices must come after their children)")
    weights = data.get("weights", "equal")
    kind = weighting_of(weights)
    _expect(kind is not None, p + "weights", 'expected "equal", {child: weight} or {"ahp": matrix} '
            f"(weightings: {', '.join(WEIGHTINGS)})")
    _as_preset_error(kind.check, weights, children, p + "weights")
    agg = data.get("aggregation")
    if agg is not None:
        _choice(agg, AGGREGATIONS, p + "aggregation")
    _expect(isinstance(data.get("restandardise", False), bool), p + "restandardise", "expected true or false")
    cls = data.get("classification")
    if cls is not None:
        _classification(cls, p + "classification")
    de, en = _label(data, "label", p)
    return Node(node_id, list(children), weights, agg, data.get("restandardise", False), cls, de, en)


def _missing_values(supp):
    values = supp.get("missing_values", [])
    _expect(isinstance(values, list), "suppression.missing_values", "expected a list of no-data codes")
    for i, value in enumerate(values):
        ok = (isinstance(value, (int, float)) and not isinstance(value, bool)) or (
            isinstance(value, str) and value.strip())
        _expect(ok, f"suppression.missing_values[{i}]", "expected a number or a non-empty text")
    return list(values)


def _outlier_column(supp):
    spec = supp.get("outlier_column")
    if spec is None:
        return None
    _expect(isinstance(spec, dict), "suppression.outlier_column", 'expected {"field": …, "contains": …}')
    _unknown(spec, ("field", "contains"), "suppression.outlier_column.")
    _str(spec, "field", "suppression.outlier_column.", required=True)
    _str(spec, "contains", "suppression.outlier_column.", required=True)
    return {"field": spec["field"], "contains": spec["contains"]}


def parse_preset(data, source="preset"):
    """A :class:`Preset` from a dict; raises :class:`PresetError` naming the wrong key."""
    _expect(isinstance(data, dict), source, "expected a JSON object")
    _expect(object_nesting(data) <= MAX_NESTING, source, too_deep_message())
    _unknown(data, PRESET_KEYS, "")
    preset_id = _str(data, "id", "", required=True)
    de, en = _label(data, "label", "", required=True)
    dde, den = _label(data, "description", "")
    indicators = data.get("indicators")
    _expect(isinstance(indicators, list) and indicators, "indicators", "expected a list of indicators")
    parsed = []
    for i, item in enumerate(indicators):
        ind = _indicator(item, f"indicators[{i}]")
        _expect(ind.id not in {x.id for x in parsed}, f"indicators[{i}].id", f"{ind.id!r} is used twice")
        parsed.append(ind)
    known = {i.id for i in parsed}
    nodes = []
    raw_nodes = data.get("indices")
    _expect(isinstance(raw_nodes, list) and raw_nodes, "indices", "expected a list of indices")
    for i, item in enumerate(raw_nodes):
        node = _node(item, f"indices[{i}]", known)
        known.add(node.id)
        nodes.append(node)
    main = data.get("main_index", nodes[-1].id)
    _expect(main in {n.id for n in nodes}, "main_index", f"unknown index {main!r}")
    supp = data.get("suppression", {})
    _expect(isinstance(supp, dict), "suppression", "expected an object")
    _unknown(supp, ("min_population", "outliers", "missing_values", "outlier_column"), "suppression.")
    outliers = supp.get("outliers", [])
    _expect(isinstance(outliers, list), "suppression.outliers", "expected a list of keys")
    missing_values, outlier_column = _missing_values(supp), _outlier_column(supp)
    norm = data.get("normalisation", {})
    _expect(isinstance(norm, dict), "normalisation", "expected an object")
    _unknown(norm, ("method", "reference"), "normalisation.")
    rating = data.get("rating", {})
    _expect(isinstance(rating, dict), "rating", "expected an object")
    _unknown(rating, ("method", "bands", "reference"), "rating.")
    rating_method = _choice(rating.get("method", "sd"), RATING_METHODS, "rating.method")
    bands = rating.get("bands", list(RATING_METHODS.get(rating_method).default_bands))
    _expect(isinstance(bands, list) and len(bands) == 2 and all(isinstance(b, (int, float)) for b in bands)
            and 0 <= bands[0] < bands[1], "rating.bands", "expected [inner, outer] with 0 <= inner < outer")
    matrix = data.get("matrix")
    if matrix is not None:
        _expect(isinstance(matrix, dict), "matrix", "expected an object")
        for key in ("status", "dynamics"):
            _expect(matrix.get(key) in {n.id for n in nodes}, f"matrix.{key}", "expected the id of an index")
        _str(matrix, "id", "matrix.", required=True)
    dyn = _num(data, "dynamics_years", "", integer=True, minimum=1)
    if any(i.change for i in parsed):
        _expect(dyn is not None, "dynamics_years", "is required when an indicator has \"change\": true")
        _expect(data.get("year_field"), "year_field", "is required when an indicator has \"change\": true")
    return Preset(
        id=preset_id, label_de=de, label_en=en, description_de=dde, description_en=den,
        source=data.get("source", ""), indicators=parsed, nodes=nodes, main_index=main,
        key_field=_str(data, "key_field", ""), population_field=_str(data, "population_field", ""),
        year_field=_str(data, "year_field", ""), year=_num(data, "year", "", integer=True),
        dynamics_years=dyn,
        min_population=_num(supp, "min_population", "suppression.", DEFAULT_MIN_POPULATION, minimum=0),
        outliers=[str(o) for o in outliers], missing_values=missing_values, outlier_column=outlier_column,
        normalisation=_choice(norm.get("method", "zscore"), NORMALISATIONS, "normalisation.method"),
        reference=_choice(norm.get("reference", "mean"), REFERENCES, "normalisation.reference"),
        aggregation=_choice(data.get("aggregation", "arithmetic"), AGGREGATIONS, "aggregation"),
        rating_method=rating_method,
        rating_bands=tuple(bands),
        rating_reference=_choice(rating.get("reference", "city_ratio"), REFERENCES, "rating.reference"),
        matrix=matrix, raw=data)


def load_preset(path_or_id, presets_dir):
    """A preset by id (a file ``<id>.json`` in ``presets_dir``) or by path."""
    path = path_or_id
    if not os.path.exists(path):
        path = os.path.join(presets_dir, f"{path_or_id}.json")
    if not os.path.exists(path):
        known = preset_ids(presets_dir) if os.path.isdir(presets_dir) else []
        raise PresetError(f"no method {path_or_id!r}: not a file, and not one of the presets {', '.join(known)}")
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except UnicodeDecodeError as err:
        raise PresetError(f"{name} is not a UTF-8 text file (byte {err.start} cannot be read)") from err
    except OSError as err:
        raise PresetError(f"cannot read {name}: {err.strerror}") from err
    return parse_preset(loads_json(text, PresetError, f"{name}: the method JSON"), name)


def preset_ids(presets_dir):
    return sorted(f[:-5] for f in os.listdir(presets_dir) if f.endswith(".json") and not f.startswith("_"))
