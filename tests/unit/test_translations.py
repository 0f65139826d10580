"""Every user-visible string has a German translation that keeps its placeholders."""

import re
import sys
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "i18n"
sys.path.insert(0, str(I18N))
import update_ts  # noqa: E402

PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*(?::[^{}]*)?\}")


def test_strings_are_found():
    strings = update_ts.extract_strings()
    assert "Create demo city" in strings
    assert len(strings) > 30


def test_every_string_has_a_german_translation():
    missing = update_ts.missing_translations("de")
    assert missing == [], "run `make i18n` and translate: " + "; ".join(missing)


@pytest.mark.parametrize("source,translation", [
    (s, t) for s, (t, finished) in update_ts.read_ts(str(I18N / "quartier_de.ts")).items() if finished
])
def test_placeholders_and_accelerators_kept(source, translation):
    assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation))
    assert source.endswith("…") == translation.endswith("…")


def test_missing_translation_is_detected(tmp_path):
    """The check itself can fail: a new tr() call without translation is reported."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text('from x import tr\nLABEL = tr("A brand-new label")\n')
    (tmp_path / "quartier_de.ts").write_text((I18N / "quartier_de.ts").read_text())
    assert update_ts.missing_translations("de", str(package), str(tmp_path)) == ["A brand-new label"]
