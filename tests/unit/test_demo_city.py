"""The demo city generator: counts, nesting, partitions, overlaps, population, statistics, determinism."""

import json
import math
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from shapely import wkb
from shapely.ops import unary_union

from quartier_plugin.core import demo_city, demo_city_generator


@pytest.fixture(scope="module")
def city():
    return demo_city.generate(demo_city.DEFAULT_SEED)


def geoms(table):
    return [wkb.loads(bytes(row[0])) for row in table.rows]


def by_key(table, key):
    return {rec[key]: wkb.loads(bytes(rec["geometry"])) for rec in table.records()}


def test_counts(city):
    assert len(city["stadtbezirke"].rows) == 23
    assert len(city["stadtteile"].rows) == 152
    assert len(city["steuerungsbereiche"].rows) == 10
    assert len(city["rtk_regionen"].rows) == 18
    assert len(city["planungsraeume"].rows) == 138
    assert 6 <= len(city["vorranggebiete"].rows) <= 10
    assert len(city["statistik_stadtteile"].rows) == 2 * 152


def test_stadtteile_per_bezirk_follow_stuttgart(city):
    counts = Counter(city["stadtteile"].column("bezirk_nr"))
    assert [counts[f"{i:02d}"] for i in range(1, 24)] == list(demo_city.STADTTEILE_PER_BEZIRK)


def test_keys_unique(city):
    for name, key in (("stadtbezirke", "bezirk_nr"), ("stadtteile", "stadtteil_nr"),
                      ("planungsraeume", "pr_nr"), ("rtk_regionen", "rtk_nr"),
                      ("steuerungsbereiche", "sb_nr"), ("vorranggebiete", "vg_nr"),
                      ("bevoelkerung_raster", "zelle_id")):
        keys = city[name].column(key)
        assert len(keys) == len(set(keys)), name


def test_all_geometries_valid_and_projected(city):
    assert demo_city.CRS == "EPSG:25832"
    for name, table in city.tables.items():
        if table.geometry_type:
            for g in geoms(table):
                assert g.is_valid and not g.is_empty, name
                minx, miny, maxx, maxy = g.bounds
                assert 400_000 < minx < maxx < 650_000 and 5_300_000 < miny < maxy < 5_500_000


def test_city_area_like_stuttgart(city):
    total = sum(g.area for g in geoms(city["stadtbezirke"])) / 1e6
    assert total == pytest.approx(207.2, abs=0.1)


def assert_partition(parent, children, tol=1e-6):
    """children cover parent exactly (area sums) and do not overlap each other."""
    assert sum(c.area for c in children) == pytest.approx(parent.area, rel=tol)
    assert unary_union(children).symmetric_difference(parent).area < parent.area * tol
    for i, a in enumerate(children):
        for b in children[i + 1:]:
            if a.bounds[0] <= b.bounds[2] and b.bounds[0] <= a.bounds[2]:
                assert a.intersection(b).area < 1e-3


def test_every_stadtteil_lies_in_exactly_one_bezirk(city):
    bezirke = by_key(city["stadtbezirke"], "bezirk_nr")
    children = defaultdict(list)
    for rec in city["stadtteile"].records():
        g = wkb.loads(bytes(rec["geometry"]))
        inside = [k for k, b in bezirke.items() if g.intersection(b).area > 0.5 * g.area]
        assert inside == [rec["bezirk_nr"]]
        assert g.intersection(bezirke[rec["bezirk_nr"]]).area == pytest.approx(g.area, rel=1e-9)
        children[rec["bezirk_nr"]].append(g)
    for key, parent in bezirke.items():
        assert_partition(parent, children[key])


def test_planungsraeume_partition_bezirke_but_cross_stadtteile(city):
    bezirke = by_key(city["stadtbezirke"], "bezirk_nr")
    stadtteile = geoms(city["stadtteile"])
    children = defaultdict(list)
    crossing = 0
    for rec in city["planungsraeume"].records():
        g = wkb.loads(bytes(rec["geometry"]))
        children[rec["bezirk_nr"]].append(g)
        shares = [g.intersection(s).area / g.area for s in stadtteile if g.intersects(s)]
        if max(shares) < 0.99:
            crossing += 1
    for key, parent in bezirke.items():
        assert_partition(parent, children[key])
    assert crossing > 69, "most Planungsraeume should not nest in a Stadtteil"


def test_youth_welfare_units_are_unions_of_whole_bezirke(city):
    bezirke = {rec["bezirk_nr"]: rec for rec in city["stadtbezirke"].records()}
    bez_geom = by_key(city["stadtbezirke"], "bezirk_nr")
    rtk = by_key(city["rtk_regionen"], "rtk_nr")
    sb = by_key(city["steuerungsbereiche"], "sb_nr")
    rtk_sb = dict(zip(city["rtk_regionen"].column("rtk_nr"), city["rtk_regionen"].column("sb_nr")))
    for key, geom in rtk.items():
        members = [bez_geom[b] for b, rec in bezirke.items() if rec["rtk_nr"] == key]
        assert members, key
        assert_partition(geom, members)
    for key, geom in sb.items():
        members = [rtk[r] for r, s in rtk_sb.items() if s == key]
        assert members, key
        assert_partition(geom, members)
        assert all(rec["sb_nr"] == rtk_sb[rec["rtk_nr"]] for rec in bezirke.values())


def test_vorranggebiete_cut_across_borders_and_two_overlap(city):
    stadtteile = geoms(city["stadtteile"])
    vg = geoms(city["vorranggebiete"])
    for g in vg:
        touched = [s for s in stadtteile if s.intersection(g).area > 1000]
        assert len(touched) >= 2
    overlapping = {(i, j) for i, a in enumerate(vg) for j, b in enumerate(vg) if i < j and a.intersection(b).area > 1}
    assert len(overlapping) >= 1
    # one Stadtteil lies wholly inside a renewal area (the hand-checkable 100 % case)
    assert any(s.difference(unary_union(vg)).area < 1e-6 * s.area for s in stadtteile)


def test_population_grid_sums_match_stadtteil_totals(city):
    grid = city["bevoelkerung_raster"]
    sums = Counter()
    for rec in grid.records():
        sums[rec["stadtteil_nr"]] += rec["einwohner"]
        g = wkb.loads(bytes(rec["geometry"]))
        assert g.area == pytest.approx(100 * 100)
    totals = dict(zip(city["stadtteile"].column("stadtteil_nr"), city["stadtteile"].column("einwohner")))
    assert dict(sums) == totals
    assert sum(totals.values()) == demo_city.CITY_POPULATION


def test_grid_cells_lie_in_their_stadtteil(city):
    stadtteile = by_key(city["stadtteile"], "stadtteil_nr")
    for rec in list(city["bevoelkerung_raster"].records())[::97]:
        centre = wkb.loads(bytes(rec["geometry"])).centroid
        assert stadtteile[rec["stadtteil_nr"]].buffer(1e-6).contains(centre)


def test_small_stadtteile_exist(city):
    pops = city["stadtteile"].column("einwohner")
    assert sum(1 for p in pops if p < 300) >= 2
    assert min(pops) > 0


def test_statistics_have_counts_for_two_years(city):
    stats = list(city["statistik_stadtteile"].records())
    assert {r["jahr"] for r in stats} == set(demo_city.YEARS)
    keys = set(city["stadtteile"].column("stadtteil_nr"))
    for year in demo_city.YEARS:
        assert {r["stadtteil_nr"] for r in stats if r["jahr"] == year} == keys
    latest = {r["stadtteil_nr"]: r for r in stats if r["jahr"] == demo_city.YEARS[1]}
    for rec in city["stadtteile"].records():
        assert latest[rec["stadtteil_nr"]]["einwohner"] == rec["einwohner"]
    for r in stats:
        for num, den in (("laerm_betroffene", "einwohner"), ("migrationshintergrund", "einwohner"),
                         ("buergergeld_u25", "einwohner_u25"), ("bonuscard", "einwohner"),
                         ("kinder_uebergewicht", "kinder_esu"), ("wohndauer_u5", "einwohner")):
            assert 0 <= r[num] <= r[den], (num, r)
        assert r["einwohner_u25"] <= r["einwohner"]
        assert r["haushalte"] >= 1 and r["nettoeinkommen_tsd_eur"] > 0


def test_neckarvorstadt_like_ranges(city):
    """City-wide shares are plausible, and the neediest areas reach the example's magnitudes."""
    stats = [r for r in city["statistik_stadtteile"].records() if r["jahr"] == demo_city.YEARS[1]]
    pop = sum(r["einwohner"] for r in stats)
    migration = sum(r["migrationshintergrund"] for r in stats) / pop
    assert 0.3 < migration < 0.6
    top = max(r["migrationshintergrund"] / r["einwohner"] for r in stats if r["einwohner"] >= 300)
    assert top > 0.65


def morans_i(values, neighbours):
    n = len(values)
    mean = sum(values) / n
    dev = [v - mean for v in values]
    w = sum(len(nb) for nb in neighbours)
    num = sum(dev[i] * dev[j] for i in range(n) for j in neighbours[i])
    den = sum(d * d for d in dev)
    return n / w * num / den


def test_social_gradient_is_spatially_coherent(city):
    """Needy areas cluster: Moran's I of the Bonuscard share over Stadtteil neighbours is clearly > 0."""
    st = list(city["stadtteile"].records())
    shapes = [wkb.loads(bytes(r["geometry"])) for r in st]
    stats = {r["stadtteil_nr"]: r for r in city["statistik_stadtteile"].records() if r["jahr"] == 2024}
    share = [stats[r["stadtteil_nr"]]["bonuscard"] / stats[r["stadtteil_nr"]]["einwohner"] for r in st]
    grown = [s.buffer(1) for s in shapes]
    neighbours = [[j for j, b in enumerate(shapes) if j != i and a.intersects(b)] for i, a in enumerate(grown)]
    assert morans_i(share, neighbours) > 0.4


def _fingerprint(city):
    return json.dumps({n: [[v.hex() if isinstance(v, bytes) else v for v in row] for row in t.rows]
                       for n, t in city.tables.items()}, sort_keys=True)


def test_same_seed_same_city_other_seed_other_city(city):
    again = demo_city.generate(demo_city.DEFAULT_SEED)
    assert _fingerprint(again) == _fingerprint(city)
    other = demo_city.generate(7)
    assert _fingerprint(other) != _fingerprint(city)
    assert len(other["stadtteile"].rows) == 152


def test_names_are_fictional(city, stuttgart_data):
    import csv

    with open(stuttgart_data / "versiegelung_stadtteile_2018_2024.csv", encoding="utf-8") as handle:
        real = {row["stadtteil_name"] for row in csv.DictReader(handle)}
    ours = set(city["stadtteile"].column("stadtteil_name")) | set(city["stadtbezirke"].column("bezirk_name"))
    assert len(real) == 152
    assert not ours & real


def test_largest_remainder_exact():
    assert demo_city_generator._largest_remainder(10, [1, 1, 1]) == [4, 3, 3]
    assert sum(demo_city_generator._largest_remainder(609_000, [math.pi, math.e, 1.0])) == 609_000
    assert demo_city_generator._largest_remainder(5, [0, 0]) == [0, 0]


def test_need_index_of_the_demo_is_bell_shaped_with_a_moderate_right_tail(city):
    """Stuttgart's method on the demo (bands at -1, 1 and 1.5 standard deviations, complementary suppression
    within the Stadtbezirke): the classes a real city shows, not a second peak of very high need; the renewal
    areas lie where the need is high, so the overlay has candidates."""
    import numpy as np

    from quartier_plugin.core.method_preset import load_preset
    from quartier_plugin.core.need_index import AreaData, compute

    preset = load_preset("stuttgart_gebietsauswahl", str(Path(__file__).resolve().parents[2] / "resources" / "presets"))
    keys = city["stadtteile"].column("stadtteil_nr")
    parents = city["stadtteile"].column("bezirk_nr")
    rows = {(r["stadtteil_nr"], r["jahr"]): r for r in city["statistik_stadtteile"].records()}
    fields = [f for f, _kind in demo_city.STATISTICS_FIELDS if f not in ("stadtteil_nr", "jahr")]
    data = AreaData(list(keys), *({f: np.array([float(rows[k, year][f]) for k in keys]) for f in fields}
                                  for year in reversed(demo_city.YEARS)))
    result = compute(preset, data, parents=parents)
    node = result.nodes["index"]
    scored = result.scored
    assert Counter(node["class"][scored]) == {"sehr hoch": 13, "hoch": 13, "mittel": 99, "gering": 21}
    values = node["value"][scored]
    skew = float(((values - values.mean()) ** 3).mean() / values.std() ** 3)
    assert 0.2 < skew < 0.8 and values.max() < 3
    needy = {k for k, c in zip(keys, node["class"]) if c in ("hoch", "sehr hoch")}
    stadtteile = by_key(city["stadtteile"], "stadtteil_nr")
    renewal = unary_union(geoms(city["vorranggebiete"]))
    covered = {k for k in needy if stadtteile[k].intersection(renewal).area > 0.1 * stadtteile[k].area}
    assert len(covered) >= 8
