"""Plugin facts read once from ``metadata.txt``, the only place the version is written."""

import configparser

from .paths import METADATA_FILE


def _read_metadata():
    parser = configparser.ConfigParser(interpolation=None)
    with open(METADATA_FILE, encoding="utf-8") as handle:
        parser.read_file(handle)
    return dict(parser["general"])


METADATA = _read_metadata()
__version__ = METADATA["version"]
__title__ = METADATA["name"]
