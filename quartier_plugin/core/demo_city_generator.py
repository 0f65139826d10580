"""The geometry and numbers behind :mod:`quartier_plugin.core.demo_city` (shapely + random)."""

import math
import random

from shapely.geometry import Point, box
from shapely.ops import unary_union
from shapely.prepared import prep

from .demo_city_shapes import (  # noqa: F401 - _largest_remainder: tests reach it here
    Shapes,
    _largest_remainder,
    _wkb,
)
from .demo_city_spec import (
    _NAME_PREFIXES,
    _NAME_SUFFIXES,
    _VG_PROGRAMMES,
    BEZIRK_NAMES,
    CENTER,
    CITY_POPULATION,
    GRID_SIZE,
    N_BEZIRKE,
    N_PLANUNGSRAEUME,
    N_RTK,
    N_STEUERUNGSBEREICHE,
    N_VORRANGGEBIETE,
    SMALL_AREA_POPULATIONS,
    STADTTEILE_PER_BEZIRK,
    STATISTICS_FIELDS,
    YEARS,
    DemoCity,
)
from .tables import INTEGER, STRING, Table

# The need surface (see Generator._need_surface): its base level, the sigma (m) and weight of the two main hot
# spots and the range of the minor ones, and the waves as (count, wavelength m, amplitude).
NEED_BASE = 0.2
N_MINOR_HOTSPOTS = 3
HOTSPOT_SIGMA = (2400.0, 1200.0, 2000.0)
HOTSPOT_WEIGHT = (0.3, 0.25, 0.1, 0.2)
WAVES = ((4, 20000.0, 0.05), (6, 3000.0, 0.03))


class Generator(Shapes):
    """The demo city for one seed: :meth:`run` returns a :class:`DemoCity`."""

    def __init__(self, seed):
        self.seed = seed
        # synthetic demo data, reproducible by seed: no security use of randomness
        self.rng = random.Random(seed)  # nosec B311
        for _ in range(12):  # the draws that once made the waves: the city's shapes and names stay as they were
            self.rng.random()
        # The need surface draws from its own generator, so the city's geometry and names do not depend on it.
        self.need_rng = random.Random(f"need-{seed}")  # nosec B311
        self.hotspots = []
        self.waves = []

    # -- the city ------------------------------------------------------------------------------
    def bezirke(self, city):
        r = self.rng
        cx, cy = CENTER
        seeds = [(cx, cy)]
        for i in range(4):
            a = math.pi / 4 + i * math.pi / 2 + r.uniform(-0.2, 0.2)
            seeds.append((cx + math.cos(a) * 1500, cy + math.sin(a) * 1500))
        for i in range(18):
            a = 2 * math.pi * i / 18 + r.uniform(-0.08, 0.08)
            rad = r.uniform(0.58, 0.70) * 8100
            seeds.append((cx + math.cos(a) * rad * 1.1, cy + math.sin(a) * rad * 0.9))
        return self.voronoi_partition(seeds, city)

    # -- social gradient --------------------------------------------------------------------------
    def need_at(self, x, y):
        """Smooth need surface in [0, 1]: hot spots, a mild inner-city rise, long and short waves."""
        v = NEED_BASE
        for (hx, hy), s, w in self.hotspots:
            v += w * math.exp(-((x - hx) ** 2 + (y - hy) ** 2) / (2 * s * s))
        cx, cy = CENTER
        v += 0.12 * math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * 2500.0 ** 2))
        for ang, freq, ph, amp in self.waves:
            v += amp * math.sin((x * math.cos(ang) + y * math.sin(ang)) * freq + ph)
        return max(0.0, min(1.0, v))

    def _need_surface(self, bez_geoms):
        """Hot spots and waves of the need surface (its own random numbers, see ``need_rng``).

        Two wide hot spots in neighbouring outer Bezirke (a river valley, say), a few smaller ones elsewhere,
        long waves across the city and short ones between neighbouring Stadtteile: the index over the
        Stadtteile is then roughly bell-shaped with a moderate right tail, as in a real city."""
        r = self.need_rng
        outer = list(range(5, N_BEZIRKE))
        first = r.choice(outer)
        second = 5 + ((first - 5 + 1) % len(outer))
        spots = [(first, 0.75, HOTSPOT_SIGMA[0], HOTSPOT_WEIGHT[0]),
                 (second, 0.75, HOTSPOT_SIGMA[0], HOTSPOT_WEIGHT[1])]
        others = [b for b in range(N_BEZIRKE) if b not in (first, second)]
        r.shuffle(others)
        for b in others[:N_MINOR_HOTSPOTS]:
            spots.append((b, r.uniform(0.4, 0.9), r.uniform(*HOTSPOT_SIGMA[1:]), r.uniform(*HOTSPOT_WEIGHT[2:])))
        for b, pull, sigma, weight in spots:
            c = bez_geoms[b].centroid
            toward = (CENTER[0] + (c.x - CENTER[0]) * pull, CENTER[1] + (c.y - CENTER[1]) * pull)
            self.hotspots.append((toward, sigma, weight))
        for count, wavelength, amp in WAVES:
            for _ in range(count):
                self.waves.append((r.uniform(0, 2 * math.pi), 2 * math.pi / (wavelength * r.uniform(0.7, 1.3)),
                                   r.uniform(0, 2 * math.pi), amp))

    def density_at(self, x, y):
        cx, cy = CENTER
        d = math.hypot(x - cx, y - cy)
        return 0.25 + 2.2 * math.exp(-d / 3000.0) + 0.6 * self.need_at(x, y)

    # -- main ------------------------------------------------------------------------------------
    def run(self):
        r = self.rng
        city = self.outline()
        bez_geoms = self.bezirke(city)
        r.choice(range(5, N_BEZIRKE))  # the draw that once placed the hot spots: keeps the city's shapes as before
        self._need_surface(bez_geoms)

        bezirk_nr = [f"{i + 1:02d}" for i in range(N_BEZIRKE)]
        # Stadtteile
        st_rows = []
        names = self._stadtteil_names()
        for b in range(N_BEZIRKE):
            cells = self.relaxed_partition(bez_geoms[b], STADTTEILE_PER_BEZIRK[b])
            cells.sort(key=lambda c: (-round(c.centroid.y, 3), round(c.centroid.x, 3)))
            for i, cell in enumerate(cells):
                st_rows.append({"nr": f"{b + 1:02d}{i + 1:02d}", "name": names.pop(), "bezirk": b, "geom": cell})

        pops = self._populations(st_rows)
        for row, pop in zip(st_rows, pops):
            row["pop"] = pop
        grid = self._population_grid(city, st_rows)
        rtk_of, sb_of_rtk = self._youth_welfare_groups(bez_geoms)
        planungsraeume = self._planungsraeume(bez_geoms, st_rows)
        vorrang = self._vorranggebiete(city, st_rows)
        statistics = self._statistics(st_rows)

        tables = {}
        tables["stadtbezirke"] = Table(
            "stadtbezirke", "Stadtbezirke",
            [("bezirk_nr", STRING), ("bezirk_name", STRING), ("rtk_nr", STRING), ("sb_nr", STRING),
             ("einwohner", INTEGER)],
            "MultiPolygon",
            [(_wkb(bez_geoms[b]), bezirk_nr[b], BEZIRK_NAMES[b], f"R{rtk_of[b] + 1:02d}",
              f"SB{sb_of_rtk[rtk_of[b]] + 1:02d}",
              sum(s["pop"] for s in st_rows if s["bezirk"] == b)) for b in range(N_BEZIRKE)],
        )
        tables["stadtteile"] = Table(
            "stadtteile", "Stadtteile",
            [("stadtteil_nr", STRING), ("stadtteil_name", STRING), ("bezirk_nr", STRING),
             ("einwohner", INTEGER)],
            "MultiPolygon",
            [(_wkb(s["geom"]), s["nr"], s["name"], bezirk_nr[s["bezirk"]], s["pop"]) for s in st_rows],
        )
        rtk_rows = []
        for k in range(N_RTK):
            members = [b for b in range(N_BEZIRKE) if rtk_of[b] == k]
            geom = unary_union([bez_geoms[b] for b in members])
            rtk_rows.append((_wkb(geom), f"R{k + 1:02d}", "RTK " + "/".join(BEZIRK_NAMES[b] for b in members),
                             f"SB{sb_of_rtk[k] + 1:02d}"))
        tables["rtk_regionen"] = Table(
            "rtk_regionen", "RTK-Regionen",
            [("rtk_nr", STRING), ("rtk_name", STRING), ("sb_nr", STRING)], "MultiPolygon", rtk_rows)
        sb_rows = []
        for s in range(N_STEUERUNGSBEREICHE):
            members = [b for b in range(N_BEZIRKE) if sb_of_rtk[rtk_of[b]] == s]
            geom = unary_union([bez_geoms[b] for b in members])
            sb_rows.append((_wkb(geom), f"SB{s + 1:02d}", f"Steuerungsbereich {s + 1}"))
        tables["steuerungsbereiche"] = Table(
            "steuerungsbereiche", "Steuerungsbereiche",
            [("sb_nr", STRING), ("sb_name", STRING)], "MultiPolygon", sb_rows)
        tables["planungsraeume"] = Table(
            "planungsraeume", "Planungsräume",
            [("pr_nr", STRING), ("pr_name", STRING), ("bezirk_nr", STRING)], "MultiPolygon",
            [(_wkb(g), nr, name, bezirk_nr[b]) for g, nr, name, b in planungsraeume])
        tables["vorranggebiete"] = Table(
            "vorranggebiete", "Stadterneuerungs-Vorranggebiete 2025/2026",
            [("vg_nr", STRING), ("vg_name", STRING), ("programm", STRING), ("zeitraum", STRING)],
            "MultiPolygon", vorrang)
        tables["bevoelkerung_raster"] = Table(
            "bevoelkerung_raster", "Bevölkerungsraster 100 m",
            [("zelle_id", STRING), ("einwohner", INTEGER), ("stadtteil_nr", STRING)], "MultiPolygon", grid)
        tables["statistik_stadtteile"] = Table(
            "statistik_stadtteile", "Statistik Stadtteile", list(STATISTICS_FIELDS), None, statistics)
        return DemoCity(self.seed, tables)

    def _stadtteil_names(self):
        combos = [p + s for p in _NAME_PREFIXES for s in _NAME_SUFFIXES]
        self.rng.shuffle(combos)
        return combos[:sum(STADTTEILE_PER_BEZIRK)]

    def _populations(self, st_rows):
        r = self.rng
        weights = []
        for s in st_rows:
            c = s["geom"].representative_point()
            weights.append(s["geom"].area * self.density_at(c.x, c.y) * r.lognormvariate(0, 0.25))
        # three small-population Stadtteile: the smallest outer-Bezirk ones and one inner one
        inner = [i for i, s in enumerate(st_rows) if s["bezirk"] < 5]
        outer = [i for i, s in enumerate(st_rows) if s["bezirk"] >= 5 and STADTTEILE_PER_BEZIRK[s["bezirk"]] > 2]
        small = [min(inner, key=lambda i: st_rows[i]["geom"].area)]
        small += sorted(outer, key=lambda i: st_rows[i]["geom"].area)[:2]
        rest = CITY_POPULATION - sum(SMALL_AREA_POPULATIONS)
        big = [i for i in range(len(st_rows)) if i not in small]
        pops = [0] * len(st_rows)
        for i, p in zip(big, _largest_remainder(rest, [weights[i] for i in big])):
            pops[i] = p
        for i, p in zip(small, SMALL_AREA_POPULATIONS):
            pops[i] = p
            st_rows[i]["small"] = True
        return pops

    def _population_grid(self, city, st_rows):
        r = self.rng
        g = GRID_SIZE
        rows = []
        taken = set()
        prepared_city = prep(city)
        for s in st_rows:
            geom = s["geom"]
            pg = prep(geom)
            minx, miny, maxx, maxy = geom.bounds
            i0, i1 = int(math.floor(minx / g)), int(math.ceil(maxx / g))
            j0, j1 = int(math.floor(miny / g)), int(math.ceil(maxy / g))
            cells = []
            for j in range(j0, j1):
                for i in range(i0, i1):
                    if (i, j) in taken:
                        continue
                    p = Point((i + 0.5) * g, (j + 0.5) * g)
                    if pg.intersects(p) and prepared_city.intersects(p):
                        taken.add((i, j))
                        cells.append((i, j))
            if not cells:
                raise RuntimeError(f"Stadtteil {s['nr']} holds no grid cell centre")
            weights = [self.density_at((i + 0.5) * g, (j + 0.5) * g) * r.uniform(0.3, 1.7) for i, j in cells]
            for (i, j), pop in zip(cells, _largest_remainder(s["pop"], weights)):
                cell = box(i * g, j * g, (i + 1) * g, (j + 1) * g)
                rows.append((i, j, cell, pop, s["nr"]))
        rows.sort(key=lambda t: (t[1], t[0]))
        return [(_wkb(cell), f"E{i * 100:07d}N{j * 100:08d}", pop, nr) for i, j, cell, pop, nr in rows]

    def _youth_welfare_groups(self, bez_geoms):
        """Merge adjacent Bezirke into 18 RTK regions, adjacent RTK regions into 10 Bereiche."""
        def merge(groups, target):
            groups = [list(g) for g in groups]
            while len(groups) > target:
                best = None
                for a in range(len(groups)):
                    ga = unary_union([bez_geoms[b] for b in groups[a]])
                    for c in range(a + 1, len(groups)):
                        gc = unary_union([bez_geoms[b] for b in groups[c]])
                        shared = ga.boundary.intersection(gc.boundary).length
                        if shared < 50:
                            continue
                        key = (ga.area + gc.area, a, c)
                        if best is None or key < best:
                            best = key
                _, a, c = best
                groups[a] = sorted(groups[a] + groups[c])
                del groups[c]
            return sorted(groups)

        rtk_groups = merge([[b] for b in range(N_BEZIRKE)], N_RTK)
        rtk_of = {b: k for k, g in enumerate(rtk_groups) for b in g}
        sb_groups = merge(rtk_groups, N_STEUERUNGSBEREICHE)
        sb_of_rtk = {}
        for s, g in enumerate(sb_groups):
            for k, rg in enumerate(rtk_groups):
                if set(rg) <= set(g):
                    sb_of_rtk[k] = s
        return rtk_of, sb_of_rtk

    def _planungsraeume(self, bez_geoms, st_rows):
        pops = [sum(s["pop"] for s in st_rows if s["bezirk"] == b) for b in range(N_BEZIRKE)]
        counts = [2] * N_BEZIRKE
        extra = _largest_remainder(N_PLANUNGSRAEUME - sum(counts), pops)
        counts = [c + e for c, e in zip(counts, extra)]
        out = []
        for b in range(N_BEZIRKE):
            cells = self.relaxed_partition(bez_geoms[b], counts[b], iterations=2)
            cells.sort(key=lambda c: (round(c.centroid.x, 3), -round(c.centroid.y, 3)))
            for j, cell in enumerate(cells):
                out.append((cell, f"P{b + 1:02d}{j + 1:02d}", f"{BEZIRK_NAMES[b]} {j + 1}", b))
        return out

    def _vorranggebiete(self, city, st_rows):
        r = self.rng
        needs = []
        for s in st_rows:
            c = s["geom"].representative_point()
            needs.append(self.need_at(c.x, c.y))
        order = sorted(range(len(st_rows)), key=lambda i: (-needs[i], i))
        rows = []
        # 1: a whole small, needy Stadtteil and a margin around it
        first = next(i for i in order if 0.4e6 < st_rows[i]["geom"].area < 1.6e6 and not st_rows[i].get("small"))
        vg1 = st_rows[first]["geom"].buffer(120, join_style=2)
        shapes = [vg1]
        # 2: overlapping the first
        bx = vg1.exterior.coords[len(vg1.exterior.coords) // 3]
        shapes.append(self._ellipse(bx, 420, 260, r.uniform(0, 180)))
        used_bezirke = {st_rows[first]["bezirk"]}
        for i in order:
            if len(shapes) >= N_VORRANGGEBIETE:
                break
            s = st_rows[i]
            if s["bezirk"] in used_bezirke and r.random() < 0.7:
                continue
            # centre on a border with a neighbour so the area cuts across Stadtteil borders
            neighbours = [t for t in st_rows if t is not s and t["geom"].touches(s["geom"])]
            if not neighbours:
                continue
            t = neighbours[r.randrange(len(neighbours))]
            border = s["geom"].boundary.intersection(t["geom"].boundary)
            if border.length < 100:
                continue
            c = border.interpolate(0.5, normalized=True)
            shape = self._ellipse((c.x, c.y), r.uniform(280, 650), r.uniform(180, 380), r.uniform(0, 180))
            if any(shape.intersects(o) for o in shapes):
                continue
            shapes.append(shape)
            used_bezirke.add(s["bezirk"])
        rows = []
        for k, shape in enumerate(shapes):
            shape = shape.intersection(city)
            host = max(st_rows, key=lambda s: s["geom"].intersection(shape).area)
            rows.append((_wkb(shape), f"VG{k + 1:02d}", f"Vorranggebiet {host['name']}",
                         _VG_PROGRAMMES[k % len(_VG_PROGRAMMES)], "2025/2026"))
        return rows

    def _statistics(self, st_rows):
        """Counts per Stadtteil and year. Each indicator follows the shared need surface plus its own
        area-specific part, so indicators correlate as in real cities (r about 0.5-0.85), not perfectly."""
        r = self.rng
        rows = []
        for s in st_rows:
            c = s["geom"].representative_point()
            base_need = max(0.0, min(1.0, self.need_at(c.x, c.y) + r.gauss(0, 0.05)))
            own = [r.gauss(0, 0.13) for _ in range(7)]  # indicator-specific deviations of this area
            trend = r.gauss(0, 0.035)
            growth = r.gauss(0.01, 0.015)
            hh_size = r.uniform(1.7, 2.2) - 0.15 * (1 - base_need)
            road = r.random() < 0.35
            for year in YEARS:
                need = max(0.0, min(1.0, base_need + (trend if year == YEARS[1] else 0.0)))
                n = [max(0.0, min(1.0, need + o)) for o in own]
                pop = s["pop"] if year == YEARS[1] else max(1, round(s["pop"] / (1 + growth)))

                def count(share, denom):
                    share = max(0.0, min(1.0, share + r.gauss(0, 0.01)))
                    return int(round(share * denom))

                households = max(1, round(pop / hh_size))
                income = households * 52.0 * (1.35 - 0.75 * n[0]) * r.uniform(0.95, 1.05)
                u25 = max(0, round(pop * r.uniform(0.22, 0.30)))
                esu = max(0, round(pop * r.uniform(0.008, 0.011)))
                rows.append((
                    s["nr"], year, pop, households, round(income, 1),
                    count(0.05 + 0.22 * n[1] + (0.15 if road else 0.0), pop),
                    count(0.22 + 0.55 * n[2], pop),
                    u25,
                    count(0.015 + 0.16 * n[3], u25),
                    count(0.02 + 0.22 * n[4], pop),
                    esu,
                    count(0.05 + 0.12 * n[5], esu),
                    count(0.25 + 0.22 * n[6], pop),
                ))
        return rows
