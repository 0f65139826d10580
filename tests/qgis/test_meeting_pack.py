"""Issue 7: the AGSP meeting pack: sheets from templates, one PDF, CSV and JSON, privacy, bad input."""

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

from quartier_plugin.core.method_preset import load_preset
from quartier_plugin.core.need_index import AreaData, compute
from quartier_plugin.gui.meeting_pack_dialog import MeetingPackDialog
from quartier_plugin.gui.weighting_dock import WeightingDock
from quartier_plugin.layouts import meeting_pack as mp
from quartier_plugin.layouts import sheets

SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"


def pdf_text(path, first=None, last=None):
    cmd = ["pdftotext", "-layout"]
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run(cmd + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def outline(path):
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(path)], capture_output=True, text=True).stdout
    return xml[xml.find("<outline>"):]


@pytest.fixture
def weighted(qgis_iface, demo_project):
    """The demo project with a weighting scenario saved (as a user would before a meeting)."""
    project, layers = demo_project
    dialog = WeightingDock(qgis_iface, project=project)
    assert dialog.load_data()
    dialog.save_scenario_as("Gleichgewichtet")
    dialog.close()
    return project, layers


def suppressed_values(demo_gpkg):
    """The indicator values the suppressed areas would have (computed without the threshold)."""
    preset = load_preset("stuttgart_gebietsauswahl", str(PRESETS))
    stats = QgsVectorLayer(f"{demo_gpkg}|layername=statistik_stadtteile", "s", "ogr")
    rows = [f for f in stats.getFeatures() if f["jahr"] == 2024]
    data = AreaData([f["stadtteil_nr"] for f in rows], {n: [float(f[n]) for f in rows] for n in preset.fields})
    small = {f["stadtteil_nr"] for f in rows if f["einwohner"] < 300}
    result = compute(preset, data, min_population=0)
    values = {}
    for key in small:
        i = result.keys.index(key)
        values[key] = [float(result.indicators[ind.id]["value"][i]) for ind in preset.indicators]
    return values


def test_pack_from_the_dialog(weighted, qgis_iface, tmp_path, demo_gpkg):
    project, layers = weighted
    dialog = MeetingPackDialog(qgis_iface, project=project)
    assert dialog.renewal.currentLayer() is layers["vorranggebiete"]
    assert dialog.boundaries.currentLayer() is layers["stadtbezirke"]
    top = dialog.selected_keys()
    assert len(top) == 13  # the highest class ("sehr hoch") is preselected
    for row in range(dialog.areas.count()):  # add the not scored areas on purpose: 3 small, 3 withheld beside them
        item = dialog.areas.item(row)
        if "not scored" in item.text():
            item.setCheckState(2)
    keys = dialog.selected_keys()
    assert len(keys) == 13 + 6
    dialog.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "meeting_pack_dialog.png"))
    folder = tmp_path / "agsp"
    assert dialog.run(str(folder)) == str(folder)
    assert sorted(os.listdir(folder)) == ["LIESMICH.md", "einstellungen.json", "rangfolge.csv", "sitzungsunterlage.pdf"]
    pdf = folder / "sitzungsunterlage.pdf"
    assert pdf_pages(pdf) == 1 + 19  # one overview sheet (no overlay given) plus one page per area
    text = pdf_text(pdf)
    names = {str(k): n for k, n in zip(dialog.session.keys, dialog.session.names)}
    for key in keys:
        assert names[key] in text
    assert "++" in text and "Lärmkartierung" in text and "Statistik Stadtteile" in text  # ratings, sources
    marks = outline(pdf)
    assert all(names[k] in marks for k in keys) and "Overview: need classes" in marks  # the sheet's words
    # privacy: the suppressed areas' pages, CSV rows and JSON hold none of their values
    hidden = suppressed_values(demo_gpkg)
    assert set(hidden) < {k for k in keys if k not in top}
    last_pages = pdf_text(pdf, 15, 20)  # the pages of the six areas not scored, after the 13 scored
    assert last_pages.count("Not scored") >= 6
    csv_text = (folder / "rangfolge.csv").read_bytes().decode("utf-8-sig")
    json_text = (folder / "einstellungen.json").read_text(encoding="utf-8")
    for values in hidden.values():
        for value in (v for v in values if v != round(v, 1)):  # round values (0 %) also occur elsewhere
            for shown in (f"{value:.1f}".replace(".", ","), f"{value:.4f}".replace(".", ",")):
                assert f" {shown} %" not in last_pages and f"\n{shown}" not in last_pages
            assert repr(value)[:8] not in json_text
    rows = list(csv.reader(io.StringIO(csv_text), delimiter=";"))  # suppressed rows: key, name, reason only
    assert len(rows) == 1 + 152
    small = [r for r in rows[1:] if r[1] in hidden]
    assert all(not any(r[i] for i in range(len(r)) if i not in (1, 2, len(r) - 2, len(r) - 1)) for r in small)
    settings = json.loads(json_text)
    assert settings["profiles"] == [k for k in settings["profiles"]] and len(settings["profiles"]) == 19
    assert settings["inputs"]["areas"]["sha256"] and settings["plugin"]["name"] == "Quartier"
    assert settings["weights"]["index"]["laerm"] == pytest.approx(1 / 7)
    names_in_manager = [layout.name() for layout in project.layoutManager().layouts()]
    assert "AGSP overview A4" in names_in_manager and "AGSP profiles" in names_in_manager
    assert_sheet_layouts(project, text)
    pack_rows = next(lay for lay in project.mapLayers().values() if lay.customProperty("quartier/pack_part") == "rows")
    assert_each_table_shows_its_area(project, project.layoutManager().layoutByName("AGSP profiles"), pack_rows)
    # the same inputs give the same CSV and JSON bytes
    again = tmp_path / "agsp2"
    assert dialog.run(str(again)) == str(again)
    for name in ("rangfolge.csv", "einstellungen.json"):
        assert (folder / name).read_bytes() == (again / name).read_bytes()
    for page in (1, 2, 20):
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", str(page), "-l", str(page), str(pdf),
                        str(SHOTS / "meeting_pack")], check=True)
    dialog.close()


def assert_sheet_layouts(project, text):
    """The sheets explain the classes, their legends name every layer drawn and stay in their column, and the
    profile shows no gap under its table."""
    def box(layout, item_id):
        found = layout.itemById(item_id)
        position, size = found.positionWithUnits(), found.sizeWithUnits()
        return position.x(), position.y(), position.x() + size.width(), position.y() + size.height()

    assert "How the classes are formed" in text and "Selected area" in text
    overview = project.layoutManager().layoutByName("AGSP overview A4")
    legend, note, method = (box(overview, i) for i in ("legend", "class_note", "method_note"))
    assert overview.itemById("class_note").isVisible()
    assert legend[2] <= 297 - 5 and legend[3] < note[1] < note[3] <= method[1]  # one under the other
    assert method[1] - legend[3] < 60  # no gap left where the template's method note began
    names = [n.name() for n in overview.itemById("legend").model().rootGroup().findLayers()]
    assert len(names) == 3  # renewal areas, boundaries and the need classes: what the map draws
    profiles = project.layoutManager().layoutByName("AGSP profiles")
    table, renewal, sources = (box(profiles, i) for i in ("indicator_table", "renewal_text", "sources"))
    assert table[3] - table[1] < 60 and 0 < renewal[1] - table[3] <= 3  # the frame as high as 7 rows, no gap
    assert box(profiles, "method_note")[3] <= sources[1]
    legend = profiles.itemById("legend")
    assert [n.name() for n in legend.model().rootGroup().findLayers()][0] == "Area of the sheet"


def test_cancel_and_bad_input_leave_nothing_behind(weighted, qgis_iface, tmp_path, monkeypatch):
    project, _layers = weighted
    dialog = MeetingPackDialog(qgis_iface, project=project)
    request = dialog.request(str(tmp_path / "pack"))

    class Cancelled:
        def isCanceled(self):  # noqa: N802
            return True

        def setProgress(self, value):  # noqa: N802
            pass

        def pushInfo(self, text):  # noqa: N802
            pass

    with pytest.raises(mp.PackError, match="Cancelled"):
        mp.MeetingPack(request, project, Cancelled()).build()
    assert os.listdir(tmp_path) == []  # no folder, no temporary left
    request.keys = []
    with pytest.raises(mp.PackError, match="Select at least one area"):
        mp.MeetingPack(request, project).build()
    request.keys = ["9999"]
    with pytest.raises(mp.PackError, match="none of the 1 given"):
        mp.MeetingPack(request, project).build()
    assert os.listdir(tmp_path) == []
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    request.keys = ["2006"]
    request.folder = str(blocker / "pack")
    with pytest.raises(mp.PackError, match="does not exist or is not writable"):
        mp.MeetingPack(request, project).build()
    foreign = tmp_path / "someone_elses"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    request.folder = str(foreign)
    with pytest.raises(mp.PackError, match="not empty"):
        mp.MeetingPack(request, project).build()
    assert (foreign / "notes.txt").read_text() == "keep me"
    monkeypatch.setattr(sheets, "template_path", lambda name: str(tmp_path / f"{name}_missing.qpt"))
    request.folder = str(tmp_path / "pack")
    with pytest.raises(mp.PackError, match="template .* is missing"):
        mp.MeetingPack(request, project).build()
    assert sorted(os.listdir(tmp_path)) == ["a_file", "someone_elses"]
    monkeypatch.undo()
    assert mp.MeetingPack(request, project).build() == str(tmp_path / "pack")
    first = (tmp_path / "pack" / "einstellungen.json").read_bytes()
    request.keys = ["2006", "2010"]
    assert mp.MeetingPack(request, project).build() == str(tmp_path / "pack")  # an earlier pack is replaced
    assert (tmp_path / "pack" / "einstellungen.json").read_bytes() != first
    assert pdf_pages(tmp_path / "pack" / "sitzungsunterlage.pdf") == 3
    assert sorted(os.listdir(tmp_path)) == ["a_file", "pack", "someone_elses"]
    # sheets chosen: the overview alone needs no areas; the need and renewal sheet alone has nothing to show
    request.keys, request.sheets = [], ["overview"]
    assert mp.MeetingPack(request, project).build() == str(tmp_path / "pack")
    assert pdf_pages(tmp_path / "pack" / "sitzungsunterlage.pdf") == 1
    assert json.loads((tmp_path / "pack" / "einstellungen.json").read_text(encoding="utf-8"))["sheets"] == ["overview"]
    request.sheets = ["need_renewal"]
    with pytest.raises(mp.PackError, match="None of the chosen sheets"):
        mp.MeetingPack(request, project).build()
    assert pdf_pages(tmp_path / "pack" / "sitzungsunterlage.pdf") == 1  # the earlier pack stays


def test_algorithm_with_overlay_through_processing(demo_gpkg, quartier_provider, tmp_path):
    gpkg = str(demo_gpkg)
    need_csv = str(tmp_path / "need.csv")
    stats = f"{gpkg}|layername=statistik_stadtteile"
    processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": need_csv})
    overlay = str(tmp_path / "overlay.gpkg")
    processing.run("quartier:renewal_overlay", {
        "AREAS": f"{gpkg}|layername=stadtteile", "KEY_FIELD": "stadtteil_nr", "INDEX": need_csv,
        "INDEX_KEY": "stadtteil_nr", "CLASS_FIELD": "index_class", "RANK_FIELD": "index_rank",
        "RENEWAL": f"{gpkg}|layername=vorranggebiete", "OUTPUT": overlay, "CANDIDATES": "TEMPORARY_OUTPUT"})
    out = tmp_path / "pack"
    result = processing.run("quartier:meeting_pack", {
        "AREAS": f"{gpkg}|layername=stadtteile", "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
        "STATISTICS": stats, "STATISTICS_KEY": "stadtteil_nr", "RENEWAL": f"{gpkg}|layername=vorranggebiete",
        "BOUNDARIES": f"{gpkg}|layername=stadtbezirke", "OVERLAY": overlay, "OVERLAY_KEY": "stadtteil_nr",
        "SELECTION": "2006; 0101", "PAGE": 1, "CSV_STYLE": 1, "DATE": "2026-11-23", "OUTPUT": str(out)})
    assert result["PAGES"] == 2 + 2 and pdf_pages(result["PDF"]) == 4
    text = pdf_text(result["PDF"])
    assert "Kiefernhöhe" in text and "Mistelfeld" in text and "2026-11-23" in text
    assert "Need x renewal" in text  # the bivariate sheet with its 3 x 3 legend
    rows = list(csv.reader(io.StringIO((out / "rangfolge.csv").read_text(encoding="utf-8"))))
    assert rows[0][0] == "Rank" and rows[1][1] == "2003" and "." in rows[1][3]  # plain CSV: commas, points
    kiefern = next(r for r in rows if r[1] == "2006")
    assert float(kiefern[rows[0].index("Renewal area %")]) <= 100


def test_pack_for_the_real_stuttgart_geometry(stuttgart_data, demo_gpkg, quartier_provider, tmp_path):
    """The 152 real Stadtteile with the demo city's indicator rows joined (keys assigned in order)."""
    areas = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtteile_152.geojson"), "Stadtteile", "ogr")
    demo = QgsVectorLayer(f"{demo_gpkg}|layername=statistik_stadtteile", "s", "ogr")
    real_keys = sorted(f["STADTTEILNR"] for f in areas.getFeatures())
    demo_keys = sorted({f["stadtteil_nr"] for f in demo.getFeatures()})
    mapping = dict(zip(demo_keys, real_keys))
    table = QgsVectorLayer("None", "statistik", "memory")
    table.dataProvider().addAttributes(demo.fields().toList())
    table.updateFields()
    features = []
    for f in demo.getFeatures():
        copy = QgsFeature(table.fields())
        copy.setAttributes(f.attributes())
        copy["stadtteil_nr"] = mapping[f["stadtteil_nr"]]
        features.append(copy)
    table.dataProvider().addFeatures(features)
    bezirke = QgsVectorLayer(str(stuttgart_data / "stuttgart_stadtbezirke_23.geojson"), "Stadtbezirke", "ogr")
    project = QgsProject.instance()
    project.addMapLayers([areas, table, bezirke])
    try:
        result = processing.run("quartier:meeting_pack", {
            "AREAS": areas, "AREA_KEY": "STADTTEILNR", "AREA_NAME": "STADTTEILNAME", "STATISTICS": table,
            "STATISTICS_KEY": "stadtteil_nr", "BOUNDARIES": bezirke, "OUTPUT": str(tmp_path / "stuttgart")})
    finally:
        project.removeAllMapLayers()
    text = pdf_text(result["PDF"])
    assert result["PAGES"] == 1 + 13
    assert "Stadtteile" in text or "Need classes" in text
    assert any(name in text for name in ("Nordbahnhof", "Hallschlag", "Mitte", "Feuerbach"))
    settings = json.loads((tmp_path / "stuttgart" / "einstellungen.json").read_text(encoding="utf-8"))
    assert settings["inputs"]["areas"]["file"] == "stuttgart_stadtteile_152.geojson"
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "2", result["PDF"],
                    str(SHOTS / "meeting_pack_stuttgart")], check=True)


def test_pack_layouts_stay_usable_after_reopening_the_project(weighted, qgis_iface, tmp_path):

    project, _layers = weighted
    dialog = MeetingPackDialog(qgis_iface, project=project)
    assert dialog.run(str(tmp_path / "pack"))
    dialog.close()
    path = tmp_path / "project.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    layout = project.layoutManager().layoutByName("AGSP profiles")
    assert layout is not None
    assert mp.refill_after_reading(project) == []
    atlas = layout.atlas()
    atlas.updateFeatures()
    assert atlas.count() == 13
    rows = next(lay for lay in project.mapLayers().values() if lay.customProperty("quartier/pack_part") == "rows")
    assert rows.featureCount() == 146 * 7  # the scored areas' indicator rows; none for the 6 withheld
    from qgis.core import QgsLayoutExporter

    result = QgsLayoutExporter.exportToPdf(atlas, str(tmp_path / "again.pdf"), QgsLayoutExporter.PdfExportSettings())
    assert result[0] == QgsLayoutExporter.Success and pdf_pages(tmp_path / "again.pdf") == 13
    assert_each_table_shows_its_area(project, layout, rows)  # the relation came back with the project


def assert_each_table_shows_its_area(project, layout, rows_layer):
    """On every atlas page the indicator table holds exactly the rows of the page's area, in their order."""
    table = layout.itemById("indicator_table").multiFrame()
    relation = project.relationManager().relation(table.relationId())
    assert relation.isValid() and relation.referencingLayer() is rows_layer  # the area's children, by key
    expected = {}
    for feature in rows_layer.getFeatures():
        expected.setdefault(feature["key"], []).append([feature[n] for n in ("indicator", "value", "city", "rating")])
    atlas = layout.atlas()
    assert atlas.beginRender()
    try:
        seen = set()
        for page in range(atlas.count()):
            atlas.seekTo(page)
            table.refreshAttributes()
            key = atlas.layout().reportContext().feature()["key"]
            shown = [list(row) for row in table.contents()]
            assert shown == expected.get(key, []), key  # a withheld area has no rows: "not scored"
            seen.add(key)
    finally:
        atlas.endRender()
    assert len(seen) == atlas.count() and sum(1 for k in seen if k in expected) >= 13


def test_the_profile_texts_are_measured_without_turning_the_atlas(weighted, qgis_iface, tmp_path):
    """The label heights come from the labels' expressions evaluated per atlas feature (fast); they are the
    texts the atlas shows when it turns to each page (slow: every map and table refreshed)."""
    from quartier_plugin.layouts.sheet_flow import page_texts

    project, _layers = weighted
    dialog = MeetingPackDialog(qgis_iface, project=project)
    assert dialog.run(str(tmp_path / "pack")) is not None, dialog.status.text()
    layout = project.layoutManager().layoutByName("AGSP profiles")
    labels = [layout.itemById("index_text"), layout.itemById("renewal_text")]
    fast = page_texts(layout, labels)
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.count() == 13
    turned = {label: [] for label in labels}
    try:
        for page in range(atlas.count()):
            atlas.seekTo(page)
            for label in labels:
                turned[label].append(label.currentText())
    finally:
        atlas.endRender()
    for label in labels:
        assert sorted(fast[label]) == sorted(turned[label])
    assert len(set(turned[labels[0]])) == 13  # the index text differs on every page: a real comparison


def test_scale_bars_speak_the_pack_language_not_qgis(weighted, qgis_iface, tmp_path, monkeypatch):
    """A German pack made while QGIS runs in English: the scale bars QGIS writes say "0,3 km", not "0.3 km"
    (QGIS would follow its own language); an English pack keeps the point."""
    import re

    from qgis.PyQt.QtCore import QLocale

    from quartier_plugin.gui import meeting_pack_dialog

    assert QLocale().decimalPoint() == "."  # the test's QGIS runs in English
    project, _layers = weighted
    labels = {}
    for language in ("de", "en"):
        monkeypatch.setattr(meeting_pack_dialog, "user_locale", lambda lang=language: lang)
        dialog = MeetingPackDialog(qgis_iface, project=project)
        folder = tmp_path / language
        assert dialog.run(str(folder)) == str(folder), dialog.status.text()
        dialog.close()
        text = pdf_text(folder / "sitzungsunterlage.pdf", 2, 14)  # the profiles: scale bars of a few hundred m
        labels[language] = re.findall(r"\b0[.,]\d+\b", text)
        layout = next(lay for lay in project.layoutManager().layouts() if lay.atlas().enabled())
        bar = layout.itemById("scalebar")
        assert bar.numericFormat().decimalSeparator() == ("," if language == "de" else ".")
    assert labels["de"] and all("," in label for label in labels["de"]), labels["de"]
    assert labels["en"] and all("." in label for label in labels["en"]), labels["en"]
