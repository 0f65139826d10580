"""A selection round headless: the expert form, assessments imported from a German Excel table (a bad row
refuses the import, with its line), the register exported without names; all through Processing."""

import pytest
from qgis import processing
from qgis.core import QgsProcessingException

from quartier_plugin.core import decisions as D
from quartier_plugin.storage.selection_store import SelectionStore
from quartier_plugin.storage.workspace import WorkspaceSpec

TABLE = (
    "Schlüssel;Gebiet;Runde;Rolle;Verfasst von;Datum;Einschätzung;Sicherheit;Themen;Text\r\n"
    "101;;2026;Bezirksexpertin/-experte;Frau Beispiel;30.11.2026;höher;hoch;Lärm, Wohnumfeld;Wenig Treffpunkte\r\n"
    ";Zedernheim;2026;Jugendamt;Jugendamt Mitte;01.12.2026;wie die Zahlen;;Engagement;\r\n"
    "0103;Wacholderhain;2026;Gesundheitsamt;;;weiß nicht;;;\r\n"
)


@pytest.fixture
def areas(demo_project):
    project, layers = demo_project
    return layers["stadtteile"]


def _import(areas, path, workspace, skip=False):
    return processing.run("quartier:import_assessments", {
        "INPUT": str(path), "AREAS": areas, "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
        "ROUND": "2026", "SKIP_BAD_ROWS": skip, "WORKSPACE": str(workspace)})


def test_round_through_processing(areas, tmp_path, quartier_provider):
    table = tmp_path / "einschaetzungen.csv"
    table.write_bytes(TABLE.encode("cp1252"))  # German Excel's "CSV (Trennzeichen-getrennt)"
    workspace = tmp_path / "w.gpkg"
    with pytest.raises(QgsProcessingException, match=r"1 of 3 rows cannot be recorded.*line 4: judgement: "
                                                     r"'weiß nicht' is not a judgement"):
        _import(areas, table, workspace)
    store = SelectionStore(WorkspaceSpec("gpkg", path=str(workspace)))
    assert store.assessments() == []  # nothing recorded
    result = _import(areas, table, workspace, skip=True)
    assert result["IMPORTED"] == 2 and "line 4" in result["PROBLEMS"]
    got = store.assessments()
    assert [(a.area_key, a.judgement) for a in got] == [("0101", "higher"), ("0102", "as_numbers")]
    assert got[0].recorded_by and got[0].recorded_at

    decision, _ = D.record(D.Decision("0101", "2026", "selected", body="AGSP", reason="höchster Bedarf",
                                      start="2027-01-01", planned_end="2036-12-31", pack_hash="abc123"))
    store.add_decisions([decision], "2026")
    out = processing.run("quartier:export_register", {
        "WORKSPACE": str(workspace), "ROUND": "", "WITH_NAMES": False, "OUTPUT": str(tmp_path / "register.csv"),
        "ASSESSMENTS": str(tmp_path / "assessments.csv")})
    register = open(out["OUTPUT"], encoding="utf-8-sig").read()
    assert "0101;2026;" in register and "abc123" in register and "höchster Bedarf" in register
    exported = open(out["ASSESSMENTS"], encoding="utf-8-sig").read()
    assert "Frau Beispiel" not in exported and ("Bezirksexpertin" in exported or "Bezirk expert" in exported)

    form = processing.run("quartier:expert_form", {
        "AREAS": areas, "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name", "ROUND": "2026",
        "OUTPUT": str(tmp_path / "formular.csv")})
    lines = open(form["OUTPUT"], encoding="utf-8-sig").read().strip().splitlines()
    assert lines[0].split(";")[:5] in (["Schlüssel", "Gebiet", "Rang", "Klasse", "Runde"],
                                       ["key", "area", "rank", "class", "round"])
    assert len(lines) == areas.featureCount() + 1 and lines[1].startswith("0101;Mistelfeld;")


def test_combined_view_and_register_layers(demo_project, tmp_path, quartier_provider):
    from quartier_plugin.core import assessments as A
    from quartier_plugin.layers.selection_layers import publish_combined_view, publish_register, ranking_rows

    project, layers = demo_project
    stats = layers["statistik_stadtteile"]
    stats.setSubsetString('"jahr" = 2024')
    need = processing.run("quartier:need_index", {"INPUT": stats, "METHOD": "stuttgart_gebietsauswahl",
                                                  "OUTPUT": "memory:"})["OUTPUT"]
    rows, order, _geometries = ranking_rows(need, "stadtteil_nr", "stadtteil_nr")
    assert order == ["gering", "mittel", "hoch", "sehr hoch"]
    top, low = rows[0]["key"], [r for r in rows if r["class"] == "gering"][0]["key"]
    store = SelectionStore(WorkspaceSpec("gpkg", path=str(tmp_path / "w.gpkg")))
    store.add_assessments([A.new(A.Assessment(top, "2026", "youth_office", "lower")),
                           A.new(A.Assessment(low, "2026", "bezirk_expert", "higher"))])
    running, _ = D.record(D.Decision(top, "2020", "running", start="2021-01-01", planned_end="2030-12-31",
                                     reason="x"))
    store.add_decisions([running])
    view = publish_combined_view(project, need, store, "2026", "stadtteil_nr", "stadtteil_nr")
    flags = {f["key"]: (f["flag"], f["running"], f["rank"]) for f in view.getFeatures()}
    assert flags[top] == ("voices_lower", 1, 1) and flags[low][0] == "voices_higher"
    assert sum(1 for v in flags.values() if v[0]) == 2 and view.featureCount() == need.featureCount()
    register = publish_register(project, layers["stadtteile"], "stadtteil_nr", "stadtteil_name", store)
    assert [(f["key"], f["running"], f["status"]) for f in register.getFeatures()] == [(top, 1, "running")]
    assert register.renderer().categories()[0].label() == "running project area (hatched)"


def test_selection_round_into_the_pack_and_back(demo_gpkg, tmp_path, quartier_provider):
    """The issue's round: assessments from a German Excel table (a bad row named, then skipped), the combined
    view, decisions, the pack with the selection sheet and without names, and everything still there when the
    workspace is opened again."""
    import csv
    import io
    import json
    import subprocess

    from quartier_plugin.layers.selection_layers import ranking_rows
    from quartier_plugin.storage.selection_store import SelectionStore

    gpkg = str(demo_gpkg)
    areas = f"{gpkg}|layername=stadtteile"
    stats = f"{gpkg}|layername=statistik_stadtteile"
    workspace = tmp_path / "runde.quartier.gpkg"
    table = tmp_path / "einschaetzungen.csv"
    table.write_bytes((
        "Schlüssel;Gebiet;Runde;Rolle;Verfasst von;Datum;Einschätzung;Sicherheit;Themen;Text\r\n"
        "2006;;2026;Jugendamt;Frau Beispiel;30.11.2026;niedriger;hoch;Wohnumfeld;Neue Angebote seit 2025\r\n"
        "2006;;2026;Sozialamt;Herr Muster;30.11.2026;geringer;mittel;;\r\n"
        ";Zedernheim;2026;Bezirksexpertin/-experte;Frau Beispiel;1.12.2026;höher;hoch;Lärm;Viele Familien\r\n"
        "0101;;2026;Jugendamt;;;höher;;;Kleines Gebiet\r\n"
        "9999;;2026;Sozialamt;;;höher;;;\r\n").encode("cp1252"))
    with pytest.raises(QgsProcessingException, match="line 6: the area '9999' does not exist"):
        processing.run("quartier:import_assessments", {"INPUT": str(table), "AREAS": areas,
                                                       "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
                                                       "WORKSPACE": str(workspace)})
    processing.run("quartier:import_assessments", {"INPUT": str(table), "AREAS": areas, "AREA_KEY": "stadtteil_nr",
                                                   "AREA_NAME": "stadtteil_name", "SKIP_BAD_ROWS": True,
                                                   "WORKSPACE": str(workspace)})
    store = SelectionStore(WorkspaceSpec("gpkg", path=str(workspace)))
    need = processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": "memory:"})["OUTPUT"]
    rows, order, _g = ranking_rows(need)
    from quartier_plugin.core.selection import combined_view

    view = {r["key"]: r for r in combined_view(rows, store.assessments(), [], "2026", order)}
    assert view["2006"]["flag"] == "voices_lower" and view["0102"]["flag"] == "voices_higher"
    assert view["0101"]["flag"] is None and view["0101"]["assessments"] == 1  # a withheld area has no numbers
    shortlisted, _ = D.record(D.Decision("2006", "2026", "shortlisted", body="AGSP", reason="Zahlen hoch, "
                                         "Einschätzungen zurückhaltend: besprechen"))
    running, _ = D.record(D.Decision("1902", "2018", "running", start="2019-01-01", planned_end="2028-12-31",
                                     reason="Projektgebiet seit 2019"))
    store.add_decisions([shortlisted, running])

    out = tmp_path / "pack"
    result = processing.run("quartier:meeting_pack", {
        "AREAS": areas, "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name", "STATISTICS": stats,
        "STATISTICS_KEY": "stadtteil_nr", "SELECTION": "2006", "DATE": "2026-12-01", "SELECTION_ROUND": "2026",
        "SELECTION_WORKSPACE": str(workspace), "OUTPUT": str(out)})
    text = subprocess.run(["pdftotext", "-layout", result["PDF"], "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Area selection 2026" in text or "Gebietsauswahl 2026" in text
    assert "Frau Beispiel" not in text and "Herr Muster" not in text  # names stay out by default
    settings = json.loads((out / "einstellungen.json").read_text(encoding="utf-8"))
    assert settings["selection"] == {"round": "2026", "names_in_csv": False}
    assert "selection" in settings["sheets"] and settings["sheets"].index("selection") < \
        settings["sheets"].index("profiles")
    csv_text = (out / "rangfolge.csv").read_text(encoding="utf-8-sig")
    assert "Frau Beispiel" not in csv_text
    rows = list(csv.DictReader(io.StringIO(csv_text), delimiter=";"))
    by_key = {r[next(h for h in rows[0] if h in ("Key", "Schlüssel"))]: r for r in rows}
    flag_column = next(h for h in rows[0] if h in ("For discussion", "Zu besprechen"))
    assert by_key["2006"][flag_column] and by_key["0102"][flag_column]
    assert all(value in ("", "0101", "Mistelfeld") or header in ("Scored", "Bewertet", "Not scored because",
                                                                  "Nicht bewertet, weil")
               for header, value in by_key["0101"].items())  # the small area: nothing but key, name, reason
    running_column = next(h for h in rows[0] if h in ("Running project", "Laufendes Projekt"))
    assert by_key["1902"][running_column] == "1" and by_key["2006"][running_column] == "0"

    again = SelectionStore(WorkspaceSpec("gpkg", path=str(workspace)))  # opened again: all there
    assert len(again.assessments()) == 4 and {d.status for d in again.decisions()} == {"shortlisted", "running"}
