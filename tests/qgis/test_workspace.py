"""The workspace, one suite for both kinds: a GeoPackage beside the project and a PostGIS schema.

Results are replaced whole with a record of the run; a second writer who started from an older state
gets a conflict naming who wrote when, and nothing is lost; credentials stay in the auth database.
"""

import os

import pytest
from qgis.core import QgsGeometry, QgsVectorLayer

from quartier_plugin.core.tables import INTEGER, REAL, STRING
from quartier_plugin.storage.workspace import (
    RUNS,
    Run,
    Workspace,
    WorkspaceConflict,
    WorkspaceError,
    WorkspaceReadOnly,
    WorkspaceSpec,
    default_gpkg_path,
    settings_hash,
)

FIELDS = [("key", STRING), ("index", REAL), ("rank", INTEGER)]
CRS_25832 = ('PROJCS["ETRS89 / UTM zone 32N",GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989",'
             'SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],'
             'PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",9],'
             'PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],'
             'UNIT["metre",1],AUTHORITY["EPSG","25832"]]')


def rows(n=3, offset=0.0):
    out = []
    for i in range(n):
        x = 500000 + 100 * i
        geom = QgsGeometry.fromWkt(f"MULTIPOLYGON((({x} 5400000, {x + 90} 5400000, {x + 90} 5400090, "
                                   f"{x} 5400090, {x} 5400000)))")
        out.append((bytes(geom.asWkb()), [f"{i + 1:04d}", i + offset, i + 1]))
    return out


def write(spec, user="alice", expected=None, n=3, offset=0.0, settings=None, force=False):
    from osgeo import ogr

    run = Run("need_index", settings or {"weights": {"a": 1}}, [{"source": "test", "features": n}], user=user)
    return Workspace(spec).write_result(run, "need_scenario_a", FIELDS, rows(n, offset), ogr.wkbMultiPolygon,
                                        CRS_25832, title="Scenario A", expected=expected, force=force)


def read_layer(spec, table="need_scenario_a"):
    source, provider = Workspace(spec).layer_source(table)
    layer = QgsVectorLayer(source, table, provider)
    assert layer.isValid(), (source, provider, layer.error().summary())
    return layer


def test_default_workspace_is_beside_the_project(tmp_path):
    assert default_gpkg_path(str(tmp_path / "stadt.qgz")) == str(tmp_path / "stadt.quartier.gpkg")


def test_write_records_the_run_and_the_result_reads_back(workspace_spec):
    spec = workspace_spec("alice")
    run_id = write(spec)
    layer = read_layer(spec)
    assert layer.featureCount() == 3
    values = sorted((f["key"], f["index"], f["rank"]) for f in layer.getFeatures())
    assert values == [("0001", 0.0, 1), ("0002", 1.0, 2), ("0003", 2.0, 3)]
    assert abs(next(layer.getFeatures()).geometry().area() - 8100) < 1e-6
    assert layer.crs().authid() == "EPSG:25832"
    (run,) = Workspace(spec).runs()
    assert run["run_id"] == run_id and run["step"] == "need_index" and run["target"] == "need_scenario_a"
    assert run["settings"] == {"weights": {"a": 1}} and run["settings_hash"] == settings_hash({"weights": {"a": 1}})
    assert run["inputs"] == [{"source": "test", "features": 3}]
    assert run["user"] == "alice" and run["plugin_version"] and run["qgis_version"]
    assert run["started"] <= run["finished"]
    assert Workspace(spec).current_run("need_scenario_a")["run_id"] == run_id
    assert RUNS in Workspace(spec).tables()


def test_rewrite_replaces_in_place_and_keeps_history(workspace_spec):
    spec = workspace_spec("alice")
    first = write(spec)
    second = write(spec, expected=first, n=5, offset=10)
    layer = read_layer(spec)
    assert layer.featureCount() == 5 and min(f["index"] for f in layer.getFeatures()) == 10
    runs = Workspace(spec).runs()
    assert [r["run_id"] for r in runs] == [first, second] and runs[1]["based_on"] == first


def test_second_writer_gets_a_conflict_and_nothing_is_lost(workspace_spec):
    alice, bob = workspace_spec("alice"), workspace_spec("bob")
    base = write(alice)
    mine = write(alice, expected=base, offset=100)  # alice moves on
    with pytest.raises(WorkspaceConflict) as err:
        write(bob, expected=base, offset=200)  # bob still has the first version
    message = str(err.value)
    assert "alice" in message and "need_scenario_a" in message
    assert err.value.user == "alice" and err.value.run_id == mine
    assert min(f["index"] for f in read_layer(bob).getFeatures()) == 100  # alice's result is intact
    assert len(Workspace(bob).runs()) == 2
    write(bob, expected=mine, offset=300)  # after reloading, bob writes
    assert min(f["index"] for f in read_layer(alice).getFeatures()) == 300


def test_first_writers_race_is_a_conflict_too(workspace_spec):
    write(workspace_spec("alice"))
    with pytest.raises(WorkspaceConflict):
        write(workspace_spec("bob"))  # bob had no result and thinks there is none


def test_failed_write_leaves_the_result_and_the_record_unchanged(workspace_spec):
    spec = workspace_spec("alice")
    first = write(spec)

    def broken_rows():
        yield from rows(2, 50)
        raise RuntimeError("disk full (simulated)")

    from osgeo import ogr

    with pytest.raises(WorkspaceError):
        Workspace(spec).write_result(Run("need_index", {}), "need_scenario_a", FIELDS, broken_rows(),
                                     ogr.wkbMultiPolygon, CRS_25832, expected=first)
    layer = read_layer(spec)
    assert layer.featureCount() == 3 and min(f["index"] for f in layer.getFeatures()) == 0
    assert [r["run_id"] for r in Workspace(spec).runs()] == [first]


def test_layer_sources_and_specs_hold_no_password(workspace_spec):
    spec = workspace_spec("alice")
    write(spec)
    source, _provider = Workspace(spec).layer_source("need_scenario_a")
    for text in (source, str(spec.to_dict())):
        assert "secret" not in text and "password" not in text.lower()


def test_read_only_role_can_read_but_not_write(postgis_spec):
    base = write(postgis_spec("alice"))
    reader = postgis_spec("reader")
    assert read_layer(reader).featureCount() == 3
    assert Workspace(reader).current_run("need_scenario_a")["run_id"] == base
    with pytest.raises(WorkspaceReadOnly) as err:
        write(reader, expected=base)
    assert "read-only" in str(err.value)
    assert min(f["index"] for f in read_layer(reader).getFeatures()) == 0


def test_processing_writes_into_a_workspace_when_asked(demo_gpkg, quartier_provider, tmp_path):
    from qgis import processing

    workspace = tmp_path / "team.quartier.gpkg"
    stats = f"{demo_gpkg}|layername=statistik_stadtteile"
    result = processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": str(tmp_path / "need.csv"),
                                                    "WORKSPACE": str(workspace)})
    assert os.path.exists(result["OUTPUT"])
    spec = WorkspaceSpec("gpkg", path=str(workspace))
    (run,) = Workspace(spec).runs()
    assert run["step"] == "quartier:need_index" and run["target"] == "need_index"
    assert run["inputs"][0]["features"] == 304 and run["inputs"][0]["sha256"]
    layer = read_layer(spec, "need_index")
    assert layer.featureCount() == 152 and "index_rank" in layer.fields().names()
    processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": "TEMPORARY_OUTPUT",
                                           "WORKSPACE": str(workspace)})
    assert len(Workspace(spec).runs()) == 2 and read_layer(spec, "need_index").featureCount() == 152
    plain = processing.run("quartier:need_index", {"INPUT": stats, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert plain["OUTPUT"] is not None and len(Workspace(spec).runs()) == 2  # not asked: not written


@pytest.mark.parametrize("algorithm,extra", [("robustness", {"DRAWS": 50}),
                                             ("area_types", {"K": 4, "PROFILES": "TEMPORARY_OUTPUT"})])
def test_other_results_go_into_the_workspace_too(demo_gpkg, quartier_provider, tmp_path, algorithm, extra):
    from qgis import processing

    workspace = tmp_path / "w.quartier.gpkg"
    processing.run(f"quartier:{algorithm}", dict(extra, INPUT=f"{demo_gpkg}|layername=statistik_stadtteile",
                                                 OUTPUT="TEMPORARY_OUTPUT", WORKSPACE=str(workspace)))
    spec = WorkspaceSpec("gpkg", path=str(workspace))
    assert [r["step"] for r in Workspace(spec).runs()] == [f"quartier:{algorithm}"]
    assert read_layer(spec, algorithm).featureCount() == 152
