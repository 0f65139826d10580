"""Key normalisation and schema recognition."""

import pytest

from quartier_plugin.core.hierarchy import (
    PLANUNGSRAUM,
    STADTBEZIRK,
    STADTTEIL,
    HierarchyDefinition,
    LevelMapping,
    detect_mapping,
)
from quartier_plugin.core.keys import key_name, key_number, normalise_key


@pytest.mark.parametrize("raw,expected", [
    ("01", "1"), (1, "1"), ("1", "1"), (1.0, "1"), (" 101 ", "101"), ("0101", "101"), ("1,0", "1"),
    ("001.00", "1"), ("0", "0"), ("00", "0"), ("SB01", "SB01"), ("sb01", "SB01"), ("", None), ("  ", None),
    (None, None), (float("nan"), None), ("NULL", None), (-3, "-3"), (2.5, "2.5"),
])
def test_normalise_key(raw, expected):
    assert normalise_key(raw) == expected


def test_stuttgart_klgl_schema():
    m = detect_mapping(["STADTBEZIRKNAME", "STADTBEZIRKNR", "STADTTEILNAME", "STADTTEILNR", "SE_ANNO_CAD_DATA"])
    assert (m.level, m.key_field, m.name_field, m.parent_field, m.schema) == (
        STADTTEIL, "STADTTEILNR", "STADTTEILNAME", "STADTBEZIRKNR", "stuttgart_klgl")
    m = detect_mapping(["fid", "STADTBEZIRKNR", "STADTBEZIRKNAME"])
    assert (m.level, m.key_field, m.parent_field) == (STADTBEZIRK, "STADTBEZIRKNR", None)


def test_stuttgart_opendata_and_case_insensitive():
    m = detect_mapping(["id", "name", "slug", "districtNumber"])
    assert (m.level, m.key_field, m.name_field) == (STADTBEZIRK, "districtNumber", "name")
    m = detect_mapping(["stadtteilnr", "stadtteilname", "stadtbezirknr"])
    assert m.key_field == "stadtteilnr" and m.level == STADTTEIL


def test_demo_schema():
    m = detect_mapping(["pr_nr", "pr_name", "bezirk_nr"])
    assert (m.level, m.parent_field) == (PLANUNGSRAUM, "bezirk_nr")
    m = detect_mapping(["bezirk_nr", "bezirk_name", "rtk_nr", "sb_nr", "einwohner"])
    assert (m.level, m.population_field) == (STADTBEZIRK, "einwohner")


def test_unknown_schema_is_none():
    assert detect_mapping(["foo", "bar"]) is None


def test_wanted_level_filters():
    assert detect_mapping(["STADTTEILNR", "STADTTEILNAME", "STADTBEZIRKNR"], wanted_level=STADTBEZIRK) is None


def test_definition_round_trip_and_errors():
    d = HierarchyDefinition(levels={STADTTEIL: {"layer_id": "x", "source": "a.gpkg", "provider": "ogr",
                                                "mapping": LevelMapping(STADTTEIL, "k").to_dict()}})
    again = HierarchyDefinition.from_json(d.to_json())
    assert again.levels == d.levels and again.working_crs == "EPSG:25832"
    with pytest.raises(ValueError):
        HierarchyDefinition.from_json('{"levels": {"nonsense": {"mapping": {"level": "x", "key_field": "k"}}}}')
    with pytest.raises(ValueError):
        HierarchyDefinition.from_json("[]")
    with pytest.raises(ValueError):
        LevelMapping.from_dict({"level": STADTTEIL})


@pytest.mark.parametrize("raw,expected", [
    ("STGT01", 1), ("01 Altstadt", 1), ("011 St. Nikolai", 11), (7, 7), (7.0, 7), ("0104", 104), ("STBZ132", 132),
    ("Westliche_Höhe", None), ("A1-2", None), ("", None), (None, None),
])
def test_key_number(raw, expected):
    assert key_number(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("Westliche_Höhe", "westliche höhe"), ("04 Westliche Höhe", "westliche höhe"), ("01_Altstadt", "altstadt"),
    ("  Friesischer   Berg ", "friesischer berg"), ("011 St. Nikolai", "st. nikolai"), ("ALTSTADT", "altstadt"),
    ("12", None), (12, None), ("", None), (None, None),
])
def test_key_name(raw, expected):
    assert key_name(raw) == expected
