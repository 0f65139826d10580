"""Deterministic generator of "Demostadt", a synthetic city with Stuttgart's structure.

Pure Python (shapely for geometry, the standard ``random`` module for numbers): the same
seed gives the same tables, value for value and vertex for vertex.

What it makes, in EPSG:25832 around Stuttgart's position:
- 23 Stadtbezirke (5 small inner ones, 18 outer ones), about 207 km^2 in all;
- 152 Stadtteile partitioning the Bezirke (Stuttgart's count per Bezirk);
- 18 RTK regions as unions of whole Bezirke, 10 Steuerungsbereiche as unions of whole RTK regions;
- 138 Planungsraeume partitioning the Bezirke, drawn independently of the Stadtteile;
- 8 Stadterneuerungs-Vorranggebiete cutting across Stadtteil borders, two of them overlapping,
  one covering a whole Stadtteil;
- a 100 m population grid whose sums equal the Stadtteil totals;
- a statistics table per Stadtteil for two years with numerators and denominators for the seven
  indicators of the Gebietsauswahl, following a spatially coherent social gradient.
Names are invented ("Eulenhain", "Zypressenklinge"), the city is called Demostadt.
"""

from .demo_city_spec import *  # noqa: F403 - the demo city's public names (demo_city_spec.__all__)
from .demo_city_spec import DEFAULT_SEED


def generate(seed=DEFAULT_SEED):
    """Generate the demo city for ``seed`` and return a :class:`DemoCity`.

    The geometry code (shapely) is imported here, not at module level, so that registering the
    Processing algorithm costs nothing at QGIS start-up.
    """
    from .demo_city_generator import Generator

    return Generator(int(seed)).run()


