"""Default limits shared by the core and the Processing algorithms; no numpy here, so that the algorithms
can offer them as parameter defaults while QGIS starts."""

DEFAULT_Z_LIMIT = 10.0          # robust z above which an input value is extreme (core.plausibility)
DEFAULT_MIN_POPULATION = 300    # resident threshold of a method that names none (suppression)
