"""metadata.txt is complete for the official plugin repository; the version lives only there."""

import configparser
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
            "repository", "tracker", "homepage", "tags", "category", "icon", "hasProcessingProvider",
            "changelog")


def metadata():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_required_keys_present_and_filled():
    meta = metadata()
    for key in REQUIRED:
        assert meta.get(key, "").strip(), key
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert meta["repository"].startswith("https://")
    assert (REPO / meta["icon"]).exists()
    assert meta["version"] in meta["changelog"]


def test_version_only_in_metadata():
    version = metadata()["version"]
    pattern = re.compile(r"""__version__\s*=\s*["']|version\s*=\s*["']\d""")
    for path in (REPO / "quartier_plugin").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not pattern.search(text), f"{path} hard-codes a version"
        assert f'"{version}"' not in text and f"'{version}'" not in text, path
