"""Statistics files as offices publish them."""

import pytest

from quartier_plugin.core.statistics_import import (
    StatisticsImportError,
    join_report,
    parse_number,
    read_csv,
)


@pytest.mark.parametrize("text,decimal,expected", [
    ("1.234,5", ",", 1234.5), ("1234,5", ",", 1234.5), ("-0,25", ",", -0.25), ("12", ",", 12.0),
    ("1,234.5", ".", 1234.5), ("3.14", ".", 3.14), ("1 234,5", ",", 1234.5), ("14,3%", ",", 14.3),
    ("#DIV/0!", ",", None), (".", ",", None), ("-", ",", None), ("x", ",", None), ("k.A.", ",", None),
    ("", ",", None), (None, ",", None), ("abc", ".", None), (7, ".", 7.0),
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
