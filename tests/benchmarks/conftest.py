import pytest
from provider_helper import ensure_provider


@pytest.fixture(scope="session")
def quartier_provider(qgis_processing):
    return ensure_provider()
