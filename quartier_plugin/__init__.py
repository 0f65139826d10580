"""Quartier: social district development for QGIS.

QGIS calls :func:`classFactory` when the plugin is loaded; nothing heavy is imported here.
"""


def classFactory(iface):  # noqa: N802 - name fixed by QGIS
    from .plugin import QuartierPlugin

    return QuartierPlugin(iface)
