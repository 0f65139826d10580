"""quartier:renewal_overlay (its fast path: areas read once, most settled by their box) against the
straightforward overlay of the same layers read the plain way, on random layers with overlapping and invalid
renewal polygons, multipart, invalid and empty areas, areas far from any renewal area, a population layer,
and areas in another CRS than the working one. The numbers must be the same to the bit."""

import math
import random

import pytest
from overlay_reference import plain_coverage
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from quartier_plugin.core import overlay as ov
from quartier_plugin.layers.geometry_reader import shapes_by_key, shapes_with_values

X0, Y0 = 512_000.0, 5_402_000.0
WORKING = QgsCoordinateReferenceSystem("EPSG:25832")


class Said(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


def memory(kind, crs, fields, rows, name):
    lyr = QgsVectorLayer(f"{kind}?crs={crs}&" + "&".join(f"field={f}" for f in fields), name, "memory")
    feats = []
    for wkt, attrs in rows:
        f = QgsFeature(lyr.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(attrs)
        feats.append(f)
    assert lyr.dataProvider().addFeatures(feats)
    return lyr


def ring(points):
    return "(" + ", ".join(f"{x!r} {y!r}" for x, y in points + points[:1]) + ")"


def square(x, y, s):
    return [(x, y), (x + s, y), (x + s, y + s), (x, y + s)]


def random_layers(seed, clean=False, nogeom=True):
    rng = random.Random(seed)
    size, n = rng.uniform(60, 140), 18
    areas = []
    for i in range(n):
        for j in range(n):
            x, y = X0 + i * size, Y0 + j * size
            polys = [ring(square(x, y, size))]
            if rng.random() < 0.1:   # multipart: an island elsewhere
                polys.append(ring(square(X0 + rng.uniform(0, n * size), Y0 + rng.uniform(0, n * size), size / 4)))
            wkt = "MULTIPOLYGON(" + ", ".join(f"({p})" for p in polys) + ")"
            if not clean and rng.random() < 0.03:   # a bowtie: invalid, repaired on a copy
                wkt = f"MULTIPOLYGON((({x} {y}, {x + size} {y + size}, {x + size} {y}, {x} {y + size}, {x} {y})))"
            areas.append((wkt, [f"A{i:02d}{j:02d}"]))
    areas.append((f"MULTIPOLYGON(({ring(square(X0 - 40 * size, Y0, size))}))", ["FAR"]))
    if not clean and nogeom:
        areas.append((None, ["NOGEOM"]))
    renewal = []
    for _ in range(rng.randint(4, 9)):
        cx, cy, r = X0 + rng.uniform(0, n * size), Y0 + rng.uniform(0, n * size), rng.uniform(1.5, 5) * size
        pts = [(cx + r * (1 + 0.3 * math.sin(3 * a)) * math.cos(a), cy + r * (1 + 0.3 * math.sin(3 * a)) * math.sin(a))
               for a in (2 * math.pi * t / 20 for t in range(20))]
        renewal.append((f"MULTIPOLYGON(({ring(pts)}))", []))
    if not clean:
        bx, by = X0 + rng.uniform(0, n * size), Y0 + rng.uniform(0, n * size)
        renewal.append((f"MULTIPOLYGON((({bx} {by}, {bx + 3 * size} {by + 3 * size}, {bx + 3 * size} {by}, "
                        f"{bx} {by + 3 * size}, {bx} {by})))", []))
    cells = []
    for _ in range(80):
        px, py = X0 + rng.uniform(-size, n * size), Y0 + rng.uniform(0, n * size)
        cells.append((f"MULTIPOLYGON(({ring(square(px, py, size * 0.6))}))", [rng.randint(0, 90)]))
    return (memory("MultiPolygon", "EPSG:25832", ["key:string"], areas, "areas"),
            memory("MultiPolygon", "EPSG:25832", ["id:integer"], renewal, "renewal"),
            memory("MultiPolygon", "EPSG:25832", ["residents:integer"], cells, "cells"))


def reprojected(source, crs):
    target = QgsCoordinateReferenceSystem(crs)
    mem = QgsVectorLayer(f"MultiPolygon?crs={crs}", source.name(), "memory")
    mem.dataProvider().addAttributes(source.fields().toList())
    mem.updateFields()
    transform = QgsCoordinateTransform(source.crs(), target, QgsProject.instance())
    feats = []
    for f in source.getFeatures():
        g = QgsGeometry(f.geometry())
        if not g.isNull():
            g.transform(transform)
        out = QgsFeature(mem.fields())
        out.setGeometry(g)
        out.setAttributes(f.attributes())
        feats.append(out)
    mem.dataProvider().addFeatures(feats)
    return mem


def expected(areas, renewal, population):
    """The plain overlay of the layers read as before (geometry_reader): {key: Coverage}."""
    shapes, _ = shapes_by_key(areas, "key", WORKING)
    parts, _ = shapes_by_key(renewal, None, WORKING, repair=False)
    union, _ = ov.dissolve(parts.values())
    cells = shapes_with_values(population, "residents", WORKING) if population is not None else None
    return plain_coverage(shapes, union, cells)


def run(areas, renewal, population=None):
    feedback = Said()
    params = {"AREAS": areas, "KEY_FIELD": "key", "RENEWAL": renewal, "CRS": WORKING,
              "OUTPUT": "TEMPORARY_OUTPUT", "CANDIDATES": "TEMPORARY_OUTPUT"}
    if population is not None:
        params.update(POPULATION=population, POPULATION_FIELD="residents")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = processing.run("quartier:renewal_overlay", params, context=context, feedback=feedback)
    return {f["key"]: f for f in result["OUTPUT"].getFeatures()}, feedback.warnings


def pct(x):
    return None if x is None else round(100.0 * x, 4)


@pytest.mark.parametrize("seed", range(4))
def test_overlay_equals_the_plain_overlay(quartier_provider, seed):
    areas, renewal, population = random_layers(seed)
    for with_population in (None, population):
        rows, warnings = run(areas, renewal, with_population)
        plain = expected(areas, renewal, with_population)
        assert set(rows) == set(plain) and "NOGEOM" not in rows
        for key, cov in plain.items():
            row = rows[key]
            assert (row["renewal_m2"], row["renewal_share"]) == (cov.covered_m2, pct(cov.area_share)), key
            if with_population is not None:
                assert (row["residents"], row["residents_share"]) == (cov.population, pct(cov.population_share))
        shares = {row["renewal_share"] for row in rows.values()}
        assert 0.0 in shares and 100.0 in shares and any(0 < s < 100 for s in shares)
        assert rows["FAR"]["renewal_share"] == 0.0
        said = [w for w in warnings if w.startswith("Areas areas:")]
        assert any("no geometry" in w for w in said) and any("invalid geometry" in w for w in said)


def test_areas_in_another_crs(quartier_provider):
    areas, renewal, population = random_layers(7)
    in_4326 = reprojected(areas, "EPSG:4326")
    rows, _ = run(in_4326, renewal, population)
    plain = expected(in_4326, renewal, population)
    for key, cov in plain.items():
        assert (rows[key]["renewal_m2"], rows[key]["residents"]) == (cov.covered_m2, cov.population), key


def test_clean_layers_say_no_geometry_problem(quartier_provider):
    areas, renewal, _ = random_layers(2, clean=True)
    rows, warnings = run(areas, renewal)
    plain = expected(areas, renewal, None)
    assert {k: r["renewal_m2"] for k, r in rows.items()} == {k: c.covered_m2 for k, c in plain.items()}
    assert not any(w.startswith("Areas areas:") for w in warnings)


def test_invalid_areas_alone_are_named(quartier_provider):
    areas, renewal, _ = random_layers(1, nogeom=False)
    rows, warnings = run(areas, renewal)
    said = [w for w in warnings if w.startswith("Areas areas:")]
    assert len(said) == 1 and "invalid geometry" in said[0]
    assert {k: r["renewal_m2"] for k, r in rows.items()} == {k: c.covered_m2 for k, c in
                                                             expected(areas, renewal, None).items()}
