"""The method note states every index of the method with all its weights and classes (MSS in full)."""

from pathlib import Path

from quartier_plugin.core.method_note import class_text, matrix_text, method_indices
from quartier_plugin.core.method_preset import load_preset
from quartier_plugin.core.pack import render_text

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def mss():
    return load_preset("berlin_mss_2021", str(RESOURCES / "presets"))


def test_band_classes_are_written_out():
    preset = mss()
    assert class_text(preset.node("status"), "de") == \
        "hoch (< -1), mittel (-1 bis 1), niedrig (1 bis 1,5), sehr niedrig (> 1,5)"
    assert class_text(preset.node("dynamik"), "en") == "positiv (< -1), stabil (-1 to 1), negativ (> 1)"
    assert matrix_text(preset, "de") == "Gesamtindex: Status-Index × Dynamik-Index (12 Gruppen)"


def test_the_note_names_all_weights_and_classes_of_both_indices():
    preset = mss()
    weights = {n.id: {c: 1 / 3 for c in n.children} for n in preset.nodes}
    labels = {i.id: i.label_de for i in preset.indicators}
    note = render_text("method_note", "de", {
        "method_label": preset.label_de, "normalisation": "z", "aggregation": "Mittel",
        "weights": [], "indices": method_indices(preset, weights, labels, "de"), "matrix": matrix_text(preset, "de"),
        "min_population": "300", "outliers": False, "scenario": "x",
        "threshold_note": None, "complementary": 0}, str(RESOURCES / "text"))
    for text in ("Status-Index: Arbeitslose nach SGB II 33\u202f%", "Dynamik-Index: Veränderung Arbeitslose 33\u202f%",
                 "Klassen hoch (< -1)", "Klassen positiv (< -1)", "Gesamtindex", "(12 Gruppen)"):
        assert text in note, text
    assert note.index("Status-Index") < note.index("Dynamik-Index")  # the main index first


def test_one_index_method_has_no_matrix():
    preset = load_preset("flensburg_sozialatlas", str(RESOURCES / "presets"))
    assert matrix_text(preset) == ""
    assert class_text(preset.node("index")).startswith("gering (< -0,5), mittel (-0,5 bis 0,5)")


def test_an_area_profile_carries_the_dynamics_class_and_the_overall_group():
    import numpy as np

    from quartier_plugin.core.need_index import AreaData, compute
    from quartier_plugin.core.profile import area_profile

    preset = mss()
    rng = np.random.default_rng(3)
    n = 40
    columns = {"EW": np.full(n, 1000.0)}
    for field in ("S1", "S3", "S4", "D1", "D3", "D4"):
        columns[field] = rng.normal(10, 3, n)
    columns["EW"][0] = 10.0  # under the threshold: no classes at all
    result = compute(preset, AreaData([f"{i:08d}" for i in range(n)], columns))
    profile = area_profile(preset, result, "00000005")
    assert [c["label_de"] for c in profile["classes"]] == ["Dynamik-Index"]
    assert profile["classes"][0]["class"] in ("positiv", "stabil", "negativ")
    assert profile["group"] == f"{profile['class']}/{profile['classes'][0]['class']}"
    small = area_profile(preset, result, "00000000")
    assert small["classes"] == [] and small["group"] is None


def test_the_sheets_explain_how_the_classes_are_formed():
    """Plain words from the method's classification: the standardised index, then every band as a distance
    from the average (not hard-coded for Stuttgart: Flensburg's half standard deviations come out as such)."""
    from quartier_plugin.core.method_note import class_explanation

    presets = str(RESOURCES / "presets")
    stuttgart = load_preset("stuttgart_gebietsauswahl", presets)
    de = class_explanation(stuttgart, "de")
    assert de.startswith("Der Index ist so standardisiert, dass der Durchschnitt der bewerteten Gebiete 0 ist und "
                         "die Standardabweichung 1; höhere Werte bedeuten mehr Bedarf.")
    for text in ("„gering“ = mehr als 1 Standardabweichung unter dem Durchschnitt",
                 "„mittel“ = höchstens 1 Standardabweichung vom Durchschnitt entfernt",
                 "„hoch“ = 1 bis 1,5 Standardabweichungen über dem Durchschnitt",
                 "„sehr hoch“ = mehr als 1,5 Standardabweichungen über dem Durchschnitt."):
        assert text in de, text
    en = class_explanation(stuttgart, "en")
    assert "'sehr hoch' = more than 1.5 standard deviations above the average." in en
    assert "'mittel' = within 1 standard deviation of the average" in en
    flensburg = class_explanation(load_preset("flensburg_sozialatlas", presets), "de")
    assert "„hoch“ = 0,5 bis 1 Standardabweichung über dem Durchschnitt" in flensburg
    assert "„sehr hoch“ = mehr als 1 Standardabweichung über dem Durchschnitt" in flensburg
    assert "„positiv“ = mehr als 1 Standardabweichung unter dem Durchschnitt" in class_explanation(mss(), "de",
                                                                                                   "dynamik")


def test_every_classification_explains_itself():
    """Counted classes and fixed breaks name their rule; an index not standardised again is described by its
    values, not by standard deviations."""
    import dataclasses

    from quartier_plugin.core.classifications import CLASSIFICATIONS, preset_classifications
    from quartier_plugin.core.method_note import class_explanation

    stuttgart = load_preset("stuttgart_gebietsauswahl", str(RESOURCES / "presets"))
    node = stuttgart.node("index")
    specs = {"bands": node.classification, "quantile": {"method": "quantile", "classes": 5},
             "natural_breaks": {"method": "natural_breaks", "classes": 4},
             "manual": {"method": "manual", "breaks": [-1.0, 0.0, 1.5]}}
    assert set(preset_classifications()) <= set(specs), "a new classification needs its words here"
    plain = {name: class_explanation(dataclasses.replace(stuttgart, nodes=[dataclasses.replace(
        node, classification=spec)]), "de") for name, spec in specs.items()}
    assert "5 Klassen mit etwa gleich vielen Gebieten" in plain["quantile"]
    assert "4 Klassen; ihre Grenzen liegen dort" in plain["natural_breaks"]
    assert "4 Klassen mit festen Grenzen des Indexwerts bei -1, 0, 1,5." in plain["manual"]
    text = CLASSIFICATIONS.get("bands").explain(node.classification, "de",
                                                lambda v, _language: f"{v:g}".replace(".", ","), False)
    assert text.startswith("Höhere Indexwerte bedeuten mehr Bedarf.") and "„gering“ = unter -1" in text
    assert "Standardabweichung" not in text and "„sehr hoch“ = über 1,5" in text
