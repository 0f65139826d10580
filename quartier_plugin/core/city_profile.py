"""The profile of a city: its levels, its words, its CRS and how its tables are written.

One JSON file per city (built-in ones in ``resources/cities/``; a user exports, edits and imports
their own). Every user-visible word that differs between cities comes from here: the committee the
pack is for (Stuttgart's AGSP, elsewhere a "Steuerungsrunde"), the term for the urban-renewal areas,
the office, the names of the levels. Schema (``*`` required)::

    id*            str (letters, digits, _ and -)
    name*          str                      the city, e.g. "Flensburg"
    office         str                      issuing office printed on the sheets
    committee      {"de", "en"} or str      who the meeting pack is for
    renewal_term   {"de", "en"} or str      the urban-renewal areas (Sanierungsgebiete, …)
    crs            "EPSG:…" (projected)     sheets and area computations; default EPSG:25832
    min_population number                   suppression threshold; default 300 (a scenario can raise it, not lower)
    share_decimals int                      decimals of published shares; default 1 (see core.disclosure)
    method         str                      default method preset id
    statistics_level str                    the level the statistics tables are for
    sources        [str]                    attribution printed with every sheet
    tables         {"no_data": [codes], "decimal": "," | "."}
    levels*        [level, …]               parents before children; any depth, several roots
    crosswalks     [[level id, level id], …] levels that do not nest but exchange counts

    level: id*, label* {"de","en"} (singular), plural {"de","en"}, parent (a level id; none = the city),
           style (a style in resources/styles), fields [{key_field*, name_field, parent_field,
           parent_prefix (int: the parent key is the first N characters of the key), population_field}],
           match {"field", "value"} (a layer holding several levels: the rows of this one)
"""

import json
import os
import re
from dataclasses import dataclass, field
from typing import Optional

from . import checks
from .checks import SchemaError
from .hierarchy import Level, LevelMapping

PROFILE_KEYS = ("id", "name", "office", "committee", "renewal_term", "crs", "min_population", "share_decimals",
                "method", "statistics_level", "sources", "tables", "levels", "crosswalks", "comment", "$schema")
LEVEL_KEYS = ("id", "label", "plural", "parent", "style", "fields", "match", "comment")
FIELD_KEYS = ("key_field", "name_field", "parent_field", "parent_prefix", "population_field")
DEFAULT_CRS = "EPSG:25832"
_ID = re.compile(r"^[A-Za-z0-9_-]+$")


class CityProfileError(SchemaError):
    """The profile cannot be used; the message names the key path or the file."""


@dataclass(frozen=True)
class CityLevel:
    """A level of a city's tree with the field layouts its layers come in."""

    level: Level
    plural_en: str = ""
    schemas: tuple = ()       # ({role: field}, …) alternatives, the first whose fields a layer has wins
    match: Optional[tuple] = None  # (field, value): the layer's rows of this level

    @property
    def id(self):
        return self.level.id


@dataclass
class CityProfile:
    id: str
    name: str
    levels: list                       # [CityLevel], parents first
    office: str = ""
    committee_de: str = ""
    committee_en: str = ""
    renewal_de: str = ""
    renewal_en: str = ""
    crs: str = DEFAULT_CRS
    min_population: float = 300.0
    share_decimals: int = 1
    method: str = ""
    statistics_level: str = ""
    sources: list = field(default_factory=list)
    no_data: list = field(default_factory=list)
    decimal: str = ""
    crosswalks: list = field(default_factory=list)
    raw: dict = field(default_factory=dict, repr=False)

    # -- the tree ---------------------------------------------------------------------------------
    def level(self, level_id):
        for lv in self.levels:
            if lv.id == level_id:
                return lv.level
        raise CityProfileError(f"the city profile {self.id!r} has no level {level_id!r}; "
                               f"it has: {', '.join(self.level_ids)}")

    @property
    def level_ids(self):
        return [lv.id for lv in self.levels]

    @property
    def tree(self):
        """The :class:`~.hierarchy.Level` objects, parents first."""
        return tuple(lv.level for lv in self.levels)

    def children(self, level_id):
        return [lv.id for lv in self.levels if lv.level.parent == level_id]

    def path(self, level_id):
        """The level ids from a root down to ``level_id``."""
        out = []
        current = level_id
        while current is not None:
            out.insert(0, current)
            current = self.level(current).parent
        return out

    def edges(self):
        """Every pair (a, b) along which counts can move: parent-child edges and crosswalks."""
        return [(lv.level.parent, lv.id) for lv in self.levels if lv.level.parent] + \
            [tuple(pair) for pair in self.crosswalks]

    # -- words ------------------------------------------------------------------------------------
    def committee(self, language="de"):
        return self.committee_de if language == "de" else (self.committee_en or self.committee_de)

    def renewal_term(self, language="de"):
        return self.renewal_de if language == "de" else (self.renewal_en or self.renewal_de)

    # -- layers -----------------------------------------------------------------------------------
    def detect_mapping(self, field_names, level_id=None, sample=None):
        """A LevelMapping for a layer's fields (and, for layers with several levels, a sample row
        ``{field: value}``), or None. Levels of the profile first, then the known schemas."""
        from .hierarchy import LEVELS_BY_ID, detect_mapping

        by_lower = {n.lower(): n for n in field_names}
        for lv in self.levels:
            if level_id is not None and lv.id != level_id:
                continue
            if lv.match is not None:
                match_field = by_lower.get(lv.match[0].lower())
                if match_field is None or sample is None or str(sample.get(match_field)) != lv.match[1]:
                    continue
            for schema in lv.schemas:
                wanted = [schema[r] for r in ("key_field", "name_field", "parent_field", "population_field")
                          if schema.get(r)]
                if all(f.lower() in by_lower for f in wanted):
                    roles = {r: by_lower[schema[r].lower()] for r in ("key_field", "name_field", "parent_field",
                                                                       "population_field") if schema.get(r)}
                    return LevelMapping(level=lv.id, schema=f"profile:{self.id}",
                                        parent_prefix=schema.get("parent_prefix"), **roles)
        if level_id is None or level_id in LEVELS_BY_ID:
            return detect_mapping(field_names, level_id)
        return None

    def to_json(self):
        return json.dumps(self.raw, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def parse_profile(data, source="profile"):
    """A :class:`CityProfile` from a parsed JSON document (errors name the key path)."""
    try:
        return _parse(data)
    except CityProfileError:
        raise
    except SchemaError as err:
        raise CityProfileError(f"{source}: {err}") from err


def _parse(data):
    checks.expect(isinstance(data, dict), "profile", "expected a JSON object")
    checks.unknown(data, PROFILE_KEYS, "")
    profile_id = checks.text(data, "id", "", required=True)
    checks.expect(_ID.match(profile_id), "id", "use letters, digits, _ and - only")
    committee = checks.label(data, "committee", "")
    renewal = checks.label(data, "renewal_term", "")
    crs = checks.text(data, "crs", "", default=DEFAULT_CRS)
    checks.expect(re.match(r"^(EPSG|ESRI|IGNF):\d+$", crs), "crs", f"expected an authority id like EPSG:25832, "
                                                                 f"got {crs!r}")
    checks.expect(crs not in ("EPSG:4326", "EPSG:4258", "OGC:CRS84"), "crs",
                  "expected a projected CRS (areas in m²), not geographic coordinates")
    tables = data.get("tables", {})
    checks.expect(isinstance(tables, dict), "tables", "expected an object")
    checks.unknown(tables, ("no_data", "decimal"), "tables.")
    decimal = tables.get("decimal", "")
    checks.expect(decimal in ("", ",", "."), "tables.decimal", 'expected "," or "."')
    sources = data.get("sources", [])
    checks.expect(isinstance(sources, list) and all(isinstance(s, str) for s in sources), "sources",
                  "expected a list of texts")
    levels = _levels(data.get("levels"))
    ids = [lv.id for lv in levels]
    crosswalks = data.get("crosswalks", [])
    checks.expect(isinstance(crosswalks, list), "crosswalks", "expected a list of [level, level] pairs")
    for i, pair in enumerate(crosswalks):
        checks.expect(isinstance(pair, list) and len(pair) == 2 and all(p in ids for p in pair),
                      f"crosswalks[{i}]", f"expected two level ids of {', '.join(ids)}")
    statistics_level = checks.text(data, "statistics_level", "", default="")
    checks.expect(not statistics_level or statistics_level in ids, "statistics_level",
                  f"unknown level {statistics_level!r}; the levels are {', '.join(ids)}")
    return CityProfile(
        id=profile_id, name=checks.text(data, "name", "", required=True), levels=levels,
        office=checks.text(data, "office", "", default=""), committee_de=committee[0], committee_en=committee[1],
        renewal_de=renewal[0], renewal_en=renewal[1], crs=crs,
        min_population=checks.number(data, "min_population", "", default=300, minimum=0),
        share_decimals=_decimals(data),
        method=checks.text(data, "method", "", default=""), statistics_level=statistics_level,
        sources=list(sources), no_data=checks.text_list(tables, "no_data", "tables."), decimal=decimal,
        crosswalks=[list(p) for p in crosswalks], raw=data)


def _decimals(data):
    value = data.get("share_decimals", 1)
    checks.expect(isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 3, "share_decimals",
                  "expected a whole number from 0 to 3")
    return value


def _levels(items):
    checks.expect(isinstance(items, list) and items, "levels", "expected a non-empty list of levels")
    out, seen = [], set()
    for i, item in enumerate(items):
        path = f"levels[{i}]."
        checks.expect(isinstance(item, dict), f"levels[{i}]", "expected an object")
        checks.unknown(item, LEVEL_KEYS, path)
        level_id = checks.text(item, "id", path, required=True)
        checks.expect(_ID.match(level_id), f"{path}id", "use letters, digits, _ and - only")
        checks.expect(level_id not in seen, f"{path}id", f"the level {level_id!r} is defined twice")
        de, en = checks.label(item, "label", path, required=True)
        plural_de, plural_en = checks.label(item, "plural", path)
        parent = item.get("parent")
        checks.expect(parent is None or parent in seen, f"{path}parent",
                      f"unknown level {parent!r}; a parent must be defined before its children"
                      + (f" (defined so far: {', '.join(sorted(seen))})" if seen else ""))
        match = item.get("match")
        if match is not None:
            checks.expect(isinstance(match, dict) and set(match) == {"field", "value"}, f"{path}match",
                          'expected {"field": …, "value": …}')
            match = (str(match["field"]), str(match["value"]))
        schemas = []
        fields = item.get("fields", [])
        checks.expect(isinstance(fields, list), f"{path}fields", "expected a list of field layouts")
        for j, schema in enumerate(fields):
            spath = f"{path}fields[{j}]."
            checks.expect(isinstance(schema, dict), f"{path}fields[{j}]", "expected an object")
            checks.unknown(schema, FIELD_KEYS, spath)
            checks.text(schema, "key_field", spath, required=True)
            for role in ("name_field", "parent_field", "population_field"):
                checks.text(schema, role, spath)
            prefix = schema.get("parent_prefix")
            checks.expect(prefix is None or (isinstance(prefix, int) and not isinstance(prefix, bool) and prefix > 0),
                          f"{spath}parent_prefix", "expected a whole number > 0")
            checks.expect(not (prefix and schema.get("parent_field")), f"{spath}parent_prefix",
                          "give parent_field or parent_prefix, not both")
            schemas.append(dict(schema))
        level = Level(level_id, en, plural_de or de, parent, checks.text(item, "style", path, default="stadtteile"))
        out.append(CityLevel(level, plural_en or en, tuple(schemas), match))
        seen.add(level_id)
    return out


def load_profile(path_or_id, cities_dir):
    """A profile by id (``<id>.json`` in ``cities_dir``) or by the path of a JSON file."""
    path = path_or_id
    if not os.path.exists(path):
        path = os.path.join(cities_dir, f"{path_or_id}.json")
    if not os.path.exists(path):
        raise CityProfileError(f"no city profile {path_or_id!r}: not a file, and not one of "
                               f"{', '.join(profile_ids(cities_dir))}")
    try:
        with open(path, encoding="utf-8-sig") as handle:
            data = json.load(handle)
    except json.JSONDecodeError as err:
        raise CityProfileError(f"{os.path.basename(path)} is not valid JSON: {err}") from err
    except OSError as err:
        raise CityProfileError(f"cannot read {path}: {err.strerror}") from err
    return parse_profile(data, os.path.basename(path))


def profile_ids(cities_dir):
    return sorted(f[:-5] for f in os.listdir(cities_dir) if f.endswith(".json")) if os.path.isdir(cities_dir) else []


def profile_from_mappings(base, profile_id, name, mappings, crs=None):
    """A new profile from ``base`` (a CityProfile) whose levels take the field mappings a user made
    ({level id: LevelMapping}); what the hierarchy dialog exports as "my city"."""
    data = json.loads(json.dumps(base.raw))
    data.update(id=profile_id, name=name)
    if crs:
        data["crs"] = crs
    for item in data["levels"]:
        mapping = mappings.get(item["id"])
        if mapping is None:
            continue
        schema = {r: getattr(mapping, r) for r in ("key_field", "name_field", "parent_field", "population_field")
                  if getattr(mapping, r)}
        if mapping.parent_prefix:
            schema["parent_prefix"] = mapping.parent_prefix
        item["fields"] = [schema] + [s for s in item.get("fields", []) if s != schema]
    return parse_profile(data, profile_id)
