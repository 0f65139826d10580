"""The scenarios in the project without any widget: layers/scenario_layers.py stores, names, imports,
exports and deletes them (the weighting dock only asks the user and shows the outcome)."""

import json

from qgis.core import QgsProject

from quartier_plugin import paths
from quartier_plugin.core.scenario import default_settings
from quartier_plugin.layers import scenario_layers as store


def method():
    with open(paths.resource("presets/stuttgart_gebietsauswahl.json"), encoding="utf-8") as handle:
        return json.load(handle)


def test_store_copy_export_import_remove(qgis_app, tmp_path):
    project = QgsProject()
    base = method()
    assert store.store_scenario(project, " Gleich ", base, default_settings(base)) == "Gleich"
    assert store.store_scenario(project, "Gleich", base, default_settings(base)) == "Gleich"  # replaced
    assert [s["name"] for s in store.stored_scenarios(project)] == ["Gleich"]
    assert store.copy_name(project, "Gleich") == "Gleich (copy)"
    assert store.copy_name(project, "x", wanted="Gleich") == "Gleich (2)"
    path = tmp_path / "szenarien.json"
    store.export_scenarios_file(project, str(path))
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "quartier-scenarios"
    added, error = store.import_scenarios_file(project, str(path))
    assert error is None and added == ["Gleich (2)"]
    broken = tmp_path / "kaputt.json"
    broken.write_text("{", encoding="utf-8")
    added, error = store.import_scenarios_file(project, str(broken))
    assert added == [] and "kaputt.json" in error
    assert len(store.stored_scenarios(project)) == 2  # nothing changed by the broken file
    store.remove_scenario(project, "Gleich")
    assert [s["name"] for s in store.stored_scenarios(project)] == ["Gleich (2)"]
    assert store.find_scenario(project, "Gleich (2)")["base_method"] == base
