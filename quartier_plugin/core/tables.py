"""Plain table descriptions passed from the domain code to the QGIS writers.

No qgis or Qt here: a table is a name, an ordered list of typed fields, an optional
geometry type and rows of values (the geometry, if any, as WKB bytes in column 0).
"""

from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

# Field types understood by the writers.
STRING = "string"
INTEGER = "integer"
REAL = "real"

FIELD_TYPES = (STRING, INTEGER, REAL)


@dataclass
class Table:
    """One output table (a layer when ``geometry_type`` is set)."""

    name: str
    title: str
    fields: List[Tuple[str, str]]
    geometry_type: Optional[str] = None  # "MultiPolygon" or None
    rows: List[Sequence] = field(default_factory=list)

    def __post_init__(self):
        for name, kind in self.fields:
            if kind not in FIELD_TYPES:
                raise ValueError(f"field {name!r}: unknown type {kind!r}")

    @property
    def field_names(self):
        return [name for name, _ in self.fields]

    def column(self, name):
        """All values of one attribute column."""
        i = self.field_names.index(name) + (1 if self.geometry_type else 0)
        return [row[i] for row in self.rows]

    def records(self):
        """Rows as dicts of attribute values (geometry under ``"geometry"``)."""
        names = self.field_names
        for row in self.rows:
            if self.geometry_type:
                rec = dict(zip(names, row[1:]))
                rec["geometry"] = row[0]
            else:
                rec = dict(zip(names, row))
            yield rec
