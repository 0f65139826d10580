"""The spatial units of a city, their nesting, and how a layer's fields map onto them.

Levels (Stuttgart's pattern; other cities have the same with other counts):

    Gesamtstadt
    ├── Stadtbezirk ── Stadtteil
    │              └── Planungsraum (youth welfare; does not nest in Stadtteile)
    └── Steuerungsbereich ── RTK-Region (youth welfare)

A :class:`LevelMapping` says which fields of a layer hold the key, the name, the parent's key and
(optionally) the residents. :func:`detect_mapping` recognises known schemas without any mapping.
"""

import json
from dataclasses import asdict, dataclass, field
from typing import Optional

from .text import N_

GESAMTSTADT = "gesamtstadt"
STADTBEZIRK = "stadtbezirk"
STADTTEIL = "stadtteil"
STEUERUNGSBEREICH = "steuerungsbereich"
RTK_REGION = "rtk_region"
PLANUNGSRAUM = "planungsraum"


@dataclass(frozen=True)
class Level:
    id: str
    label: str      # English source label (translated by the GUI)
    label_de: str   # German label, used in layer names and outputs
    parent: Optional[str]
    style: str      # resources/styles/<style>.qml


LEVELS = (
    Level(GESAMTSTADT, N_("City"), "Gesamtstadt", None, "gesamtstadt"),
    Level(STADTBEZIRK, N_("City district (Stadtbezirk)"), "Stadtbezirke", GESAMTSTADT, "stadtbezirke"),
    Level(STADTTEIL, N_("Neighbourhood (Stadtteil)"), "Stadtteile", STADTBEZIRK, "stadtteile"),
    Level(STEUERUNGSBEREICH, N_("Youth welfare steering area (Steuerungsbereich)"), "Steuerungsbereiche",
          GESAMTSTADT, "steuerungsbereiche"),
    Level(RTK_REGION, N_("RTK region"), "RTK-Regionen", STEUERUNGSBEREICH, "rtk_regionen"),
    Level(PLANUNGSRAUM, N_("Youth welfare planning area (Planungsraum)"), "Planungsräume", STADTBEZIRK,
          "planungsraeume"),
)
LEVELS_BY_ID = {level.id: level for level in LEVELS}


def level(level_id):
    try:
        return LEVELS_BY_ID[level_id]
    except KeyError:
        raise ValueError(f"unknown level {level_id!r}; known: {', '.join(LEVELS_BY_ID)}") from None


@dataclass
class LevelMapping:
    """Which fields of a layer describe the units of one level."""

    level: str
    key_field: str
    name_field: Optional[str] = None
    parent_field: Optional[str] = None
    population_field: Optional[str] = None
    schema: str = "manual"
    parent_prefix: Optional[int] = None  # the parent key is the first N characters of the key (Berlin LOR)

    def to_dict(self):
        return asdict(self)

    def parent_key(self, key, parent=None):
        """The parent key of the unit with ``key``: the first ``parent_prefix`` characters of the key where the
        keys nest (Berlin's LOR: Planungsraum 01100101 lies in Bezirksregion 011001), else ``parent`` (the
        value of the parent field). None when neither is known."""
        if self.parent_prefix:
            return str(key)[:self.parent_prefix] if key is not None else None
        return parent

    @classmethod
    def from_dict(cls, data, levels=None):
        """From a dict; ``levels`` (ids of the city profile's levels) are the known ones (default:
        Stuttgart's)."""
        known = {k: data[k] for k in ("level", "key_field", "name_field", "parent_field", "population_field",
                                      "schema", "parent_prefix") if k in data}
        if "level" not in known or "key_field" not in known:
            raise ValueError("a level mapping needs 'level' and 'key_field'")
        if levels is None:
            level(known["level"])
        elif known["level"] not in levels:
            raise ValueError(f"unknown level {known['level']!r}; known: {', '.join(levels)}")
        return cls(**known)


# Known schemas: (schema name, level, {role: field}); the first whose fields are all present wins.
KNOWN_SCHEMAS = (
    ("stuttgart_klgl", STADTTEIL, {"key_field": "STADTTEILNR", "name_field": "STADTTEILNAME",
                                   "parent_field": "STADTBEZIRKNR"}),
    ("stuttgart_klgl", STADTBEZIRK, {"key_field": "STADTBEZIRKNR", "name_field": "STADTBEZIRKNAME"}),
    ("stuttgart_opendata", STADTBEZIRK, {"key_field": "districtNumber", "name_field": "name"}),
    ("quartier_demo", STADTTEIL, {"key_field": "stadtteil_nr", "name_field": "stadtteil_name",
                                  "parent_field": "bezirk_nr", "population_field": "einwohner"}),
    ("quartier_demo", PLANUNGSRAUM, {"key_field": "pr_nr", "name_field": "pr_name", "parent_field": "bezirk_nr"}),
    ("quartier_demo", STADTBEZIRK, {"key_field": "bezirk_nr", "name_field": "bezirk_name",
                                    "population_field": "einwohner"}),
    ("quartier_demo", RTK_REGION, {"key_field": "rtk_nr", "name_field": "rtk_name", "parent_field": "sb_nr"}),
    ("quartier_demo", STEUERUNGSBEREICH, {"key_field": "sb_nr", "name_field": "sb_name"}),
    ("quartier_standard", None, {"key_field": "key", "name_field": "name", "parent_field": "parent_key",
                                 "population_field": "population"}),
)
# Fields that, when present, rule a schema entry out (a Stadtteil layer also has STADTBEZIRKNR).
_EXCLUDES = {("stuttgart_klgl", STADTBEZIRK): ("STADTTEILNR",),
             ("quartier_demo", STADTBEZIRK): ("stadtteil_nr", "pr_nr"),
             ("quartier_demo", STEUERUNGSBEREICH): ("rtk_nr", "bezirk_nr")}


def detect_mapping(field_names, wanted_level=None):
    """A LevelMapping for a layer with ``field_names`` in a known schema, or None.

    Field names match case-insensitively; the mapping uses the layer's own spelling.
    """
    by_lower = {name.lower(): name for name in field_names}
    for schema, lvl, roles in KNOWN_SCHEMAS:
        if wanted_level is not None and lvl is not None and lvl != wanted_level:
            continue
        if any(f.lower() in by_lower for f in _EXCLUDES.get((schema, lvl), ())):
            continue
        required = [roles["key_field"]] + ([roles["name_field"]] if "name_field" in roles else [])
        if not all(f.lower() in by_lower for f in required):
            continue
        mapping = {role: by_lower.get(f.lower()) for role, f in roles.items()}
        target = lvl or wanted_level
        if target is None:
            continue
        return LevelMapping(level=target, schema=schema, **mapping)
    return None


@dataclass
class HierarchyDefinition:
    """The city's hierarchy as stored in the project: per level, the layer and its mapping."""

    levels: dict = field(default_factory=dict)  # level id -> {"layer_id", "source", "provider", "mapping"}
    working_crs: str = "EPSG:25832"
    city: str = "stuttgart"  # the city profile (id, or a path)

    def to_json(self):
        return json.dumps({"version": 1, "working_crs": self.working_crs, "levels": self.levels, "city": self.city},
                          sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        if not isinstance(data, dict) or "levels" not in data:
            raise ValueError("not a Quartier hierarchy definition")
        city = data.get("city", "stuttgart")
        for level_id, entry in data["levels"].items():
            # Stuttgart's levels are known here; another city's are checked against its profile when loaded
            LevelMapping.from_dict(dict(entry["mapping"], level=level_id),
                                   levels=None if city == "stuttgart" else list(data["levels"]))
        return cls(levels=data["levels"], working_crs=data.get("working_crs", "EPSG:25832"),
                   city=data.get("city", "stuttgart"))


def ordered(levels):
    """``levels`` (Level objects) with every parent before its children."""
    by_id = {lv.id: lv for lv in levels}
    out, done = [], set()

    def visit(lv):
        if lv.id in done:
            return
        if lv.parent in by_id:
            visit(by_id[lv.parent])
        done.add(lv.id)
        out.append(lv)

    for lv in levels:
        visit(lv)
    return out
