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


def plugin_process(body, repo, prelude=""):
    """Run ``body`` in a fresh Python with QGIS started and a minimal iface (``Iface``) defined; ``prelude``
    runs first (e.g. to hide a package). Returns the CompletedProcess."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(prelude) + textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(repo)!r})
        from qgis.core import QgsApplication
        app = QgsApplication([], False); app.initQgis()
        from qgis.PyQt.QtWidgets import QMainWindow
        class Iface:
            def __init__(self): self.window = QMainWindow()
            def mainWindow(self): return self.window
            def addToolBar(self, name): return self.window.addToolBar(name)
    """) + textwrap.dedent(body)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
