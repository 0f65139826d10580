"""Registering the Quartier provider in tests (imported lazily: unit tests run without QGIS)."""

_KEEP_ALIVE = []  # the Python side of a provider must outlive its registration


def ensure_provider():
    from qgis.core import QgsApplication

    from quartier_plugin.definitions import PROVIDER_ID
    from quartier_plugin.processing.provider import QuartierProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is None:
        provider = QuartierProvider()
        assert registry.addProvider(provider)
        _KEEP_ALIVE.append(provider)
    return registry.providerById(PROVIDER_ID)
