"""The plugin's one logger (message log tab "Quartier" and Python logging) and the registry of city profiles
as Processing offers it."""

import logging

import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsVectorLayer

from quartier_plugin import log
from quartier_plugin.core.cities import CITIES
from quartier_plugin.core.city_profile import parse_profile


@pytest.fixture
def received(qgis_app):
    """(message, tag, level) of every message the QGIS message log receives while the test runs."""
    got = []

    def keep(message, tag, level):
        got.append((message, tag, level))

    QgsApplication.messageLog().messageReceived.connect(keep)
    yield got
    QgsApplication.messageLog().messageReceived.disconnect(keep)


@pytest.mark.parametrize("level, python_level", [("info", logging.INFO), ("success", logging.INFO),
                                                 ("warning", logging.WARNING), ("critical", logging.ERROR)])
def test_a_message_goes_to_the_quartier_tab_and_to_python_logging(received, caplog, level, python_level):
    caplog.set_level(logging.DEBUG, logger="quartier")
    text = f"Quartier log test ({level})"
    assert log.log(text, level) == text
    assert (text, "Quartier", log.LEVELS[level][0]) in received
    assert ("quartier", python_level, text) in caplog.record_tuples


def test_push_without_a_desktop_only_logs(received):
    class NoBar:  # headless: no messageBar at all
        pass

    log.warning("Quartier push test", push=True, iface=NoBar())
    log.warning("Quartier push test 2", push=True)  # qgis.utils.iface is None in the tests: nothing breaks
    assert [m for m, tag, _l in received if tag == "Quartier"][-2:] == ["Quartier push test", "Quartier push test 2"]


def test_push_shows_the_message_in_the_bar_of_an_iface(received):
    pushed = []

    class Bar:
        def pushWarning(self, title, text):  # noqa: N802 - QgsMessageBar's API
            pushed.append((title, text))

    class Iface:
        def messageBar(self):  # noqa: N802
            return Bar()

    log.warning("Quartier bar test", push=True, iface=Iface())
    assert pushed == [("Quartier", "Quartier bar test")]


def test_an_exception_is_logged_with_its_traceback(received, caplog):
    caplog.set_level(logging.DEBUG, logger="quartier")
    try:
        raise ValueError("broken input")
    except ValueError:
        headline = log.exception("Reading failed")
    assert headline == "Reading failed (ValueError: broken input)"
    message = next(m for m, tag, _l in received if tag == "Quartier" and m.startswith("Reading failed"))
    assert "Traceback" in message and "raise ValueError" in message


def test_to_console_adds_one_handler(qgis_app):
    import io

    stream = io.StringIO()
    before = list(log.LOGGER.handlers)
    try:
        handler = log.to_console(stream=stream)
        assert log.to_console() is handler  # once
        log.info("Quartier console test")
        assert "Quartier INFO: Quartier console test" in stream.getvalue()
    finally:
        log.LOGGER.handlers[:] = before


TESTDORF = {"id": "testdorf", "name": "Testdorf", "crs": "EPSG:25832",
            "levels": [{"id": "ortsteil", "label": {"de": "Ortsteil", "en": "Village part"},
                        "fields": [{"key_field": "ot_nr", "name_field": "ot_name"}]}]}


def ortsteile():
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832&field=ot_nr:string&field=ot_name:string", "ortsteile", "memory")
    features = []
    for i in range(2):
        feature = QgsFeature(layer.fields())
        x = 500000 + 1000 * i
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x} 5400000, {x + 1000} 5400000, {x + 1000} 5401000, {x} 5401000, {x} 5400000))"))
        feature.setAttributes([f"0{i + 1}", f"Teil {i + 1}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_a_city_registered_in_code_is_offered_by_a_new_algorithm_and_loads(quartier_provider):
    registry = QgsApplication.processingRegistry()
    with CITIES.added(parse_profile(TESTDORF, "test")):
        algorithm = registry.createAlgorithmById("quartier:validate_hierarchy")
        city = algorithm.parameterDefinition("CITY")
        assert "testdorf" in city.description() and "stuttgart" in city.description()
        assert "testdorf – Testdorf" in city.help()
        assert "testdorf" in algorithm.shortHelpString()
        result = processing.run("quartier:validate_hierarchy",
                                {"CITY": "testdorf", "LAYERS": [ortsteile()], "OUTPUT": "memory:report"})
        assert result["ERRORS"] == 0
    fresh = registry.createAlgorithmById("quartier:validate_hierarchy")
    assert "testdorf" not in fresh.parameterDefinition("CITY").description()


def test_builtin_city_still_loads_by_id_and_by_path(qgis_app):
    from quartier_plugin import paths
    from quartier_plugin.core.city_profile import CityProfileError
    from quartier_plugin.storage.project_state import builtin_city, city_ids

    assert {"berlin", "flensburg", "stuttgart"} <= set(city_ids())
    assert builtin_city("berlin").id == "berlin"
    assert builtin_city("").id == "stuttgart"
    assert builtin_city(paths.resource("cities", "flensburg.json")).name == "Flensburg"
    with pytest.raises(CityProfileError, match="not one of"):
        builtin_city("atlantis")


def test_unload_logs_a_failing_step_and_still_removes_the_provider(qgis_iface, no_quartier_provider, received,
                                                                  monkeypatch):
    import quartier_plugin
    from quartier_plugin.definitions import PROVIDER_ID

    plugin = quartier_plugin.classFactory(qgis_iface)
    plugin.initGui()

    def broken():
        raise RuntimeError("dock already gone")

    monkeypatch.setattr(plugin, "_remove_dock", broken)
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById(PROVIDER_ID) is None
    assert plugin.menu is None and plugin.toolbar is None and plugin.actions == []
    assert any(tag == "Quartier" and "remove_dock" in m and "dock already gone" in m for m, tag, _l in received)
