"""Bad-input catalogue (issue 19): every algorithm, every kind of bad input, one clear answer.

Each case asserts (a) a QgsProcessingException with the expected sentence, or success with the expected
warning in the log, (b) no Python traceback or exception class name in the message or the log, and (c)
that the sources are unchanged (file hashes; memory layers by their features and geometries).

Case table (algorithm / input → message):

import_statistics
  binary file as the table → "table.csv is not a text table (binary content at byte N)"
  Excel workbook saved as .csv → "… not a text table …; it looks like a zip archive, e.g. an Excel .xlsx file"
  UTF-16 table (with BOM) → success, log "encoding utf-16", 152 areas matched
  UTF-16 table without BOM → success, log "encoding utf-16"
  UTF-16 table, encoding cp1252 chosen → "the file is UTF-16 (byte order mark FF FE), not cp1252"
  wrong area key field NOPE → "Layer … has no field NOPE; it has: fid, stadtteil_nr, …"
  wrong table key column NOPE → "The table has no column NOPE; it has: …"
  empty areas layer → "The layer … has no features."
need_index
  -9999 as a count (einwohner) → "0105, einwohner: -9999 looks like a no-data code left in the data"
  -1 as a count → "… -1 looks like a no-data code …"
  negative count → "laerm_betroffene: the count -5 is negative."
  numerator above its denominator → "migrationshintergrund: the part … is larger than its total einwohner"
  inf in a number field → "is not a finite number"
  1e999 in a CSV cell → "is not a finite number"
  one value of 1e308 → "einwohner: 1e+308 is extreme (robust z"
  -9999, IMPLAUSIBLE = exclude → success, "1 implausible cells were excluded", area not scored, FINDINGS row
  empty key → success, warning "1 rows without a key were left out (feature ids: …)", DROPPED_ROWS = 1
  wrong key field NOPE → "has no field NOPE (needed by the method)"
  deeply nested method JSON → "the method JSON is nested too deeply (more than 64 levels)"
  binary method file → "method.json is not a UTF-8 text file"
  empty layer → "has no features"
robustness / area_types
  -9999 as a count → "looks like a no-data code"; with IMPLAUSIBLE = exclude → success, cells excluded
  inf (area_types) → "is not a finite number"
aggregate_counts
  -9999 as a count → "looks like a no-data code"
  negative count → "the count -5 is negative"
  numerator above its denominator (SHARES) → "is larger than its total einwohner"
  inf → "is not a finite number"
  text field (the key) as a count → "The field stadtteil_nr … is of type …, not a number: counts must be numeric"
  wrong key field NOPE → "has no field NOPE; it has:"
  empty key → success, "1 rows without a key were left out (feature ids: …)"
  -9999, IMPLAUSIBLE = exclude → success, "implausible cells were excluded"
crosswalk
  wrong source key NOPE → "has no field NOPE; it has:"
  text field as a count → "The field stadtteil_name … not a number: counts must be numeric fields"
  -9999 as a count → "looks like a no-data code"
  inf → "is not a finite number"
  NULL geometry → success, warning "1 features have no geometry and are left out: 0105"
  self-intersecting polygon → success, warning "invalid geometry; a repaired copy (makeValid) is used … 0105"
validate_hierarchy
  empty layer (STADTTEIL) → "has no features"
  empty layer (LAYERS) → "has no features: there is nothing to validate"
  NULL geometry → success, finding "The feature has no geometry."
  self-intersecting polygon → success, finding "Invalid geometry (Self-intersection…); a repaired copy is used"
renewal_overlay
  NULL geometry in the areas → success, warning "1 features have no geometry and are left out: 0105"
  self-intersecting area → success, warning "invalid geometry; a repaired copy (makeValid) is used … 0105"
  NULL geometry in the renewal areas → success, warning "Renewal areas …: 1 features have no geometry"
  self-intersecting renewal area → success, warning "Renewal areas …: 1 features have an invalid geometry"
  wrong key field NOPE → "has no field NOPE; it has:"
  empty areas → "has no features"
meeting_pack
  unknown key in the scenario file → "scenarios[0].settings.min_populaton: unknown key"
  deeply nested scenario file → "the scenario file is nested too deeply (more than 64 levels)"
  scenario with min_population 0 → the ranking CSV shows no value of the small areas (0101, 0610, 2002)
  binary scenario file → "The scenario file … cannot be used: … is not a UTF-8 text file (byte N cannot be read)"
  NULL geometry in the areas → success, warning "Areas: 1 features have no geometry and are left out: 0105"
  self-intersecting polygon in the areas → success, warning "… an invalid geometry; a repaired copy (makeValid) is
      used, the layer is unchanged: 0105 (…)"
  empty areas → "has no features"
import_assessments
  binary file as the table → "The assessments table cannot be read: … is not a text table"
  no judgement column → "the table has no column for judgement"
  a judgement nobody knows → "1 of 2 rows cannot be recorded, so nothing was recorded: line 3: judgement:"
  an area that does not exist → "line 2: the area '9999' does not exist"
  an impossible date → "line 2: date: '31.02.2026' is not a date"
  bad row, SKIP_BAD_ROWS → success, the good row recorded, warning "line 3"
  wrong key field NOPE → "has no field NOPE; it has:"
  empty areas → "has no features"
  missing workspace folder → "The folder of the workspace … does not exist."
expert_form
  wrong name field NOPE → "has no field NOPE; it has:"
  empty areas → "has no features"
export_register
  missing workspace file → "The workspace … does not exist."
  binary file as the workspace → "could not be opened"
read-only or missing output folder → not here (atomic outputs, another engineer's tests)
"""

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

import pytest
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from quartier_plugin.compat import field_type
from quartier_plugin.core.method_preset import load_preset
from quartier_plugin.core.scenario import export_scenarios, new_scenario
from quartier_plugin.storage.fields import value_or_none

PRESETS = Path(__file__).resolve().parents[2] / "resources" / "presets"
TRACEBACK = re.compile(r"Traceback|\b\w+(Error|Exception)\b(?! \()|_csv\.")
SMALL_AREAS = ("0101", "0610", "2002")  # the demo city's Stadtteile under 300 residents
KEY = "0105"                            # the area the bad cells are put into


# -- the environment: demo data copied, small memory layers -------------------------------------------------
@dataclass
class Env:
    gpkg: str
    tmp: Path

    def layer(self, name):
        """A layer of the copied demo GeoPackage (its file is hashed)."""
        lyr = QgsVectorLayer(f"{self.gpkg}|layername={name}", name, "ogr")
        assert lyr.isValid()
        return lyr

    def memory(self, name, numeric_as_double=False, year=None, change=None):
        """A memory copy of a demo layer; ``change(features)`` edits the copies (the demo file is not touched)."""
        source = self.layer(name)
        request = QgsFeatureRequest()
        if year is not None:
            request.setFilterExpression(f'"jahr" = {year}')
        geometry = source.isSpatial()
        uri = f"MultiPolygon?crs={source.crs().authid()}" if geometry else "None"
        copy = QgsVectorLayer(uri, f"{name}_copy", "memory")
        fields = []
        for f in source.fields():
            if f.name() == "fid":
                continue
            kind = field_type("real") if numeric_as_double and f.isNumeric() and f.name() != "jahr" else f.type()
            fields.append(QgsField(f.name(), kind))
        copy.dataProvider().addAttributes(fields)
        copy.updateFields()
        features = []
        for f in source.getFeatures(request):
            out = QgsFeature(copy.fields())
            for field_ in copy.fields():
                out[field_.name()] = f[field_.name()]
            if geometry:
                out.setGeometry(f.geometry())
            features.append(out)
        if change is not None:
            change(features)
        assert copy.dataProvider().addFeatures(features)[0]
        QgsProject.instance().addMapLayer(copy, False)  # kept alive for the run; removed with the project
        return copy

    def empty(self, name):
        return self.memory(name, change=lambda features: features.clear())

    def write(self, name, data):
        path = self.tmp / name
        path.write_bytes(data) if isinstance(data, bytes) else path.write_text(data, encoding="utf-8")
        return str(path)


def by_key(features, key, year=None):
    for f in features:
        k = f["stadtteil_nr"] if f.fields().lookupField("stadtteil_nr") >= 0 else None
        if k == key and (year is None or f["jahr"] == year):
            return f
    raise AssertionError(f"no feature {key}")


def set_cell(field_name, value, key=KEY, year=2024):
    def change(features):
        f = by_key(features, key, year if features and features[0].fields().lookupField("jahr") >= 0 else None)
        f[field_name] = value
    return change


def null_geometry(key=KEY):
    def change(features):
        by_key(features, key).setGeometry(QgsGeometry())
    return change


def bowtie(key=KEY):
    """The area becomes a self-intersecting polygon over its bounding box."""
    def change(features):
        f = by_key(features, key)
        box = f.geometry().boundingBox()
        x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))"))
    return change


def stats_csv(env, cell=None):
    """The demo statistics as a CSV file (text cells: the reader parses them); ``cell`` = (field, text)."""
    lyr = env.layer("statistik_stadtteile")
    names = [f.name() for f in lyr.fields() if f.name() != "fid"]
    lines = [",".join(names)]
    for f in lyr.getFeatures():
        values = [str(f[n]) for n in names]
        if cell is not None and f["stadtteil_nr"] == KEY and f["jahr"] == 2024:
            values[names.index(cell[0])] = cell[1]
        lines.append(",".join(values))
    return env.write("statistik.csv", "\n".join(lines) + "\n")


def deep_json(levels=5000):
    return '{"id": "deep", "comment": ' + "[" * levels + "]" * levels + "}"


def stuttgart_scenario(change=None, name="Szenario"):
    scenario = new_scenario(name, load_preset("stuttgart_gebietsauswahl", str(PRESETS)).raw)
    if change is not None:
        change(scenario)
    return export_scenarios([scenario])


# -- fingerprints of the sources ----------------------------------------------------------------------------
def fingerprint(source):
    if isinstance(source, QgsVectorLayer) and source.providerType() == "memory":
        digest = hashlib.sha256()
        for f in source.getFeatures():
            digest.update(repr((f.id(), f.attributes())).encode())
            digest.update(bytes(f.geometry().asWkb()) if f.hasGeometry() else b"-")
        return digest.hexdigest()
    path = source.source().split("|")[0] if isinstance(source, QgsVectorLayer) else str(source)
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def sources_of(params):
    out = []
    for value in params.values():
        if isinstance(value, QgsVectorLayer):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, QgsVectorLayer)]
        elif isinstance(value, str) and os.path.isfile(value.split("|")[0]):
            out.append(value.split("|")[0])
    return out


# -- the cases ----------------------------------------------------------------------------------------------
@dataclass
class Case:
    kind: str                                  # the kind of bad input
    params: Callable                           # env -> parameters
    error: Optional[str] = None                # expected fragment of the error message
    warning: Optional[str] = None              # or: expected fragment of the log on success
    check: Optional[Callable] = None           # (result, env) -> further assertions on success
    marks: list = field(default_factory=list)


def run_case(algorithm, case, env):
    params = case.params(env)
    params = {k: (v(env) if callable(v) else v) for k, v in params.items()}
    sources = sources_of(params)
    before = [fingerprint(s) for s in sources]
    feedback = QgsProcessingFeedback()
    result = message = None
    try:
        result = processing.run(f"quartier:{algorithm}", params, feedback=feedback)
    except QgsProcessingException as err:
        message = str(err)
    log = feedback.textLog()
    assert not TRACEBACK.search(message or ""), f"traceback or exception class in the message: {message}"
    assert not TRACEBACK.search(log), f"traceback or exception class in the log: {log}"
    assert [fingerprint(s) for s in sources] == before, "a source was changed"
    if case.error is not None:
        assert message is not None, f"expected an error with {case.error!r}; the log: {log}"
        assert case.error in message, message
    else:
        assert message is None, message
        if case.warning is not None:
            assert case.warning in log, log
        if case.check is not None:
            case.check(result, env)
    return result, message, log


def cases(items):
    return [pytest.param(c, id=c.kind, marks=c.marks) for c in items]


@pytest.fixture(scope="module")
def demo_copy(demo_gpkg, tmp_path_factory):
    """A copy of the demo GeoPackage per module: its hash is compared before and after each case."""
    path = tmp_path_factory.mktemp("catalogue") / "demostadt.gpkg"
    path.write_bytes(Path(demo_gpkg).read_bytes())
    return str(path)


@pytest.fixture
def env(qgis_new_project, quartier_provider, demo_copy, tmp_path):
    yield Env(demo_copy, tmp_path)
    QgsProject.instance().removeAllMapLayers()


# -- import_statistics ---------------------------------------------------------------------------------------
def import_params(table, **more):
    def params(env):
        out = {"AREAS": env.memory("stadtteile"), "AREA_KEY": "stadtteil_nr", "TABLE": table(env),
               "TABLE_KEY": "stadtteil_nr", "OUTPUT": "TEMPORARY_OUTPUT"}
        out.update(more)
        return out
    return params


def table_text():
    rows = ["stadtteil_nr;einwohner;bemerkung"] + [f"{b:02d}{s:02d};{1000 + s};Größe" for b in range(1, 3)
                                                    for s in range(1, 4)]
    return "\n".join(rows) + "\n"


IMPORT_CASES = [
    Case("binary file", import_params(lambda env: env.write("table.csv", b"\x01\x02" + bytes(range(256)) * 8)),
         error="table.csv is not a text table (binary content at byte 2)"),
    Case("excel workbook as csv", import_params(lambda env: env.write("table.csv", b"PK\x03\x04\x14\x00" * 50)),
         error="it looks like a zip archive, e.g. an Excel .xlsx file"),
    Case("utf-16 with bom", import_params(lambda env: env.write("table.csv", table_text().encode("utf-16"))),
         warning="encoding utf-16"),
    Case("utf-16 without bom", import_params(lambda env: env.write("table.csv", table_text().encode("utf-16-le"))),
         warning="encoding utf-16"),
    Case("utf-16 read as cp1252", import_params(lambda env: env.write("table.csv", table_text().encode("utf-16")),
                                                ENCODING=3),
         error="the file is UTF-16 (byte order mark FF FE), not cp1252"),
    Case("wrong area key field", import_params(lambda env: env.write("table.csv", table_text()), AREA_KEY="NOPE"),
         error="has no field NOPE; it has: stadtteil_nr, stadtteil_name"),
    Case("wrong table key column", import_params(lambda env: env.write("table.csv", table_text()), TABLE_KEY="NOPE"),
         error="The table has no column NOPE; it has: stadtteil_nr, einwohner, bemerkung"),
    Case("empty areas layer", lambda env: dict(import_params(lambda e: e.write("table.csv", table_text()))(env),
                                               AREAS=env.empty("stadtteile")),
         error="has no features"),
]


@pytest.mark.parametrize("case", cases(IMPORT_CASES))
def test_import_statistics(case, env):
    run_case("import_statistics", case, env)


# -- need_index ----------------------------------------------------------------------------------------------
def need_params(change=None, **more):
    def params(env):
        out = {"INPUT": env.memory("statistik_stadtteile", numeric_as_double=True, change=change),
               "OUTPUT": "TEMPORARY_OUTPUT"}
        out.update(more)
        return out
    return params


def not_scored(key):
    def check(result, env):
        row = next(f for f in result["OUTPUT"].getFeatures() if f["stadtteil_nr"] == key)
        assert row["scored"] == 0 and value_or_none(row["index"]) is None and result["IMPLAUSIBLE_CELLS"] == 1
        findings = [(f["key"], f["column"], f["value"], f["kind"]) for f in result["FINDINGS"].getFeatures()]
        assert findings == [(key, "einwohner", "-9999", "no-data code")]
    return check


def dropped_one(result, env):
    assert result["DROPPED_ROWS"] == 1 and result["OUTPUT"].featureCount() == 151


def drop_key(features):
    by_key(features, KEY, 2024)["stadtteil_nr"] = None


NEED_CASES = [
    Case("-9999 as a count", need_params(set_cell("einwohner", -9999)),
         error=f"{KEY}, einwohner: -9999 looks like a no-data code left in the data"),
    Case("-1 as a count", need_params(set_cell("kinder_esu", -1)),
         error=f"{KEY}, kinder_esu: -1 looks like a no-data code"),
    Case("negative count", need_params(set_cell("laerm_betroffene", -5)),
         error=f"{KEY}, laerm_betroffene: the count -5 is negative."),
    Case("numerator above its denominator", need_params(set_cell("migrationshintergrund", 90000)),
         error=f"{KEY}, migrationshintergrund: the part 90000 is larger than its total einwohner"),
    Case("inf", need_params(set_cell("nettoeinkommen_tsd_eur", float("inf"))),
         error=f"{KEY}, nettoeinkommen_tsd_eur: inf is not a finite number"),
    Case("1e999 in a csv cell", lambda env: {
        "INPUT": QgsVectorLayer(stats_csv(env, ("bonuscard", "1e999")), "statistik", "ogr"),
        "OUTPUT": "TEMPORARY_OUTPUT"}, error=f"{KEY}, bonuscard: inf is not a finite number"),
    Case("one value of 1e308", need_params(set_cell("einwohner", 1e308)),
         error=f"{KEY}, einwohner: 1e+308 is extreme (robust z"),
    Case("-9999 excluded", need_params(set_cell("einwohner", -9999), IMPLAUSIBLE=1, FINDINGS="TEMPORARY_OUTPUT"),
         warning="1 implausible cells were excluded", check=not_scored(KEY)),
    Case("empty key", need_params(drop_key), warning="1 rows without a key were left out (feature ids:",
         check=dropped_one),
    Case("wrong key field", need_params(KEY_FIELD="NOPE"), error="has no field NOPE (needed by the method)"),
    Case("deeply nested method json", need_params(METHOD_FILE=lambda env: env.write("deep.json", deep_json())),
         error="deep.json: the method JSON is nested too deeply (more than 64 levels)"),
    Case("binary method file",
         need_params(METHOD_FILE=lambda env: env.write("method.json", b"\x89PNG\r\n\xff\xfe\x00")),
         error="method.json is not a UTF-8 text file"),
    Case("empty layer", lambda env: {"INPUT": env.empty("statistik_stadtteile"), "OUTPUT": "TEMPORARY_OUTPUT"},
         error="has no features"),
]


@pytest.mark.parametrize("case", cases(NEED_CASES))
def test_need_index(case, env):
    run_case("need_index", case, env)


# -- robustness and area_types --------------------------------------------------------------------------------
ROBUSTNESS_CASES = [
    Case("-9999 as a count", need_params(set_cell("einwohner", -9999), DRAWS=20),
         error=f"{KEY}, einwohner: -9999 looks like a no-data code"),
    Case("-9999 excluded", need_params(set_cell("einwohner", -9999), DRAWS=20, IMPLAUSIBLE=1),
         warning="1 implausible cells were excluded"),
]
AREA_TYPE_CASES = [
    Case("inf", need_params(set_cell("bonuscard", float("inf")), PROFILES="TEMPORARY_OUTPUT"),
         error=f"{KEY}, bonuscard: inf is not a finite number"),
]


@pytest.mark.parametrize("case", cases(ROBUSTNESS_CASES))
def test_robustness(case, env):
    run_case("robustness", case, env)


@pytest.mark.parametrize("case", cases(AREA_TYPE_CASES))
def test_area_types(case, env):
    run_case("area_types", case, env)


# -- aggregate_counts -----------------------------------------------------------------------------------------
def aggregate_params(change=None, **more):
    def params(env):
        out = {"INPUT": env.memory("statistik_stadtteile", numeric_as_double=True, change=change),
               "KEY_FIELD": "stadtteil_nr", "COUNT_FIELDS": ["einwohner"], "GROUP_BY": ["jahr"], "TO_CITY": True,
               "OUTPUT": "TEMPORARY_OUTPUT"}
        out.update(more)
        return out
    return params


AGGREGATE_CASES = [
    Case("-9999 as a count", aggregate_params(set_cell("einwohner", -9999)),
         error=f"{KEY}, einwohner: -9999 looks like a no-data code"),
    Case("negative count", aggregate_params(set_cell("einwohner", -5)), error="the count -5 is negative"),
    Case("numerator above its denominator", aggregate_params(
        set_cell("migrationshintergrund", 90000), SHARES="mh=migrationshintergrund/einwohner"),
         error="migrationshintergrund: the part 90000 is larger than its total einwohner"),
    Case("inf", aggregate_params(set_cell("einwohner", float("inf"))), error="einwohner: inf is not a finite number"),
    Case("text field (the key) as a count", aggregate_params(COUNT_FIELDS=["stadtteil_nr"]),
         error="The field stadtteil_nr of layer statistik_stadtteile_copy is of type"),
    Case("wrong key field", aggregate_params(KEY_FIELD="NOPE"), error="has no field NOPE; it has:"),
    Case("empty key", aggregate_params(drop_key), warning="1 rows without a key were left out (feature ids:"),
    Case("-9999 excluded", aggregate_params(set_cell("einwohner", -9999), IMPLAUSIBLE=1),
         warning="1 implausible cells were excluded"),
]


@pytest.mark.parametrize("case", cases(AGGREGATE_CASES))
def test_aggregate_counts(case, env):
    run_case("aggregate_counts", case, env)


# -- crosswalk ---------------------------------------------------------------------------------------------------
def crosswalk_params(change=None, **more):
    def params(env):
        out = {"SOURCE": env.memory("stadtteile", numeric_as_double=True, change=change),
               "SOURCE_KEY": "stadtteil_nr", "FIELDS": ["einwohner"], "TARGET": env.layer("planungsraeume"),
               "TARGET_KEY": "pr_nr", "OUTPUT": "TEMPORARY_OUTPUT"}
        out.update(more)
        return out
    return params


CROSSWALK_CASES = [
    Case("wrong source key", crosswalk_params(SOURCE_KEY="NOPE"), error="has no field NOPE; it has:"),
    Case("wrong target key", crosswalk_params(TARGET_KEY="NOPE"), error="has no field NOPE; it has:"),
    Case("text field as a count", crosswalk_params(FIELDS=["stadtteil_name"]),
         error="not a number: counts must be numeric fields"),
    Case("-9999 as a count", crosswalk_params(set_cell("einwohner", -9999)),
         error=f"{KEY}, einwohner: -9999 looks like a no-data code"),
    Case("inf", crosswalk_params(set_cell("einwohner", float("inf"))), error="inf is not a finite number"),
    Case("NULL geometry", crosswalk_params(null_geometry()),
         warning=f"1 features have no geometry and are left out: {KEY}"),
    Case("self-intersecting polygon", crosswalk_params(bowtie()),
         warning="1 features have an invalid geometry; a repaired copy (makeValid) is used, the layer is "
                 f"unchanged: {KEY} (Self-intersection"),
]


@pytest.mark.parametrize("case", cases(CROSSWALK_CASES))
def test_crosswalk(case, env):
    run_case("crosswalk", case, env)


# -- validate_hierarchy --------------------------------------------------------------------------------------------
def validate_params(change=None, **more):
    def params(env):
        out = {"STADTTEIL": env.memory("stadtteile", change=change), "OUTPUT": "TEMPORARY_OUTPUT"}
        out.update(more)
        return out
    return params


VALIDATE_CASES = [
    Case("empty layer", lambda env: {"STADTTEIL": env.empty("stadtteile"), "OUTPUT": "TEMPORARY_OUTPUT"},
         error="has no features"),
    Case("empty layer among LAYERS", lambda env: {"LAYERS": [env.empty("stadtteile")], "CITY": "stuttgart",
                                                  "OUTPUT": "TEMPORARY_OUTPUT"},
         error="has no features: there is nothing to validate"),
    Case("NULL geometry", validate_params(null_geometry()), warning="The feature has no geometry."),
    Case("self-intersecting polygon", validate_params(bowtie()), warning="a repaired copy is used"),
]


@pytest.mark.parametrize("case", cases(VALIDATE_CASES))
def test_validate_hierarchy(case, env):
    run_case("validate_hierarchy", case, env)


# -- renewal_overlay --------------------------------------------------------------------------------------------
def overlay_params(areas=None, renewal=None, **more):
    def params(env):
        out = {"AREAS": env.memory("stadtteile", change=areas), "KEY_FIELD": "stadtteil_nr",
               "RENEWAL": env.memory("vorranggebiete", change=renewal) if renewal else env.layer("vorranggebiete"),
               "OUTPUT": "TEMPORARY_OUTPUT", "CANDIDATES": "TEMPORARY_OUTPUT"}
        out.update(more)
        return out
    return params


def renewal_null(features):
    features[0].setGeometry(QgsGeometry())


def renewal_bowtie(features):
    box = features[0].geometry().boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    features[0].setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))"))


def area_missing(key):
    def check(result, env):
        keys = {f["stadtteil_nr"] for f in result["OUTPUT"].getFeatures()}
        assert key not in keys and len(keys) == 151
    return check


OVERLAY_CASES = [
    Case("NULL geometry in the areas", overlay_params(areas=null_geometry()),
         warning=f"1 features have no geometry and are left out: {KEY}", check=area_missing(KEY)),
    Case("self-intersecting area", overlay_params(areas=bowtie()),
         warning=f"1 features have an invalid geometry; a repaired copy (makeValid) is used, the layer is unchanged: "
                 f"{KEY}"),
    Case("NULL geometry in the renewal areas", overlay_params(renewal=renewal_null),
         warning="1 features have no geometry and are left out"),
    Case("self-intersecting renewal area", overlay_params(renewal=renewal_bowtie),
         warning="1 features have an invalid geometry; a repaired copy (makeValid) is used"),
    Case("wrong key field", overlay_params(KEY_FIELD="NOPE"), error="has no field NOPE; it has:"),
    Case("empty areas", lambda env: dict(overlay_params()(env), AREAS=env.empty("stadtteile")),
         error="has no features"),
]


@pytest.mark.parametrize("case", cases(OVERLAY_CASES))
def test_renewal_overlay(case, env):
    run_case("renewal_overlay", case, env)


# -- meeting_pack -------------------------------------------------------------------------------------------------


def pack_params(scenario=None, areas=None, **more):
    def params(env):
        out = {"AREAS": env.memory("stadtteile", change=areas), "AREA_KEY": "stadtteil_nr",
               "AREA_NAME": "stadtteil_name", "STATISTICS": env.memory("statistik_stadtteile"),
               "STATISTICS_KEY": "stadtteil_nr", "SELECTION": "2006", "CSV_STYLE": 1, "DATE": "2026-11-23",
               "OUTPUT": str(env.tmp / "pack")}
        if scenario is not None:
            out["SCENARIO"] = env.write("scenario.json", scenario)
        out.update(more)
        return out
    return params


def small_areas_without_values(result, env):
    """The ranking CSV (rank, key, name, values…, scored, reason): a small area keeps only its key, name and
    reason, whatever threshold the scenario asks for."""
    import csv

    rows = list(csv.reader((env.tmp / "pack" / "rangfolge.csv").read_text(encoding="utf-8").splitlines()))
    for key in SMALL_AREAS:
        row = next(r for r in rows[1:] if r[1] == key)
        shown = [(h, v) for h, v in zip(rows[0], row[:-2]) if v.strip() and v not in (row[1], row[2])]
        assert not shown and row[-2] == "0" and row[-1], f"{key}: {row}"


def min_population_zero(scenario):
    scenario["settings"]["min_population"] = 0


PACK_CASES = [
    Case("unknown key in the scenario file", pack_params(stuttgart_scenario(
        lambda s: s["settings"].update(min_populaton=0))),
         error="scenarios[0].settings.min_populaton: unknown key"),
    Case("deeply nested scenario file", pack_params('{"scenarios": ' + "[" * 5000 + "]" * 5000 + "}"),
         error="the scenario file is nested too deeply (more than 64 levels)"),
    Case("scenario with min_population 0", pack_params(stuttgart_scenario(min_population_zero)),
         check=small_areas_without_values),
    Case("binary scenario file", pack_params(b"\x89PNG\r\n\x1a\n\xff\xfe\x00\x81"), error="cannot be used"),
    Case("NULL geometry in the areas", pack_params(areas=null_geometry()), warning=KEY),
    Case("self-intersecting area", pack_params(areas=bowtie()), warning="invalid geometry"),
    Case("empty areas", lambda env: dict(pack_params()(env), AREAS=env.empty("stadtteile")),
         error="has no features"),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", cases(PACK_CASES))
def test_meeting_pack(case, env):
    run_case("meeting_pack", case, env)


# -- the area selection -------------------------------------------------------------------------------------
ASSESSMENT_HEADER = "Schlüssel;Runde;Rolle;Datum;Einschätzung\n"


def assessment_params(rows, **more):
    def params(env):
        out = {"INPUT": env.write("einschaetzungen.csv", ASSESSMENT_HEADER + rows if isinstance(rows, str) else rows),
               "AREAS": env.memory("stadtteile"), "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
               "ROUND": "2026", "WORKSPACE": str(env.tmp / "w.gpkg")}
        out.update(more)
        return out
    return params


def recorded_one(result, env):
    from quartier_plugin.storage.selection_store import SelectionStore
    from quartier_plugin.storage.workspace import WorkspaceSpec

    assert result["IMPORTED"] == 1
    assert [a.area_key for a in SelectionStore(WorkspaceSpec("gpkg", path=str(env.tmp / "w.gpkg"))).assessments()] \
        == ["0102"]


ASSESSMENT_CASES = [
    Case("binary file", assessment_params(b"\x01\x02" + bytes(range(256)) * 8),
         error="The assessments table cannot be read: einschaetzungen.csv is not a text table"),
    Case("no judgement column", assessment_params(b"Schl\xc3\xbcssel;Runde;Rolle\n0102;2026;Jugendamt\n"),
         error="the table has no column for judgement"),
    Case("unknown judgement", assessment_params("0102;2026;Jugendamt;;höher\n0103;2026;Sozialamt;;vielleicht\n"),
         error="1 of 2 rows cannot be recorded, so nothing was recorded: line 3: judgement: 'vielleicht'"),
    Case("unknown area", assessment_params("9999;2026;Jugendamt;;höher\n"),
         error="line 2: the area '9999' does not exist"),
    Case("impossible date", assessment_params("0102;2026;Jugendamt;31.02.2026;höher\n"),
         error="line 2: date: '31.02.2026' is not a date"),
    Case("bad row skipped", assessment_params("0102;2026;Jugendamt;;höher\n0103;2026;Sozialamt;;vielleicht\n",
                                              SKIP_BAD_ROWS=True),
         warning="line 3", check=recorded_one),
    Case("wrong key field", assessment_params("0102;2026;Jugendamt;;höher\n", AREA_KEY="NOPE"),
         error="has no field NOPE; it has:"),
    Case("empty areas", lambda env: dict(assessment_params("0102;2026;Jugendamt;;höher\n")(env),
                                         AREAS=env.empty("stadtteile")), error="has no features"),
    Case("missing workspace folder", assessment_params("0102;2026;Jugendamt;;höher\n", WORKSPACE="/nowhere/w.gpkg"),
         error="The folder of the workspace /nowhere/w.gpkg does not exist."),
]
FORM_CASES = [
    Case("wrong name field", lambda env: {"AREAS": env.memory("stadtteile"), "AREA_KEY": "stadtteil_nr",
                                          "AREA_NAME": "NOPE", "ROUND": "2026", "OUTPUT": str(env.tmp / "f.csv")},
         error="has no field NOPE; it has:"),
    Case("empty areas", lambda env: {"AREAS": env.empty("stadtteile"), "AREA_KEY": "stadtteil_nr", "ROUND": "2026",
                                     "OUTPUT": str(env.tmp / "f.csv")}, error="has no features"),
]
REGISTER_CASES = [
    Case("missing workspace", lambda env: {"WORKSPACE": "/nowhere/w.gpkg", "OUTPUT": str(env.tmp / "r.csv")},
         error="The workspace /nowhere/w.gpkg does not exist."),
    Case("binary workspace", lambda env: {"WORKSPACE": env.write("w.gpkg", bytes(range(256)) * 8),
                                          "OUTPUT": str(env.tmp / "r.csv")}, error="could not be opened"),
]


@pytest.mark.parametrize("case", cases(ASSESSMENT_CASES))
def test_import_assessments(case, env):
    run_case("import_assessments", case, env)


@pytest.mark.parametrize("case", cases(FORM_CASES))
def test_expert_form(case, env):
    run_case("expert_form", case, env)


@pytest.mark.parametrize("case", cases(REGISTER_CASES))
def test_export_register(case, env):
    run_case("export_register", case, env)


def test_every_algorithm_has_its_cases(quartier_provider):
    """The catalogue covers every algorithm of the provider but the demo generator."""
    covered = {name[len("test_"):] for name in globals() if name.startswith("test_") and name != "test_every_"
               "algorithm_has_its_cases"}
    assert {a.name() for a in quartier_provider.algorithms()} - {"create_demo_city"} == covered
    for name in covered:
        assert re.search(rf"^(?=\S).*\b{name}\b", __doc__, re.M), f"{name} is missing in the table"
