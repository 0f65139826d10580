"""A Berlin-like city for tests: LOR 2021 levels (Bezirk › Prognoseraum › Bezirksregion › Planungsraum)
in EPSG:25833 with LOR-style keys, and an MSS-like statistics table per Planungsraum.

The geometry is a regular grid (2 Bezirke × 2 Prognoseräume × 2 Bezirksregionen × 4 Planungsräume = 32
Planungsräume); keys nest by prefix as in the real LOR (PLR 01100101 lies in BZR 011001, PGR 0110, BEZ 01).
"""

import random

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRectangle, QgsVectorLayer

from quartier_plugin.storage.fields import real_field_type, string_field_type

X0, Y0, SIZE = 385000.0, 5815000.0, 1000.0
BEZIRKE = {"01": "Mitte", "02": "Friedrichshain-Kreuzberg"}


def _layer(name, fields, features, crs="EPSG:25833"):
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(f, string_field_type() if k == "s" else real_field_type())
                                        for f, k in fields])
    layer.updateFields()
    out = []
    for attrs, rect in features:
        f = QgsFeature(layer.fields())
        f.setAttributes(list(attrs))
        g = QgsGeometry.fromRect(rect)
        g.convertToMultiType()
        f.setGeometry(g)
        out.append(f)
    layer.dataProvider().addFeatures(out)
    return layer


def _rect(col, row, cols=1, rows=1):
    return QgsRectangle(X0 + col * SIZE, Y0 + row * SIZE, X0 + (col + cols) * SIZE, Y0 + (row + rows) * SIZE)


def lor_layers():
    """{level id: layer} of the four LOR levels (columns: BEZ | PGR | BZR | 4 PLR per BZR in 2 x 2)."""
    bez, pgr, bzr, plr = [], [], [], []
    for b, (bez_id, bez_name) in enumerate(BEZIRKE.items()):
        bez.append(((bez_id, bez_name), _rect(4 * b, 0, 4, 4)))
        for p in range(2):
            pgr_id = f"{bez_id}{p + 1:02d}"
            pgr.append(((pgr_id, f"{bez_name} {p + 1}"), _rect(4 * b + 2 * p, 0, 2, 4)))
            for r in range(2):
                bzr_id = f"{pgr_id}{r + 1:02d}"
                bzr.append(((bzr_id, f"Region {bzr_id}"), _rect(4 * b + 2 * p, 2 * r, 2, 2)))
                for k in range(4):
                    plr_id = f"{bzr_id}{k + 1:02d}"
                    plr.append(((plr_id, f"Planungsraum {plr_id}"), _rect(4 * b + 2 * p + k % 2, 2 * r + k // 2)))
    return {
        "bezirk": _layer("lor_bez", [("BEZ", "s"), ("BEZ_NAME", "s")], bez),
        "prognoseraum": _layer("lor_pgr", [("PGR_ID", "s"), ("PGR_NAME", "s")], pgr),
        "bezirksregion": _layer("lor_bzr", [("BZR_ID", "s"), ("BZR_NAME", "s")], bzr),
        "planungsraum": _layer("lor_plr", [("PLR_ID", "s"), ("PLR_NAME", "s")], plr),
    }


def mss_rows(keys, seed=2021):
    """MSS-like rows: EW, S1, S3, S4, D1, D3, D4 (shares in %, changes in points) and a comment KOM."""
    rnd = random.Random(seed)
    rows = []
    for key in keys:
        row = {"PLR_ID": key, "EW": float(rnd.randint(800, 9000)), "KOM": ""}
        for f in ("S1", "S3", "S4"):
            row[f] = round(rnd.uniform(1, 30), 2)
        for f in ("D1", "D3", "D4"):
            row[f] = round(rnd.uniform(-2, 2), 2)
        rows.append(row)
    rows[3]["EW"] = 120.0                     # under the threshold
    rows[5]["KOM"] = "ungültig (Ausreißer)"   # declared outlier in the comment column
    return rows


def mss_csv(rows, path, no_data="-9999"):
    """The table as the statistics office writes it: ';', decimal comma, ``no_data`` in two cells."""
    fields = ["PLR_ID", "EW", "S1", "S3", "S4", "D1", "D3", "D4", "KOM"]
    lines = [";".join(fields)]
    for i, row in enumerate(rows):
        cells = []
        for f in fields:
            value = row[f]
            if i == 7 and f in ("S3", "D4"):
                value = no_data
            elif isinstance(value, float):
                value = f"{value:.2f}".replace(".", ",")
            cells.append(str(value))
        lines.append(";".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
