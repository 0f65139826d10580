"""Issue 16: long work runs as QGIS tasks - overlay, meeting pack, robustness. Each task delivers what the
synchronous run gives, runs in a worker thread while the event loop goes on, cancels without leaving
anything, and says its errors as messages."""

import os
import threading
import time

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer

from quartier_plugin.gui import tasks
from quartier_plugin.gui.tasks import WorkTask, start, wait

MAIN = threading.get_ident()


class Ticks:
    """A QTimer counting how often the event loop ran it (every 20 ms when the loop is free)."""

    def __init__(self):
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        self.count += 1

    def stop(self):
        self.timer.stop()
        return self.count


def slow(function, threads, seconds=1.0):
    """``function`` that records the thread it runs in and takes at least ``seconds`` (without the GIL)."""

    def wrapper(*args, **kwargs):
        threads.append(threading.get_ident())
        time.sleep(seconds)
        return function(*args, **kwargs)

    return wrapper


def wait_until(predicate, timeout=60.0):
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.005)
    return predicate()


# -- the reusable piece ----------------------------------------------------------------------------------
def test_work_task_result_progress_cancel_and_errors(qgis_app):
    seen = {}

    def work(feedback):
        for step in range(50):
            if feedback.isCanceled():
                raise tasks.Cancelled()
            feedback.setProgress(2 * step)
            feedback.pushInfo(f"step {step}")
            time.sleep(0.02)
        return threading.get_ident()

    ticks = Ticks()
    task = start(WorkTask("Quartier test", work, done=lambda result: seen.update(done=result),
                          progress=lambda value: seen.setdefault("progress", []).append(value),
                          info=lambda text: seen.update(info=text)))
    assert task in tasks.RUNNING and task in QgsApplication.taskManager().tasks()
    assert wait(task, 60) and task.outcome == "done"
    assert ticks.stop() >= 5  # the loop ran while the work slept in its thread (~50 ticks)
    assert seen["done"] != MAIN and seen["info"] == "step 49" and max(seen["progress"]) > 50
    assert task not in tasks.RUNNING

    calls = []
    task = start(WorkTask("Quartier test", work, done=calls.append, cancelled=lambda: calls.append("cancelled")))
    assert wait_until(lambda: task.ended or task.progress() > 0) and not task.ended
    tasks.cancel(task)
    assert wait(task, 60) and task.outcome == "cancelled" and calls == ["cancelled"]

    def broken(_feedback):
        raise RuntimeError("the disk is on fire")

    messages = []
    task = start(WorkTask("Quartier test", broken, done=calls.append, failed=messages.append))
    assert wait(task, 60) and task.outcome == "failed"
    assert len(messages) == 1 and "the disk is on fire" in messages[0] and "Traceback" not in messages[0]

    def refused(_feedback):
        raise ValueError("Choose a folder.")

    task = start(WorkTask("Quartier test", refused, failed=messages.append))
    assert wait(task, 60) and messages[-1] == "Choose a folder."  # an expected error: its sentence only

    def bad_callback(_result):
        raise KeyError("gone")

    task = start(WorkTask("Quartier test", lambda _f: 1, done=bad_callback, failed=messages.append))
    assert wait(task, 60) and "could not be shown" in messages[-1]  # said, not raised into Qt


# -- the overlay dialog ------------------------------------------------------------------------------------
@pytest.fixture
def overlay_dialog(qgis_iface, qgis_new_project, demo_gpkg, quartier_provider, tmp_path):
    from test_renewal_overlay import memory_copy

    from quartier_plugin.gui.overlay_dialog import OverlayDialog
    from quartier_plugin.layers.workspace_layers import set_workspace
    from quartier_plugin.storage.workspace import WorkspaceSpec

    project = QgsProject.instance()
    set_workspace(WorkspaceSpec("gpkg", path=str(tmp_path / "w.quartier.gpkg")), project)
    stats = QgsVectorLayer(f"{demo_gpkg}|layername=statistik_stadtteile", "stats", "ogr")
    index = processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    by_key = {f["stadtteil_nr"]: f for f in index.getFeatures()}
    stadtteile = QgsVectorLayer(f"{demo_gpkg}|layername=stadtteile", "Stadtteile", "ogr")
    clean = lambda v: None if v is None or str(v) == "NULL" else v  # noqa: E731
    areas = memory_copy(stadtteile, extra={
        name: {f.id(): clean(by_key[f["stadtteil_nr"]][name]) for f in stadtteile.getFeatures()}
        for name in ("index_class", "index_rank")})
    renewal = QgsVectorLayer(f"{demo_gpkg}|layername=vorranggebiete", "Vorranggebiete", "ogr")
    project.addMapLayers([areas, renewal])
    dialog = OverlayDialog(qgis_iface, project=project)
    dialog.areas.setLayer(areas)
    dialog.renewal.setLayer(renewal)
    return dialog


def rows_of(layer, names):
    return sorted(tuple(f[n] for n in names) for f in layer.getFeatures())


def test_overlay_runs_in_a_task_as_it_runs_synchronously(overlay_dialog, monkeypatch):
    from quartier_plugin.core import overlay

    dialog, project = overlay_dialog, overlay_dialog.project
    expected = processing.run("quartier:renewal_overlay", dialog.parameters())["OUTPUT"]
    threads = []
    monkeypatch.setattr(overlay, "coverage", slow(overlay.coverage, threads))
    ticks = Ticks()
    task = dialog.start()
    assert task is not None and not dialog.run_button.isEnabled() and dialog.cancel_button.isEnabled()
    assert dialog.result_layer is None  # nothing in the project before the task has finished
    assert wait(task, 120) and task.outcome == "done"
    assert ticks.stop() >= 5 and threads and threads[0] != MAIN  # computed in a worker; the loop went on
    layer = dialog.result_layer
    assert layer is not None and project.mapLayer(layer.id()) is layer
    names = ["stadtteil_nr", "renewal_share", "residents_share", "need_level", "coverage_level", "bivariate",
             "decision_group"]
    assert rows_of(layer, names) == rows_of(expected, names) and layer.featureCount() == 152
    assert dialog.run_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.progress.value() == 100 and dialog.table.rowCount() == layer.selectedFeatureCount() > 0


def test_overlay_cancel_adds_nothing_and_refusals_are_said(overlay_dialog, monkeypatch):
    from quartier_plugin.core import overlay

    dialog, project = overlay_dialog, overlay_dialog.project
    before = sorted(project.mapLayers())
    threads = []
    monkeypatch.setattr(overlay, "coverage", slow(overlay.coverage, threads))
    task = dialog.start()
    assert wait_until(lambda: threads)  # the algorithm is running in its thread
    dialog.cancel()
    assert wait(task, 120) and task.outcome == "cancelled"
    assert sorted(project.mapLayers()) == before and dialog.result_layer is None
    assert "Cancelled" in dialog.summary.text() and dialog.run_button.isEnabled()
    # a refused input is said at once, nothing runs
    dialog.low.setValue(60)  # "none below 60 %, mostly from 50 %": the breaks must rise
    assert dialog.run() is None and dialog.task.outcome == "failed" and dialog.summary.text()
    assert sorted(project.mapLayers()) == before


# -- the meeting pack dialog -------------------------------------------------------------------------------
@pytest.fixture
def pack_dialog(qgis_iface, demo_project):
    from quartier_plugin.gui.meeting_pack_dialog import MeetingPackDialog
    from quartier_plugin.gui.weighting_dock import WeightingDock

    project, _layers = demo_project
    dock = WeightingDock(qgis_iface, project=project)
    assert dock.load_data()
    dock.save_scenario_as("Gleichgewichtet")
    dock.close()
    return MeetingPackDialog(qgis_iface, project=project)


def test_pack_is_written_in_a_task_as_synchronously(pack_dialog, tmp_path, monkeypatch):
    from quartier_plugin.layouts.meeting_pack import MeetingPack
    from quartier_plugin.layouts.pack import export

    dialog, project = pack_dialog, pack_dialog.project
    request = dialog.request(str(tmp_path / "sync"))
    import datetime

    request.date = datetime.date.today()
    assert MeetingPack(request, QgsProject()).build() == str(tmp_path / "sync")
    threads = []
    monkeypatch.setattr(export, "write_pdf", slow(export.write_pdf, threads))
    layouts_before = len(project.layoutManager().layouts())
    ticks = Ticks()
    task = dialog.start(str(tmp_path / "task"))
    assert task is not None and not os.path.exists(tmp_path / "task")
    assert wait(task, 300) and task.outcome == "done", dialog.status.text()
    assert ticks.stop() >= 5 and threads and threads[0] != MAIN  # rendered in a worker; the loop went on
    assert dialog.written == str(tmp_path / "task") and "pages" in dialog.status.text()
    for name in ("rangfolge.csv", "einstellungen.json", "LIESMICH.md"):
        assert (tmp_path / "sync" / name).read_bytes() == (tmp_path / "task" / name).read_bytes(), name
    assert os.path.getsize(tmp_path / "task" / "sitzungsunterlage.pdf") > 10000
    # the sheets stay editable in the project, with the pack's layers in the workspace
    assert len(project.layoutManager().layouts()) > layouts_before
    atlas = project.layoutManager().layoutByName("AGSP profiles").atlas()
    atlas.updateFeatures()
    assert atlas.count() == len(dialog.selected_keys()) == 13
    assert dialog.pack is not None and len(dialog.pack.pages) == 14


def test_pack_cancel_leaves_nothing_and_errors_are_said(pack_dialog, tmp_path):
    dialog, project = pack_dialog, pack_dialog.project
    dialog.select_all()
    layers_before, layouts_before = sorted(project.mapLayers()), len(project.layoutManager().layouts())
    task = dialog.start(str(tmp_path / "pack"))
    assert wait_until(lambda: task.ended or task.progress() > 0, 300) and not task.ended  # rendering began
    dialog.cancel()
    assert wait(task, 300) and task.outcome == "cancelled"
    assert os.listdir(tmp_path) == []  # no pack, no hidden temporary folder
    assert sorted(project.mapLayers()) == layers_before
    assert len(project.layoutManager().layouts()) == layouts_before
    assert "Cancelled" in dialog.status.text() and dialog.run_button.isEnabled()
    foreign = tmp_path / "someone_elses"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    assert dialog.run(str(foreign)) is None and dialog.task.outcome == "failed"
    assert "not empty" in dialog.status.text() and (foreign / "notes.txt").read_text() == "keep me"


# -- robustness in the weighting dock -------------------------------------------------------------------------
def test_robustness_task_as_synchronous_cancel_and_stale_results(qgis_iface, demo_project, monkeypatch):
    from quartier_plugin.core import robustness as core
    from quartier_plugin.gui.weighting_dock import WeightingDock, robustness_task

    project, _layers = demo_project
    dock = WeightingDock(qgis_iface, project=project)
    assert dock.load_data()
    _method, preset, result = dock.last
    expected = core.robustness(preset, result, draws=1000, seed=1)
    threads = []
    monkeypatch.setattr(core, "robustness", slow(core.robustness, threads))
    ticks = Ticks()
    dock.tabs.setCurrentWidget(dock.rank_chart)
    task = dock.robustness_task
    assert task is not None and dock.robustness is None
    assert wait(task, 120) and task.outcome == "done"
    assert ticks.stop() >= 5 and threads[0] != MAIN
    for name in ("median_rank", "rank_p05", "rank_p95", "share_selected"):
        np.testing.assert_array_equal(getattr(dock.robustness, name), getattr(expected, name))
    assert dock.rank_chart.rows
    # the weights change while the draws run (a recompute makes a new result): the old task is cancelled
    dock.robustness = None
    dock._update_robustness()
    old = dock.robustness_task
    assert old is not None and wait_until(lambda: len(threads) == 2)  # sleeping in its thread
    assert dock.recompute()
    new = dock.robustness_task
    assert new is not old and new.last is dock.last
    assert wait(old, 120) and old.outcome == "cancelled"
    # (the new task may well have ended while the old one was waited for)
    assert wait(new, 120) and new.outcome == "done" and dock.robustness is not None and dock.robustness_task is None
    # cancelled draws give no result
    calls = []
    task = start(robustness_task(dock.last, lambda *a: calls.append(a), calls.append, draws=2_000_000))
    assert wait_until(lambda: len(threads) == 4)
    tasks.cancel(task)
    assert wait(task, 120) and task.outcome == "cancelled" and calls == []
    dock.ask_on_close = False
    dock.close()


# -- robustness and area types from the toolbox -------------------------------------------------------------
@pytest.mark.parametrize("name, extra", [("robustness", {"DRAWS": 300, "SEED": 3}),
                                          ("area_types", {"K": 5, "PROFILES": "TEMPORARY_OUTPUT"})])
def test_indicator_algorithms_run_in_the_background_as_in_the_toolbox(name, extra, demo_gpkg, quartier_provider,
                                                                       qgis_new_project):
    """No FlagNoThreading: QGIS's algorithm dialog runs them in a QgsProcessingAlgRunnerTask, as AlgorithmTask
    does; the outputs are those of a synchronous run."""
    from qgis.core import QgsProcessingAlgorithm

    from quartier_plugin.gui.tasks import AlgorithmTask

    no_threading = getattr(QgsProcessingAlgorithm, "FlagNoThreading", None)
    algorithm = QgsApplication.processingRegistry().algorithmById(f"quartier:{name}")
    assert no_threading is None or not int(algorithm.flags()) & int(no_threading)
    stats = QgsVectorLayer(f"{demo_gpkg}|layername=statistik_stadtteile", "stats", "ogr")
    params = dict(extra, INPUT=stats, OUTPUT="TEMPORARY_OUTPUT")
    expected = processing.run(f"quartier:{name}", dict(params))["OUTPUT"]
    got = {}
    task = start(AlgorithmTask(f"quartier:{name}", dict(params), QgsProject.instance(),
                               done=lambda results, context: got.update(layer=context.takeResultLayer(
                                   results["OUTPUT"]))))
    assert wait(task, 120) and task.outcome == "done"
    names = expected.fields().names()
    assert got["layer"].fields().names() == names and got["layer"].featureCount() == 152
    assert sorted(f.attributes() for f in got["layer"].getFeatures()) == sorted(
        f.attributes() for f in expected.getFeatures())


@pytest.mark.parametrize("name, extra", [("need_index", {}), ("robustness", {"DRAWS": 100})])
def test_algorithms_read_the_project_entries_on_the_main_thread_only(name, extra, demo_project, quartier_provider,
                                                                    monkeypatch):
    """The city profile and the workspace are read when the run is prepared (main thread); the run itself, in the
    worker, reads no project entry (one could meet the main thread writing it)."""
    from quartier_plugin.gui.tasks import AlgorithmTask
    from quartier_plugin.storage import project_state

    project, layers = demo_project
    reads = []
    original = project_state.read_json

    def recording(*args, **kwargs):
        reads.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(project_state, "read_json", recording)
    params = dict(extra, INPUT=layers["statistik_stadtteile"], KEY_FIELD="stadtteil_nr", OUTPUT="TEMPORARY_OUTPUT")
    task = start(AlgorithmTask(f"quartier:{name}", params, project))
    assert wait(task, 120) and task.outcome == "done"
    assert reads and set(reads) == {MAIN}, f"{sum(r != MAIN for r in reads)} of {len(reads)} reads off the main thread"


def test_the_pack_worker_reads_only_its_own_copies_of_the_layers(pack_dialog, demo_project, tmp_path, monkeypatch):
    """The worker neither looks layers up in the desktop project nor reads the user's layers: it gets copies made
    on the main thread (the user may remove or change a layer while the pack is written)."""
    from quartier_plugin.layers import weighting_session as ws

    project, layers = demo_project
    pack_dialog.renewal.setLayer(layers["vorranggebiete"])
    users = set(project.mapLayers())
    off_main = []

    def record(what):
        if threading.get_ident() != MAIN:
            off_main.append(what)

    for name in ("areas_layer", "table_layer"):
        original = getattr(ws.WeightingSession, name)
        own = "_areas" if name == "areas_layer" else "_table"

        def looked_up(self, original=original, own=own, name=name):
            if getattr(self, own) is None:
                record(f"{name} from the project")
            return original.fget(self)

        monkeypatch.setattr(ws.WeightingSession, name, property(looked_up))
    for method in ("getFeatures", "clone"):
        original = getattr(QgsVectorLayer, method)

        def watched(self, *args, original=original, method=method):
            if self.id() in users:
                record(f"{method} of {self.name()}")
            return original(self, *args)

        monkeypatch.setattr(QgsVectorLayer, method, watched)
    task = pack_dialog.start(str(tmp_path / "pack"))
    assert wait(task, 300) and task.outcome == "done", pack_dialog.status.text()
    assert off_main == [], sorted(set(off_main))
