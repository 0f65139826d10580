"""Findings of the hierarchy validation, and the units they are about (no geometry library needed)."""

from dataclasses import dataclass, field
from typing import Optional

from .keys import normalise_key
from .text import N_

ERROR = "error"
WARNING = "warning"
INFO = "info"

DEFAULT_TOLERANCE_M2 = 100.0
DEFAULT_MAX_OUTSIDE_SHARE = 0.01

MESSAGES = {
    "empty_key": N_("The feature has no key."),
    "duplicate_key": N_("Key {key} occurs {count} times (features {fids})."),
    "key_spelling": N_("Key {raw} was matched to {other} (written differently)."),
    "no_parent_key": N_("The feature has no parent key."),
    "missing_parent": N_("Parent key {parent} does not exist in {parent_level}."),
    "empty_geometry": N_("The feature has no geometry."),
    "invalid_geometry": N_("Invalid geometry ({reason}); a repaired copy is used, the source is unchanged."),
    "outside_parent": N_("{share} % of its area lies outside its parent {parent}."),
    "gap": N_("Gap of {area} m² between the units of {parent} near x={x}, y={y}."),
    "overlap": N_("Overlaps {other} by {area} m²."),
    "geographic_crs": N_("The layer is in a geographic CRS ({crs}); areas are computed in {working_crs}."),
    "assigned_spatially": N_("No parent field: assigned to {parent} by location."),
    "parent_not_checked": N_("The parent keys were not checked: no layer is given for the level {parent_level}."),
}


@dataclass
class Unit:
    """One spatial unit as read from a layer."""

    fid: int
    raw_key: object
    name: Optional[str] = None
    raw_parent: object = None
    population: Optional[float] = None
    geometry: object = None  # shapely geometry in the working (projected) CRS
    key: Optional[str] = field(default=None, init=False)
    parent_key: Optional[str] = field(default=None, init=False)

    def __post_init__(self):
        self.key = normalise_key(self.raw_key)
        self.parent_key = normalise_key(self.raw_parent)


@dataclass
class Finding:
    severity: str
    code: str
    level: str
    fid: Optional[int] = None
    key: object = None
    name: Optional[str] = None
    params: dict = field(default_factory=dict)

    @property
    def template(self):
        return MESSAGES[self.code]

    @property
    def message(self):
        """The English message (the GUI formats the translated template with ``params``)."""
        return self.template.format(**self.params)


@dataclass
class ValidationReport:
    findings: list = field(default_factory=list)
    parent_of: dict = field(default_factory=dict)  # level -> {child key: parent key}

    def add(self, *args, **kwargs):
        self.findings.append(Finding(*args, **kwargs))

    @property
    def errors(self):
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self):
        return [f for f in self.findings if f.severity == WARNING]

    def by_code(self, code):
        return [f for f in self.findings if f.code == code]


