"""What a method preset is, once checked: its indicators, its indices (nodes) and its settings.

:func:`.method_preset.parse_preset` builds a :class:`Preset` from the JSON; the schema is described there.
"""

from dataclasses import dataclass, field
from typing import Optional

from .limits import DEFAULT_MIN_POPULATION

DIRECTIONS = ("higher_is_need", "lower_is_need")


@dataclass
class Indicator:
    id: str
    label_de: str
    label_en: str
    direction: str
    numerator: Optional[str] = None
    denominator: Optional[str] = None
    value_field: Optional[str] = None
    scale: float = 100.0
    unit: str = ""
    source: str = ""
    year: Optional[int] = None
    index_to_city: bool = False
    change: bool = False
    normalisation: Optional[str] = None   # None: the method's
    reference: Optional[str] = None

    @property
    def need_high(self):
        return self.direction == "higher_is_need"

    @property
    def fields(self):
        return [f for f in (self.numerator, self.denominator, self.value_field) if f]


@dataclass
class Node:
    id: str
    children: list
    weights: object = "equal"
    aggregation: Optional[str] = None
    restandardise: bool = False
    classification: Optional[dict] = None
    label_de: str = ""
    label_en: str = ""


@dataclass
class Preset:
    id: str
    label_de: str
    label_en: str
    indicators: list
    nodes: list
    main_index: str
    description_de: str = ""
    description_en: str = ""
    source: str = ""
    key_field: Optional[str] = None
    population_field: Optional[str] = None
    year_field: Optional[str] = None
    year: Optional[int] = None
    dynamics_years: Optional[int] = None
    min_population: float = float(DEFAULT_MIN_POPULATION)
    outliers: list = field(default_factory=list)
    missing_values: list = field(default_factory=list)
    outlier_column: Optional[dict] = None   # {"field": …, "contains": …}
    normalisation: str = "zscore"
    reference: str = "mean"
    aggregation: str = "arithmetic"
    rating_method: str = "sd"
    rating_bands: tuple = (0.5, 1.0)
    rating_reference: str = "city_ratio"
    matrix: Optional[dict] = None
    raw: dict = field(default_factory=dict, repr=False)

    def node(self, node_id):
        return next(n for n in self.nodes if n.id == node_id)

    @property
    def fields(self):
        out = []
        for ind in self.indicators:
            out += [f for f in ind.fields if f not in out]
        if self.population_field and self.population_field not in out:
            out.append(self.population_field)
        return out
