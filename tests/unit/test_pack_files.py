"""The meeting pack's files: CSV styles, privacy of suppressed rows, same bytes, texts, PDF bookmarks."""

import shutil
import subprocess
from pathlib import Path

import pytest

from quartier_plugin.core.pack import public_row, ranking_csv, render_text, rows_sha256, settings_json
from quartier_plugin.core.pdf_outline import PdfOutlineError, add_outline, page_objects

TEXTS = Path(__file__).resolve().parents[2] / "resources" / "text"
COLUMNS = [("rank", "Rang"), ("key", "Schlüssel"), ("name", "Name"), ("index", "Index"), ("scored", "Bewertet"),
           ("not_scored_reason", "Grund")]
ROWS = [
    {"rank": 1, "key": "0101", "name": "Übersee", "index": 1.23456, "scored": 1, "reason_code": None,
     "not_scored_reason": None},
    {"rank": None, "key": "0102", "name": "Klein", "index": 9.87654, "scored": 0, "reason_code": "population",
     "not_scored_reason": "unter der Einwohnerschwelle"},
]


def test_csv_for_german_excel_and_plain():
    data = ranking_csv(COLUMNS, ROWS, "excel_de")
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM German Excel needs for umlauts
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "Rang;Schlüssel;Name;Index;Bewertet;Grund"
    assert "1;0101;Übersee;1,2346;1;" in text and "\r\n" in text
    plain = ranking_csv(COLUMNS, ROWS, "plain").decode("utf-8")
    assert "1,0101,Übersee,1.2346,1," in plain and not plain.startswith("\ufeff")


def test_suppressed_rows_keep_only_key_name_and_reason():
    text = ranking_csv(COLUMNS, ROWS, "excel_de").decode("utf-8-sig")
    assert "9,8765" not in text and ";0102;Klein;;0;unter der Einwohnerschwelle" in text
    assert public_row(ROWS[1])["index"] is None and public_row(ROWS[0]) is ROWS[0]


def test_same_inputs_same_bytes():
    a = settings_json({"b": 1, "a": {"z": [1, 2], "y": "ü"}})
    assert a == settings_json({"a": {"y": "ü", "z": [1, 2]}, "b": 1}) and a.endswith(b"\n")
    assert rows_sha256([[1, "a"], [2, None]]) == rows_sha256([[1, "a"], [2, None]])
    with pytest.raises(ValueError):
        settings_json({"x": float("nan")})  # NaN is not JSON: refused rather than written


def test_method_note_and_readme_render_in_both_languages():
    weights = [{"label": "A", "share": 0.25}, {"label": "B", "share": 0.75}]
    context = {"method_label": "Test", "normalisation": "z", "aggregation": "arith", "weights": weights,
               "indices": [{"label": "Index", "weights": weights, "classes": "gering (< 0)"}], "matrix": "",
               "min_population": "300", "outliers": False, "scenario": "S",
               "threshold_note": None, "complementary": 0}
    de = render_text("method_note", "de", context, str(TEXTS))
    assert "Index: A 25\u202f%, B 75\u202f%; Klassen gering (< 0)" in de and "unter 300 Einwohnern" in de
    assert "Index: A 25\u202f%, B 75\u202f%; classes gering" in render_text("method_note", "en", context, str(TEXTS))
    assert "Index: A 25\u202f%" in render_text("method_note", "fr", context, str(TEXTS))  # falls back to English


def minimal_pdf(pages):
    """A small PDF with a plain cross-reference table, as Qt writes them."""
    objects = {1: b"<</Type /Catalog /Pages 2 0 R>>"}
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages)).encode()
    objects[2] = b"<</Type /Pages /Kids [" + kids + b"] /Count %d>>" % pages
    for i in range(pages):
        objects[3 + i] = b"<</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for number in sorted(objects):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<</Size %d /Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_bookmarks_are_appended_without_touching_the_original(tmp_path):
    path = tmp_path / "pack.pdf"
    original = minimal_pdf(3)
    path.write_bytes(original)
    assert page_objects(original) == [3, 4, 5]
    assert add_outline(str(path), [("Übersicht", 0, 0), ("Steckbriefe", 1, 0), ("Zedernheim", 1, 1),
                                   ("Mistelfeld", 2, 1)]) == 4
    data = path.read_bytes()
    assert data.startswith(original)  # an incremental update: every original byte stays
    assert b"/Outlines" in data[len(original):] and b"/PageMode /UseOutlines" in data
    assert "Übersicht".encode("utf-16-be").hex().upper().encode() in data
    if shutil.which("pdftohtml"):
        xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(path)], capture_output=True,
                             text=True).stdout
        assert '<item page="1">Übersicht</item>' in xml and '<item page="3">Mistelfeld</item>' in xml
    with pytest.raises(PdfOutlineError, match="page 9 does not exist"):
        add_outline(str(path), [("x", 8, 0)])
