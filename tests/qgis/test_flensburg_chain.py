"""Flensburg, the whole chain with the real open data and the Flensburg city profile: validate → import →
need index → overlay → meeting pack, no file edited by hand; the pack names no Stuttgart term.

The data (``../shared/data/flensburg``, CC0) are as published: geometry in CRS84, tables with thousands
dots, "35,5%", names instead of keys, a headerless table. Flensburg has no published renewal areas: the
test makes two of its own (in EPSG:25832, unlike the areas).
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots" / "flensburg_pack"
STUTTGART_WORDS = ("Stuttgart", "AGSP", "Vorranggebiet", "Stadtbezirk", "Amt für Stadtplanung und Wohnen",
                   "Steuerungsbereich", "RTK", "Gebietsauswahl", "Neckarvorstadt", "Demostadt")
TABLES = (
    ("tab_1_einwohner_in_stadtteilen_2011_bis_2021.csv", {"TABLE_KEY": "id", "COLUMNS": "gesamt=einwohner"}),
    ("tab18_Anzahl_der_Regelleistungsberechtigten_nach_SGBII - Tabellenblatt1.csv",
     {"TABLE_KEY": "Stadtteil", "COLUMNS": "Anteil_in_%_2021=sgb2_anteil"}),
    ("tab_20_nichterwerbsfähige_Leistungsberechtigte_in_BG_nach_SGBII - Tabellenblatt1.csv",
     {"TABLE_KEY": "Stadtteil", "COLUMNS": "2021_Anteil=sgb2_kinder_anteil"}),
    ("tab_9_anteil_migrationshintergrund.csv",
     {"TABLE_KEY": "stadtteil", "HEADER": 2, "COLUMN_NAMES": "stadtteil;leer;mh_anzahl;mh_anteil",
      "COLUMNS": "mh_anzahl"}),
    ("tab_11_sozialversicherungspflichtig_beschaeftigte.csv",
     {"TABLE_KEY": "id", "COLUMNS": "Beschäftigungsquote_gesamt_2021=beschaeftigungsquote"}),
)


def renewal_areas():
    """Two made-up funding areas in EPSG:25832 (Flensburg has none published): in Neustadt and in Tarup."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=name:string", "Testgebiete", "memory")
    features = []
    for name, rect in (("Neustadt", QgsRectangle(527150, 6071850, 527500, 6072200)),
                       ("Tarup Mitte", QgsRectangle(530700, 6069600, 531300, 6070200))):
        f = QgsFeature(layer.fields())
        f.setAttributes([name])
        g = QgsGeometry.fromRect(rect)
        g.convertToMultiType()
        f.setGeometry(g)
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture(scope="module")
def chain(flensburg_data, tmp_path_factory, qgis_processing):
    """The chain as a Flensburg office runs it: QGIS in German."""
    from provider_helper import ensure_provider

    from quartier_plugin import translation

    ensure_provider()
    translator = translation.install_translator("de")
    assert translator is not None, "the German translation is not compiled (make i18n-compile)"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("quartier_plugin.processing.meeting_pack.user_locale", lambda: "de")
        try:
            yield run_chain(flensburg_data, tmp_path_factory)
        finally:
            translation.remove_translator(translator)


def run_chain(flensburg_data, tmp_path_factory):
    stadtteile = QgsVectorLayer(str(flensburg_data / "flensburg_stadtteile.geojson"), "Stadtteile", "ogr")
    bezirke = QgsVectorLayer(str(flensburg_data / "flensburg_stadtbezirke.geojson"), "Bezirke", "ogr")
    out = {"validation": processing.run("quartier:validate_hierarchy", {
        "CITY": "flensburg", "LAYERS": [stadtteile, bezirke], "OUTPUT": "memory:report"})}
    layer, reports = stadtteile, []
    for name, params in TABLES:
        result = processing.run("quartier:import_statistics", dict(
            params, AREAS=layer, AREA_KEY="AREA_ID", AREA_NAME="AREA_NAME", TABLE=str(flensburg_data / name),
            OUTPUT="memory:statistik"))
        layer = result["OUTPUT"]
        reports.append(result["REPORT"])
    out.update(statistics=layer, reports=reports)
    need = processing.run("quartier:need_index", {
        "INPUT": layer, "KEY_FIELD": "AREA_ID", "NAME_FIELD": "AREA_NAME", "METHOD": "flensburg_sozialatlas",
        "OUTPUT": "memory:need"})
    out["need"] = need
    renewal = renewal_areas()
    out["renewal"] = renewal
    out["overlay"] = processing.run("quartier:renewal_overlay", {
        "AREAS": need["OUTPUT"], "KEY_FIELD": "AREA_ID", "CLASS_FIELD": "index_class", "RANK_FIELD": "index_rank",
        "RENEWAL": renewal, "OUTPUT": "memory:overlay", "CANDIDATES": "memory:candidates"})
    folder = tmp_path_factory.mktemp("flensburg") / "sitzung"
    out["pack"] = processing.run("quartier:meeting_pack", {
        "CITY": "flensburg", "AREAS": stadtteile, "AREA_KEY": "AREA_ID", "AREA_NAME": "AREA_NAME",
        "STATISTICS": layer, "STATISTICS_KEY": "AREA_ID", "RENEWAL": renewal, "OVERLAY": out["overlay"]["OUTPUT"],
        "OVERLAY_KEY": "AREA_ID", "DATE": "2026-12-01", "TITLE": "Sozialer Handlungsbedarf 2021",
        "OUTPUT": str(folder)})
    out["folder"] = folder
    return out


def test_hierarchy_of_flensburg_validates_with_the_profile_alone(chain):
    codes = [f["code"] for f in chain["validation"]["OUTPUT"].getFeatures()]
    assert "missing_parent" not in codes and codes.count("invalid_geometry") == 2


def test_every_table_joins_all_13_stadtteile(chain):
    layer = chain["statistics"]
    assert layer.featureCount() == 13
    for report in chain["reports"]:
        assert report.startswith("Zugeordnet: 13;"), report
    values = {f["AREA_NAME"]: (f["einwohner"], f["mh_anzahl"], f["sgb2_anteil"]) for f in layer.getFeatures()}
    assert values["01 Altstadt"] == (3866, 1374, 13.4)  # "1.374" is 1374, "13,4" is 13.4


def test_need_index_scores_all_areas_with_names(chain):
    need = chain["need"]
    assert need["SCORED"] == 13
    names = {f["AREA_NAME"] for f in need["OUTPUT"].getFeatures()}
    assert "04 Westliche Höhe" in names


def test_pack_pdf_names_no_stuttgart_term(chain):
    folder = chain["folder"]
    pdf = folder / "sitzungsunterlage.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for word in STUTTGART_WORDS:
        assert word not in text, f"{word!r} on a Flensburg sheet"
    for file in ("LIESMICH.md", "rangfolge.csv", "einstellungen.json"):
        content = (folder / file).read_text(encoding="utf-8-sig")
        for word in STUTTGART_WORDS:
            assert word not in content, f"{word!r} in {file}"
    assert "Stadt Flensburg, Sozialatlas 2022" in text
    # the renewal areas and the committee in the city's words
    assert "Fördergebiete Sozialer Zusammenhalt" in text and "Bedarfsklassen" in text
    assert "# Sitzungsunterlage Lenkungsgruppe Sozialraum:" in (folder / "LIESMICH.md").read_text(encoding="utf-8")
    settings = json.loads((folder / "einstellungen.json").read_text(encoding="utf-8"))
    assert settings["city"] == {"id": "flensburg", "name": "Flensburg", "crs": "EPSG:25832"}
    assert chain["pack"]["PAGES"] >= 3
    # the profile sheet of Neustadt (rank 1) states its renewal coverage even without a population layer
    assert "Stadterneuerung: 21,3 % der Fläche" in text  # numbers in the pack's language, as in its tables


def test_pack_pages_rendered_for_looking(chain):
    """The pages as a user sees them (50 dpi PNGs in out/screenshots/flensburg_pack, looked at by hand)."""
    if SHOTS.exists():
        shutil.rmtree(SHOTS)
    SHOTS.mkdir(parents=True)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(chain["folder"] / "sitzungsunterlage.pdf"),
                    str(SHOTS / "page")], check=True)
    pages = sorted(SHOTS.glob("page-*.png"))
    assert len(pages) == chain["pack"]["PAGES"]
