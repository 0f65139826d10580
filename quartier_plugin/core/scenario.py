"""Weighting scenarios: what a user changed in the weighting dialog, on top of a method preset.

A scenario is plain JSON::

    {"name": "Schwerpunkt Armut",
     "base_method": {... the whole method preset ...},
     "settings": {
        "indicators": {"laerm": {"use": true, "direction": "higher_is_need",
                                 "normalisation": null, "reference": null}, ...},
        "weights": {"index": {"mode": "equal" | "direct" | "ahp",
                              "values": {"laerm": 2, ...}, "ahp": [[1, 3, ...], ...]}},
        "classification": {"method": "preset" | "quantile" | "natural_breaks" | "manual",
                           "classes": 5, "breaks": [-1, 0, 1]},
        "min_population": 300}}

:func:`effective_method` turns base method + settings into the method JSON that is computed (and
that a meeting pack records). The base method is kept whole so that an indicator switched off can
be switched on again, and so that a scenario stays reproducible when the preset file changes.
"""

import copy
import json
import os

import numpy as np

from .checks import SchemaError
from .checks import unknown as _unknown_keys
from .classifications import CLASSIFICATIONS, settings_classifications
from .method_base import MethodError
from .method_preset import DIRECTIONS, PresetError, loads_json, parse_preset
from .normalisations import NORMALISATIONS, REFERENCES
from .weightings import WEIGHTINGS, weighting_of

EXPORT_FORMAT = "quartier-scenarios"
EXPORT_VERSION = 1
SAATY = (1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9)


class ScenarioError(ValueError):
    """A scenario or a scenario file is not usable; the message names the cause."""


# -- defaults ------------------------------------------------------------------------------------
def default_settings(base_method):
    """The settings that reproduce the base method unchanged."""
    preset = parse_preset(base_method)
    indicators = {ind.id: {"use": True, "direction": ind.direction, "normalisation": ind.normalisation,
                           "reference": ind.reference} for ind in preset.indicators}
    weights = {node.id: weighting_of(node.weights).settings(node.weights, node.children) for node in preset.nodes}
    return {"indicators": indicators, "weights": weights, "classification": {"method": "preset"},
            "min_population": preset.min_population}


def new_scenario(name, base_method, settings=None):
    return {"name": name, "base_method": copy.deepcopy(base_method),
            "settings": copy.deepcopy(settings) if settings is not None else default_settings(base_method)}


# -- settings -> method --------------------------------------------------------------------------
def effective_method(base_method, settings):
    """The method JSON that results from ``settings`` applied to ``base_method`` (checked)."""
    method = copy.deepcopy(base_method)
    ind_settings = settings.get("indicators", {})
    ids = [ind["id"] for ind in method.get("indicators", [])]
    unused = set()
    for ind in method.get("indicators", []):
        s = ind_settings.get(ind["id"], {})
        if not s.get("use", True):
            unused.add(ind["id"])
        if s.get("direction"):
            ind["direction"] = s["direction"]
        for key in ("normalisation", "reference"):
            if s.get(key):
                ind[key] = s[key]
            else:
                ind.pop(key, None)
    nodes = method.get("indices", [])
    removed = set(unused)
    for node in nodes:  # children come before parents, so an emptied sub-index is removed from its parent
        kept = [c for c in node["children"] if c not in removed]
        if not kept:
            if node["id"] == method.get("main_index", nodes[-1]["id"]):
                raise ScenarioError("no indicator is switched on")
            removed.add(node["id"])
            continue
        w = settings.get("weights", {}).get(node["id"])
        if w is not None:
            node["weights"] = _node_weights(node["id"], node["children"], kept, w)
        elif "weights" in node:
            kind = weighting_of(node["weights"])
            if kind is not None:  # else parse_preset names the fault below
                node["weights"] = kind.restrict(node["weights"], node["children"], kept)
        node["children"] = kept
    method["indices"] = [n for n in nodes if n["id"] not in removed]
    # an indicator nobody uses stays defined (its value and rating are still shown), unless unknown
    for ind_id in ind_settings:
        if ind_id not in ids:
            raise ScenarioError(f"settings.indicators.{ind_id}: unknown indicator")
    classification = _classification(settings.get("classification", {"method": "preset"}))
    if classification is not None:
        main = method.get("main_index", method["indices"][-1]["id"])
        node = next(n for n in method["indices"] if n["id"] == main)
        node["classification"] = classification
    if settings.get("min_population") is not None:
        method.setdefault("suppression", {})["min_population"] = settings["min_population"]
    try:
        parse_preset(method)
    except PresetError as err:
        raise ScenarioError(f"the scenario gives an invalid method: {err}") from err
    return method


def with_choices(base_method, normalisation=None, classification=None):
    """``base_method`` with every indicator normalised by ``normalisation`` (a name of NORMALISATIONS) and the main
    index classified as the settings ``classification`` ask ({"method": …, "classes": …, "breaks": …}); None
    keeps the method's. What Processing's NORMALISATION and CLASSIFICATION do; the result is checked."""
    settings = default_settings(base_method)
    if normalisation:
        for spec in settings["indicators"].values():
            spec["normalisation"] = normalisation
    if classification:
        settings["classification"] = classification
    return effective_method(base_method, settings)


def _node_weights(node_id, children, kept, spec):
    mode = spec.get("mode", "equal")
    if mode not in WEIGHTINGS:
        raise ScenarioError(f"settings.weights.{node_id}.mode: expected one of {', '.join(WEIGHTINGS)}")
    try:
        return WEIGHTINGS.get(mode).to_method(spec, children, kept, f"settings.weights.{node_id}")
    except SchemaError as err:
        raise ScenarioError(str(err)) from None


def _classification(spec):
    """The main index's classification the settings ``spec`` ask for; None: the method's."""
    method = spec.get("method", "preset")
    choices = settings_classifications()
    if method not in choices:
        raise ScenarioError(f"settings.classification.method: expected one of {', '.join(choices)}")
    try:
        return CLASSIFICATIONS.get(method).from_settings(spec)
    except SchemaError as err:
        raise ScenarioError(str(err)) from None


# -- checking scenarios and scenario files ---------------------------------------------------------
# the keys a scenario file may hold, as strictly as a method preset's (a misspelt key is named, never ignored)
FILE_KEYS = ("format", "version", "scenarios", "comment")
SCENARIO_KEYS = ("name", "base_method", "settings", "comment")
SETTINGS_KEYS = ("indicators", "weights", "classification", "min_population", "comment")
INDICATOR_SETTING_KEYS = ("use", "direction", "normalisation", "reference")
WEIGHT_KEYS = ("mode", "values", "ahp")
CLASSIFICATION_KEYS = ("method", "classes", "breaks")


def _unknown(data, allowed, path):
    """Raise :class:`ScenarioError` naming the first key of ``data`` not in ``allowed`` by its key path."""
    try:
        _unknown_keys(data, allowed, path)
    except SchemaError as err:
        raise ScenarioError(str(err)) from None


def _object(data, path):
    if not isinstance(data, dict):
        raise ScenarioError(f"{path}: expected an object")
    return data


def _check_settings_keys(settings, path, base):
    """Unknown keys anywhere in the settings, by their key path (e.g. scenarios[0].settings.weights.index.vals)."""
    _unknown(settings, SETTINGS_KEYS, f"{path}.")
    for ind_id, spec in _object(settings.get("indicators", {}), f"{path}.indicators").items():
        _unknown(_object(spec, f"{path}.indicators.{ind_id}"), INDICATOR_SETTING_KEYS, f"{path}.indicators.{ind_id}.")
    nodes = {n.get("id") for n in base.get("indices", []) if isinstance(n, dict)}
    for node_id, spec in _object(settings.get("weights", {}), f"{path}.weights").items():
        if node_id not in nodes:
            raise ScenarioError(f"{path}.weights.{node_id}: unknown index (the method has: "
                                f"{', '.join(sorted(map(str, nodes)))})")
        _unknown(_object(spec, f"{path}.weights.{node_id}"), WEIGHT_KEYS, f"{path}.weights.{node_id}.")
    if "classification" in settings:
        _unknown(_object(settings["classification"], f"{path}.classification"), CLASSIFICATION_KEYS,
                 f"{path}.classification.")


def check_scenario(data, path="scenario"):
    """Raise :class:`ScenarioError` unless ``data`` is a usable scenario; returns it. Unknown keys are errors, as
    in method presets."""
    if not isinstance(data, dict):
        raise ScenarioError(f"{path}: expected an object")
    _unknown(data, SCENARIO_KEYS, f"{path}.")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ScenarioError(f"{path}.name: expected a non-empty text")
    base = data.get("base_method")
    if not isinstance(base, dict):
        raise ScenarioError(f"{path}.base_method: expected the method as an object")
    try:
        parse_preset(base)
    except PresetError as err:
        raise ScenarioError(f"{path}.base_method.{err}") from err
    settings = data.get("settings")
    if not isinstance(settings, dict):
        raise ScenarioError(f"{path}.settings: expected an object")
    _check_settings_keys(settings, f"{path}.settings", base)
    for ind_id, s in settings.get("indicators", {}).items():
        if not isinstance(s, dict):
            raise ScenarioError(f"{path}.settings.indicators.{ind_id}: expected an object")
        if "use" in s and not isinstance(s["use"], bool):
            raise ScenarioError(f"{path}.settings.indicators.{ind_id}.use: expected true or false")
        for key, options in (("direction", DIRECTIONS), ("normalisation", NORMALISATIONS),
                             ("reference", REFERENCES)):
            if s.get(key) is not None and s[key] not in options:
                raise ScenarioError(f"{path}.settings.indicators.{ind_id}.{key}: expected one of "
                                    f"{', '.join(options)}")
    mp = settings.get("min_population")
    if mp is not None and (not isinstance(mp, (int, float)) or isinstance(mp, bool) or mp < 0):
        raise ScenarioError(f"{path}.settings.min_population: expected a number >= 0")
    try:
        effective_method(base, settings)
    except ScenarioError as err:
        raise ScenarioError(f"{path}: {err}") from err
    return data


def export_scenarios(scenarios):
    """JSON text of a scenario file (sorted keys: the same scenarios give the same bytes)."""
    return json.dumps({"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "scenarios": list(scenarios)},
                      ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def import_scenarios(text):
    """The scenarios of a scenario file (or of one bare scenario); all checked before any is returned."""
    data = loads_json(text, ScenarioError, "the scenario file")
    if isinstance(data, dict) and "scenarios" in data:
        _unknown(data, FILE_KEYS, "")
        if data.get("format") not in (None, EXPORT_FORMAT):
            raise ScenarioError(f"format: expected {EXPORT_FORMAT!r}, got {data.get('format')!r}")
        items = data["scenarios"]
        if not isinstance(items, list):
            raise ScenarioError("scenarios: expected a list")
    elif isinstance(data, dict) and "settings" in data:
        items = [data]
    else:
        raise ScenarioError("expected a scenario file (an object with \"scenarios\")")
    if not items:
        raise ScenarioError("scenarios: the file holds no scenario")
    return [check_scenario(item, f"scenarios[{i}]") for i, item in enumerate(items)]


def read_scenario_file(path):
    """The scenarios of the scenario file at ``path`` (see :func:`import_scenarios`); a file that cannot be read
    or is not UTF-8 text (e.g. a binary file) raises :class:`ScenarioError` with a sentence."""
    name = os.path.basename(str(path))
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as err:
        raise ScenarioError(f"cannot read {name}: {err.strerror}") from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ScenarioError(f"{name} is not a UTF-8 text file (byte {err.start} cannot be read)") from err
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ScenarioError(f"{name} is not a text file (binary content at byte {nul})")
    return import_scenarios(text)


def unique_name(name, existing):
    """``name``, or ``name (2)``, ``name (3)``… if taken."""
    if name not in existing:
        return name
    k = 2
    while f"{name} ({k})" in existing:
        k += 1
    return f"{name} ({k})"


# -- weights as shares -----------------------------------------------------------------------------
def shares(values):
    """Weights as shares summing to 1 (all zero: equal shares)."""
    w = np.asarray([max(float(v), 0.0) for v in values], dtype=float)
    total = w.sum()
    return (w / total) if total > 0 else np.full(w.size, 1.0 / max(w.size, 1))


def set_share(values, index, share):
    """New weights where ``index`` has ``share`` (0..1) and the others keep their proportions."""
    share = min(max(float(share), 0.0), 1.0)
    current = shares(values)
    others = [i for i in range(len(current)) if i != index]
    rest = current[others].sum()
    out = np.zeros(len(current))
    out[index] = share
    if others:
        if rest > 0:
            out[others] = current[others] / rest * (1.0 - share)
        else:
            out[others] = (1.0 - share) / len(others)
    else:  # a single weight is always the whole
        out[index] = 1.0
    return out.tolist()


def saaty_text(value):
    """A pairwise comparison value as people write it: 3, 1, 1/5."""
    if value >= 1:
        return f"{value:g}"
    return f"1/{1 / value:g}"


def parse_saaty(text):
    text = str(text).strip().replace(",", ".")
    try:
        if "/" in text:
            a, b = text.split("/", 1)
            value = float(a) / float(b)
        else:
            value = float(text)
    except (ValueError, ZeroDivisionError) as err:
        raise MethodError(f"{text!r} is not a comparison value (1/9 … 9)") from err
    if not (1 / 9 - 1e-9 <= value <= 9 + 1e-9):
        raise MethodError(f"{text!r} is outside Saaty's scale 1/9 … 9")
    return value


def set_pairwise(matrix, i, j, value):
    """A copy of ``matrix`` with a_ij = value and a_ji = 1 / value (reciprocal by construction)."""
    out = [list(map(float, row)) for row in matrix]
    out[i][j] = float(value)
    out[j][i] = 1.0 / float(value)
    return out


def settings_equal(a, b):
    """True when two settings (or scenarios) are the same as canonical JSON (key order does not matter)."""
    dump = lambda value: json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)  # noqa: E731
    return dump(a) == dump(b)
