"""Issues 5 and 18 speed: coverage per cell for 20,000 grid cells against 200 renewal polygons.

Ours: `quartier:renewal_overlay` (repair + dissolve of the renewal polygons, coverage per cell, all
output fields). Baseline in the same run: the correct route by hand, timed as a whole:
`native:dissolve` of the renewal polygons -> `native:multiparttosingleparts` ->
`native:calculatevectoroverlaps` of the cells against the singleparts (overlaps count once, as in ours).
Printed: ours / route, target <= 1.0x (no slower than the route).
"""

import math
import random

from qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from .harness import best_times

X0, Y0, CELL = 500_000.0, 5_390_000.0, 100.0
NX, NY = 160, 125  # 20,000 cells


def grid():
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=cell:string", "grid", "memory")
    feats = []
    for i in range(NX):
        for j in range(NY):
            f = QgsFeature(layer.fields())
            x, y = X0 + i * CELL, Y0 + j * CELL
            f.setGeometry(QgsGeometry.fromWkt(
                f"MULTIPOLYGON((({x} {y},{x + CELL} {y},{x + CELL} {y + CELL},{x} {y + CELL},{x} {y})))"))
            f.setAttributes([f"c{i:03d}{j:03d}"])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def renewal(n=200, seed=5):
    rng = random.Random(seed)
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:25832&field=vg:string", "renewal", "memory")
    feats = []
    for k in range(n):
        cx, cy = X0 + rng.uniform(0, NX * CELL), Y0 + rng.uniform(0, NY * CELL)
        r = rng.uniform(150, 600)
        pts = ", ".join(f"{cx + r * (1 + 0.3 * math.sin(3 * a)) * math.cos(a)} "
                        f"{cy + r * (1 + 0.3 * math.sin(3 * a)) * math.sin(a)}"
                        for a in [2 * math.pi * t / 24 for t in range(24)] + [0.0])
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"MULTIPOLYGON((({pts})))"))
        f.setAttributes([f"VG{k:03d}"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_bench_coverage_20000_cells(quartier_provider):
    cells, areas = grid(), renewal()
    assert cells.featureCount() == 20_000 and areas.featureCount() == 200

    def ours():
        return processing.run("quartier:renewal_overlay", {
            "AREAS": cells, "KEY_FIELD": "cell", "RENEWAL": areas, "OUTPUT": "TEMPORARY_OUTPUT",
            "CANDIDATES": "TEMPORARY_OUTPUT"})["OUTPUT"]

    def route():
        dissolved = processing.run("native:dissolve", {
            "INPUT": areas, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        singles = processing.run("native:multiparttosingleparts", {
            "INPUT": dissolved, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        return processing.run("native:calculatevectoroverlaps", {
            "INPUT": cells, "LAYERS": [singles], "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]

    a, b = ours(), route()
    assert a.featureCount() == b.featureCount() == 20_000
    # the same covered area per cell as the route (both count overlapping renewal polygons once)
    route_m2 = {f["cell"]: f[b.fields().names()[-2]] for f in b.getFeatures()}
    assert all(abs(f["renewal_m2"] - route_m2[f["cell"]]) <= 1e-6 * CELL * CELL for f in a.getFeatures())
    t_ours, t_route = (t[0] for t in best_times([ours, route], repeat=4))
    print(f"BENCH renewal overlay, 20,000 areas x 200 renewal polygons: ours {t_ours * 1000:.0f} ms vs route "
          f"(dissolve -> multiparttosingleparts -> calculatevectoroverlaps) {t_route * 1000:.0f} ms "
          f"-> ours/route {t_ours / t_route:.2f}x (target <= 1.0x)")
