"""Where the plugin finds its files, in a source checkout and in an installed plugin folder.

Installed (``make package``/``make deploy``), ``metadata.txt``, ``resources/`` and ``i18n/`` sit
inside the plugin folder; in the source checkout they sit one level up, beside the package.
"""

import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))


def _find(name):
    for base in (PLUGIN_DIR, os.path.dirname(PLUGIN_DIR)):
        candidate = os.path.join(base, name)
        if os.path.exists(candidate):
            return candidate
    return os.path.join(PLUGIN_DIR, name)


METADATA_FILE = _find("metadata.txt")
RESOURCES_DIR = _find("resources")
I18N_DIR = _find("i18n")


def resource(*parts):
    """Path of a file below ``resources/``."""
    return os.path.join(RESOURCES_DIR, *parts)


def help_path(page, language):
    """The help page ``page`` (``resources/help/<language>/<page>.html``) in ``language``, English where there
    is no page in that language."""
    for lang in ((language or "en")[:2], "en"):
        path = resource("help", lang, f"{page}.html")
        if os.path.exists(path):
            return path
    raise FileNotFoundError(resource("help", "en", f"{page}.html"))


def style(name):
    """Path of a ``.qml`` layer style."""
    return resource("styles", name + ".qml")


def icon(name):
    """Path of an icon file."""
    return resource("icons", name)
