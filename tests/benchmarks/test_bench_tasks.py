"""Issue 16: the window stays usable while long work runs. Measured for the meeting pack (overview + 152 profile
sheets) and the renewal overlay: the longest time the event loop could not run (a 20 ms QTimer's longest gap)
and the wall time, for the dialogs' task against the synchronous run the dialogs did before (on the main
thread, with processEvents on each progress step), in the same run. Prints; asserts no time."""

import time

import pytest
from qgis import processing
from qgis.core import QgsProcessingFeedback, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QTimer

from quartier_plugin.gui.tasks import wait


class Gaps:
    """The longest gap between the ticks of a 20 ms timer: how long the window could not react."""

    def __init__(self):
        self.last = time.perf_counter()
        self.longest = 0.0
        self.blocked = 0.0   # the sum of the gaps beyond 50 ms: how long the window was frozen in all
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.blocked += max(0.0, now - self.last - 0.05)
        self.last = now

    def stop(self):
        self._tick()
        self.timer.stop()
        return self.longest, self.blocked


def measure(run):
    gaps = Gaps()
    QCoreApplication.processEvents()
    start = time.perf_counter()
    run()
    wall = time.perf_counter() - start
    return (wall, *gaps.stop())


def line(name, ours, before):
    def text(m):
        return f"{m[0]:.2f} s wall, longest stall {m[1] * 1000:.0f} ms, frozen {m[2]:.2f} s in all"

    print(f"BENCH {name}: task {text(ours)} | synchronous {text(before)} -> longest stall "
          f"{before[1] / ours[1]:.1f}x shorter, frozen {before[2] / max(ours[2], 1e-3):.1f}x less, "
          f"wall {ours[0] / before[0]:.2f}x")


@pytest.fixture(scope="module")
def demo(quartier_provider, tmp_path_factory):
    path = tmp_path_factory.mktemp("bench_tasks") / "demostadt.gpkg"
    processing.run("quartier:create_demo_city", {"SEED": 2026, "OUTPUT": str(path)})
    return str(path)


def test_pack_and_overlay_keep_the_event_loop_running(qgis_iface, qgis_new_project, demo, tmp_path):
    from quartier_plugin.gui.meeting_pack_dialog import MeetingPackDialog
    from quartier_plugin.gui.overlay_dialog import OverlayDialog
    from quartier_plugin.gui.weighting_dock import WeightingDock
    from quartier_plugin.layers.city_layers import add_demo_city_layers, store_demo_hierarchy
    from quartier_plugin.layers.workspace_layers import set_workspace
    from quartier_plugin.layouts.meeting_pack import MeetingPack
    from quartier_plugin.storage.workspace import WorkspaceSpec

    project = QgsProject.instance()
    layers = add_demo_city_layers(demo, project)
    store_demo_hierarchy(layers, project)
    set_workspace(WorkspaceSpec("gpkg", path=str(tmp_path / "w.quartier.gpkg")), project)
    dock = WeightingDock(qgis_iface, project=project)
    assert dock.load_data()
    dock.save_scenario_as("Bench")
    dock.ask_on_close = False
    dock.close()
    dialog = MeetingPackDialog(qgis_iface, project=project)
    dialog.select_all()

    class Feedback(QgsProcessingFeedback):  # what the dialog did before: the loop run on each progress step
        def __init__(self):
            super().__init__(False)
            self.progressChanged.connect(lambda _v: QCoreApplication.processEvents())

    runs = iter(range(100))
    synchronous = min((measure(lambda: MeetingPack(dialog.request(str(tmp_path / f"s{next(runs)}")), project,
                                                   Feedback()).build()) for _ in range(2)), key=lambda m: m[1])
    task = min((measure(lambda: dialog.run(str(tmp_path / f"t{next(runs)}"))) for _ in range(2)),
               key=lambda m: m[1])
    assert dialog.written
    line("meeting pack, overview + 152 profiles", task, synchronous)

    stats = QgsVectorLayer(f"{demo}|layername=statistik_stadtteile", "stats", "ogr")
    index = processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": str(tmp_path / "index.gpkg")})["OUTPUT"]
    overlay = OverlayDialog(qgis_iface, project=project)
    areas = layers["stadtteile"]
    params = dict(overlay.parameters(), AREAS=areas, RENEWAL=layers["vorranggebiete"], KEY_FIELD="stadtteil_nr",
                  INDEX=index, INDEX_KEY="stadtteil_nr", CLASS_FIELD="index_class", RANK_FIELD="index_rank")
    synchronous = min((measure(lambda: processing.run("quartier:renewal_overlay", dict(params), feedback=Feedback()))
                       for _ in range(3)), key=lambda m: m[1])

    def overlay_task():
        from quartier_plugin.gui.tasks import AlgorithmTask, start

        task = start(AlgorithmTask("quartier:renewal_overlay", dict(params), project))
        assert wait(task, 300) and task.outcome == "done"

    task = min((measure(overlay_task) for _ in range(3)), key=lambda m: m[1])
    line("renewal overlay, 152 areas", task, synchronous)
