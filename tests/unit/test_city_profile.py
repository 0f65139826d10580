"""City profiles: schema messages with key paths, the built-in cities, level trees of any depth."""

import json
import os

import pytest

from quartier_plugin.core.city_profile import (
    CityProfileError,
    load_profile,
    parse_profile,
    profile_from_mappings,
    profile_ids,
)
from quartier_plugin.core.hierarchy import LEVELS, LevelMapping

CITIES = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "cities")


def minimal(**extra):
    data = {"id": "teststadt", "name": "Teststadt",
            "levels": [{"id": "a", "label": {"de": "A", "en": "A"}}]}
    data.update(extra)
    return data


def test_builtin_profiles_load():
    assert profile_ids(CITIES) == ["berlin", "flensburg", "stuttgart"]
    for city in profile_ids(CITIES):
        profile = load_profile(city, CITIES)
        assert profile.committee("de") and profile.renewal_term("de") and profile.crs.startswith("EPSG:")


def test_stuttgart_profile_is_todays_hierarchy():
    profile = load_profile("stuttgart", CITIES)
    assert [(lv.id, lv.label_de, lv.parent, lv.style) for lv in profile.tree] == \
        [(lv.id, lv.label_de, lv.parent, lv.style) for lv in LEVELS]
    assert profile.committee("de") == "AGSP"
    assert ("stadtteil", "planungsraum") in profile.edges()


def test_berlin_has_four_levels_in_a_chain():
    profile = load_profile("berlin", CITIES)
    assert profile.path("planungsraum") == ["bezirk", "prognoseraum", "bezirksregion", "planungsraum"]
    assert profile.crs == "EPSG:25833"
    mapping = profile.detect_mapping(["PLR_ID", "PLR_NAME", "EW", "geometry"])
    assert mapping.level == "planungsraum" and mapping.parent_prefix == 6 and mapping.population_field == "EW"
    assert "Stadtbezirk" not in json.dumps(profile.raw)


def test_flensburg_levels_are_told_apart_by_a_value():
    profile = load_profile("flensburg", CITIES)
    fields = ["AREA_ID", "AREA_NAME", "PARENT_ARE", "LEVEL_ID"]
    assert profile.detect_mapping(fields, sample={"LEVEL_ID": "STGT"}).level == "stadtteil"
    bezirk = profile.detect_mapping(fields, sample={"LEVEL_ID": "STBZ"})
    assert bezirk.level == "statistischer_bezirk" and bezirk.parent_field == "PARENT_ARE"
    assert profile.detect_mapping(fields, sample={"LEVEL_ID": "XXXX"}) is None


@pytest.mark.parametrize("change, path", [
    ({"levels": [{"id": "a", "label": {"de": "A", "en": "A"}, "parent": "b"}]}, "levels[0].parent"),
    ({"levels": [{"id": "a", "label": {"de": "A"}}]}, "levels[0].label.en"),
    ({"levels": [{"id": "a", "label": "A", "fields": [{"name_field": "n"}]}]}, "levels[0].fields[0].key_field"),
    ({"levels": [{"id": "a", "label": "A", "fields": [{"key_field": "k", "parent_prefix": 0}]}]},
     "levels[0].fields[0].parent_prefix"),
    ({"crs": "EPSG:4326"}, "crs"),
    ({"tables": {"decimal": ";"}}, "tables.decimal"),
    ({"statistics_level": "b"}, "statistics_level"),
    ({"crosswalks": [["a", "z"]]}, "crosswalks[0]"),
    ({"colour": "red"}, "colour"),
    ({"levels": []}, "levels"),
])
def test_wrong_profiles_are_named_by_key_path(change, path):
    with pytest.raises(CityProfileError) as err:
        parse_profile(minimal(**change), "teststadt.json")
    assert f"teststadt.json: {path}:" in str(err.value)


def test_a_level_defined_twice_is_refused():
    levels = [{"id": "a", "label": "A"}, {"id": "a", "label": "A2"}]
    with pytest.raises(CityProfileError, match=r"levels\[1\]\.id: the level 'a' is defined twice"):
        parse_profile(minimal(levels=levels))


def test_unknown_profile_and_broken_json(tmp_path):
    with pytest.raises(CityProfileError, match="not one of berlin, flensburg, stuttgart"):
        load_profile("atlantis", CITIES)
    broken = tmp_path / "x.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(CityProfileError, match="x.json is not valid JSON"):
        load_profile(str(broken), CITIES)


def test_a_new_profile_from_the_users_mappings_round_trips(tmp_path):
    base = load_profile("flensburg", CITIES)
    mine = profile_from_mappings(base, "kiel", "Kiel", {
        "stadtteil": LevelMapping("stadtteil", "ST_NR", "ST_NAME")}, crs="EPSG:25832")
    path = tmp_path / "kiel.json"
    path.write_text(mine.to_json(), encoding="utf-8")
    again = load_profile(str(path), CITIES)
    assert again.id == "kiel" and again.name == "Kiel"
    assert again.detect_mapping(["ST_NR", "ST_NAME", "LEVEL_ID"], sample={"LEVEL_ID": "STGT"}).key_field == "ST_NR"
    assert load_profile("flensburg", CITIES).raw["levels"][0]["fields"][0]["key_field"] == "AREA_ID"  # base unchanged


def test_any_depth_and_parallel_branches():
    levels = [{"id": f"l{i}", "label": f"L{i}", "parent": f"l{i - 1}" if i else None} for i in range(7)]
    levels.append({"id": "jugend", "label": "Jugendhilfe"})
    levels.append({"id": "jugend_sub", "label": "Sozialraum", "parent": "jugend"})
    profile = parse_profile(minimal(levels=levels, crosswalks=[["l6", "jugend_sub"]]))
    assert profile.path("l6") == [f"l{i}" for i in range(7)]
    assert profile.children("jugend") == ["jugend_sub"]
    assert ("l6", "jugend_sub") in profile.edges() and ("l5", "l6") in profile.edges()


# -- the registry of city profiles ----------------------------------------------------------------------------
def test_registry_offers_the_profiles_of_a_folder_and_reads_them_when_asked():
    from quartier_plugin.core.cities import CityRegistry

    registry = CityRegistry()
    registry.add_folder(CITIES)
    registry.add_folder(CITIES)  # the same folder again: nothing changes
    assert registry.names() == ("berlin", "flensburg", "stuttgart")
    assert registry.get("berlin")._profile is None  # not read yet
    assert registry.profile("berlin").path("planungsraum")[0] == "bezirk"
    assert registry.label("flensburg") == "Flensburg"
    assert ("stuttgart", "stuttgart – Stuttgart") in registry.choices()
    with pytest.raises(CityProfileError, match="not one of berlin, flensburg, stuttgart"):
        registry.profile("atlantis")


def test_a_profile_registered_in_code_is_offered_and_wins_over_a_file():
    from quartier_plugin.core.cities import CityRegistry

    registry = CityRegistry()
    testdorf = parse_profile(minimal(id="testdorf", name="Testdorf"), "test")
    with registry.added(testdorf):
        registry.add_folder(CITIES)
        assert "testdorf" in registry and registry.profile("testdorf") is testdorf
        assert registry.label("testdorf") == "Testdorf"
        own = parse_profile(minimal(id="berlin", name="Mein Berlin"), "test")
        registry.register(own)
        assert registry.profile("berlin") is own
    assert "testdorf" not in registry


def test_parent_key_is_one_rule_for_fields_and_nested_keys():
    nested = LevelMapping("planungsraum", "PLR_ID", parent_prefix=6)
    assert nested.parent_key("01100101") == "011001"
    assert nested.parent_key(1100101) == "110010"  # a number is read as its digits
    assert nested.parent_key(None, "ignored") is None
    field = LevelMapping("stadtteil", "nr", parent_field="bezirk")
    assert field.parent_key("0101", "01") == "01"
    assert field.parent_key("0101") is None
