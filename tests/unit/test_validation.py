"""Validation on small hand-made hierarchies (squares in metres)."""

from shapely.geometry import Polygon, box

from quartier_plugin.core.validation import ERROR, WARNING, Unit, validate_hierarchy


def city():
    """Two Bezirke (0-100, 100-200 x 0-100), each split into two Stadtteile."""
    bez = [Unit(1, "01", "West", geometry=box(0, 0, 100, 100)), Unit(2, "02", "Ost", geometry=box(100, 0, 200, 100))]
    st = [Unit(11, "101", "A", "01", geometry=box(0, 0, 50, 100)),
          Unit(12, "102", "B", "01", geometry=box(50, 0, 100, 100)),
          Unit(21, "201", "C", "02", geometry=box(100, 0, 150, 100)),
          Unit(22, "202", "D", "02", geometry=box(150, 0, 200, 100))]
    return bez, st


def codes(report):
    return sorted((f.code, f.name) for f in report.findings)


def test_clean_hierarchy_has_no_findings():
    bez, st = city()
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1)
    assert report.findings == []
    assert report.parent_of["stadtteil"] == {"101": "1", "102": "1", "201": "2", "202": "2"}


def test_duplicate_and_empty_keys():
    bez, st = city()
    st[1].raw_key, st[1].key = "0101", "101"
    st[2].raw_key, st[2].key = None, None
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1)
    dup = report.by_code("duplicate_key")
    assert sorted(f.name for f in dup) == ["A", "B"]
    assert dup[0].params["key"] == "0101 / 101" and dup[0].severity == ERROR
    assert [f.name for f in report.by_code("empty_key")] == ["C"]


def test_parent_key_written_differently_is_matched_and_reported():
    bez, st = city()
    st[0] = Unit(11, "101", "A", 1, geometry=box(0, 0, 50, 100))  # integer 1 for "01"
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1)
    assert codes(report) == [("key_spelling", "A")]
    assert report.by_code("key_spelling")[0].severity == WARNING
    assert report.parent_of["stadtteil"]["101"] == "1"


def test_missing_parent_and_no_parent_key():
    bez, st = city()
    st[0] = Unit(11, "101", "A", "09", geometry=box(0, 0, 50, 100))
    st[3] = Unit(22, "202", "D", "", geometry=box(150, 0, 200, 100))
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1)
    assert ("missing_parent", "A") in codes(report)
    assert ("no_parent_key", "D") in codes(report)
    assert "09" in report.by_code("missing_parent")[0].message


def test_child_outside_parent_gap_and_overlap():
    bez, st = city()
    st[1] = Unit(12, "102", "B", "02", geometry=box(50, 0, 100, 100))   # declared in the wrong Bezirk
    st[2] = Unit(21, "201", "C", "02", geometry=box(100, 0, 160, 100))  # overlaps D by 10 x 100
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1)
    out = report.by_code("outside_parent")
    assert [f.name for f in out] == ["B"] and out[0].params["share"] == "100.0"
    gaps = report.by_code("gap")
    assert [g.params["parent"] for g in gaps] == ["01"] and gaps[0].params["area"] == "5 000"
    overlaps = report.by_code("overlap")
    assert [(f.name, f.params["other"], f.params["area"]) for f in overlaps] == [("C", "202 (D)", "1 000")]


def test_tolerance_hides_small_gaps():
    bez, st = city()
    st[0] = Unit(11, "101", "A", "01", geometry=box(0, 0, 49.9, 100))  # 10 m² sliver
    assert validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=100).findings == []
    assert len(validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1).by_code("gap")) == 1


def test_child_slightly_outside_within_one_percent_is_fine():
    bez, st = city()
    st[0] = Unit(11, "101", "A", "01", geometry=box(-0.4, 0, 50, 100))  # 0.8 % outside the city
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=100)
    assert report.by_code("outside_parent") == []


def test_invalid_geometry_is_repaired_on_the_copy():
    bez, st = city()
    bowtie = Polygon([(0, 0), (50, 100), (50, 0), (0, 100), (0, 0)])
    st[0] = Unit(11, "101", "A", "01", geometry=bowtie)
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1)
    inv = report.by_code("invalid_geometry")
    assert [f.name for f in inv] == ["A"] and "Self-intersection" in inv[0].params["reason"]
    assert st[0].geometry.is_valid and st[0].geometry.area > 0
    assert not bowtie.is_valid  # the original object is untouched


def test_gaps_between_top_level_units_without_city_layer():
    bez = [Unit(1, "01", "W", geometry=box(0, 0, 100, 100)),
           Unit(2, "02", "O", geometry=Polygon(box(-50, -50, 150, 150).exterior, [box(0, 0, 100, 100).exterior]))]
    assert validate_hierarchy({"stadtbezirk": bez}, tolerance_m2=1).findings == []
    bez[0].geometry = box(10, 10, 90, 90)
    gaps = validate_hierarchy({"stadtbezirk": bez}, tolerance_m2=1).by_code("gap")
    assert len(gaps) == 1 and gaps[0].params["area"] == "3 600"


def test_spatial_assignment_without_parent_field():
    bez, st = city()
    for u in st:
        u.raw_parent = u.parent_key = None
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1)
    assert report.parent_of["stadtteil"] == {"101": "1", "102": "1", "201": "2", "202": "2"}
    assert {f.code for f in report.findings} == {"assigned_spatially"}


def test_messages_format():
    bez, st = city()
    st[0] = Unit(11, "101", "A", "09", geometry=box(0, 0, 50, 100))
    report = validate_hierarchy({"stadtbezirk": bez, "stadtteil": st}, tolerance_m2=1)
    for f in report.findings:
        assert "{" not in f.message
