"""Privacy by differencing: an attacker takes what the plugin publishes together (the pack's ranking CSV,
the Stadtbezirk totals of quartier:aggregate_counts, and the residents per Stadtteil, which cities publish
anyway) and tries to get the suppressed Stadtteile's values back as *Bezirk total − Σ published siblings*.

It must fail for the pack: with complementary suppression every Bezirk with a small Stadtteil has a second
withheld one, so the difference is the sum of two areas and leaves the small one's share open over a wide range.
A control shows the attack works: without complementary suppression (as before) it recovers every value to
within a tenth of a point.
"""

import csv
import io
from collections import defaultdict

import pytest
from qgis import processing
from qgis.core import QgsVectorLayer

from quartier_plugin.core.method_preset import load_preset
from quartier_plugin.core.need_index import AreaData, compute

PRESET = "stuttgart_gebietsauswahl"
YEAR = 2024


def layer(gpkg, name):
    result = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert result.isValid()
    return result


def count_indicators(preset):
    """(id, label, numerator, denominator) of the indicators that are shares of counts."""
    return [(i.id, i.label_en, i.label_de, i.numerator, i.denominator) for i in preset.indicators
            if i.numerator and not i.index_to_city]


def public_facts(demo_gpkg):
    """What anyone has besides the plugin's outputs: residents (all denominators) and the Bezirk of each
    Stadtteil; and the truth, to judge the attack."""
    stats = [f for f in layer(demo_gpkg, "statistik_stadtteile").getFeatures() if f["jahr"] == YEAR]
    parent_of = {f["stadtteil_nr"]: f["bezirk_nr"] for f in layer(demo_gpkg, "stadtteile").getFeatures()}
    truth = {f["stadtteil_nr"]: {n: float(f[n]) for n in f.fields().names() if n not in ("stadtteil_nr", "jahr",
                                                                                         "fid")} for f in stats}
    return parent_of, truth


def bezirk_totals(demo_gpkg, fields):
    """The published Stadtbezirk totals (quartier:aggregate_counts, as the demo chain makes them)."""
    out = processing.run("quartier:aggregate_counts", {
        "INPUT": layer(demo_gpkg, "statistik_stadtteile"), "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": fields,
        "GROUP_BY": ["jahr"], "UNITS": layer(demo_gpkg, "stadtteile"), "OUTPUT": "memory:bezirke"})["OUTPUT"]
    return {str(f["parent_key"]): {n: f[n] for n in fields} for f in out.getFeatures() if f["jahr"] == YEAR}


def attack(totals, shares, parent_of, truth, indicators, targets):
    """For each target area and indicator: the range of shares the published numbers leave possible.

    ``shares``: {key: {indicator id: published share or None}}. Returns {(key, id): (low, high, true)}."""
    children = defaultdict(list)
    for key, parent in parent_of.items():
        children[str(parent)].append(key)
    out = {}
    for key in targets:
        siblings = children[str(parent_of[key])]
        for ind_id, _en, _de, num, den in indicators:
            residual, unknown = totals[str(parent_of[key])][num], []
            for other in siblings:
                share = shares.get(other, {}).get(ind_id)
                if other == key or share is None:
                    unknown.append(other)
                else:
                    residual -= share / 100.0 * truth[other][den]  # the sibling's count, as published
            others = sum(truth[o][den] for o in unknown if o != key)
            low, high = max(0.0, residual - others), min(truth[key][den], residual)
            den_a = truth[key][den]
            out[(key, ind_id)] = (100 * low / den_a, 100 * high / den_a, 100 * truth[key][num] / den_a)
    return out


def pack_shares(folder, indicators):
    """{key: {indicator id: share}} from the pack's ranking CSV (German Excel style)."""
    text = (folder / "rangfolge.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    header = rows[0]
    columns = {}
    for ind_id, en, de, _num, _den in indicators:
        columns[ind_id] = next(i for i, h in enumerate(header) if h in (f"{en} (%)", f"{de} (%)"))
    key = header.index(next(h for h in header if h in ("Key", "Schlüssel")))
    return {row[key]: {i: (float(row[c].replace(",", ".")) if row[c] else None) for i, c in columns.items()}
            for row in rows[1:]}


@pytest.fixture(scope="module")
def published(demo_gpkg, tmp_path_factory, qgis_processing):
    from provider_helper import ensure_provider

    ensure_provider()
    preset = load_preset(PRESET, str(__import__("quartier_plugin").paths.resource("presets")))
    indicators = count_indicators(preset)
    parent_of, truth = public_facts(demo_gpkg)
    small = sorted(k for k, v in truth.items() if v["einwohner"] < preset.min_population)
    totals = bezirk_totals(demo_gpkg, sorted({x for i in indicators for x in (i[3], i[4])}))
    folder = tmp_path_factory.mktemp("attack") / "pack"
    processing.run("quartier:meeting_pack", {
        "AREAS": layer(demo_gpkg, "stadtteile"), "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
        "STATISTICS": layer(demo_gpkg, "statistik_stadtteile"), "STATISTICS_KEY": "stadtteil_nr",
        "METHOD": PRESET, "SELECTION": "0102", "DATE": "2026-12-01", "OUTPUT": str(folder)})
    return preset, indicators, parent_of, truth, small, totals, folder


def test_the_attack_works_without_complementary_suppression(published):
    """Control: shares published as before (4 decimals, only the small areas withheld) give them back."""
    preset, indicators, parent_of, truth, small, totals, _folder = published
    keys = sorted(truth)
    data = AreaData(keys, {n: [truth[k][n] for k in keys] for n in preset.fields})
    result = compute(preset, data)  # no parents: primary suppression only
    shares = {k: {i[0]: (None if v != v else round(float(v), 4)) for i in indicators
                  for v in [result.indicators[i[0]]["value"][keys.index(k)]]} for k in keys}
    found = attack(totals, shares, parent_of, truth, indicators, small)
    assert small == ["0101", "0610", "2002"]
    for (key, ind_id), (low, high, true) in found.items():
        assert high - low < 0.1 and low - 0.1 <= true <= high + 0.1, (key, ind_id, low, high, true)


def test_no_small_area_can_be_recovered_from_the_pack_and_the_totals(published):
    _preset, indicators, parent_of, truth, small, totals, folder = published
    shares = pack_shares(folder, indicators)
    for key in small:
        assert all(v is None for v in shares[key].values())  # primary suppression
    withheld = {k for k, v in shares.items() if all(x is None for x in v.values())}
    for key in small:  # every Bezirk with a small Stadtteil withholds a second one
        assert sum(1 for k in withheld if parent_of[k] == parent_of[key]) >= 2
    found = attack(totals, shares, parent_of, truth, indicators, small)
    narrow = {k: v for k, v in found.items() if v[1] - v[0] < 5.0}
    assert not narrow, f"values of small areas narrowed to under 5 points: {narrow}"


def test_a_scenario_cannot_lower_the_threshold_and_the_sheet_says_so(demo_gpkg, tmp_path, quartier_provider):
    """The audit's case: a scenario file with settings.min_population 0 printed a Stadtteil under 300 residents
    with every value. Now the city's 300 applies, and the method note on the sheets says what happened."""
    import json
    import subprocess

    from quartier_plugin import paths
    from quartier_plugin.core.scenario import default_settings, export_scenarios, new_scenario

    base = json.loads(open(paths.resource("presets", f"{PRESET}.json"), encoding="utf-8").read())
    settings = default_settings(base)
    settings["min_population"] = 0
    scenario_file = tmp_path / "alle.json"
    scenario_file.write_text(export_scenarios([new_scenario("Alle Gebiete", base, settings)]), encoding="utf-8")
    folder = tmp_path / "pack"
    processing.run("quartier:meeting_pack", {
        "AREAS": layer(demo_gpkg, "stadtteile"), "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
        "STATISTICS": layer(demo_gpkg, "statistik_stadtteile"), "STATISTICS_KEY": "stadtteil_nr",
        "SCENARIO": str(scenario_file), "SELECTION": "0101", "DATE": "2026-12-01", "OUTPUT": str(folder)})
    preset = load_preset(PRESET, str(paths.resource("presets")))
    shares = pack_shares(folder, count_indicators(preset))
    assert all(v is None for v in shares["0101"].values())  # 0101 has under 300 residents
    text = subprocess.run(["pdftotext", str(folder / "sitzungsunterlage.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", " ")
    assert ("threshold of 0; the city's 300 applies" in text or "Einwohnerschwelle von 0; es gilt die der Stadt: 300"
            in text), text[:2000]


def test_no_small_area_can_be_recovered_from_the_need_index_and_the_totals(published, demo_gpkg):
    """The demo chain's own outputs: quartier:need_index (with the Stadtteile as parents) and the Bezirk totals."""
    _preset, indicators, parent_of, truth, small, totals, _folder = published
    out = processing.run("quartier:need_index", {
        "INPUT": layer(demo_gpkg, "statistik_stadtteile"), "KEY_FIELD": "stadtteil_nr", "METHOD": PRESET,
        "PARENTS": layer(demo_gpkg, "stadtteile"), "OUTPUT": "memory:need"})["OUTPUT"]
    shares = {}
    for f in out.getFeatures():
        values = {i[0]: f[f"{i[0]}_value"] for i in indicators}
        shares[f["stadtteil_nr"]] = {k: (None if v is None or str(v) == "NULL" else float(v))
                                     for k, v in values.items()}
    published_values = [v for row in shares.values() for v in row.values() if v is not None]
    assert all(round(v, 1) == v for v in published_values)  # shares rounded to the city's one decimal
    found = attack(totals, shares, parent_of, truth, indicators, small)
    narrow = {k: v for k, v in found.items() if v[1] - v[0] < 5.0}
    assert len(found) == 18 and not narrow, narrow


def test_a_parent_under_the_threshold_shows_no_counts(quartier_provider):
    """A Bezirk whose only Stadtteil is small: its total is that Stadtteil's. With POPULATION_FIELD the parent
    row keeps its key and child count but no counts or shares."""
    table = QgsVectorLayer("None?field=nr:string&field=bez:string&field=ew:double&field=alg2:double", "t", "memory")
    from qgis.core import QgsFeature

    rows = []
    for nr, bez, ew, alg2 in (("0101", "01", 120.0, 30.0), ("0201", "02", 900.0, 90.0), ("0202", "02", 700.0, 70.0)):
        f = QgsFeature(table.fields())
        f.setAttributes([nr, bez, ew, alg2])
        rows.append(f)
    table.dataProvider().addFeatures(rows)
    out = processing.run("quartier:aggregate_counts", {
        "INPUT": table, "KEY_FIELD": "nr", "COUNT_FIELDS": ["ew", "alg2"], "SHARES": "quote=alg2/ew",
        "PARENT_FIELD": "bez", "POPULATION_FIELD": "ew", "OUTPUT": "memory:b"})["OUTPUT"]
    by_key = {f["parent_key"]: f for f in out.getFeatures()}
    assert str(by_key["01"]["alg2"]) in ("NULL", "None") and str(by_key["01"]["quote"]) in ("NULL", "None")
    assert by_key["01"]["n_children"] == 1
    assert by_key["02"]["alg2"] == 160 and by_key["02"]["quote"] == pytest.approx(10.0)


def test_min_population_below_the_citys_is_raised(demo_gpkg, quartier_provider):
    """quartier:need_index with MIN_POPULATION 0: the city's 300 applies, said in the log; 0101 stays unscored."""
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.warnings = []

        def pushWarning(self, text):  # noqa: N802 - QGIS API
            self.warnings.append(text)

    log = Log()
    out = processing.run("quartier:need_index", {
        "INPUT": layer(demo_gpkg, "statistik_stadtteile"), "KEY_FIELD": "stadtteil_nr", "METHOD": PRESET,
        "MIN_POPULATION": 0, "PARENTS": layer(demo_gpkg, "stadtteile"), "OUTPUT": "memory:need"}, feedback=log)
    scored = {f["stadtteil_nr"]: f["scored"] for f in out["OUTPUT"].getFeatures()}
    assert scored["0101"] == 0 and out["SCORED"] == 146
    assert any("threshold of 0 was asked for" in w and "no less than 300" in w for w in log.warnings), log.warnings
