"""Aggregation and crosswalk algorithms on the demo city."""

from collections import defaultdict

import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsField, QgsProcessingException, QgsSpatialIndex, QgsVectorLayer

from quartier_plugin.compat import field_type

FIELDS = ["einwohner", "migrationshintergrund", "bonuscard"]


def layer(gpkg, name):
    lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert lyr.isValid()
    return lyr


def test_bezirk_share_is_ratio_of_summed_counts(demo_gpkg, quartier_provider):
    stats, stadtteile = layer(demo_gpkg, "statistik_stadtteile"), layer(demo_gpkg, "stadtteile")
    out = processing.run("quartier:aggregate_counts", {
        "INPUT": stats, "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": FIELDS, "GROUP_BY": ["jahr"],
        "SHARES": "migration_pct=migrationshintergrund/einwohner; bonuscard/einwohner", "UNITS": stadtteile,
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    parent = {f["stadtteil_nr"]: f["bezirk_nr"] for f in stadtteile.getFeatures()}
    sums = defaultdict(lambda: defaultdict(float))
    shares = defaultdict(list)
    for f in stats.getFeatures():
        key = (parent[f["stadtteil_nr"]], f["jahr"])
        for name in FIELDS:
            sums[key][name] += f[name]
        shares[key].append(f["migrationshintergrund"] / f["einwohner"] * 100)
    rows = list(out.getFeatures())
    assert len(rows) == 23 * 2
    differs = 0
    for row in rows:
        key = (row["parent_key"], row["jahr"])
        for name in FIELDS:
            assert row[name] == sums[key][name]
        assert row["migration_pct"] == pytest.approx(sums[key]["migrationshintergrund"] / sums[key]["einwohner"] * 100)
        assert row["bonuscard_anteil"] == pytest.approx(sums[key]["bonuscard"] / sums[key]["einwohner"] * 100)
        mean_of_shares = sum(shares[key]) / len(shares[key])
        differs += abs(mean_of_shares - row["migration_pct"]) > 0.01
    assert differs > 20, "averaging shares would give other numbers: the test data must show it"


def test_aggregate_to_city_and_by_parent_field(demo_gpkg, quartier_provider):
    stats = layer(demo_gpkg, "statistik_stadtteile")
    out = processing.run("quartier:aggregate_counts", {
        "INPUT": stats, "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": ["einwohner"], "GROUP_BY": ["jahr"],
        "TO_CITY": True, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    by_year = {f["jahr"]: f["einwohner"] for f in out.getFeatures()}
    assert by_year[2024] == 609_000
    stadtteile = layer(demo_gpkg, "stadtteile")
    out = processing.run("quartier:aggregate_counts", {
        "INPUT": stadtteile, "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": ["einwohner"], "PARENT_FIELD": "bezirk_nr",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    bezirke = {f["bezirk_nr"]: f["einwohner"] for f in layer(demo_gpkg, "stadtbezirke").getFeatures()}
    assert {f["parent_key"]: f["einwohner"] for f in out.getFeatures()} == bezirke


def test_aggregate_bad_input_messages(demo_gpkg, quartier_provider):
    stats = layer(demo_gpkg, "statistik_stadtteile")
    with pytest.raises(QgsProcessingException, match="numerator/denominator"):
        processing.run("quartier:aggregate_counts", {
            "INPUT": stats, "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": ["einwohner"], "SHARES": "oops",
            "TO_CITY": True, "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="no field"):
        processing.run("quartier:aggregate_counts", {
            "INPUT": stats, "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": ["einwohner"], "SHARES": "x/nosuchfield",
            "TO_CITY": True, "OUTPUT": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="parent key field"):
        processing.run("quartier:aggregate_counts", {
            "INPUT": stats, "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": ["einwohner"], "OUTPUT": "TEMPORARY_OUTPUT"})


@pytest.fixture(scope="module")
def stadtteile_with_counts(demo_gpkg, qgis_processing):
    """The Stadtteile with their 2024 counts, as an in-memory layer."""
    stats = {f["stadtteil_nr"]: f for f in layer(demo_gpkg, "statistik_stadtteile").getFeatures() if f["jahr"] == 2024}
    stadtteile = layer(demo_gpkg, "stadtteile")
    mem = QgsVectorLayer("MultiPolygon?crs=EPSG:25832", "stadtteile_counts", "memory")
    mem.dataProvider().addAttributes([QgsField("stadtteil_nr", field_type("string"))]
                                     + [QgsField(n, field_type("real")) for n in FIELDS])
    mem.updateFields()
    features = []
    for f in stadtteile.getFeatures():
        out = QgsFeature(mem.fields())
        out.setGeometry(f.geometry())
        out.setAttributes([f["stadtteil_nr"]] + [float(stats[f["stadtteil_nr"]][n]) for n in FIELDS])
        features.append(out)
    mem.dataProvider().addFeatures(features)
    assert mem.featureCount() == 152
    yield mem
    mem.deleteLater()  # memory layers must be gone before QGIS exits, or it crashes on exit


@pytest.mark.parametrize("with_population", [False, True])
def test_crosswalk_keeps_totals(demo_gpkg, quartier_provider, stadtteile_with_counts, with_population):
    params = {"SOURCE": stadtteile_with_counts, "SOURCE_KEY": "stadtteil_nr",
              "FIELDS": ["einwohner", "migrationshintergrund", "bonuscard"],
              "TARGET": layer(demo_gpkg, "planungsraeume"), "TARGET_KEY": "pr_nr", "OUTPUT": "TEMPORARY_OUTPUT"}
    if with_population:
        params.update(POPULATION=layer(demo_gpkg, "bevoelkerung_raster"), POPULATION_FIELD="einwohner")
    out = processing.run("quartier:crosswalk", params)["OUTPUT"]
    rows = list(out.getFeatures())
    assert len(rows) == 138
    for name in ("einwohner", "migrationshintergrund", "bonuscard"):
        total_in = sum(f[name] for f in stadtteile_with_counts.getFeatures())
        total_out = sum(f[name] for f in rows)
        assert total_out == pytest.approx(total_in, rel=1e-9)
    methods = {f["crosswalk_method"] for f in rows}
    assert len(methods) == 1
    assert ("population-weighted" if with_population else "area-weighted") in methods.pop()


def test_population_weighting_matches_the_grid(demo_gpkg, quartier_provider, stadtteile_with_counts):
    """Moving residents by the grid reproduces the grid's own sums per Planungsraum (within rounding)."""
    grid = layer(demo_gpkg, "bevoelkerung_raster")
    prs = layer(demo_gpkg, "planungsraeume")
    out = processing.run("quartier:crosswalk", {
        "SOURCE": stadtteile_with_counts, "SOURCE_KEY": "stadtteil_nr", "FIELDS": ["einwohner"],
        "TARGET": prs, "TARGET_KEY": "pr_nr", "POPULATION": grid, "POPULATION_FIELD": "einwohner",
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    pr_features = {f.id(): f for f in prs.getFeatures()}
    index = QgsSpatialIndex(prs.getFeatures())
    grid_sum = dict.fromkeys((f["pr_nr"] for f in pr_features.values()), 0)
    for cell in grid.getFeatures():
        centre = cell.geometry().centroid()
        for fid in index.intersects(centre.boundingBox()):
            if pr_features[fid].geometry().contains(centre):
                grid_sum[pr_features[fid]["pr_nr"]] += cell["einwohner"]
                break
    moved = {f["pr_nr"]: f["einwohner"] for f in out.getFeatures()}
    off = [k for k in moved if abs(moved[k] - grid_sum[k]) > 0.05 * max(grid_sum[k], 100)]
    assert len(off) <= 3, off
