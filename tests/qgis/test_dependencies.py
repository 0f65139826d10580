"""Without numpy, shapely or jinja2 the plugin still loads and every entry point names what to install."""

import json
import sys
from pathlib import Path

import pytest
from provider_helper import plugin_process

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("hidden", [("shapely",), ("numpy", "shapely", "jinja2")])
def test_plugin_loads_and_algorithms_name_the_missing_package(hidden):
    prelude = "import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in hidden)  # not installed
    proc = plugin_process("""
        import json
        from qgis.core import QgsProcessingContext
        import quartier_plugin
        plugin = quartier_plugin.classFactory(Iface())
        plugin.initGui()
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("quartier")
        out = {"algorithms": sorted(a.id() for a in provider.algorithms()), "checks": {}}
        for alg_id in ("quartier:need_index", "quartier:renewal_overlay", "quartier:meeting_pack"):
            alg = registry.createAlgorithmById(alg_id)
            out["checks"][alg_id] = list(alg.checkParameterValues({}, QgsProcessingContext()))
        plugin.unload()
        print("REPORT:" + json.dumps(out))
    """, REPO, prelude)
    lines = [x for x in proc.stdout.splitlines() if x.startswith("REPORT:")]
    assert lines, proc.stdout + proc.stderr
    report = json.loads(lines[0][len("REPORT:"):])
    assert len(report["algorithms"]) == 13, report
    for alg_id, (ok, message) in report["checks"].items():
        assert ok is False, alg_id
        first = hidden[0]
        assert f'"{first}"' in message, message
        assert f"apt install python3-{first}" in message and "OSGeo4W" in message and "pip install" in message
    assert "Traceback" not in proc.stderr, proc.stderr


def test_menu_action_names_the_missing_package(qgis_iface, no_quartier_provider, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    import quartier_plugin

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    plugin = quartier_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        monkeypatch.setitem(sys.modules, "shapely", None)
        action = next(a for a in plugin.actions if a.text() == "Need index and weighting…")
        action.trigger()
        assert shown and '"shapely"' in shown[0], shown
        assert plugin.weighting_dock is None  # nothing half-opened
    finally:
        plugin.unload()


def test_core_dependency_check_without_qgis():
    from quartier_plugin.core.dependencies import MissingDependency, missing, require

    assert missing(["json", "no_such_package_quartier"]) == ["no_such_package_quartier"]
    with pytest.raises(MissingDependency) as err:
        sys.modules["quartier_hidden_pkg"] = None
        try:
            from quartier_plugin.core import dependencies

            dependencies.PACKAGES["quartier_hidden_pkg"] = {"debian": "python3-x", "pip": "x"}
            require("json", "quartier_hidden_pkg")
        finally:
            del sys.modules["quartier_hidden_pkg"]
            dependencies.PACKAGES.pop("quartier_hidden_pkg")
    assert err.value.name == "quartier_hidden_pkg" and "python3-x" in str(err.value)
    json.dumps(err.value.params)
