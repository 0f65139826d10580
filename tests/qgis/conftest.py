"""Fixtures for tests that need QGIS (pytest-qgis provides qgis_app, qgis_iface, qgis_processing…)."""

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
def demo_project(qgis_new_project, demo_gpkg):
    """The demo city's layers in QgsProject.instance(), with the hierarchy definition stored."""
    from qgis.core import QgsProject

    from quartier_plugin.layers.city_layers import add_demo_city_layers, store_demo_hierarchy

    project = QgsProject.instance()
    layers = add_demo_city_layers(str(demo_gpkg), project)
    store_demo_hierarchy(layers, project)
    return project, layers
