"""Expert assessments, the register of decisions and the combined view of a selection round (no QGIS)."""

import pytest

from quartier_plugin.core import assessments as A
from quartier_plugin.core import decisions as D
from quartier_plugin.core.assessment_tables import (
    AssessmentImportError,
    assessments_csv,
    expert_form_csv,
    read_assessments,
)
from quartier_plugin.core.selection import FLAG_HIGHER, FLAG_LOWER, FLAG_SPLIT, combined_view, need_side

KEYS = ["010", "011", "012", "020", "021"]
NAMES = ["Neckarvorstadt", "Hallschlag", "Freiberg", "Rot", "Fasanenhof"]
CLASSES = ["gering", "mittel", "hoch", "sehr hoch"]

GERMAN_EXCEL = (
    "Schlüssel;Gebiet;Runde;Rolle;Verfasst von;Datum;Einschätzung;Sicherheit;Themen;Text\r\n"
    "10;Neckarvorstadt;2026;Bezirksexpertin/-experte;Frau Beispiel;30.11.2026;höher;hoch;Lärm, Wohnumfeld;"
    "Viele junge Familien, wenig Treffpunkte\r\n"
    "011;;2026;Jugendamt;Jugendamt Bad Cannstatt;1.12.2026;wie die Zahlen;mittel;Engagement;\r\n"
    ";Rot;2026;Sozialamt;;;niedriger;;;Stabile Nachbarschaft\r\n"
    "012;Freiberg;2026;Gesundheitsamt;;;vielleicht;;;\r\n"
)


def test_german_excel_table_with_quirks_imports_and_names_the_bad_row():
    for encoding in ("utf-8-sig", "cp1252"):
        good, problems = read_assessments(GERMAN_EXCEL.encode(encoding), KEYS, NAMES)
        assert [a.area_key for a in good] == ["010", "011", "020"]  # leading zero, as is, by name
        first = good[0]
        assert (first.role, first.judgement, first.confidence) == ("bezirk_expert", "higher", "high")
        assert first.date == "2026-11-30" and first.topics == ["Lärm", "Wohnumfeld"]
        assert good[2].judgement == "lower" and good[2].confidence == "medium"
        assert problems == [(5, "judgement: 'vielleicht' is not a judgement; use one of lower, as_numbers, higher")]


def test_unknown_area_and_missing_columns_are_clear():
    good, problems = read_assessments(b"key;round;role;judgement\n999;2026;Jugendamt;higher\n", KEYS, NAMES)
    assert good == [] and problems == [(2, "the area '999' does not exist")]
    with pytest.raises(AssessmentImportError, match="no column for judgement"):
        read_assessments(b"key;round;role\n010;2026;Jugendamt\n", KEYS, NAMES)


def test_edit_makes_a_new_version_and_history_keeps_the_old():
    first = A.new(A.Assessment("010", "2026", "youth_office", "as_numbers", author="Herr X"), recorded_by="gis")
    second = A.edited(first, {"judgement": "higher", "text": "nach Begehung"}, recorded_by="gis")
    assert (second.assessment_id, second.version) == (first.assessment_id, 2)
    assert first.judgement == "as_numbers"  # the first version stays as it was
    assert A.current([first, second]) == [second]
    assert [a.version for a in A.history([second, first], first.assessment_id)] == [1, 2]
    with pytest.raises(A.AssessmentError, match="is not a role"):
        A.new(A.Assessment("010", "2026", "mayor", "higher"))


def test_export_leaves_names_out_unless_asked():
    a = A.new(A.Assessment("010", "2026", "bezirk_expert", "higher", author="Frau Beispiel", text="x"))
    plain = assessments_csv([a], {"010": "Neckarvorstadt"}).decode("utf-8-sig")
    assert "Frau Beispiel" not in plain and "Bezirksexpertin" in plain and "Verfasst von" not in plain
    named = assessments_csv([a], with_names=True).decode("utf-8-sig")
    assert "Frau Beispiel" in named
    # the export reads back in
    good, problems = read_assessments(plain.encode("utf-8-sig"), KEYS, NAMES)
    assert problems == [] and good[0].judgement == "higher"


def test_expert_form_is_the_table_of_areas_with_empty_columns():
    text = expert_form_csv([{"key": "010", "name": "Neckarvorstadt", "rank": 1, "class": "sehr hoch"}],
                           "2026").decode("utf-8-sig")
    header, row = text.strip().split("\r\n")
    assert header.startswith("Schlüssel;Gebiet;Rang;Klasse;Runde;Rolle")
    assert row == "010;Neckarvorstadt;1;sehr hoch;2026;;;;;;;"


def test_class_order_is_read_from_the_ranks():
    from quartier_plugin.core.selection import class_order

    rows = [{"class": "mittel", "rank": 5}, {"class": "sehr hoch", "rank": 1}, {"class": "gering", "rank": 9},
            {"class": "hoch", "rank": 3}, {"class": None, "rank": None}]
    assert class_order(rows) == CLASSES


def test_need_side():
    assert [need_side(c, CLASSES) for c in CLASSES] == ["low", "middle", "high", "high"]
    assert need_side(None, CLASSES) is None


def test_combined_view_flags_disagreement_and_never_reranks():
    rows = [{"key": "010", "rank": 1, "class": "sehr hoch", "scored": 1},
            {"key": "011", "rank": 2, "class": "mittel", "scored": 1},
            {"key": "012", "rank": 3, "class": "mittel", "scored": 1},
            {"key": "020", "rank": 4, "class": "gering", "scored": 1}]
    make = lambda key, j, role="youth_office": A.new(A.Assessment(key, "2026", role, j))  # noqa: E731
    given = [make("010", "lower"), make("010", "lower", "social_office"),
             make("011", "higher"), make("011", "higher", "bezirk_expert"), make("011", "as_numbers", "health_office"),
             make("012", "higher"), make("012", "lower", "social_office"),
             make("020", "as_numbers"),
             A.new(A.Assessment("020", "2025", "youth_office", "higher"))]  # another round: not counted
    view = combined_view(rows, given, [], "2026", CLASSES)
    assert [r["rank"] for r in view] == [1, 2, 3, 4]
    by = {r["key"]: r for r in view}
    assert by["010"]["flag"] == FLAG_LOWER and by["010"]["direction"] == -1.0
    assert by["011"]["flag"] == FLAG_HIGHER and by["011"]["agreement"] == 0.67 and by["011"]["assessments"] == 3
    assert by["012"]["flag"] == FLAG_SPLIT and by["012"]["judgement"] is None
    assert by["020"]["flag"] is None and by["020"]["assessments"] == 1


def test_register_keeps_every_decision_and_reads_the_one_recorded_last():
    import datetime

    at = lambda minute: datetime.datetime(2026, 12, 1, 10, minute, tzinfo=datetime.timezone.utc)  # noqa: E731
    first, _ = D.record(D.Decision("010", "2026", "shortlisted", date="2026-10-01"), now=at(0))
    second, warnings = D.record(D.Decision("010", "2026", "selected", date="15.11.2026", body="AGSP",
                                           reason="höchster Bedarf", start="2027-01-01", planned_end="2036-12-31",
                                           pack_hash="abc123"), now=at(5))
    assert warnings == []
    assert D.current_status([first, second])["010"].status == "selected"
    assert D.current_status([second, first])["010"].status == "selected"
    # a decision entered later with the meeting's earlier date still counts (the register is append-only)
    late, _ = D.record(D.Decision("010", "2026", "not_selected", date="2026-09-01", reason="zurückgestellt"),
                       now=at(9))
    assert D.current_status([first, second, late])["010"].status == "not_selected"
    _, warnings = D.record(D.Decision("011", "2026", "selected", start="2027-01-01", planned_end="2030-01-01"))
    assert any("3.0 years" in w for w in warnings) and any("without a reason" in w for w in warnings)
    with pytest.raises(D.DecisionError, match="not a status"):
        D.record(D.Decision("010", "2026", "maybe"))
    with pytest.raises(D.DecisionError, match="not after the start"):
        D.record(D.Decision("010", "2026", "running", start="2030-01-01", planned_end="2029-01-01"))


def test_new_round_marks_running_projects():
    running, _ = D.record(D.Decision("010", "2020", "running", start="2021-01-01", planned_end="2030-12-31",
                                     reason="x"))
    ended, _ = D.record(D.Decision("011", "2012", "ended", start="2013-01-01", planned_end="2022-12-31"))
    started = D.start_round([running, ended], ["010", "011", "012"], "2026", on="2026-12-01")
    assert [(d.area_key, d.status) for d in started] == [("010", "running"), ("011", "candidate"),
                                                         ("012", "candidate")]
    view = combined_view([{"key": "010", "rank": 1, "class": "hoch"}], [], [running], "2026", CLASSES,
                         on="2026-12-01")
    assert view[0]["running"] is True


def test_roles_match_exactly_or_by_a_part_of_one_role_only():
    assert A.role_id("Jugendamt") == "youth_office" and A.role_id("youth_office") == "youth_office"
    assert A.role_id("Gesundheit") == "health_office"
    with pytest.raises(A.AssessmentError, match="is not a role"):
        A.role_id("Experte")  # Bezirk expert or quarter expert: not guessed
    with pytest.raises(A.AssessmentError, match="is not a judgement"):
        A.spelled("judgement", "-", "judgement")  # on German forms "-" means "no entry"


def test_exported_free_text_never_runs_as_a_formula():
    a = A.new(A.Assessment("010", "2026", "youth_office", "higher", text='=HYPERLINK("http://x";"klick")'))
    text = assessments_csv([a]).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ";=HYPERLINK" not in text
