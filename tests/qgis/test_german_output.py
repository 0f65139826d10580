"""No dot decimal in German output (issue 16): Processing feedback and messages, the meeting pack's pages and CSV,
and the weighting dock, each made in a German QGIS (locale setting and the German translation installed)."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLocale

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from german_text import dot_decimals  # noqa: E402

PRESET = "stuttgart_gebietsauswahl"


@pytest.fixture
def german(qgis_app):
    """QGIS runs in German: the locale setting QgsApplication.locale() reads, and the plugin's translation."""
    from quartier_plugin import translation

    settings = QgsSettings()
    before = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    translator = translation.install_translator("de")
    assert translator is not None and translation.text_language() == "de"
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))  # as QGIS does at start-up
    yield
    QLocale.setDefault(locale)
    translation.remove_translator(translator)
    for key, value in zip(("locale/overrideFlag", "locale/userLocale"), before):
        settings.remove(key) if value is None else settings.setValue(key, value)


class Recording(QgsProcessingFeedback):
    """Every text an algorithm reports."""

    def __init__(self):
        super().__init__()
        self.texts = []

    def pushInfo(self, text):  # noqa: N802 - QGIS API
        self.texts.append(text)

    def pushWarning(self, text):  # noqa: N802
        self.texts.append(text)

    def reportError(self, text, fatalError=False):  # noqa: N802, N803
        self.texts.append(text)

    def setProgressText(self, text):  # noqa: N802
        self.texts.append(text)

    def pushCommandInfo(self, text):  # noqa: N802
        self.texts.append(text)


def layer(gpkg, name):
    lyr = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert lyr.isValid(), name
    return lyr


def run(algorithm, params):
    feedback = Recording()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run(f"quartier:{algorithm}", params, feedback=feedback, context=context)
    texts = feedback.texts + [v for v in result.values() if isinstance(v, str) and not v.startswith("/")]
    return result, "\n".join(texts)


def test_a_dot_decimal_is_found_where_it_would_be(german):
    """Control: the check fails on what the issue saw ("3.09", "17.7 %", "CR = 0.04")."""
    assert dot_decimals("Index 3.09, Anteil 17.7 %, CR = 0.04") == ["3.09", "17.7", "0.04"]


def test_processing_feedback_in_german_has_no_dot_decimal(german, quartier_provider, demo_gpkg):
    stats, areas = layer(demo_gpkg, "statistik_stadtteile"), layer(demo_gpkg, "stadtteile")
    common = {"INPUT": stats, "KEY_FIELD": "stadtteil_nr", "METHOD": PRESET, "OUTPUT": "TEMPORARY_OUTPUT"}
    need, text = run("need_index", common)
    assert "Methode" in text  # German, and it says something
    everything = [text]
    everything.append(run("robustness", {**common, "DRAWS": 200})[1])
    everything.append(run("area_types", {**common, "K": 4, "PROFILES": "TEMPORARY_OUTPUT"})[1])
    everything.append(run("renewal_overlay", {
        "AREAS": areas, "KEY_FIELD": "stadtteil_nr", "INDEX": need["OUTPUT"], "INDEX_KEY": "stadtteil_nr",
        "RENEWAL": layer(demo_gpkg, "vorranggebiete"), "POPULATION": layer(demo_gpkg, "bevoelkerung_raster"),
        "POPULATION_FIELD": "einwohner", "OUTPUT": "TEMPORARY_OUTPUT", "CANDIDATES": "TEMPORARY_OUTPUT"})[1])
    crosswalk = run("crosswalk", {
        "SOURCE": areas, "SOURCE_KEY": "stadtteil_nr", "FIELDS": ["einwohner"],
        "TARGET": layer(demo_gpkg, "planungsraeume"), "TARGET_KEY": "pr_nr", "OUTPUT": "TEMPORARY_OUTPUT"})[1]
    assert "hinein" in crosswalk and "," in crosswalk  # the totals, with decimals, as German writes them
    everything.append(crosswalk)
    everything.append(run("aggregate_counts", {
        "INPUT": stats, "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": ["einwohner", "bonuscard"],
        "GROUP_BY": ["jahr"], "SHARES": "bonuscard/einwohner", "UNITS": areas, "OUTPUT": "TEMPORARY_OUTPUT"})[1])
    text = "\n".join(everything)
    assert dot_decimals(text) == [], text


def test_core_messages_arrive_in_german_with_german_numbers(german):
    from quartier_plugin.core import decisions
    from quartier_plugin.core.need_index import WARNINGS
    from quartier_plugin.translation import tr_format, translated_message

    text = tr_format(WARNINGS["ahp_inconsistent"], index="index", cr="0.14")
    assert "0,14" in text and dot_decimals(text) == []
    _d, warnings = decisions.record(decisions.Decision("011", "2026", "selected", start="2027-01-01",
                                                       planned_end="2030-01-01"))
    shown = [translated_message(w) for w in warnings]
    assert any("läuft 3,0 Jahre" in s for s in shown) and any("ohne Begründung" in s for s in shown), shown


def test_meeting_pack_pages_and_csv_in_german_have_no_dot_decimal(german, quartier_provider, demo_gpkg, tmp_path):
    folder = tmp_path / "pack"
    processing.run("quartier:meeting_pack", {
        "AREAS": layer(demo_gpkg, "stadtteile"), "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
        "STATISTICS": layer(demo_gpkg, "statistik_stadtteile"), "STATISTICS_KEY": "stadtteil_nr",
        "METHOD": PRESET, "RENEWAL": layer(demo_gpkg, "vorranggebiete"), "SELECTION": "0102; 0205",
        "DATE": "2026-12-01", "CSV_STYLE": 0, "OUTPUT": str(folder)})
    pdf = next(folder.glob("*.pdf"))
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    assert "Bedarf" in pages and "," in pages
    assert dot_decimals(pages, allowed=("QGIS", "Quartier ")) == [], [
        line for line in pages.splitlines() if dot_decimals(line, allowed=("QGIS", "Quartier "))]
    table = next(folder.glob("*.csv"))
    with open(table, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    cells = [c for row in rows[1:] for c in row]
    assert any("," in c for c in cells)  # decimal commas are there
    assert [c for c in cells if dot_decimals(c)] == []


def test_weighting_dock_in_german_has_no_dot_decimal(german, qgis_iface, demo_project):
    from qgis.PyQt.QtWidgets import QAbstractButton, QLabel, QListWidget, QTableWidget

    from quartier_plugin.gui.weighting_dock import WeightingDock

    project, layers = demo_project
    dock = WeightingDock(qgis_iface, project=project)
    try:
        assert dock.load_data(), dock.status.text()
        dock.editor.set_share("bonuscard", 0.3)
        dock.timer.stop()
        assert dock.recompute()
        texts = [w.text() for w in dock.findChildren(QLabel) + dock.findChildren(QAbstractButton)]
        for table in dock.findChildren(QTableWidget):
            texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                      if table.item(r, c) is not None]
        for box in dock.findChildren(QListWidget):
            texts += [box.item(i).text() for i in range(box.count())]
        text = "\n".join(texts)
        assert "," in text and len(texts) > 30
        assert dot_decimals(text) == [], [t for t in texts if dot_decimals(t)]
    finally:
        dock.timer.stop()
        dock.close()


def descriptions():
    """{(algorithm, what): text} of every algorithm's name, parameters, options and outputs, made now."""
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("quartier")
    out = {}
    for registered in provider.algorithms():
        alg = registered.create()  # a new instance: its texts are made in the language now in force
        out[(alg.name(), "name")] = alg.displayName()
        out[(alg.name(), "group")] = alg.group()
        for d in alg.parameterDefinitions():
            out[(alg.name(), d.name())] = d.description()
            if d.type() == "enum" and not d.usesStaticStrings():
                out.update({(alg.name(), f"{d.name()}[{i}]"): o for i, o in enumerate(d.options())})
        for o in alg.outputDefinitions():
            out[(alg.name(), f"output {o.name()}")] = o.description()
    return out


# the same word in both languages (names of methods, paper sizes, encodings, separators)
SAME = {"k-means", "Ward", "A4", "A3", "PDF", "utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", ";", ",", ".",
        "Workshop"}


def test_every_algorithm_text_is_german_in_a_german_qgis(quartier_provider, qgis_app):
    english = descriptions()
    from quartier_plugin import translation

    translator = translation.install_translator("de")
    try:
        german = descriptions()
    finally:
        translation.remove_translator(translator)
    assert german.keys() == english.keys() and len(english) > 200
    untranslated = {k: v for k, v in english.items() if german[k] == v and v not in SAME}
    assert untranslated == {}


def test_selection_dock_in_german_has_no_dot_decimal(german, demo_project, quartier_provider):
    from qgis.core import QgsFeature
    from qgis.PyQt.QtWidgets import QTableWidget

    from quartier_plugin.gui.selection_dock import SelectionDock

    project, layers = demo_project
    dock = SelectionDock()
    try:
        dock.open_session(layers["stadtteile"], "stadtteil_nr", "stadtteil_name")
        stats = layers["statistik_stadtteile"]
        stats.setSubsetString('"jahr" = 2024')
        need = processing.run("quartier:need_index", {"INPUT": stats, "METHOD": PRESET, "OUTPUT": "memory:"})["OUTPUT"]
        overlay = QgsVectorLayer("None?field=stadtteil_nr:string&field=renewal_share:double"
                                 "&field=decision_group:string", "Bedarf und Stadterneuerung", "memory")
        feature = QgsFeature(overlay.fields())
        feature.setAttributes(["0102", 42.5, "joint"])
        overlay.dataProvider().addFeatures([feature])
        project.addMapLayer(overlay)
        view = dock.compare(need)
        assert len(view) > 100
        texts = [table.item(r, c).text() for table in dock.findChildren(QTableWidget)
                 for r in range(table.rowCount()) for c in range(table.columnCount()) if table.item(r, c)]
        text = "\n".join(texts)
        assert "42,5" in text, [t for t in texts if "42" in t]
        assert dot_decimals(text) == [], [t for t in texts if dot_decimals(t)]
    finally:
        dock.close()
