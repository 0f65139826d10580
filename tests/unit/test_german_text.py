"""The check for dot decimals in German output, and the formatting that keeps them out (issue 16)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from german_text import dot_decimals  # noqa: E402

from quartier_plugin.core.formatting import localised, localised_params, number, short  # noqa: E402
from quartier_plugin.core.text import Message  # noqa: E402


def test_finds_the_english_writings_the_issue_names():
    text = "Index 3.09 · Anteil 17.7 % · 0.3 km · CR = 0.04 · r 0.85"
    assert dot_decimals(text) == ["3.09", "17.7", "0.3", "0.04", "0.85"]
    assert dot_decimals("minus -1.5 SD") == ["1.5"]


def test_german_writings_pass():
    text = "Index 3,09 · 17,7 % · 0,3 km · 20.716 Gebiete · 1.234.567 EW · 1.234,5 · am 01.12.2026 · QGIS 3.22.16"
    assert dot_decimals(text) == []
    assert dot_decimals("Schlüssel 01.02", allowed=("Schlüssel",)) == []


def test_formatting_writes_german():
    assert number(3.0912, "de", 2) == "3,09" and short(12.5, "de") == "12,5" and short(300, "de") == "300"
    assert localised("0.04", "de") == "0,04" and localised(0.5, "de") == "0,5" and localised("Süd", "de") == "Süd"
    assert localised("0.04", "en") == "0.04"
    assert localised_params({"cr": "0.04", "key": "1.10", "parent_key": "2.5", "year": "2024"}, "de") == {
        "cr": "0,04", "key": "1.10", "parent_key": "2.5", "year": "2024"}
    # the hierarchy's overlap finding names the other area's key as "other": a key keeps its dots
    assert localised_params({"other": "1.10", "share": "12.5"}, "de") == {"other": "1.10", "share": "12,5"}
    assert dot_decimals(" ".join(localised_params({"a": "0.25", "b": 1.5}, "de").values())) == []


def test_a_core_message_keeps_its_template():
    message = Message("{where}: area {area_key} runs {duration} years", where="row 2", area_key="011",
                      duration="3.0")
    assert message == "row 2: area 011 runs 3.0 years" and "3.0 years" in message
    assert message.template.startswith("{where}") and message.params["duration"] == "3.0"
