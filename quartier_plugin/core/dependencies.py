"""The Python libraries Quartier needs beyond QGIS, checked where used, with a message that says how to install.

Decided per library (see README, "Dependencies"):
- numpy: the methods (standardisation, weights, weight draws for robustness) are vectorised with it; QGIS
  ships it on Windows and macOS, on Debian it comes with python3-qgis's usual set (not guaranteed).
- shapely: the geometry engine of ``core`` (validation, overlay, crosswalk, demo city), which must stay
  free of QGIS; python3-qgis does not pull it in.
- jinja2: the pack's README and method note are text templates in ``resources/text`` that translators edit
  without touching code; python3-qgis depends on it.
pandas is not used.

Nothing here is imported at plugin start-up; the plugin loads without any of them and each dialog or
algorithm names what is missing when it is started.
"""

import importlib

from .text import N_

PACKAGES = {
    "numpy": {"debian": "python3-numpy", "pip": "numpy"},
    "shapely": {"debian": "python3-shapely", "pip": "shapely"},
    "jinja2": {"debian": "python3-jinja2", "pip": "Jinja2"},
}

# The user-visible sentence; translated on the QGIS side (tr of this template).
MESSAGE = N_("Quartier needs the Python package \"{name}\", which is not installed in the Python of this QGIS. "
           "Install it and restart QGIS: on Debian/Ubuntu `sudo apt install {debian}`; on Windows open the "
           "OSGeo4W Shell and run `python -m pip install {pip}` (or add it in the OSGeo4W installer); "
           "elsewhere `python3 -m pip install --user {pip}`.")


class MissingDependency(ImportError):
    """A required package is missing; ``template`` and ``params`` give the message to translate."""

    def __init__(self, name):
        self.template = MESSAGE
        self.params = dict(name=name, **PACKAGES[name])
        super().__init__(MESSAGE.format(**self.params))
        self.name = name


def missing(names):
    """The names among ``names`` that cannot be imported (``sys.modules[name] = None`` counts as missing)."""
    gone = []
    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            gone.append(name)
    return gone


def require(*names):
    """Raise MissingDependency for the first of ``names`` that is missing."""
    for name in missing(names):
        raise MissingDependency(name)
