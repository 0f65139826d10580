"""Fixtures for tests that need QGIS (pytest-qgis provides qgis_app, qgis_iface, qgis_processing…)."""

from pathlib import Path

import pytest
from provider_helper import ensure_provider
from qgis.core import QgsApplication

from quartier_plugin.definitions import PROVIDER_ID


@pytest.fixture
def quartier_provider(qgis_processing):
    """Processing initialised and the Quartier provider registered, as QGIS does it."""
    return ensure_provider()


@pytest.fixture
def no_quartier_provider(qgis_processing):
    """No Quartier provider registered (for tests of the plugin's own registration)."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById(PROVIDER_ID)
    if existing is not None:
        registry.removeProvider(existing)


@pytest.fixture(scope="session")
def demo_gpkg(qgis_processing, tmp_path_factory):
    """The demo city written once by the Processing algorithm."""
    from qgis import processing

    ensure_provider()
    path = tmp_path_factory.mktemp("demo") / "demostadt.gpkg"
    result = processing.run(f"{PROVIDER_ID}:create_demo_city", {"SEED": 2026, "OUTPUT": str(path)})
    assert result["OUTPUT"] == str(path)
    return path




@pytest.fixture
def demo_project(qgis_new_project, demo_gpkg, tmp_path_factory):
    """The demo city's layers in QgsProject.instance(), with the hierarchy definition stored."""
    from qgis.core import QgsProject

    from quartier_plugin.layers.city_layers import add_demo_city_layers, store_demo_hierarchy
    from quartier_plugin.layers.workspace_layers import set_workspace
    from quartier_plugin.storage.workspace import WorkspaceSpec

    project = QgsProject.instance()
    layers = add_demo_city_layers(str(demo_gpkg), project)
    store_demo_hierarchy(layers, project)
    workspace = tmp_path_factory.mktemp("workspace") / "demo.quartier.gpkg"
    set_workspace(WorkspaceSpec("gpkg", path=str(workspace)), project)
    return project, layers


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL + PostGIS on localhost for this test session (tests/pg_server.py)."""
    from pg_server import PostgresServer

    server = PostgresServer().start()
    yield server
    server.stop()


def auth_config(user, password):
    """A QGIS authentication configuration (Basic) for ``user``; returns its id."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("quartier-tests-master", True)
    for config_id in manager.configIds():
        config = QgsAuthMethodConfig()
        manager.loadAuthenticationConfig(config_id, config, True)
        if config.name() == f"Quartier test {user}" and config.config("password") == password:
            return config_id
    config = QgsAuthMethodConfig("Basic")
    config.setName(f"Quartier test {user}")
    config.setConfig("username", user)
    config.setConfig("password", password)
    assert manager.storeAuthenticationConfig(config)
    return config.id()


@pytest.fixture(params=["gpkg", "postgres"])
def workspace_spec(request, tmp_path, qgis_app):
    """spec(user) → a WorkspaceSpec of the same workspace for ``user``, as a GeoPackage or in PostGIS."""
    return spec_factory(request.param, request, tmp_path)


@pytest.fixture
def postgis_spec(request, tmp_path, qgis_app):
    """spec(user) for a PostGIS workspace only (roles and rights are a database matter)."""
    return spec_factory("postgres", request, tmp_path)


def spec_factory(kind, request, tmp_path):
    from quartier_plugin.storage.workspace import WorkspaceSpec

    if kind == "gpkg":
        path = str(tmp_path / "stadt.quartier.gpkg")
        return lambda user="alice": WorkspaceSpec("gpkg", path=path)
    from pg_server import DATABASE, PASSWORDS, SCHEMA

    server = request.getfixturevalue("pg_server")
    server.reset_schema()

    def spec(user="alice"):
        authcfg = auth_config(user, PASSWORDS[user])
        return WorkspaceSpec("postgres", connection=f"host=127.0.0.1 port={server.port} dbname={DATABASE} "
                                                    f"sslmode=disable authcfg={authcfg}", schema=SCHEMA)
    return spec


@pytest.fixture(autouse=True)
def no_unexpected_file_dialog(monkeypatch):
    """A modal file dialog would wait forever offscreen: fail at once unless a test answers it itself."""
    from qgis.PyQt.QtWidgets import QFileDialog

    def refuse(*args, **kwargs):
        raise AssertionError(f"unexpected file dialog: {args[1:2]}")

    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse)


@pytest.fixture(autouse=True)
def answered_message_boxes(monkeypatch):
    """Modal message boxes would wait forever offscreen: they are answered (and recorded) here; a test
    that cares sets its own answer. Questions get "Discard" where offered, else "No"."""
    from qgis.PyQt.QtWidgets import QMessageBox

    asked = []

    def question(parent, title, text, buttons=None, default=None):
        asked.append(("question", text))
        if buttons is not None and buttons & QMessageBox.StandardButton.Discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.No

    def notice(kind):
        def show(parent, title, text, *args, **kwargs):
            asked.append((kind, text))
            return QMessageBox.StandardButton.Ok
        return show

    monkeypatch.setattr(QMessageBox, "question", question)
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, notice(kind))
    return asked


@pytest.fixture(autouse=True)
def collect_while_qgis_runs():
    """Layers caught in reference cycles (a kept traceback holds a test's frame) must go while QGIS still
    runs: collected at pytest's exit, after exitQgis, their data providers crash the process. An algorithm that
    fails inside processAlgorithm has its traceback printed by QGIS, which keeps it in sys.last_traceback (with
    the algorithm's frame and its layers): that reference goes too."""
    yield
    import gc
    import sys
    import types

    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            setattr(sys, name, None)
    # Frames of finished test and plugin code that a kept traceback still holds (QGIS keeps the traceback of an
    # exception raised through processAlgorithm) lose their locals here, so their layers go while QGIS runs.
    import inspect

    import processing as qgis_processing_plugin
    from qgis import utils as qgis_utils

    roots = (str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parents[2] / "quartier_plugin"),
             str(Path(qgis_processing_plugin.__file__).parent), str(Path(qgis_utils.__file__).parent))
    suspended = inspect.CO_GENERATOR | inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR
    for frame in [o for o in gc.get_objects() if isinstance(o, types.FrameType)]:
        if frame.f_code.co_filename.startswith(roots) and not frame.f_code.co_flags & suspended:
            try:
                frame.clear()
            except RuntimeError:  # still running
                pass
    gc.collect()
