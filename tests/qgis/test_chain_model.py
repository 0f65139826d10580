"""The shipped model resources/models/quartier_chain.model3 (need index → renewal overlay → meeting pack).

It runs with layer objects as inputs (as the Graphical Modeler passes them), headless through
``qgis_process run model.model3``, and an empty input layer gives a sentence, not a traceback.
"""

import subprocess
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProject,
    QgsVectorLayer,
)
from test_qgis_process import (  # noqa: F401 - the module-scoped `home` fixture too
    QGIS_PROCESS,
    home,  # noqa: F401
    qgis_process,
)

MODEL = Path(__file__).resolve().parents[2] / "resources" / "models" / "quartier_chain.model3"


def load_model():
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODEL)), MODEL
    return model


def demo_layers(gpkg):
    layers = {name: QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
              for name in ("stadtteile", "statistik_stadtteile", "vorranggebiete")}
    assert all(layer.isValid() for layer in layers.values())
    QgsProject.instance().addMapLayers(list(layers.values()))
    return layers


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps what the algorithms report (a model reports its child's error only there)."""

    def __init__(self):
        super().__init__()
        self.texts = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 - QGIS API
        self.texts.append(error)

    def pushInfo(self, info):  # noqa: N802 - QGIS API
        self.texts.append(info)


def pdf_text(path):
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_model_has_the_three_steps_in_order():
    model = load_model()
    children = model.childAlgorithms()
    assert sorted(c.algorithmId() for c in children.values()) == [
        "quartier:meeting_pack", "quartier:need_index", "quartier:renewal_overlay"]
    assert "need_index" in model.dependsOnChildAlgorithms("renewal_overlay")
    assert {"need_index", "renewal_overlay"} <= model.dependsOnChildAlgorithms("meeting_pack")


def test_model_runs_with_layer_inputs(qgis_new_project, quartier_provider, demo_gpkg, tmp_path):
    layers = demo_layers(demo_gpkg)
    out = tmp_path / "pack"
    result = processing.run(load_model(), {
        "areas": layers["stadtteile"], "area_key": "stadtteil_nr", "area_name": "stadtteil_name",
        "statistics": layers["statistik_stadtteile"], "statistics_key": "stadtteil_nr",
        "method": "stuttgart_gebietsauswahl", "renewal": layers["vorranggebiete"],
        "meeting_pack:Meeting pack": str(out)})
    assert Path(result["meeting_pack:Meeting pack"]) == out
    pdf = out / "sitzungsunterlage.pdf"
    assert pdf.exists() and (out / "rangfolge.csv").exists() and (out / "einstellungen.json").exists()
    text = pdf_text(pdf)
    # the overlay of step 2 reached the pack: the ranking has its coverage and decision groups
    import csv

    with open(out / "rangfolge.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header = rows[0]
    decision = header.index("Decision group") if "Decision group" in header else header.index("Entscheidungsgruppe")
    assert any(row[decision] for row in rows[1:]), "no decision group came from the overlay"
    assert rows[1][2] in text  # the top-ranked area's name is on a sheet, as text


def test_model_runs_through_qgis_process(home, demo_gpkg, tmp_path):  # noqa: F811
    out = tmp_path / "pack"
    gpkg = str(demo_gpkg)
    proc = qgis_process(["run", str(MODEL), "--",
                         f"areas={gpkg}|layername=stadtteile", "area_key=stadtteil_nr",
                         "area_name=stadtteil_name", f"statistics={gpkg}|layername=statistik_stadtteile",
                         "statistics_key=stadtteil_nr", "method=stuttgart_gebietsauswahl",
                         f"renewal={gpkg}|layername=vorranggebiete", f"meeting_pack:Meeting pack={out}"], home)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (out / "sitzungsunterlage.pdf").exists(), proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("empty", ["statistics", "areas"])
def test_empty_input_layer_gives_a_clear_message(qgis_new_project, quartier_provider, demo_gpkg, tmp_path, empty):
    layers = demo_layers(demo_gpkg)
    source = layers["statistik_stadtteile" if empty == "statistics" else "stadtteile"]
    blank = source.materialize(QgsFeatureRequest().setFilterExpression("FALSE"))
    assert blank.featureCount() == 0
    params = {"areas": layers["stadtteile"], "area_key": "stadtteil_nr", "area_name": "stadtteil_name",
              "statistics": layers["statistik_stadtteile"], "statistics_key": "stadtteil_nr",
              "method": "stuttgart_gebietsauswahl", "renewal": layers["vorranggebiete"],
              "meeting_pack:Meeting pack": str(tmp_path / "pack")}
    params[empty] = blank
    feedback = Recorder()
    with pytest.raises(QgsProcessingException):
        processing.run(load_model(), params, feedback=feedback)
    log = "\n".join(feedback.texts)
    assert "has no features" in log, log
    assert "AttributeError" not in log and "Traceback" not in log, log
    assert not (tmp_path / "pack").exists()
