"""The ZIP from `make package` passes the checks of the official QGIS plugin repository (plugins.qgis.org).

The repository's validator refuses: no single top folder, a top folder that is no Python identifier,
missing metadata.txt / __init__.py with classFactory, a missing mandatory metadata field, a missing LICENSE,
__pycache__, .pyc, VCS folders, __MACOSX, binaries; and it caps the size. `make test` builds the ZIP first.
"""

import ast
import configparser
import re
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MANDATORY = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")
RECOMMENDED = ("tracker", "homepage", "tags", "changelog", "icon", "qgisMaximumVersion")
BINARY_SUFFIXES = (".so", ".pyd", ".dll", ".exe", ".dylib", ".pyc", ".pyo", ".o", ".a", ".lib", ".bin", ".jar")
ELF, MZ, MACHO = b"\x7fELF", b"MZ", (b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xce")


def version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


@pytest.fixture(scope="module")
def package():
    path = REPO / "dist" / f"quartier-{version()}.zip"
    if not path.exists():
        pytest.fail(f"{path.relative_to(REPO)} is missing: run `make package` (make test does)")
    return path


def test_single_top_folder_with_plugin_entry(package):
    with zipfile.ZipFile(package) as z:
        names = z.namelist()
        tops = {n.split("/")[0] for n in names}
        assert tops == {"quartier"}, tops
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", "quartier")
        assert "quartier/metadata.txt" in names and "quartier/LICENSE" in names
        init = z.read("quartier/__init__.py").decode("utf-8")
        assert any(isinstance(n, ast.FunctionDef) and n.name == "classFactory" for n in ast.parse(init).body)
        assert "GNU GENERAL PUBLIC LICENSE" in z.read("quartier/LICENSE").decode("utf-8")


def test_metadata_in_the_zip_is_complete(package):
    with zipfile.ZipFile(package) as z:
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        parser.read_string(z.read("quartier/metadata.txt").decode("utf-8"))
        meta = parser["general"]
        for key in MANDATORY + RECOMMENDED:
            assert meta.get(key, "").strip(), f"metadata.txt lacks {key}"
        assert f"quartier/{meta['icon']}" in z.namelist()
        assert meta["version"] in meta["changelog"].split()[0], "the changelog starts with the current version"
        assert "GPL" in meta["about"]
        for url in ("repository", "tracker", "homepage"):
            assert meta[url].startswith("https://")


def test_no_caches_vcs_or_binaries(package):
    with zipfile.ZipFile(package) as z:
        for info in z.infolist():
            parts = info.filename.split("/")
            assert not {"__pycache__", ".git", "__MACOSX", ".svn", ".pytest_cache", ".venv"} & set(parts), \
                info.filename
            assert not info.filename.endswith(BINARY_SUFFIXES), info.filename
            if not info.is_dir():
                head = z.read(info)[:4]
                assert not head.startswith((ELF, MZ) + MACHO), f"binary: {info.filename}"
            assert not info.filename.endswith("resources_rc.py"), info.filename


def test_package_is_small(package):
    assert package.stat().st_size < 5 * 1024 * 1024, package.stat().st_size
