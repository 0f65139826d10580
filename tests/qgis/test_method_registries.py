"""Method registries seen from Processing: a normalisation or classification registered through the registry alone
is offered by a freshly created need_index algorithm, accepted by the method schema and used by a run."""

import json

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsProcessingException, QgsVectorLayer

from quartier_plugin.core.classifications import CLASSIFICATIONS, Classification
from quartier_plugin.core.method_preset import parse_preset
from quartier_plugin.core.normalisations import NORMALISATIONS, Normalisation

METHOD = "stuttgart_gebietsauswahl"


class Halves(Normalisation):
    """Throw-away: 1 where the need is above the median of the scored areas, else 0."""

    name = "halves_for_test"
    label = "halves"

    def apply(self, values, scored, mask, reference, need_high, name):
        oriented, median = (values, np.median(scored)) if need_high else (-values, np.median(-scored))
        return np.where(np.isnan(values), np.nan, (oriented > median) * 1.0)


class AtZero(Classification):
    """Throw-away: two classes, "low" up to 0 and "high" above."""

    name = "at_zero_for_test"
    label = "at zero"
    note_de, note_en = "Grenze 0", "break at 0"

    def breaks(self, values, scored, spec):
        return [0.0]

    def class_count(self, spec):
        return 2

    def labels(self, spec):
        return ["low", "high"]

    def classify(self, values, scored, spec):
        from quartier_plugin.core.numeric import classify_breaks

        return classify_breaks(values, [0.0], ["low", "high"])


def statistics(gpkg):
    layer = QgsVectorLayer(f"{gpkg}|layername=statistik_stadtteile", "statistik", "ogr")
    assert layer.isValid()
    return layer


def fresh_algorithm():
    return QgsApplication.processingRegistry().createAlgorithmById("quartier:need_index")


def option(parameter, name):
    """The index of the enum option naming ``name`` in a fresh algorithm's ``parameter`` (None: not offered)."""
    alg = fresh_algorithm()  # kept: the parameter is the algorithm's
    options = alg.parameterDefinition(parameter).options()
    hits = [i for i, text in enumerate(options) if text.endswith(f"({name})")]
    return hits[0] if hits else None


def run(gpkg, **params):
    params = {"INPUT": statistics(gpkg), "METHOD": METHOD, "OUTPUT": "TEMPORARY_OUTPUT", **params}
    result = processing.run("quartier:need_index", params)
    rows = {f["stadtteil_nr"]: f for f in result["OUTPUT"].getFeatures()}
    return result, rows


def parse_preset_raw():
    """The shipped method's JSON (a copy)."""
    from quartier_plugin import paths
    from quartier_plugin.core.method_preset import load_preset

    return json.loads(json.dumps(load_preset(METHOD, paths.resource("presets")).raw))


def number(value):
    return None if value is None or str(value) == "NULL" else float(value)


def test_the_enums_come_from_the_registries(quartier_provider):
    alg = fresh_algorithm()
    normalisations = alg.parameterDefinition("NORMALISATION").options()
    assert normalisations[0] == "as the method" and len(normalisations) == 1 + len(NORMALISATIONS)
    assert normalisations[1] == "z-score (zscore)"
    classifications = alg.parameterDefinition("CLASSIFICATION").options()
    assert classifications[0] == "as the method" and "quantiles (quantile)" in classifications
    assert option("NORMALISATION", Halves.name) is None and option("CLASSIFICATION", AtZero.name) is None


def test_a_registered_normalisation_is_offered_accepted_and_used(demo_gpkg, quartier_provider, tmp_path):
    _, zscore = run(demo_gpkg)
    with NORMALISATIONS.added(Halves):
        index = option("NORMALISATION", Halves.name)
        assert index is not None                                            # (a) offered by a fresh algorithm
        method = parse_preset_raw()
        method["normalisation"] = {"method": Halves.name}
        assert parse_preset(method).normalisation == Halves.name            # (b) accepted by the schema
        path = tmp_path / "halves.json"
        path.write_text(json.dumps(method), encoding="utf-8")
        result, halves = run(demo_gpkg, NORMALISATION=index)                # (c) used by a run
        _, from_file = run(demo_gpkg, METHOD_FILE=str(path))
    assert option("NORMALISATION", Halves.name) is None                     # gone with the block
    indicators = [f[:-5] for f in result["OUTPUT"].fields().names() if f.endswith("_norm")]
    assert indicators
    for ind in indicators:
        scored = [k for k, f in zscore.items() if f["scored"] and number(f[f"{ind}_norm"]) is not None]
        z = np.array([number(zscore[k][f"{ind}_norm"]) for k in scored])
        h = np.array([number(halves[k][f"{ind}_norm"]) for k in scored])
        # z-scores are need-oriented and monotone: the halves are exactly the z-scores above their median
        assert set(h) <= {0.0, 1.0} and (h == (z > np.median(z))).all(), ind
        assert not np.array_equal(h, z)
        assert [number(from_file[k][f"{ind}_norm"]) for k in scored] == h.tolist()
    assert [number(f["index"]) for f in halves.values()] != [number(f["index"]) for f in zscore.values()]
    assert result["SCORED"] == sum(1 for f in zscore.values() if f["scored"])


def test_a_registered_classification_is_offered_accepted_and_used(demo_gpkg, quartier_provider):
    with CLASSIFICATIONS.added(AtZero):
        index = option("CLASSIFICATION", AtZero.name)
        assert index is not None
        from quartier_plugin.core.scenario import with_choices

        preset = parse_preset(with_choices(parse_preset_raw(), classification={"method": AtZero.name}))
        assert preset.node(preset.main_index).classification == {"method": AtZero.name}
        _, rows = run(demo_gpkg, CLASSIFICATION=index)
    assert option("CLASSIFICATION", AtZero.name) is None
    scored = [f for f in rows.values() if f["scored"]]
    assert {f["index_class"] for f in scored} == {"low", "high"}
    assert all(f["index_class"] == ("low" if number(f["index"]) <= 0 else "high") for f in scored)


def test_the_shipped_choices_override_the_method(demo_gpkg, quartier_provider):
    _, base = run(demo_gpkg)
    _, same = run(demo_gpkg, NORMALISATION=0, CLASSIFICATION=0)
    assert {k: [number(f["index"]), f["index_class"]] for k, f in same.items()} == \
        {k: [number(f["index"]), f["index_class"]] for k, f in base.items()}
    _, quantiles = run(demo_gpkg, CLASSIFICATION=option("CLASSIFICATION", "quantile"), CLASSES=3)
    assert {f["index_class"] for f in quantiles.values() if f["scored"]} == {"1", "2", "3"}
    _, manual = run(demo_gpkg, CLASSIFICATION=option("CLASSIFICATION", "manual"), BREAKS="-0,5; 0,5")
    assert all(f["index_class"] == ("1" if number(f["index"]) <= -0.5 else "2" if number(f["index"]) <= 0.5 else "3")
               for f in manual.values() if f["scored"])
    _, ranks = run(demo_gpkg, NORMALISATION=option("NORMALISATION", "rank"))
    values = [number(f["laerm_norm"]) for f in ranks.values() if f["scored"]]
    assert 0 < min(values) and max(values) == 1.0
    with pytest.raises(QgsProcessingException, match="BREAKS"):
        run(demo_gpkg, CLASSIFICATION=option("CLASSIFICATION", "manual"), BREAKS="a; b")


def test_a_registered_normalisation_reaches_the_meeting_pack(demo_gpkg, quartier_provider, tmp_path):
    """Registered in the registry alone, the throw-away normalisation is printed in the pack's method note and
    recorded in its settings JSON."""
    import subprocess

    with NORMALISATIONS.added(Halves):
        method = parse_preset_raw()
        method["normalisation"] = {"method": Halves.name}
        path = tmp_path / "halves.json"
        path.write_text(json.dumps(method), encoding="utf-8")
        gpkg = str(demo_gpkg)
        result = processing.run("quartier:meeting_pack", {
            "AREAS": f"{gpkg}|layername=stadtteile", "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
            "STATISTICS": f"{gpkg}|layername=statistik_stadtteile", "STATISTICS_KEY": "stadtteil_nr",
            "METHOD_FILE": str(path), "SHEETS": [0], "OUTPUT": str(tmp_path / "pack")})
    settings = json.loads((tmp_path / "pack" / "einstellungen.json").read_text(encoding="utf-8"))
    assert settings["method"]["normalisation"]["method"] == Halves.name
    text = subprocess.run(["pdftotext", result["PDF"], "-"], capture_output=True, text=True, check=True).stdout
    assert "halves" in text  # the method note names the normalisation by its label
