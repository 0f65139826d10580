"""Find the Qt and QGIS API a source tree uses and judge it against the running QGIS (QGIS 4 readiness).

The source is only parsed (nothing of the plugin runs); the running QGIS serves as the dictionary:
``X.Y`` where X is a class imported from ``qgis.*`` and ``X.Y`` is an enum member is an unscoped enum
access (Qt 6 / QGIS 4 need ``X.EnumType.Y``); ``X.EnumType.Y`` where ``X.EnumType`` is really an enum of
another class (``QgsWkbTypes.GeometryType`` is ``Qgis.GeometryType`` on 3.44) is an old alias. Modules
that only PyQt5 has and ``exec_`` are found by name. Used by tests/qgis/test_qt6_readiness.py.
"""

import ast
import enum
import importlib
from dataclasses import dataclass
from pathlib import Path

PYQT5_ONLY_MODULES = {"QtWebKit", "QtWebKitWidgets", "QtXmlPatterns", "QtScript", "QtScriptTools",
                      "QtDeclarative", "QtMultimediaWidgets", "QtX11Extras", "QtWinExtras", "QtMacExtras"}
# Qt 5 classes that Qt 6 removed (no shim in qgis.PyQt for them)
QT6_REMOVED_NAMES = {"QRegExp", "QRegExpValidator", "QDesktopWidget", "QStringListModel_", "QGLWidget",
                     "QMatrix", "QTextCodec", "QLinkedList"}


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    code: str
    kind: str
    hint: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.code}: {self.kind} ({self.hint})"


def _imported_names(tree):
    """Names bound by `from qgis.X import Name` (including relative compat shims are not followed)."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 \
                and node.module.split(".")[0] == "qgis":
            for alias in node.names:
                names[alias.asname or alias.name] = (node.module, alias.name)
    return names


def _chain(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return list(reversed(parts))
    return None


def _is_enum_member(value):
    if isinstance(value, enum.Enum):
        return True
    # sip enums (PyQt5, QGIS 3.22): the member's type has the metaclass sip.enumtype
    return type(type(value)).__name__ == "enumtype"


def _home(value, holder, attr):
    """(owner, enum name, member name) of an enum member: owner "Qgis" where QGIS moved the enum there."""
    from qgis.core import Qgis

    enum_type = type(value)
    member = getattr(value, "name", None) or attr  # Python enums (3.44) know their canonical member name
    if getattr(Qgis, enum_type.__name__, None) is enum_type:
        return "Qgis", enum_type.__name__, member
    return holder, enum_type.__name__, member


def scan_file(path, root):
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text)
    rel = str(path.relative_to(root))
    findings = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            mod = node.module.split(".")
            if mod[0] in ("PyQt5", "PyQt6"):
                findings.append(Finding(rel, node.lineno, node.module, "PyQt import", "use qgis.PyQt"))
            if mod[-1] in PYQT5_ONLY_MODULES:
                findings.append(Finding(rel, node.lineno, node.module, "module only in PyQt5", "no Qt 6 module"))
            for alias in node.names:
                if alias.name in QT6_REMOVED_NAMES:
                    findings.append(Finding(rel, node.lineno, alias.name, "removed in Qt 6", "use its successor"))
        if isinstance(node, ast.Attribute) and node.attr == "exec_":
            findings.append(Finding(rel, node.lineno, "exec_", "exec_()", "use exec()"))
    names = _imported_names(tree)
    seen = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        chain = _chain(node)
        if not chain or chain[0] not in names or len(chain) < 2:
            continue
        key = (node.lineno, tuple(chain))
        if key in seen:
            continue
        seen.add(key)
        module, name = names[chain[0]]
        try:
            obj = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        # walk the chain: X.Y[.Z]
        parent, value = obj, None
        for i, attr in enumerate(chain[1:], start=1):
            value = getattr(parent, attr, None)
            if value is None:
                break
            if _is_enum_member(value):
                code = ".".join(chain[:i + 1])
                owner, enum_name, member = _home(value, chain[i - 1], attr)
                scoped_parent = isinstance(parent, type) and parent is type(value)
                if owner == "Qgis" and chain[0] != "Qgis":
                    findings.append(Finding(rel, node.lineno, code, "old alias",
                                            f"QGIS has it as Qgis.{enum_name}.{member}; use the compat module"))
                elif not scoped_parent:
                    findings.append(Finding(rel, node.lineno, code, "unscoped enum",
                                            f"use {'.'.join(chain[:i])}.{enum_name}.{member}"))
                elif member != attr:
                    findings.append(Finding(rel, node.lineno, code, "old alias",
                                            f"the member is called {enum_name}.{member} now"))
                break
            parent = value
    return findings


def scan(root, exclude=()):
    root = Path(root)
    out = []
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts or any(str(path.relative_to(root)).startswith(e) for e in exclude):
            continue
        out.extend(scan_file(path, root.parent))
    return out


if __name__ == "__main__":
    import sys

    for f in scan(sys.argv[1] if len(sys.argv) > 1 else "quartier_plugin"):
        print(f)
