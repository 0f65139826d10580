"""The fixed numbers, names and columns of the demo city and its result type, :class:`DemoCity`.

Shared by :mod:`.demo_city` (the entry point) and :mod:`.demo_city_generator` (the geometry and numbers),
so neither imports the other's module at load time.
"""

from dataclasses import dataclass

__all__ = ["BEZIRK_NAMES", "CENTER", "CITY_AREA_M2", "CITY_NAME", "CITY_POPULATION", "CRS", "DEFAULT_SEED", "GRID_SIZE",
           "N_BEZIRKE", "N_PLANUNGSRAEUME", "N_RTK", "N_STEUERUNGSBEREICHE", "N_VORRANGGEBIETE",
           "SMALL_AREA_POPULATIONS", "STADTTEILE_PER_BEZIRK", "STATISTICS_FIELDS", "YEARS", "DemoCity"]

from .tables import INTEGER, REAL, STRING

CRS = "EPSG:25832"
CITY_NAME = "Demostadt"
DEFAULT_SEED = 2026
YEARS = (2022, 2024)
CENTER = (513_500.0, 5_403_500.0)
CITY_AREA_M2 = 207.2e6
CITY_POPULATION = 609_000
GRID_SIZE = 100.0
SMALL_AREA_POPULATIONS = (140, 230, 285)  # three Stadtteile under the usual 300 threshold

# Stadtteile per Stadtbezirk, as in Stuttgart (01..23, sum 152).
STADTTEILE_PER_BEZIRK = (10, 11, 8, 7, 9, 18, 3, 4, 5, 8, 4, 9, 5, 1, 2, 5, 3, 2, 8, 12, 1, 6, 11)
N_BEZIRKE = 23
N_RTK = 18
N_STEUERUNGSBEREICHE = 10
N_PLANUNGSRAEUME = 138
N_VORRANGGEBIETE = 8

BEZIRK_NAMES = (
    "Burgmitte", "Eulenhain", "Falkenbühl", "Igelfeld", "Kranichwiesen", "Lerchenau", "Mohnbach",
    "Nesselried", "Otterbrunn", "Quittenhof", "Rabenstaffel", "Salbeiberg", "Tannzapfen",
    "Unkenweiher", "Veilchental", "Wieselgrund", "Zaunkönig", "Ahornsteig", "Biberhalde",
    "Dachsbühl", "Eichelhäher", "Fuchsklinge", "Ginsterhöhe",
)
_NAME_PREFIXES = (
    "Ahorn", "Amsel", "Apfel", "Birken", "Bussard", "Distel", "Drossel", "Efeu", "Eschen", "Fichten",
    "Flieder", "Holunder", "Hasel", "Kastanien", "Kiefern", "Klee", "Lavendel", "Linden", "Meisen",
    "Mispel", "Pappel", "Primel", "Quellen", "Reiher", "Rosen", "Schlehen", "Schwalben", "Sonnen",
    "Specht", "Tulpen", "Ulmen", "Weiden", "Wacholder", "Zedern", "Zypressen", "Buchen", "Erlen",
    "Kirsch", "Lärchen", "Mistel",
)
_NAME_SUFFIXES = (
    "au", "berg", "bühl", "dorf", "feld", "garten", "grund", "hain", "halde", "hang", "heim",
    "höhe", "hof", "klinge", "matt", "ried", "steig", "tal", "weiler", "wiese",
)
_VG_PROGRAMMES = (
    "Sozialer Zusammenhalt", "Wachstum und nachhaltige Erneuerung", "Landessanierungsprogramm",
)

# Statistics columns: (field, meaning). Shares are numerator / denominator; the income index is
# (income per household of the area) / (income per household of the city) * 100.
STATISTICS_FIELDS = (
    ("stadtteil_nr", STRING),
    ("jahr", INTEGER),
    ("einwohner", INTEGER),              # residents (denominator of most shares)
    ("haushalte", INTEGER),              # households (denominator of the income index)
    ("nettoeinkommen_tsd_eur", REAL),    # sum of household net income, thousand EUR per year
    ("laerm_betroffene", INTEGER),       # residents affected by noise (> 55 dB(A) Lden)
    ("migrationshintergrund", INTEGER),  # residents with migration background
    ("einwohner_u25", INTEGER),          # residents under 25 (denominator of Buergergeld u25)
    ("buergergeld_u25", INTEGER),        # Buergergeld recipients under 25
    ("bonuscard", INTEGER),              # holders of the city's low-income card
    ("kinder_esu", INTEGER),             # children examined at school entry
    ("kinder_uebergewicht", INTEGER),    # of those, overweight
    ("wohndauer_u5", INTEGER),           # residents living at their address for under 5 years
)


@dataclass
class DemoCity:
    """All tables of one generated city, keyed by table name."""

    seed: int
    tables: dict

    def __getitem__(self, name):
        return self.tables[name]
