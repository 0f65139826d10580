"""QGIS 4 (Qt 6) readiness, checked on the source: no unscoped enum, no old alias, no exec_(), no PyQt5-only module.

There is no Qt 6 build of QGIS in Debian, so the plugin's source is parsed (nothing of it runs) and every
``Class.Name`` it spells is looked up in the running QGIS (3.22 on the host, 3.44 in the chroot). Only
``quartier_plugin/compat.py`` may spell version-specific names. A planted bad file shows the scanner bites.
"""

import ast
from pathlib import Path

import pytest
from api_scan import scan, scan_file

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "quartier_plugin"


def test_plugin_source_has_no_qt5_only_or_unscoped_api():
    findings = scan(PACKAGE, exclude=("compat.py",))
    assert not findings, "QGIS 4 / Qt 6 blockers:\n" + "\n".join(map(str, findings))


def test_scanner_finds_planted_problems(tmp_path):
    bad = tmp_path / "pkg" / "bad.py"
    bad.parent.mkdir()
    bad.write_text(
        "from qgis.core import QgsProcessing, QgsFeatureRequest\n"
        "from qgis.PyQt.QtCore import Qt\n"
        "from qgis.PyQt.QtWebKit import QWebView\n"
        "from qgis.PyQt.QtCore import QRegExp\n"
        "a = QgsProcessing.TypeVectorPolygon\n"
        "b = QgsFeatureRequest.NoGeometry\n"
        "c = Qt.AlignLeft\n"
        "d = Qt.AlignmentFlag.AlignLeft\n"
        "dialog.exec_()\n", encoding="utf-8")
    found = scan_file(bad, tmp_path)
    kinds = sorted((f.code, f.kind) for f in found)
    # 3.22 knows these only in their class (unscoped); 3.44 moved them to Qgis (old alias)
    moved = {code: kind for code, kind in kinds}
    assert moved.get("QgsProcessing.TypeVectorPolygon") in ("unscoped enum", "old alias")
    assert moved.get("QgsFeatureRequest.NoGeometry") in ("unscoped enum", "old alias")
    assert ("Qt.AlignLeft", "unscoped enum") in kinds
    assert ("exec_", "exec_()") in kinds
    assert ("qgis.PyQt.QtWebKit", "module only in PyQt5") in kinds
    assert ("QRegExp", "removed in Qt 6") in kinds
    assert not [f for f in found if f.code == "Qt.AlignmentFlag.AlignLeft"], "scoped form must pass"


def test_no_integer_where_an_enum_is_expected():
    """``type=0`` passed to a QGIS class aborted qgis_process on 3.40+ (TypeError in initAlgorithm)."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.startswith("Qgs"):
                for kw in node.keywords:
                    if kw.arg in ("type", "flags", "dataType", "layerType") and isinstance(kw.value, ast.Constant) \
                            and isinstance(kw.value.value, int):
                        offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {node.func.id}({kw.arg}=…)")
    assert not offenders, "\n".join(offenders)


def test_metadata_admits_qgis_4():
    text = (REPO / "metadata.txt").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith(" "))
    assert fields.get("supportsQt6", "").strip() == "True"
    major, minor = (int(x) for x in fields["qgisMaximumVersion"].split(".")[:2])
    assert major >= 4, fields["qgisMaximumVersion"]


@pytest.mark.parametrize("name", ["QAction", "QShortcut"])
def test_moved_qt_classes_resolve(name):
    from quartier_plugin.compat import qt_class

    assert qt_class(name).__name__ == name
