"""Start QGIS without a display, with Processing and the Quartier provider, for scripts.

    python3 -m quartier_plugin.headless templates [FOLDER]   rebuild the layout templates (resources/layouts)
"""

import os
import sys


class _NoInterface:
    """Headless stand-in: the plugin needs no iface for Processing."""


def start_qgis(language="en"):
    """Return ``(QgsApplication, plugin)`` with Processing ready and the provider registered. The plugin's log
    (quartier_plugin.log) goes to stderr too: without a desktop nobody reads the message log tab."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from . import log

    log.to_console()
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
    plugins_dir = os.path.join(QgsApplication.pkgDataPath(), "python", "plugins")
    if plugins_dir not in sys.path:
        sys.path.append(plugins_dir)
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis.PyQt.QtCore import QLocale

    from .plugin import QuartierPlugin
    from .translation import install_translator

    QLocale.setDefault(QLocale(language))  # numbers on sheets as the desktop would write them (3,5 in German)
    plugin = QuartierPlugin(_NoInterface())
    plugin.translator = install_translator(language)
    plugin.initProcessing()
    return app, plugin


def main(argv=None):
    """The command line: ``templates [FOLDER]`` writes the sheets' layout templates (default resources/layouts)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] != "templates":
        print("usage: python3 -m quartier_plugin.headless templates [FOLDER]", file=sys.stderr)
        return 2
    _app, plugin = start_qgis(language="en")
    try:
        from .layouts.template_builder import write_templates

        for path in write_templates(argv[1] if len(argv) > 1 else "resources/layouts"):
            print(path)
    finally:
        plugin.unload()
    return 0


if __name__ == "__main__":
    sys.exit(main())
