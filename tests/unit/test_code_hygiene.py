"""Rules that keep the plugin portable: pure core, Qt only via qgis.PyQt, no heavy start-up imports."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "quartier_plugin"


def imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node, node.module


def python_files(folder=PACKAGE):
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def test_core_has_no_qgis_or_qt():
    for path in python_files(PACKAGE / "core"):
        for _node, name in imports(path):
            assert name.split(".")[0] not in ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "processing"), \
                f"{path.name} imports {name}"


def test_qt_only_through_qgis_pyqt():
    for path in python_files():
        for _node, name in imports(path):
            assert name.split(".")[0] not in ("PyQt5", "PyQt6", "sip"), f"{path.name} imports {name}"


def test_no_exec_underscore():
    for path in python_files():
        assert "exec_(" not in path.read_text(encoding="utf-8"), path.name


def test_no_top_level_heavy_imports_in_startup_modules():
    """The modules QGIS imports at start-up do not import pandas (or numpy) at module level."""
    for name in ("__init__.py", "plugin.py", "translation.py", "paths.py", "definitions.py",
                 "processing/provider.py"):
        tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
        for node in tree.body:
            mods = []
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                mods = [node.module]
            assert not any(m.split(".")[0] in ("pandas", "numpy", "scipy") for m in mods), name


def test_no_compiled_resources():
    assert not list(PACKAGE.rglob("resources_rc.py")) and not list(PACKAGE.rglob("resources.py"))


def test_plugin_code_uses_relative_imports():
    """The installed folder is called `quartier`, so absolute `quartier_plugin` imports would break."""
    for path in python_files():
        for _node, name in imports(path):
            assert not name.startswith("quartier_plugin"), f"{path.name} imports {name}"
