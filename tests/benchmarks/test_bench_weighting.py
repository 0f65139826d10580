"""Issue 18 speed: from a weight change to the updated result layer and renderer.

The weighting dialog is driven as a user drives it (a weight set through the weights panel); the
time covers computing the index, writing the changed values into the preview layer, the new renderer
with its class counts, the ranking table and the warnings. The debounce pause (150 ms, which waits for
the user to stop dragging) is not part of it. Targets (issue 18, replacing issue 6's 50/500 ms): 152 areas
under 10 ms, 20,716 grid cells under 100 ms; the printed ratio is target / our time (1 or more meets it).
"""

import time

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

from quartier_plugin.gui.weighting_dock import WeightingDock

from .harness import best_time, report

STATS_FIELDS = ("einwohner", "haushalte", "nettoeinkommen_tsd_eur", "laerm_betroffene", "migrationshintergrund",
                "einwohner_u25", "buergergeld_u25", "bonuscard", "kinder_esu", "kinder_uebergewicht", "wohndauer_u5")


@pytest.fixture(scope="module")
def demo(quartier_provider, tmp_path_factory):
    path = tmp_path_factory.mktemp("bench_weighting") / "demostadt.gpkg"
    processing.run("quartier:create_demo_city", {"SEED": 2026, "OUTPUT": str(path)})
    return str(path)


def grid_statistics(grid, seed=3):
    """A statistics table with one row per grid cell (keys = zelle_id), values drawn at random."""
    rng = np.random.default_rng(seed)
    fields = "&".join(["field=zelle_id:string", "field=jahr:integer"] + [f"field={f}:double" for f in STATS_FIELDS])
    table = QgsVectorLayer(f"None?{fields}", "statistik_zellen", "memory")
    features = []
    for cell in grid.getFeatures():
        ew = float(rng.integers(250, 2500))
        hh = ew / 2
        u25 = ew * 0.25
        esu = max(1.0, ew * 0.01)
        row = [ew, hh, hh * rng.uniform(30, 60), ew * rng.uniform(0.05, 0.4), ew * rng.uniform(0.1, 0.6),
               u25, u25 * rng.uniform(0.01, 0.2), ew * rng.uniform(0.02, 0.2), esu, esu * rng.uniform(0.05, 0.25),
               ew * rng.uniform(0.1, 0.4)]
        feature = QgsFeature(table.fields())
        feature.setAttributes([str(cell["zelle_id"]), 2024] + row)
        features.append(feature)
    table.dataProvider().addFeatures(features)
    return table


def run_bench(qgis_iface, areas, key, name_field, table, table_key, label, target):
    project = QgsProject.instance()
    project.addMapLayers([areas, table])
    dialog = WeightingDock(qgis_iface, project=project)
    try:
        dialog.areas.setLayer(areas)
        dialog.area_key.setField(key)
        dialog.area_name.setField(name_field)
        dialog.table_layer.setLayer(table)
        dialog.table_key.setField(table_key)
        assert dialog.load_data(), dialog.status.text()
        n = dialog.preview.featureCount()
        shares = iter(np.linspace(0.05, 0.6, 200))

        changes, flushes = [], []

        def weight_change():
            dialog.editor.set_share("bonuscard", float(next(shares)))
            dialog.timer.stop()  # the debounce pause is the user's, not ours
            start = time.perf_counter()
            assert dialog.recompute()  # the map: classes, renderer with counts, ranking table, warnings
            changes.append(time.perf_counter() - start)
            start = time.perf_counter()
            dialog.flush_preview()  # the user pauses: index, rank and values into the preview's attributes
            flushes.append(time.perf_counter() - start)

        before = dialog.preview.renderer()
        best_time(weight_change, repeat=7)
        seconds = min(changes)
        assert dialog.preview.renderer() is not before
        report(f"weight change -> map updated, {n} areas", seconds, target, "target",
               target=f"< {target * 1000:g} ms, a ratio of 1 or more: {'met' if seconds < target else 'NOT met'}")
        print(f"BENCH   then, when the user pauses ({dialog.flush_timer.interval()} ms), the preview's other "
              f"attributes (index, rank, values) are written in {min(flushes) * 1000:.1f} ms")
        return seconds
    finally:
        dialog.timer.stop()
        dialog.close()
        project.removeAllMapLayers()


def test_weight_change_152_areas(qgis_iface, qgis_new_project, demo):
    areas = QgsVectorLayer(f"{demo}|layername=stadtteile", "Stadtteile", "ogr")
    table = QgsVectorLayer(f"{demo}|layername=statistik_stadtteile", "Statistik", "ogr")
    run_bench(qgis_iface, areas, "stadtteil_nr", "stadtteil_name", table, "stadtteil_nr", "152", 0.010)


def test_weight_change_20000_areas(qgis_iface, qgis_new_project, demo):
    grid = QgsVectorLayer(f"{demo}|layername=bevoelkerung_raster", "Raster", "ogr")
    table = grid_statistics(grid)
    # the method's key field is stadtteil_nr; the dialog joins on the chosen fields, so the same preset is used
    run_bench(qgis_iface, grid, "zelle_id", "", table, "zelle_id", "20000", 0.100)
