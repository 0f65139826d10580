import math

from quartier_plugin.core import formatting as f


def test_german_numbers_have_a_decimal_comma_and_thousands_dots():
    assert f.number(1234.56, "de", 1) == "1.234,6"
    assert f.number(3.09, "de", 2) == "3,09"
    assert f.number(-0.04, "de", 1) == "0,0"
    assert f.number(1234567, "de", 0) == "1.234.567"
    assert f.number(1234.5, "de", 1, grouping=False) == "1234,5"


def test_english_numbers():
    assert f.number(1234.56, "en", 1) == "1,234.6"
    assert f.number(0.3, "en_GB", 1) == "0.3"


def test_percent_and_units_take_a_narrow_space():
    assert f.percent(17.66, "de") == "17,7\u202f%"
    assert f.unit(0.3, "km", "de") == "0,3\u202fkm"
    assert f.percent(17.66, "en") == "17.7\u202f%"


def test_missing_values_are_a_dash():
    assert f.number(None, "de") == "–" and f.number(math.nan, "de") == "–"
    assert f.percent(None, "de") == "–" and f.decimal_only(math.nan) == ""


def test_csv_cells_have_no_thousands_separator():
    assert f.decimal_only(1234.5, ",", 2) == "1234,50"
    assert f.decimal_only(1234.5, ".", 1) == "1234.5"
