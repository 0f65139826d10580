"""The help pages: one per dialog in German and English, links between them resolve, no remote content."""

import re
from pathlib import Path

import pytest

HELP = Path(__file__).resolve().parents[2] / "resources" / "help"
PAGES = ("hierarchy", "weighting", "overlay", "meeting_pack", "workshop", "selection", "method", "processing")


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_page_exists_with_title_and_text(language, page):
    text = (HELP / language / f"{page}.html").read_text(encoding="utf-8")
    assert f'lang="{language}"' in text
    assert re.search(r"<h2>[^<]{5,}</h2>", text)
    assert len(re.sub(r"<[^>]+>", "", text)) > 300


@pytest.mark.parametrize("language", ["de", "en"])
def test_links_resolve_and_nothing_is_loaded_from_outside(language):
    for path in (HELP / language).glob("*.html"):
        text = path.read_text(encoding="utf-8")
        for target in re.findall(r'href="([^"]+)"', text):
            name, _, anchor = target.partition("#")
            page = HELP / language / name if name else path
            assert page.exists(), f"{path.name} links to missing {target}"
            if anchor:
                assert f'id="{anchor}"' in page.read_text(encoding="utf-8"), f"{path.name}: no anchor {target}"
        assert "<script" not in text and "http" not in text, path.name


def test_german_pages_are_german():
    text = (HELP / "de" / "weighting.html").read_text(encoding="utf-8")
    assert "höherer Wert = mehr Bedarf" in text and "0,10" in text
