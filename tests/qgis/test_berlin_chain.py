"""A Berlin-like city through the chain with only the city profile and a field mapping: LOR levels nested
by key prefix (EPSG:25833), the MSS table with -9999 for no data, renewal areas in EPSG:4326, the pack
with the MSS in full (dynamics class, status/dynamics group) and no Stuttgart word."""

import csv
import subprocess
from pathlib import Path

import pytest
from berlin_like import lor_layers, mss_csv, mss_rows
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from quartier_plugin.storage.fields import value_or_none
from quartier_plugin.storage.project_state import builtin_city, save_city

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots" / "berlin_pack"
STUTTGART_WORDS = ("Stuttgart", "AGSP", "Vorranggebiet", "Stadtbezirk", "Amt für Stadtplanung und Wohnen",
                   "Steuerungsbereich", "RTK", "Gebietsauswahl")


def renewal_wgs84():
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=name:string", "Gebiete", "memory")
    f = QgsFeature(layer.fields())
    f.setAttributes(["Fördergebiet"])
    g = QgsGeometry.fromRect(QgsRectangle(386300, 5815700, 387600, 5817400))  # over four Planungsräume
    g.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:25833"),
                                       QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()))
    g.convertToMultiType()
    f.setGeometry(g)
    layer.dataProvider().addFeatures([f])
    return layer


@pytest.fixture(scope="module")
def chain(tmp_path_factory, qgis_processing):
    from provider_helper import ensure_provider

    ensure_provider()
    project = QgsProject.instance()
    project.clear()
    save_city(builtin_city("berlin"), project)  # the only Berlin-specific step: the project's city
    tmp = tmp_path_factory.mktemp("berlin")
    layers = lor_layers()
    out = {"validation": processing.run("quartier:validate_hierarchy", {
        "LAYERS": list(layers.values()), "OUTPUT": "memory:report"})}
    plr = layers["planungsraum"]
    rows = mss_rows([f["PLR_ID"] for f in plr.getFeatures()])
    for name, no_data in (("dirty", "-9999"), ("clean", "")):
        table = mss_csv(rows, tmp / f"mss_{name}.csv", no_data=no_data)
        joined = processing.run("quartier:import_statistics", {
            "AREAS": plr, "AREA_KEY": "PLR_ID", "TABLE": str(table), "TABLE_KEY": "PLR_ID",
            "OUTPUT": f"memory:{name}"})["OUTPUT"]
        out[name] = joined
        out[f"need_{name}"] = processing.run("quartier:need_index", {
            "INPUT": joined, "KEY_FIELD": "PLR_ID", "METHOD": "berlin_mss_2021", "OUTLIER_FIELD": "KOM",
            "OUTLIER_TEXT": "Ausreißer", "OUTPUT": "memory:need"})
    out["renewal"] = renewal_wgs84()
    folder = tmp / "sitzung"
    out["pack"] = processing.run("quartier:meeting_pack", {
        "AREAS": out["dirty"], "AREA_KEY": "PLR_ID", "AREA_NAME": "PLR_NAME", "STATISTICS": out["dirty"],
        "STATISTICS_KEY": "PLR_ID", "RENEWAL": out["renewal"], "DATE": "2026-12-01", "SELECTION": "01010101 02020204",
        "OUTPUT": str(folder)})
    out["folder"] = folder
    yield out
    project.clear()


def classes(result):
    return {f["PLR_ID"]: (f["status_class"], f["dynamik_class"], f["gesamtindex"])
            for f in result["OUTPUT"].getFeatures()}


def test_four_lor_levels_validate_with_the_projects_city_profile(chain):
    assert chain["validation"]["ERRORS"] == 0


def test_minus_9999_gives_the_same_classes_as_the_cleaned_table(chain):
    dirty, clean = classes(chain["need_dirty"]), classes(chain["need_clean"])
    assert dirty == clean
    # one small, one declared outlier, one with no data; and in the Bezirksregionen of the first two one more
    # Planungsraum each, withheld so that they cannot be derived from the region's totals
    assert chain["need_dirty"]["SCORED"] == 32 - 3 - 2
    values = {f["PLR_ID"]: value_or_none(f["S3"]) for f in chain["dirty"].getFeatures()}
    assert sum(1 for v in values.values() if v is None) == 1   # the -9999 cell, read as missing (profile default)
    assert -9999 not in values.values()


def test_pack_carries_the_mss_in_full_and_no_stuttgart_word(chain):
    folder = chain["folder"]
    with open(folder / "rangfolge.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    header = table[0]
    dynamics = next(i for i, h in enumerate(header) if h.startswith(("Dynamik-Index", "Dynamics index")))
    group = next(i for i, h in enumerate(header) if h.startswith(("Overall group", "Gesamtgruppe")))
    scored = [row for row in table[1:] if row[0]]
    assert {row[dynamics] for row in scored} <= {"positiv", "stabil", "negativ"}
    assert all("/" in row[group] for row in scored)
    text = subprocess.run(["pdftotext", "-layout", str(folder / "sitzungsunterlage.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    for word in STUTTGART_WORDS:
        assert word not in text, word
    assert ("Dynamik-Index" in text or "Dynamics index" in text) and ("12 Gruppen" in text or "12 groups" in text)
    assert "Senatsverwaltung" in text
    SHOTS.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(folder / "sitzungsunterlage.pdf"), str(SHOTS / "page")],
                   check=True)

