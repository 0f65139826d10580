"""Every algorithm has a translated help text and a help URL: its entry on the shipped page of the algorithms, in
the language QGIS runs in, naming only parameters the algorithm has (issue 16)."""

import re

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl

from quartier_plugin import paths


def algorithms():
    provider = QgsApplication.processingRegistry().providerById("quartier")
    return sorted(provider.algorithms(), key=lambda a: a.name())


def entry(language, algorithm_id):
    text = open(paths.help_path("processing", language), encoding="utf-8").read()
    match = re.search(rf'<h3 id="{algorithm_id}">(.*?)(?=<h3 |</body>)', text, re.S)
    assert match, f"no entry for {algorithm_id} on the {language} page"
    return match.group(1)


def test_every_algorithm_has_an_entry_in_both_languages(quartier_provider):
    assert len(algorithms()) >= 13
    for alg in algorithms():
        url = QUrl(alg.helpUrl())
        assert url.isLocalFile() and url.fragment() == alg.name(), alg.helpUrl()
        assert open(url.toLocalFile(), encoding="utf-8").read()
        for language in ("de", "en"):
            text = entry(language, alg.name())
            assert f"quartier:{alg.name()}" in text
            names = re.search(r"<code>([^<]+)</code>", text).group(1).split(", ")
            known = {d.name() for d in alg.parameterDefinitions()} | {o.name() for o in alg.outputDefinitions()}
            assert set(names) <= known, (alg.name(), set(names) - known)
            assert alg.shortHelpString().strip()
            # QGIS shows the help as HTML: a placeholder such as <id> would vanish from it
            assert not re.search(r"<[a-z_]+>", alg.shortHelpString()), alg.name()


def test_help_url_follows_the_language_of_qgis(quartier_provider, monkeypatch):
    from quartier_plugin.processing import base

    alg = QgsApplication.processingRegistry().algorithmById("quartier:need_index")
    monkeypatch.setattr(base, "user_locale", lambda: "de")
    german = QUrl(alg.helpUrl()).toLocalFile()
    monkeypatch.setattr(base, "user_locale", lambda: "en")
    english = QUrl(alg.helpUrl()).toLocalFile()
    assert german.endswith("/de/processing.html") and english.endswith("/en/processing.html")
    assert "Bedarfsindex" in entry("de", "need_index") and "Need index" in entry("en", "need_index")


@pytest.mark.parametrize("language", ["de", "en"])
def test_no_entry_for_an_algorithm_that_does_not_exist(quartier_provider, language):
    text = open(paths.help_path("processing", language), encoding="utf-8").read()
    ids = set(re.findall(r'<h3 id="(\w+)">', text))
    assert ids == {a.name() for a in algorithms()}
