"""Assessments and decisions in the workspace: append-only, versions kept, a colleague's rows never lost."""

from quartier_plugin.core import assessments as A
from quartier_plugin.core import decisions as D
from quartier_plugin.storage import selection_store
from quartier_plugin.storage.selection_store import SelectionStore
from quartier_plugin.storage.workspace import WorkspaceSpec


def _assessment(key, judgement="higher", author="Frau Beispiel"):
    return A.new(A.Assessment(key, "2026", "bezirk_expert", judgement, author=author, topics=["Lärm"]), "gis")


def test_assessments_and_decisions_round_trip_with_history(tmp_path, qgis_app):
    store = SelectionStore(WorkspaceSpec("gpkg", path=str(tmp_path / "w.gpkg")))
    assert store.assessments() == [] and store.decisions() == []
    first = _assessment("010", "as_numbers")
    store.add_assessments([first, _assessment("011")], "2026")
    second = A.edited(first, {"judgement": "higher"}, "gis")
    store.add_assessments([second], "2026")
    back = store.assessments()
    assert [(a.area_key, a.version, a.judgement) for a in back] == [("010", 1, "as_numbers"), ("011", 1, "higher"),
                                                                   ("010", 2, "higher")]
    assert back[0].topics == ["Lärm"] and back[0].author == "Frau Beispiel"
    assert [a.version for a in A.current(back) if a.area_key == "010"] == [2]
    decision, _ = D.record(D.Decision("010", "2026", "selected", body="AGSP", reason="x", start="2027-01-01",
                                      planned_end="2036-12-31", pack_hash="abc"))
    store.add_decisions([decision], "2026")
    assert store.decisions()[0].pack_hash == "abc"
    runs = [r["step"] for r in store.workspace.runs()]
    assert runs == ["assessments", "assessments", "decisions"]


def test_a_colleague_adding_in_between_is_kept(tmp_path, qgis_app, monkeypatch):
    spec = WorkspaceSpec("gpkg", path=str(tmp_path / "w.gpkg"))
    mine, theirs = SelectionStore(spec), SelectionStore(spec)
    mine.add_assessments([_assessment("010")])
    real_rows = SelectionStore._rows
    calls = {"n": 0}

    def rows_then_colleague_writes(self, table, fields):
        rows = real_rows(self, table, fields)
        calls["n"] += 1
        if self is mine and calls["n"] == 1:  # after I read, a colleague appends
            monkeypatch.setattr(SelectionStore, "_rows", real_rows)
            theirs.add_assessments([_assessment("012", author="Kollege")])
            monkeypatch.setattr(SelectionStore, "_rows", rows_then_colleague_writes)
        return rows

    monkeypatch.setattr(SelectionStore, "_rows", rows_then_colleague_writes)
    mine.add_assessments([_assessment("011")])
    monkeypatch.setattr(SelectionStore, "_rows", real_rows)
    assert sorted(a.area_key for a in mine.assessments()) == ["010", "011", "012"]
    assert selection_store.RETRIES >= 2
    # my first write was refused (the colleague's run came in between) and the second kept both
    assert [r["settings"]["attempt"] for r in mine.workspace.runs()] == [1, 1, 2]
