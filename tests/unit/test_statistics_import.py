"""Statistics files as offices publish them."""

import json
import os

import pytest
from flensburg_files import FLENSBURG, TAB_1, TAB_4, TAB_5, TAB_6, TAB_8, TAB_9, TAB_18

from quartier_plugin.core.method_preset import PresetError, parse_preset
from quartier_plugin.core.statistics_import import (
    StatisticsImportError,
    UndecidedDecimal,
    check_totals,
    join_report,
    no_data_codes,
    parse_number,
    parse_totals,
    read_csv,
    sniff_decimal,
    unique_field_name,
)


@pytest.fixture(scope="module")
def flensburg():
    """path(name) of a file of the real Flensburg data (read-only, never copied)."""
    if not os.path.isdir(FLENSBURG):
        pytest.fail(f"real Flensburg data not found at {FLENSBURG} (../shared is absent)")
    return lambda name: os.path.join(FLENSBURG, name)


@pytest.mark.parametrize("text,decimal,expected", [
    ("1.234,5", ",", 1234.5), ("1234,5", ",", 1234.5), ("-0,25", ",", -0.25), ("12", ",", 12.0),
    ("1,234.5", ".", 1234.5), ("3.14", ".", 3.14), ("1 234,5", ",", 1234.5), ("14,3%", ",", 14.3),
    ("#DIV/0!", ",", None), (".", ",", None), ("-", ",", None), ("x", ",", None), ("k.A.", ",", None),
    ("", ",", None), (None, ",", None), ("abc", ".", None), (7, ".", 7.0),
    ("53,40%", ",", 53.4), ("1.374", ",", 1374.0), ("1.3066", ",", None), ("1.69", ",", None), ("857°", ",", None),
    ("1,374", ".", 1374.0), ("1,69", ".", None), ("45 %", ",", 45.0), ("\u22123,5", ",", -3.5), ("1e-3", ".", 0.001),
])
def test_parse_number(text, decimal, expected):
    assert parse_number(text, decimal) == expected


def test_real_sozialmietwohnungen(stuttgart_data):
    table = read_csv(stuttgart_data / "sozialmietwohnungen_2023_stadtteile.csv")
    assert table.encoding == "cp1252" and table.delimiter == ";" and table.decimal == ","
    assert len(table.rows) == 152
    assert table.columns[0] == "Stadtteil Nr."
    universitaet = next(r for r in table.rows if r["Stadtteil Nr."] == "104")
    assert universitaet["Stadtteil"] == "Universität"
    assert table.number(universitaet["AntSozmietwohnungen_am_Wohnungsbestand"]) == 14.3
    assert table.missing_counts["Anz_Sozialmietwohnungen"] == 40
    assert table.missing_counts["AntSozmietwohnungen_am_Wohnungsbestand"] == 1  # the #DIV/0!
    assert set(table.numeric_columns()) >= {"Anz_Sozialmietwohnungen", "AntSozmietwohnungen_am_Wohnungsbestand"}


def test_real_file_joins_to_real_stadtteile(stuttgart_data):
    import json

    table = read_csv(stuttgart_data / "sozialmietwohnungen_2023_stadtteile.csv")
    with open(stuttgart_data / "stuttgart_stadtteile_152.geojson", encoding="utf-8") as handle:
        areas = [f["properties"]["STADTTEILNR"] for f in json.load(handle)["features"]]
    report = join_report(table.column_values("Stadtteil Nr."), areas)
    assert len(report.matched) == 152 and report.ok


@pytest.mark.parametrize("encoding,bom", [("utf-8", False), ("utf-8", True), ("cp1252", False)])
def test_encodings_detected(encoding, bom):
    text = "Nr;Name;Anteil\n01;Südheim;1,5\n02;Größingen;2,25\n"
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    table = read_csv(data)
    assert table.columns == ["Nr", "Name", "Anteil"]  # no BOM left in the first column name
    assert [r["Name"] for r in table.rows] == ["Südheim", "Größingen"]
    assert table.decimal == "," and table.number(table.rows[1]["Anteil"]) == 2.25


def test_encoding_can_be_overridden():
    data = "Nr,Name\n1,Ärger\n".encode("cp1252")
    assert read_csv(data, encoding="latin-1").rows[0]["Name"] == "Ärger"
    with pytest.raises(StatisticsImportError, match="not in utf-8"):
        read_csv(data, encoding="utf-8")


def test_comma_separated_with_dot_decimals_and_thousands():
    table = read_csv(b'Nr,Einwohner,Quote\n"101","1,234",12.5\n102,"12,345",7.25\n')
    assert table.delimiter == "," and table.decimal == "."
    assert table.number(table.rows[1]["Einwohner"]) == 12345.0


def test_semicolon_with_thousands_dots():
    table = read_csv("Nr;Einwohner;Quote\n101;1.234;12,5\n102;12.345;7,25\n".encode())
    assert table.decimal == ","
    assert [table.number(r["Einwohner"]) for r in table.rows] == [1234.0, 12345.0]


def test_missing_tokens_and_bad_files(tmp_path):
    table = read_csv("Nr;A\n1;.\n2;-\n3;x\n4;k.A.\n5;#DIV/0!\n6;\n7;3\n".encode())
    assert table.missing_counts == {"A": 6}
    with pytest.raises(StatisticsImportError, match="empty"):
        read_csv(b"")
    with pytest.raises(StatisticsImportError, match="repeats"):
        read_csv(b"a;a\n1;2\n")
    with pytest.raises(StatisticsImportError, match="cells"):
        read_csv(b"a;b\n1;2;3;4\n")
    with pytest.raises(StatisticsImportError, match="cannot read"):
        read_csv(tmp_path / "nope.csv")


def test_join_report():
    report = join_report(["01", "2", "2", "9", None], [1, "02", "03"])
    assert sorted(report.matched) == ["1", "2"]
    assert report.only_in_table == ["9"] and report.only_in_areas == ["03"]
    assert report.duplicates_in_table == ["2"] and report.missing_keys_in_table == 1
    assert ("01", 1) in report.respelled and not report.ok


# -- no-data codes ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("value,decimal", [
    ("-9999", ","), ("-9999,0", ","), ("-9999,0", "."), ("-9999.0", "."), (-9999.0, "."), (-9999, ","),
    ("-9.999", ","),
])
def test_no_data_codes_compare_as_numbers(value, decimal):
    assert parse_number(value, decimal, ["-9999"]) is None
    assert parse_number(value, decimal, [-9999.0]) is None
    assert parse_number(value, decimal, "-9999,0; 999999") is None
    assert parse_number(value, decimal) == (None if (value, decimal) == ("-9999,0", ".") else -9999.0)


def test_no_data_codes_numbers_and_texts():
    codes = no_data_codes("-9999; 999999;-1,0; n.v. ;")
    assert codes.numbers == {-9999.0, 999999.0, -1.0} and codes.texts == {"n.v."}
    assert parse_number("-99990", ",", codes) == -99990.0 and parse_number("-1", ",", codes) is None
    assert parse_number("n.v.", ",", codes) is None and not no_data_codes(())


def test_read_csv_with_no_data_codes():
    table = read_csv(b"Nr;Name;A;B\n1;-9999;-9999;5\n2;Ost;3,5;-9999,0\n3;West;4;6\n", no_data=["-9999"])
    assert table.numeric_columns() == ["Nr", "A", "B"]
    assert [r["A"] for r in table.rows] == [None, "3,5", "4"] and table.rows[1]["B"] is None
    assert table.missing_counts == {"A": 1, "B": 1}
    assert table.rows[0]["Name"] == "-9999"  # a text column keeps what is written


# -- missing tokens per column, bad cells --------------------------------------------------------------------
def test_dash_is_missing_only_in_numeric_columns():
    table = read_csv("Nr;Name;Teil;A\n1;-;x;-\n2;Süd;.;3\n3;;X;4\n".encode())
    assert table.numeric_columns() == ["Nr", "A"]
    assert [r["Name"] for r in table.rows] == ["-", "Süd", None]
    assert [r["Teil"] for r in table.rows] == ["x", ".", "X"]
    assert [r["A"] for r in table.rows] == [None, "3", "4"]
    assert table.missing_counts == {"Name": 1, "A": 1}


def test_a_cell_that_is_not_a_number_is_named_and_the_column_stays_numeric():
    table = read_csv("Nr;A;B\n1;5;a\n2;857°;b\n3;7;4\n4;8;c\n5;9;d\n".encode())
    assert table.numeric_columns() == ["Nr", "A"]  # B: one number in four cells is text
    assert table.bad_cells == [(3, "A", "857°")]
    assert table.rows[1]["A"] is None and table.rows[2]["B"] == "4"
    keyed = read_csv(b"Nr;A\n1;5\n2;6\n3;7\n4;8\nX9;9\n", text_columns=("Nr",))
    assert keyed.rows[4]["Nr"] == "X9" and not keyed.bad_cells


def test_real_tab_8_names_its_ocr_errors(flensburg):
    table = read_csv(flensburg(TAB_8))
    assert (7, "column_2", "857°") in table.bad_cells and table.decimal == "."
    strict = read_csv(flensburg(TAB_8), decimal=",")
    assert strict.bad_cells == [(5, "column_2", "1.3066"), (7, "column_2", "857°"), (8, "column_5", "1.4131"),
                                (10, "column_7", "1.64"), (12, "column_5", "1.69")]
    assert len(strict.numeric_columns()) == 6 and strict.number(strict.rows[0]["column_2"]) == 382


# -- decimal convention, percent signs, thousands -----------------------------------------------------------
def test_sniff_decimal_counts_percent_cells_and_skips_ambiguous_thousands():
    assert sniff_decimal([{"a": "53,40%"}, {"a": "45%"}], ["a"]) == ","
    assert sniff_decimal([{"a": "1.374"}, {"a": "35,5 %"}], ["a"]) == ","
    assert sniff_decimal([{"a": "1.374"}, {"a": "12"}], ["a"]) is None
    assert sniff_decimal([{"a": "1,5"}, {"a": "2.5"}], ["a"]) is None


def test_undecidable_decimal_is_asked_for():
    data = b'Nr,Personen\n1,"1.374"\n2,12\n'
    with pytest.raises(UndecidedDecimal, match=r"column Personen has '1\.374'.*choose the decimal separator"):
        read_csv(data)
    assert [read_csv(data, decimal=d).number("1.374") for d in (",", ".")] == [1374.0, 1.374]
    assert read_csv(b"Nr,A\n1,12\n2,13\n").decimal == "."  # integers only: nothing to decide


def test_real_percent_and_thousands_in_comma_separated_files(flensburg):
    tab_1 = read_csv(flensburg(TAB_1))
    assert tab_1.decimal == "," and tab_1.delimiter == ","
    assert tab_1.number(tab_1.rows[0]["männlich"]) == pytest.approx(53.4)
    assert tab_1.number(tab_1.rows[0]["gesamt"]) == 3866
    tab_9 = read_csv(flensburg(TAB_9))
    first = tab_9.rows[0]
    assert tab_9.number(first["column_3"]) == 1374 and tab_9.number(first["column_4"]) == pytest.approx(35.5)
    assert tab_9.number(tab_9.rows[2]["column_9"]) == 1673 and not tab_9.bad_cells
    tab_4 = read_csv(flensburg(TAB_4))
    westliche_hoehe = next(r for r in tab_4.rows if r["stadtteil"] == "Westliche_Höhe")
    assert tab_4.number(westliche_hoehe["2020"]) == 43 and tab_4.number(tab_4.rows[0]["2011"]) == pytest.approx(14.8)
    assert len(tab_4.numeric_columns()) == 7 and not tab_4.bad_cells


# -- headers ------------------------------------------------------------------------------------------------
def test_real_headerless_table_keeps_every_row(flensburg):
    table = read_csv(flensburg(TAB_6))
    assert not table.header and len(table.rows) == 13
    assert table.columns == [f"column_{i}" for i in range(1, 8)]
    assert table.rows[0]["column_1"] == "01 Altstadt" and table.number(table.rows[0]["column_2"]) == 297
    named = read_csv(flensburg(TAB_6), column_names=["Stadtteil", "2011"])
    assert named.columns[:3] == ["Stadtteil", "2011", "column_3"]
    assert read_csv(flensburg(TAB_1)).header and read_csv(flensburg(TAB_5)).header


def test_header_can_be_given():
    data = b"Name;2011;2017\nAltstadt;3323;3807\nNeustadt;4039;4698\n"
    assert read_csv(data).columns == ["Name", "2011", "2017"]  # years on top of counts: a header
    headless = read_csv(data, header=False)
    assert len(headless.rows) == 3 and headless.columns == ["column_1", "column_2", "column_3"]
    assert read_csv(b"1;2\n3;4\n").columns == ["column_1", "column_2"]
    assert read_csv(b"1;2\n3;4\n", header=True).columns == ["1", "2"]
    with pytest.raises(StatisticsImportError, match="3 column names are given but the table has 2 columns"):
        read_csv(b"1;2\n3;4\n", column_names=["a", "b", "c"])


def test_repeated_columns_are_an_error_only_when_taken(flensburg):
    data = b"k;a;a;;\n1;2;3;4;5\n"
    assert read_csv(data, take=["k"]).columns == ["k", "column_4", "column_5"]
    with pytest.raises(StatisticsImportError, match="repeats the column"):
        read_csv(data, take=["k", "a"])
    with pytest.raises(StatisticsImportError, match="repeats the column"):
        read_csv(data)
    tab_9 = read_csv(flensburg(TAB_9), column_names=["Stadtteil", ""])
    assert tab_9.column_values("column_2") == [None] * 13


# -- keys by code or by name --------------------------------------------------------------------------------
def test_keys_join_by_number_only_when_unique():
    report = join_report(["01 Nord", "2", "Süd_Ost"], ["A1", "B1", "C2", "03 Süd Ost"])
    assert report.matched_by == {"key": 0, "number": 1, "name": 1}
    assert report.area_of == {"2": "C2", "SÜD_OST": "03 SÜD OST"}
    assert report.only_in_table == ["01 Nord"] and report.only_in_areas == ["A1", "B1"]
    assert ("2", "C2") in report.respelled and ("Süd_Ost", "03 Süd Ost") in report.respelled


def test_real_flensburg_keys_join_by_code_and_by_name(flensburg):
    with open(flensburg("flensburg_stadtteile.geojson"), encoding="utf-8") as handle:
        props = [f["properties"] for f in json.load(handle)["features"]]
    keys, names = [p["AREA_ID"] for p in props], [p["AREA_NAME"] for p in props]
    for tab, column in ((TAB_1, "id"), (TAB_18, "Stadtteil"), (TAB_6, "column_1"), (TAB_1, "stadtteil")):
        table = read_csv(flensburg(tab))
        report = join_report(table.column_values(column), keys, names)
        assert len(report.matched) == 13 and report.ok, (tab, column)
        assert len(report.respelled) == 13
    report = join_report(read_csv(flensburg(TAB_18)).column_values("Stadtteil"), keys, names)
    assert ("Westliche_Höhe", "04 Westliche Höhe") in report.respelled and report.matched_by["name"] == 13
    assert join_report(read_csv(flensburg(TAB_18)).column_values("Stadtteil"), keys).matched == []


# -- output names, totals ---------------------------------------------------------------------------------
def test_unique_field_name():
    assert unique_field_name("gesamt", ["fid", "name"]) == "gesamt"
    assert unique_field_name("Gesamt", ["gesamt"]) == "Gesamt_stat"
    assert unique_field_name("gesamt", ["gesamt", "GESAMT_stat", "gesamt_stat2"]) == "gesamt_stat3"


def test_totals_that_disagree_with_their_parts(flensburg):
    totals = parse_totals("gesamt = unter_18 + 18_bis_unter_30 + 30_bis_unter_45 + 45_bis_unter_65 + "
                          "65_bis_unter_80 + 80_und_älter; 60_und_älter=80_und_älter+80_und_älter")
    assert totals[0] == ("gesamt", ["unter_18", "18_bis_unter_30", "30_bis_unter_45", "45_bis_unter_65",
                                    "65_bis_unter_80", "80_und_älter"])
    found = check_totals(read_csv(flensburg(TAB_5)), totals[:1], "stadtteil")
    sandberg = next(m for m in found if m.key == "Sandberg")
    assert (sandberg.total_column, sandberg.total, sandberg.parts_sum) == ("gesamt", 7602, 6702)
    assert {m.key for m in found} == {"Sandberg", "Neustadt"}  # Neustadt: 4850 against 4750
    for bad in ("gesamt", "gesamt = ", "= a + b", "a = b + "):
        with pytest.raises(StatisticsImportError, match="not of the form"):
            parse_totals(bad)
    with pytest.raises(StatisticsImportError, match="column nope"):
        check_totals(read_csv(flensburg(TAB_5)), parse_totals("gesamt = nope"), "id")
    assert check_totals(read_csv(b"k;t;a;b\n1;3;1;2\n2;3,4;1;2\n3;;1;2\n"), parse_totals("t=a+b"), "k") == []


# -- the method's no-data codes and outlier column ----------------------------------------------------------
MINIMAL = {"id": "m", "label": {"de": "m", "en": "m"},
           "indicators": [{"id": "a", "label": {"de": "a", "en": "a"}, "value_field": "a",
                           "direction": "higher_is_need"}],
           "indices": [{"id": "index", "children": ["a"]}]}


def test_preset_missing_values_and_outlier_column():
    preset = parse_preset(dict(MINIMAL, suppression={"missing_values": [-9999, "x"],
                                                     "outlier_column": {"field": "KOM", "contains": "Ausreißer"}}))
    assert preset.missing_values == [-9999, "x"]
    assert preset.outlier_column == {"field": "KOM", "contains": "Ausreißer"}
    plain = parse_preset(MINIMAL)
    assert plain.missing_values == [] and plain.outlier_column is None
    for supp, message in (
            ({"missing_values": -9999}, "suppression.missing_values: expected a list"),
            ({"missing_values": [-9999, True]}, r"suppression.missing_values\[1\]: expected a number"),
            ({"missing_values": [""]}, r"suppression.missing_values\[0\]: expected a number"),
            ({"outlier_column": "KOM"}, "suppression.outlier_column: expected"),
            ({"outlier_column": {"field": "KOM"}}, "suppression.outlier_column.contains: is required"),
            ({"outlier_column": {"field": "KOM", "contains": "a", "x": 1}}, "suppression.outlier_column.x: unknown"),
            ({"missing": []}, "suppression.missing: unknown key")):
        with pytest.raises(PresetError, match=message):
            parse_preset(dict(MINIMAL, suppression=supp))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_is_read_and_named(encoding):
    table = read_csv("Stadtteil Nr.;Name;Anteil\n0101;Südheim;1,5\n".encode(encoding))
    assert table.columns == ["Stadtteil Nr.", "Name", "Anteil"] and table.encoding == "utf-16"
    assert table.rows[0]["Name"] == "Südheim"
    with pytest.raises(StatisticsImportError, match="the file is UTF-16"):
        read_csv("Nr;Name\n1;a\n".encode("utf-16"), encoding="cp1252")


def test_binary_files_are_refused_with_the_offset(tmp_path):
    path = tmp_path / "table.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)))
    with pytest.raises(StatisticsImportError, match=r"table.csv is not a text table \(binary content at byte 5\); "
                                                    r"it looks like a zip archive"):
        read_csv(path)
    with pytest.raises(StatisticsImportError, match="not a text table"):
        read_csv(b"a;b\n1;2\n" + bytes(range(1, 32)) * 20)
    with pytest.raises(StatisticsImportError, match="line 2 cannot be read as a table row"):
        read_csv(b'a;b\n"' + b"x" * 200_000 + b"\n")
