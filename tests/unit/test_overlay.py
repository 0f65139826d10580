"""Coverage, bivariate classes and decision groups on hand-checkable geometry."""

import pytest
from shapely.geometry import Point, Polygon, box

from quartier_plugin.core import overlay as ov

AREAS = {"A": box(0, 0, 100, 100), "B": box(100, 0, 200, 100), "C": box(200, 0, 300, 100)}


def test_fully_inside_is_100_and_overlaps_count_once():
    union, repaired = ov.dissolve([box(-10, -10, 150, 110), box(50, -10, 150, 110)])  # two overlapping
    cov = ov.coverage(AREAS, union)
    assert cov["A"].area_share == 1.0
    assert cov["B"].area_share == pytest.approx(0.5)
    assert cov["C"].area_share == 0.0
    assert repaired == 0


def test_invalid_renewal_polygon_is_repaired():
    bowtie = Polygon([(0, 0), (100, 100), (100, 0), (0, 100), (0, 0)])
    union, repaired = ov.dissolve([bowtie])
    assert repaired == 1 and union.is_valid
    assert ov.coverage(AREAS, union)["A"].area_share == pytest.approx(0.5)


def test_empty_renewal_layer_and_no_overlap():
    union, _ = ov.dissolve([])
    assert union is None and all(c.area_share == 0 for c in ov.coverage(AREAS, union).values())
    far, _ = ov.dissolve([box(1000, 1000, 1100, 1100)])
    assert all(c.area_share == 0 for c in ov.coverage(AREAS, far).values())


def test_population_share_from_cells_and_points():
    union, _ = ov.dissolve([box(0, 0, 50, 100)])  # left half of A
    cells = [(box(0, 0, 50, 100), 30.0), (box(50, 0, 100, 100), 10.0), (box(90, 0, 110, 100), 20.0),
             (Point(150, 50), 5.0)]
    cov = ov.coverage(AREAS, union, cells)
    assert cov["A"].population == pytest.approx(50.0)          # 30 + 10 + half of the 20
    assert cov["A"].population_share == pytest.approx(30 / 50)
    assert cov["B"].population == pytest.approx(15.0) and cov["B"].population_share == 0.0
    assert cov["C"].population_share is None                   # nobody lives there


def test_levels_groups_codes():
    assert [ov.coverage_level(x) for x in (0.0, 0.009, 0.01, 0.49, 0.5, 1.0)] == [1, 1, 2, 2, 3, 3]
    assert ov.coverage_level(None) is None
    assert ov.decision_group(3, 1) == ov.SOCIAL_FIRST and ov.decision_group(3, 3) == ov.JOINT
    assert ov.decision_group(2, 2) == ov.RENEWAL_ONLY and ov.decision_group(1, 1) == ov.NEITHER
    assert ov.decision_group(None, 3) == ov.NO_INDEX
    assert ov.bivariate_code(3, 1) == "3-1" and ov.bivariate_code(None, 1) is None


def test_need_levels_parsing_and_defaults():
    assert ov.parse_need_levels("gering:1; mittel:2;hoch:3") == {"gering": 1, "mittel": 2, "hoch": 3}
    assert ov.parse_need_levels("", ["mittel", "sehr hoch"])["hoch"] == 3
    assert ov.parse_need_levels("", ["hoch", "niedrig", "sehr niedrig"])["hoch"] == 1  # MSS status
    with pytest.raises(ov.OverlayError):
        ov.parse_need_levels("hoch:7")
    with pytest.raises(ov.OverlayError):
        ov.parse_need_levels("hoch")
    assert ov.parse_breaks("5;60") == (0.05, 0.6) and ov.parse_breaks("") == ov.DEFAULT_COVERAGE_BREAKS
    with pytest.raises(ov.OverlayError):
        ov.parse_breaks("60;5")


def test_candidates_sorted_by_group_then_rank():
    rows = [{"key": "1", "rank": 5, "group": ov.SOCIAL_FIRST}, {"key": "2", "rank": 1, "group": ov.JOINT},
            {"key": "3", "rank": 2, "group": ov.SOCIAL_FIRST}, {"key": "4", "rank": 9, "group": ov.NEITHER},
            {"key": "5", "rank": 40, "group": ov.RENEWAL_ONLY}]
    assert [r["key"] for r in ov.candidates(rows)] == ["2", "3", "1", "5"]
