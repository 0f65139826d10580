"""METHOD is a list of the installed method presets; METHOD_FILE takes a method JSON of one's own (issue 16)."""

import json

import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsProcessingException

from quartier_plugin import paths
from quartier_plugin.core.method_preset import preset_ids

ALGORITHMS = ("need_index", "robustness", "area_types", "meeting_pack")


@pytest.mark.parametrize("name", ALGORITHMS)
def test_method_is_a_list_of_the_installed_presets(quartier_provider, name):
    alg = QgsApplication.processingRegistry().algorithmById(f"quartier:{name}")
    method = alg.parameterDefinition("METHOD")
    assert method.type() == "enum"
    assert method.usesStaticStrings()  # models and qgis_process name a preset by its id, on every machine
    assert method.options() == preset_ids(paths.resource("presets"))
    assert {"stuttgart_gebietsauswahl", "berlin_mss_2021", "flensburg_sozialatlas"} <= set(method.options())
    assert method.flags() & method.FlagOptional
    file_param = alg.parameterDefinition("METHOD_FILE")
    assert file_param.type() == "file" and file_param.extension() == "json"
    assert "METHOD_FILE" in alg.shortHelpString() and "berlin_mss_2021" in alg.shortHelpString()


def stats(demo_gpkg):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{demo_gpkg}|layername=statistik_stadtteile", "statistik", "ogr")
    assert layer.isValid()
    return layer


def run(demo_gpkg, **params):
    return processing.run("quartier:need_index", {"INPUT": stats(demo_gpkg), "KEY_FIELD": "stadtteil_nr",
                                                  "OUTPUT": "TEMPORARY_OUTPUT", **params})["OUTPUT"]


def ranks(layer):
    return {f["stadtteil_nr"]: f["index_rank"] for f in layer.getFeatures()}


def test_a_preset_by_id_and_the_same_as_a_file(quartier_provider, demo_gpkg, tmp_path):
    by_id = run(demo_gpkg, METHOD="stuttgart_gebietsauswahl")
    copy = tmp_path / "mine.json"
    with open(paths.resource("presets") + "/stuttgart_gebietsauswahl.json", encoding="utf-8") as handle:
        copy.write_text(handle.read(), encoding="utf-8")
    by_file = run(demo_gpkg, METHOD_FILE=str(copy))
    assert ranks(by_id) == ranks(by_file) and len(ranks(by_id)) > 100


def test_the_file_overrides_the_preset(quartier_provider, demo_gpkg, tmp_path):
    with open(paths.resource("presets") + "/stuttgart_gebietsauswahl.json", encoding="utf-8") as handle:
        preset = json.load(handle)
    preset["indices"][0]["weights"] = {"laerm": 10, "migration": 1, "einkommen": 1, "buergergeld_u25": 1,
                                       "bonuscard": 1, "uebergewicht": 1, "wohndauer_u5": 1}
    path = tmp_path / "laerm.json"
    path.write_text(json.dumps(preset), encoding="utf-8")
    plain = ranks(run(demo_gpkg, METHOD="stuttgart_gebietsauswahl"))
    weighted = ranks(run(demo_gpkg, METHOD="stuttgart_gebietsauswahl", METHOD_FILE=str(path)))
    assert plain != weighted


def test_a_path_or_an_unknown_id_as_method_is_refused_by_name(quartier_provider, demo_gpkg, tmp_path):
    path = tmp_path / "mine.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="give the method file .*mine.json as METHOD_FILE"):
        run(demo_gpkg, METHOD=str(path))
    with pytest.raises(QgsProcessingException, match="There is no method preset hamburg_rise; installed are: "
                                                     "berlin_mss_2021, flensburg_sozialatlas"):
        run(demo_gpkg, METHOD="hamburg_rise")
