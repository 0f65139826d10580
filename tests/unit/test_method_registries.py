"""The method registries (core/normalisations.py, weightings.py, aggregations.py, classifications.py, ratings.py):
adding a method is one class; the schema, the scenarios, the engine and the method note read the registries."""

import copy
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from quartier_plugin.core.aggregations import Aggregation
from quartier_plugin.core.classifications import (
    CLASSIFICATIONS,
    Classification,
    class_count,
    preset_classifications,
    settings_classifications,
)
from quartier_plugin.core.disclosure import effective_threshold, is_small, is_withheld
from quartier_plugin.core.method_note import class_text
from quartier_plugin.core.method_preset import DEFAULT_METHOD, PresetError, default_method, parse_preset
from quartier_plugin.core.methods import (
    AGGREGATIONS,
    NORMALISATIONS,
    RATING_METHODS,
    RATINGS,
    WEIGHTINGS,
    MethodError,
    aggregate,
    normalise,
    rate,
)
from quartier_plugin.core.need_index import AreaData, compute
from quartier_plugin.core.normalisations import Normalisation
from quartier_plugin.core.ratings import RatingMethod
from quartier_plugin.core.scenario import ScenarioError, default_settings, effective_method, with_choices
from quartier_plugin.core.weightings import Weighting, weighting_of

ROOT = Path(__file__).resolve().parents[2]

METHOD = {
    "id": "t", "label": {"de": "T", "en": "T"}, "population_field": "ew",
    "indicators": [
        {"id": "a", "label": {"de": "A", "en": "A"}, "numerator": "a_n", "denominator": "ew",
         "direction": "higher_is_need"},
        {"id": "b", "label": {"de": "B", "en": "B"}, "value_field": "b", "direction": "lower_is_need"}],
    "indices": [{"id": "index", "children": ["a", "b"], "weights": {"a": 3, "b": 1},
                 "classification": {"method": "quantile", "classes": 2}}],
}
DATA = AreaData(["1", "2", "3", "4", "5", "6"], {
    "ew": np.array([1000.0, 2000, 1000, 800, 4000, 900]), "a_n": np.array([100.0, 100, 300, 99, 800, 50]),
    "b": np.array([5.0, 1, 3, 0, 2, 4])})


def method(**over):
    data = copy.deepcopy(METHOD)
    data.update(over)
    return data


class Halves(Normalisation):
    """A throw-away normalisation: 1 above the median need, 0 else."""

    name = "halves"
    label = "halves"

    def apply(self, values, scored, mask, reference, need_high, name):
        oriented = values if need_high else -values
        return np.where(np.isnan(values), np.nan, (oriented > np.median(scored if need_high else -scored)) * 1.0)


class TwoAtZero(Classification):
    """A throw-away classification: below or above 0."""

    name = "two_at_zero"
    label = "two at zero"
    note_de, note_en = "Grenze 0", "break at 0"

    def breaks(self, values, scored, spec):
        return [0.0]

    def class_count(self, spec):
        return 2


# -- the registries behave like the tuples they replaced ------------------------------------------
def test_registries_list_the_methods_in_order():
    assert NORMALISATIONS.names() == ("zscore", "minmax", "rank", "percentile_rank", "distance_to_reference")
    assert tuple(AGGREGATIONS) == ("arithmetic", "geometric")
    assert tuple(WEIGHTINGS) == ("equal", "direct", "ahp")
    assert tuple(RATING_METHODS) == ("sd", "relative")
    assert RATINGS == ("++", "+", "o", "-", "--")
    assert preset_classifications() == ("bands", "quantile", "natural_breaks", "manual")
    assert settings_classifications() == ("preset", "quantile", "natural_breaks", "manual")
    assert "zscore" in NORMALISATIONS and "z" not in NORMALISATIONS and NORMALISATIONS[0] == "zscore"
    assert ", ".join(AGGREGATIONS) == "arithmetic, geometric" and len(WEIGHTINGS) == 3


def test_every_method_has_a_label():
    for registry in (NORMALISATIONS, AGGREGATIONS, WEIGHTINGS, CLASSIFICATIONS, RATING_METHODS):
        for name in registry:
            assert registry.label(name), (registry, name)
    assert NORMALISATIONS.label("zscore") == "z-score" and WEIGHTINGS.label("ahp") == "pairwise comparison (AHP)"
    assert CLASSIFICATIONS.label("preset") == "as the method"


def test_method_labels_are_marked_for_translation():
    """The labels stand in N_(…) in the registry modules, so that i18n/update_ts.py collects them."""
    for module, registry in (("normalisations", NORMALISATIONS), ("aggregations", AGGREGATIONS),
                             ("weightings", WEIGHTINGS), ("classifications", CLASSIFICATIONS),
                             ("ratings", RATING_METHODS)):
        text = (ROOT / "quartier_plugin" / "core" / f"{module}.py").read_text(encoding="utf-8")
        for name in registry:
            assert f'N_("{registry.label(name)}")' in text, (module, name)


@pytest.mark.parametrize("call, message", [
    (lambda: normalise(np.array([1.0, 2]), np.array([True, True]), "z"),
     "unknown normalisation 'z'; use one of zscore"),
    (lambda: aggregate(np.ones((2, 2)), [0.5, 0.5], "median"), "unknown aggregation 'median'; use one of arithmetic"),
    (lambda: rate(np.array([1.0]), 1.0, 1.0, "ranks"), "unknown rating method 'ranks'; use one of sd, relative"),
    (lambda: CLASSIFICATIONS.get("jenks"), "unknown classification 'jenks'; use one of preset, bands"),
    (lambda: WEIGHTINGS.get("swing"), "unknown weighting 'swing'; use one of equal, direct, ahp"),
])
def test_unknown_names_raise_a_method_error_naming_the_choices(call, message):
    with pytest.raises(MethodError, match=message.replace("(", r"\(")):
        call()


def test_schema_and_scenarios_refuse_unknown_methods():
    with pytest.raises(PresetError, match="indices\\[0\\].classification.method: expected one of bands, quantile"):
        parse_preset(method(indices=[dict(METHOD["indices"][0], classification={"method": "preset"})]))
    with pytest.raises(PresetError, match="normalisation.method: expected one of zscore"):
        parse_preset(method(normalisation={"method": "halves"}))
    with pytest.raises(ScenarioError, match="settings.weights.index.mode: expected one of equal, direct, ahp"):
        effective_method(METHOD, {"weights": {"index": {"mode": "swing"}}})


# -- adding a method is one class ------------------------------------------------------------------
def test_a_registered_normalisation_is_accepted_and_used_then_gone():
    with NORMALISATIONS.added(Halves):
        preset = parse_preset(method(normalisation={"method": "halves"}))
        result = compute(preset, DATA)
        assert result.indicators["a"]["score"].tolist() == [0.0, 0.0, 1.0, 1.0, 1.0, 0.0]  # median 11.2 %
        assert set(np.unique(result.indicators["b"]["score"])) == {0.0, 1.0}
        scenario = with_choices(METHOD, normalisation="halves")
        assert {i["normalisation"] for i in scenario["indicators"]} == {"halves"}
    assert "halves" not in NORMALISATIONS
    with pytest.raises(PresetError):
        parse_preset(method(normalisation={"method": "halves"}))


def test_a_registered_classification_is_accepted_used_and_described():
    with CLASSIFICATIONS.added(TwoAtZero):
        assert "two_at_zero" in preset_classifications() and "two_at_zero" in settings_classifications()
        chosen = with_choices(METHOD, classification={"method": "two_at_zero"})
        preset = parse_preset(chosen)
        assert preset.node("index").classification == {"method": "two_at_zero"}
        result = compute(preset, DATA)
        info = result.nodes["index"]
        scored = ~np.isnan(info["value"])
        assert list(info["class"][scored]) == ["1" if v <= 0 else "2" for v in info["value"][scored]]
        assert class_text(preset.node("index"), "de") == "2 Klassen, Grenze 0"
        assert class_count(preset.node("index").classification) == 2
    with pytest.raises(ScenarioError, match="expected one of preset, quantile"):
        with_choices(METHOD, classification={"method": "two_at_zero"})


def test_a_registered_weighting_aggregation_and_rating_are_used():
    class RankSum(Weighting):  # {"rank_sum": [child, …]}: the first child weighs most
        name, label, marker = "rank_sum", "rank sum", "rank_sum"

        def weights(self, weights, children):
            order = weights["rank_sum"]
            raw = np.array([len(order) - order.index(c) for c in children], dtype=float)
            return raw / raw.sum(), None

    class Harmonic(Aggregation):  # the base combines prepared children
        name, label = "harmonic", "harmonic mean"

        def prepare(self, child, name):
            return 1.0 / child

        def finish(self, weighted_sum):
            return 1.0 / weighted_sum

    class Difference(RatingMethod):
        name, label, default_bands = "difference", "difference", (1.0, 5.0)

        def deviation(self, values, city_value, sd):
            return values - city_value

    with WEIGHTINGS.added(RankSum), AGGREGATIONS.added(Harmonic), RATING_METHODS.added(Difference):
        data = method(indices=[{"id": "index", "children": ["a", "b"], "weights": {"rank_sum": ["b", "a"]}}],
                      normalisation={"method": "rank"}, aggregation="harmonic", rating={"method": "difference"})
        preset = parse_preset(data)
        assert weighting_of(preset.node("index").weights).name == "rank_sum"
        assert preset.rating_bands == (1.0, 5.0)
        result = compute(preset, DATA)
        assert result.weights["index"] == pytest.approx({"a": 1 / 3, "b": 2 / 3})
        a, b = result.indicators["a"]["score"], result.indicators["b"]["score"]
        np.testing.assert_allclose(result.nodes["index"]["value"], 1 / (1 / 3 / a + 2 / 3 / b))
        assert set(result.indicators["a"]["rating"]) <= set(RATINGS)
    assert "rank_sum" not in WEIGHTINGS and "harmonic" not in AGGREGATIONS and "difference" not in RATING_METHODS


def test_default_settings_reproduce_every_weighting():
    data = method(indices=[{"id": "s", "children": ["a"]},
                           {"id": "index", "children": ["s", "b"], "weights": {"ahp": [[1, 3], [1 / 3, 1]]}}])
    settings = default_settings(data)
    assert [settings["weights"][n]["mode"] for n in ("s", "index")] == ["equal", "ahp"]
    assert effective_method(data, settings)["indices"][1]["weights"] == {"ahp": [[1.0, 3.0], [1 / 3, 1.0]]}


# -- one definition of each rule -------------------------------------------------------------------
def test_the_default_method_is_the_city_profiles_else_stuttgarts():
    class City:
        method = "berlin_mss_2021"

    assert default_method() == DEFAULT_METHOD == "stuttgart_gebietsauswahl"
    assert default_method(City()) == "berlin_mss_2021"
    City.method = ""
    assert default_method(City()) == DEFAULT_METHOD


def test_the_suppression_rule():
    pop = np.array([299.0, 300, np.nan, 5000])
    assert is_small(pop, 300).tolist() == [True, False, True, False]
    assert is_small(299, 300) and not is_small(300, 300) and is_small(float("nan"), 300)
    assert effective_threshold(300, 100) == 300 and effective_threshold(300, 500) == 500
    assert is_withheld("population") and is_withheld("complementary") and not is_withheld("missing data")
    assert not is_withheld(None)


def test_registries_and_processing_start_up_do_not_load_numpy():
    """QGIS creates the algorithms (initAlgorithm: the enums read the registries) while it starts; numpy stays out."""
    code = ("import sys\n"
            "import quartier_plugin.core.normalisations, quartier_plugin.core.classifications\n"
            "import quartier_plugin.core.weightings, quartier_plugin.core.aggregations, quartier_plugin.core.ratings\n"
            "import quartier_plugin.core.method_preset, quartier_plugin.core.limits, quartier_plugin.core.disclosure\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'pandas', 'shapely')))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def module_level_imports(path, package):
    """The modules ``path`` imports when it is imported (not inside functions), relative ones resolved."""
    import ast

    found = []

    def visit(nodes):
        for node in nodes:
            if isinstance(node, ast.Import):
                found.extend(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[:len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                    found.extend([target] + [f"{target}.{a.name}" for a in node.names])
                else:
                    found.append(node.module)
            elif isinstance(node, (ast.If, ast.Try, ast.With, ast.ClassDef)):
                visit(getattr(node, "body", []) + getattr(node, "orelse", []) + getattr(node, "finalbody", [])
                      + [h for t in getattr(node, "handlers", []) for h in t.body])
    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return found


def test_processing_modules_load_no_numpy_when_imported():
    """The algorithm modules the provider loads while QGIS starts, and what they import at module level
    (transitively), are free of numpy (this replaces the test that tied two copies of the default z limit: the one
    copy is now core/limits.py)."""
    import ast

    package = ROOT / "quartier_plugin"
    provider = ast.parse((package / "processing" / "provider.py").read_text(encoding="utf-8"))
    todo = [f"quartier_plugin.processing.{node.module}" for node in ast.walk(provider)
            if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module]
    seen, heavy = set(), []
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        parts = name.split(".")[1:]
        if not parts:
            continue
        path = package.joinpath(*parts[:-1], parts[-1] + ".py")
        if not path.exists():
            path = package.joinpath(*parts, "__init__.py")
        if not path.exists():
            continue
        pkg = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for imported in module_level_imports(path, pkg):
            if imported.startswith("quartier_plugin"):
                todo.append(imported)
            elif imported.split(".")[0] in ("numpy", "pandas", "scipy", "shapely"):
                heavy.append(f"{name} imports {imported}")
    assert "quartier_plugin.processing.need_index" in seen and not heavy, heavy
