"""The selection dock as a user drives it: record, revise, import, compare, decide; reopen and see it all."""

from qgis import processing
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

from quartier_plugin.gui.selection_dock import SelectionDock

CSV = ("Gebiet;Runde;Rolle;Einschätzung;Sicherheit;Text\r\n"
       "Zedernheim;2026;Sozialamt;höher;hoch;Viele Alleinerziehende\r\n"
       "Gibtsnicht;2026;Sozialamt;höher;hoch;\r\n").encode("utf-8-sig")


def test_round_in_the_dock_survives_reopening(demo_project, tmp_path, quartier_provider):
    project, layers = demo_project
    areas = layers["stadtteile"]
    dock = SelectionDock()
    session = dock.open_session(areas, "stadtteil_nr", "stadtteil_name", topics=["Bonuscard", "Lärm"])
    topics = [dock.panel.topics_list.item(i).text() for i in range(dock.panel.topics_list.count())]
    assert topics[:3] == ["Bonuscard", "Lärm", "Wohnumfeld"]  # the method's indicators first, no topic twice
    dock.panel.round_edit.setText("2026")
    dock._round_changed()
    assert session.round == "2026" and dock.panel.body_edit.text()  # the city's committee
    p = dock.panel
    p.area_combo.setCurrentIndex(p.area_combo.findData("0101"))
    p.judgement_combo.setCurrentIndex(p.judgement_combo.findData("lower"))
    p.author_edit.setText("Frau Beispiel")
    p.topics_list.item(0).setCheckState(p.topics_list.item(0).checkState().__class__.Checked)
    first = dock.record()
    assert first.area_key == "0101" and first.topics == ["Bonuscard"] and p.assessments_table.rowCount() == 1
    p.assessments_table.selectRow(0)
    p.judgement_combo.setCurrentIndex(p.judgement_combo.findData("as_numbers"))
    second = dock.save_new_version()
    assert (second.assessment_id, second.version) == (first.assessment_id, 2)
    assert p.assessments_table.rowCount() == 2  # both versions shown
    path = tmp_path / "e.csv"
    path.write_bytes(CSV)
    recorded, problems = dock.import_csv(str(path), skip_bad_rows=True)
    assert [a.area_key for a in recorded] == ["0102"] and problems[0][0] == 3

    stats = layers["statistik_stadtteile"]
    stats.setSubsetString('"jahr" = 2024')
    need = processing.run("quartier:need_index", {"INPUT": stats, "METHOD": "stuttgart_gebietsauswahl",
                                                  "OUTPUT": "memory:"})["OUTPUT"]
    view = dock.compare(need)  # key field found, names from the areas layer
    assert len(view) == need.featureCount() and p.view_table.rowCount() == len(view)
    names = {r["key"]: r["name"] for r in view}
    assert names["0101"] == "Mistelfeld"  # names from the areas layer
    overlay = QgsVectorLayer("None?field=stadtteil_nr:string&field=renewal_share:double&field=decision_group:string",
                             "Bedarf und Stadterneuerung", "memory")
    feature = QgsFeature(overlay.fields())
    feature.setAttributes(["0102", 42.5, "joint"])
    overlay.dataProvider().addFeatures([feature])
    project.addMapLayer(overlay)
    view = dock.compare(need)  # the overlay in the project gives the coverage column
    assert {r["key"]: r["renewal_pct"] for r in view}["0102"] == 42.5
    p.decision_area_combo.setCurrentIndex(p.decision_area_combo.findData("0102"))
    p.status_combo.setCurrentIndex(p.status_combo.findData("selected"))
    p.reason_edit.setPlainText("Einschätzungen und Rang 5")
    p.pack_edit.setText("abc12345")
    decision = dock.record_decision()
    assert decision.status == "selected" and p.register_table.rowCount() == 1
    register = dock.register_on_map()
    assert register.featureCount() == 1 and project.mapLayer(register.id()) is not None
    register_name = register.name()

    target = tmp_path / "runde.qgz"
    assert project.write(str(target))
    project.clear()
    assert QgsProject.instance().read(str(target))
    again = SelectionDock()
    areas_again = next(lay for lay in QgsProject.instance().mapLayers().values() if lay.name() == "Stadtteile")
    session = again.open_session(areas_again, "stadtteil_nr", "stadtteil_name")
    assert session.round == "2026"
    assert len(session.assessments(every_version=True)) == 3 and session.decisions()[0].pack_hash == "abc12345"
    reopened = QgsProject.instance().mapLayers().values()
    assert any(lay.name() == register_name and lay.isValid() and lay.featureCount() == 1 for lay in reopened)


def test_dock_without_a_session_and_after_unload(qgis_app):
    """Opened before the weighting panel, the dock's buttons say nothing and do nothing; unloaded, it no
    longer listens to the project (a deleted dock must not react to new layers)."""
    project = QgsProject.instance()
    before = project.receivers(project.layersAdded)
    dock = SelectionDock()
    assert project.receivers(project.layersAdded) == before + 1
    assert dock.record() is None and dock.record_decision() is None and dock.save_new_version() is None
    assert dock.import_csv("/nowhere.csv") == ([], []) and dock.compare() == []
    dock.unload()
    assert project.receivers(project.layersAdded) == before


def test_a_new_version_starts_from_the_chosen_assessment(demo_project):
    _project, layers = demo_project
    dock = SelectionDock()
    session = dock.open_session(layers["stadtteile"], "stadtteil_nr", "stadtteil_name", round="2026")
    first = session.record_assessment("0102", "social_office", "higher", author="Amt 50", confidence="high",
                                      text="Viele Alleinerziehende", topics=["Lärm"])
    dock.panel.area_combo.setCurrentIndex(dock.panel.area_combo.findData("0102"))
    dock.panel.assessments_table.selectRow(0)
    p = dock.panel
    assert p.author_edit.text() == "Amt 50" and p.text_edit.toPlainText() == "Viele Alleinerziehende"
    p.confidence_combo.setCurrentIndex(p.confidence_combo.findData("medium"))  # the one change
    second = dock.save_new_version()
    assert (second.version, second.judgement, second.author, second.text, second.topics, second.confidence) == (
        2, "higher", "Amt 50", "Viele Alleinerziehende", ["Lärm"], "medium")
    assert first.version == 1
    dock.unload()
