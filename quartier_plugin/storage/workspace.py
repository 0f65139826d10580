"""The workspace: where every result of a project lives, with a record of the run that made it.

Two kinds, one code path (GDAL's vector API, as QGIS itself uses):
- a GeoPackage beside the project (``stadt.qgz`` → ``stadt.quartier.gpkg``), the default;
- a schema in a PostGIS database, for a team. Credentials come only from a QGIS authentication
  configuration (``authcfg``): they are looked up when a connection opens and never stored.

Tables of the workspace:
- ``quartier_runs``: one row per run (run_id, step, target, started, finished, settings_hash, settings,
  inputs, plugin_version, qgis_version, user, based_on);
- ``quartier_results``: per result table the run that wrote its current content (optimistic locking:
  a writer states which run it started from; if somebody else wrote since, the write is refused with
  who and when, and nothing is lost);
- one table per result, replaced whole inside one transaction (complete or unchanged).
"""

import json
import os
import re

from qgis.core import Qgis, QgsApplication, QgsDataSourceUri

from .. import __about__, log
from ..translation import tr
from .ogr_helpers import clean, gdal_modules, ogr_type, quote_literal, release_frames, sql_rows
from .workspace_spec import (  # noqa: F401 - the workspace's public names, importable from here
    DEFAULT_SCHEMA,
    GPKG_SUFFIX,
    KINDS,
    RESULT_FIELDS,
    RESULTS,
    RUN_FIELDS,
    RUNS,
    Run,
    WorkspaceConflict,
    WorkspaceError,
    WorkspaceReadOnly,
    WorkspaceSpec,
    current_user,
    default_gpkg_path,
    now_text,
    settings_hash,
)


class Workspace:
    """Open, write and read one workspace (see the module's docstring)."""

    def __init__(self, spec):
        self.spec = spec

    # ---- connecting -----------------------------------------------------------------------------
    def _pg_connection_string(self):
        uri = QgsDataSourceUri(self.spec.connection)
        items = [f"{key}={value}" for key, value in (("host", uri.host()), ("port", uri.port()),
                                                     ("dbname", uri.database())) if value]
        ssl = re.search(r"\bsslmode=(\w+)", self.spec.connection)
        if ssl:
            items.append(f"sslmode={ssl.group(1)}")
        authcfg = uri.authConfigId()
        if authcfg:
            ok, items = QgsApplication.authManager().updateDataSourceUriItems(items, authcfg, "postgres")
            if not ok:
                raise WorkspaceError(tr("The authentication configuration {0} could not be used (is the master "
                                        "password set?).").format(authcfg))
        elif uri.username():
            items.append(f"user={uri.username()}")
        return "PG:" + " ".join(items) + f" active_schema={self.spec.schema} schemas={self.spec.schema}"

    def _open(self, update=True):
        gdal, _ogr, _osr = gdal_modules()
        flags = gdal.OF_VECTOR | (gdal.OF_UPDATE if update else 0)
        try:
            if self.spec.kind == "gpkg":
                if not os.path.exists(self.spec.path):
                    if not update:
                        raise WorkspaceError(tr("The workspace {0} does not exist.").format(self.spec.path))
                    folder = os.path.dirname(os.path.abspath(self.spec.path))
                    if not os.path.isdir(folder) or not os.access(folder, os.W_OK):
                        raise WorkspaceError(tr("The folder {0} does not exist or is not writable.").format(folder))
                    return gdal.GetDriverByName("GPKG").Create(self.spec.path, 0, 0, 0, gdal.GDT_Unknown)
                if update and not os.access(self.spec.path, os.W_OK):
                    raise WorkspaceReadOnly(tr("The workspace {0} is read-only for you: results can be opened "
                                               "and printed, not written.").format(self.spec.path))
                return gdal.OpenEx(self.spec.path, flags)
            return gdal.OpenEx(self._pg_connection_string(), flags, open_options=["LIST_ALL_TABLES=YES"])
        except RuntimeError as err:
            if isinstance(err, WorkspaceError):
                raise
            raise WorkspaceError(tr("The workspace {0} could not be opened: {1}").format(
                self.spec.label(), clean(err))) from err

    # ---- the bookkeeping tables -----------------------------------------------------------------
    def _ensure_table(self, ds, name, spec):
        _gdal_, ogr, _osr = gdal_modules()
        layer = ds.GetLayerByName(name)
        if layer is not None:
            return layer
        layer = ds.CreateLayer(name, None, ogr.wkbNone, options=["FID=fid"])
        for fname, kind in spec:
            layer.CreateField(ogr.FieldDefn(fname, ogr_type(kind)))
        return layer

    def ensure(self):
        """Create the workspace (file or tables) if missing; raises WorkspaceReadOnly when it cannot."""
        def work(ds):
            if self.spec.kind == "postgres":
                self._check_pg_schema(ds)
            self._ensure_table(ds, RUNS, RUN_FIELDS)
            self._ensure_table(ds, RESULTS, RESULT_FIELDS)

        self._with_dataset(True, work)

    def _check_pg_schema(self, ds):
        schema = quote_literal(self.spec.schema)  # OGR's ExecuteSQL takes no parameters: quoted literal
        rows = sql_rows(ds, f"SELECT count(*) AS found FROM pg_namespace WHERE nspname = {schema}")  # nosec B608
        if rows and not int(rows[0]["found"]):
            ds.ExecuteSQL(f'CREATE SCHEMA "{self.spec.schema}"')

    def _write_error(self, err):
        text = clean(err)
        if "permission denied" in text.lower() or "readonly" in text.lower() or "read-only" in text.lower():
            return WorkspaceReadOnly(tr("The workspace {0} is read-only for you: results can be opened and "
                                        "printed, not written ({1}).").format(self.spec.label(), text))
        return WorkspaceError(tr("Writing to the workspace {0} failed: {1}").format(self.spec.label(), text))

    # ---- writing a result -----------------------------------------------------------------------
    def write_result(self, run, table, fields, rows, geometry_type=None, crs_wkt="", title="", expected=None,
                     force=False):
        """Replace ``table`` whole with ``rows`` and record ``run``; returns the run_id.

        ``fields``: [(name, kind)] with kind from core.tables; ``rows``: iterable of (wkb bytes or None,
        [values]); ``geometry_type``: an OGR type (e.g. ogr.wkbMultiPolygon) or None for a table.
        ``expected``: the run_id the writer's copy came from (None: it had none). Unless ``force``,
        a different current run raises WorkspaceConflict and nothing is written.

        Same columns as before: rows are swapped inside one transaction (DELETE + INSERT), so readers see
        the old or the new result, never a part. New or changed columns: the new table is written whole
        under a temporary name first and renamed over the old one (a schema change needs the table's
        owner in PostGIS).
        """
        self.ensure()
        self._with_dataset(True, lambda ds: self._write(ds, run, table, fields, rows, geometry_type, crs_wkt,
                                                        title, expected, force))
        return run.run_id

    def _with_dataset(self, update, work):
        """``work(ds)`` with the dataset closed afterwards. GDAL crashes the process when a layer or feature
        outlives its dataset, and a caught error's frames hold such objects: they are released (innermost
        first) while the dataset is still open, and the error is raised without them."""
        ds = self._open(update=update)
        error = None
        try:
            return work(ds)
        except WorkspaceError as err:
            error = err
        except RuntimeError as err:
            error = self._write_error(err) if update else WorkspaceError(clean(err))
            release_frames(err)
        finally:
            if error is not None:
                release_frames(error)
            ds = None  # noqa: F841 - closes the dataset
            if error is not None:
                raise error

    def _write(self, ds, run, table, fields, rows, geometry_type, crs_wkt, title, expected, force):
        existing = ds.GetLayerByName(table)
        same = existing is not None and self._same_schema(existing, fields, geometry_type)
        existing = None
        if same:
            self._transaction(ds, lambda: self._swap_rows(ds, run, table, rows, title, expected, force))
            return
        staging = f"{table}__new"
        self._drop(ds, staging)
        self._create(ds, staging, fields, geometry_type, crs_wkt, title)
        try:
            self._transaction(ds, lambda: self._fill(ds.GetLayerByName(staging), rows))
        except BaseException as err:
            release_frames(err)  # the half-written layer's objects go before the layer does
            self._drop(ds, staging)
            raise err
        self._sync(ds, staging)  # GDAL builds a GeoPackage's spatial index lazily: before the rename, not after
        self._transaction(ds, lambda: self._check_current(ds, table, expected, force))
        self._drop(ds, table)
        self._rename(ds, staging, table)
        self._transaction(ds, lambda: self._record(ds, run, table, title, expected))

    def _transaction(self, ds, work):
        try:
            ds.StartTransaction(force=True)
        except RuntimeError as err:
            raise self._write_error(err) from err
        try:
            work()
            ds.CommitTransaction()
        except WorkspaceConflict:
            ds.RollbackTransaction()
            raise
        except Exception as err:
            try:
                ds.RollbackTransaction()
            except RuntimeError as rollback:
                log.warning(tr("The workspace {0} could not roll back a failed write: {1}").format(
                    self.spec.label(), clean(rollback)))
            if isinstance(err, WorkspaceError):
                raise
            raise self._write_error(err) from None

    def _swap_rows(self, ds, run, table, rows, title, expected, force):
        self._check_current(ds, table, expected, force)
        layer = ds.GetLayerByName(table)
        for feature in list(layer):
            layer.DeleteFeature(feature.GetFID())
        self._fill(layer, rows)
        self._record(ds, run, table, title, expected)

    def _check_current(self, ds, table, expected, force):
        if self.spec.kind == "postgres" and ds.GetLayerByName(RESULTS) is not None:
            ds.ExecuteSQL(f'LOCK TABLE "{self.spec.schema}".{RESULTS} IN EXCLUSIVE MODE')
        current = self._current(ds, table)
        if not force and current is not None and current["run_id"] != expected:
            raise WorkspaceConflict(table, current["user"], current["written"], current["run_id"])

    def _record(self, ds, run, table, title, expected):
        finished = now_text()
        self._insert(ds, RUNS, [run.run_id, run.step, table, run.started, finished, run.settings_hash,
                                json.dumps(run.settings, sort_keys=True, ensure_ascii=False, default=str),
                                json.dumps(run.inputs, sort_keys=True, ensure_ascii=False, default=str),
                                __about__.__version__, Qgis.QGIS_VERSION, run.user, expected or ""])
        results = ds.GetLayerByName(RESULTS)
        results.SetAttributeFilter(f"table_name = {quote_literal(table)}")
        for feature in list(results):
            results.DeleteFeature(feature.GetFID())
        results.SetAttributeFilter(None)
        self._insert(ds, RESULTS, [table, run.run_id, run.user, finished, title])

    @staticmethod
    def _same_schema(layer, fields, geometry_type):
        _gdal_, ogr, _osr = gdal_modules()
        definition = layer.GetLayerDefn()
        have = [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
                for i in range(definition.GetFieldCount())]
        want = [(name, ogr_type(kind)) for name, kind in fields]
        geometry = ogr.GT_Flatten(layer.GetGeomType()) if layer.GetGeomType() else ogr.wkbNone
        wanted_geometry = ogr.GT_Flatten(geometry_type) if geometry_type is not None else ogr.wkbNone
        return have == want and geometry == wanted_geometry

    def _create(self, ds, table, fields, geometry_type, crs_wkt, title):
        _gdal_, ogr, osr = gdal_modules()
        srs = None
        if geometry_type is not None and crs_wkt:
            srs = osr.SpatialReference()
            srs.ImportFromWkt(crs_wkt)
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        options = ["FID=fid", "GEOMETRY_NAME=geom"]
        if self.spec.kind == "gpkg" and title:
            options.append(f"IDENTIFIER={title}")
        try:
            layer = ds.CreateLayer(table, srs, geometry_type if geometry_type is not None else ogr.wkbNone,
                                   options=options)
            for name, kind in fields:
                layer.CreateField(ogr.FieldDefn(name, ogr_type(kind)))
        except RuntimeError as err:
            raise self._write_error(err) from err

    @staticmethod
    def _fill(layer, rows):
        _gdal_, ogr, _osr = gdal_modules()
        definition = layer.GetLayerDefn()
        for wkb, values in rows:
            feature = ogr.Feature(definition)
            for i, value in enumerate(values):
                if value is not None:
                    feature.SetField(i, value)
            if wkb is not None:
                feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(wkb)))
            layer.CreateFeature(feature)

    def _drop(self, ds, table):
        for i in range(ds.GetLayerCount()):
            if ds.GetLayerByIndex(i).GetName() == table:
                try:
                    ds.DeleteLayer(i)
                except RuntimeError as err:
                    raise self._write_error(err) from err
                return

    def _sync(self, ds, table):
        try:
            ds.GetLayerByName(table).SyncToDisk()
        except RuntimeError as err:
            raise self._write_error(err) from err

    def _rename(self, ds, old, new):
        layer = ds.GetLayerByName(old)
        try:
            if hasattr(layer, "Rename"):
                layer.Rename(new)
            else:  # pragma: no cover - GDAL before 3.5
                ds.ExecuteSQL(f'ALTER TABLE "{old}" RENAME TO "{new}"')
        except RuntimeError as err:
            raise self._write_error(err) from err

    def _insert(self, ds, name, values):
        _gdal_, ogr, _osr = gdal_modules()
        layer = ds.GetLayerByName(name)
        feature = ogr.Feature(layer.GetLayerDefn())
        for i, value in enumerate(values):
            feature.SetField(i, value)
        layer.CreateFeature(feature)

    def _current(self, ds, table):
        if ds.GetLayerByName(RESULTS) is None:
            return None
        # OGR's ExecuteSQL takes no parameters: the table name goes in as a quoted literal
        rows = sql_rows(ds, f"SELECT run_id, \"user\", written FROM {RESULTS} "  # nosec B608
                             f"WHERE table_name = {quote_literal(table)}")
        return rows[0] if rows else None

    # ---- reading --------------------------------------------------------------------------------
    def current_run(self, table):
        """{run_id, user, written} of the run that wrote ``table`` now, or None."""
        return self._with_dataset(False, lambda ds: self._current(ds, table))

    def runs(self):
        """Every recorded run, oldest first, as dicts (settings and inputs parsed)."""
        def work(ds):
            layer = ds.GetLayerByName(RUNS)
            if layer is None:
                return []
            return [dict({name: feature.GetField(name) for name, _kind in RUN_FIELDS}, fid=feature.GetFID())
                    for feature in layer]

        rows = self._with_dataset(False, work)
        for row in rows:
            row["settings"] = json.loads(row["settings"] or "{}")
            row["inputs"] = json.loads(row["inputs"] or "[]")
        return [{k: v for k, v in row.items() if k != "fid"} for row in sorted(rows, key=lambda r: r["fid"])]

    def tables(self):
        return self._with_dataset(False, lambda ds: sorted(ds.GetLayerByIndex(i).GetName()
                                                            for i in range(ds.GetLayerCount())))

    def layer_source(self, table):
        """(data source, provider key) for a QgsVectorLayer of ``table`` (credentials by authcfg only)."""
        if self.spec.kind == "gpkg":
            return f"{self.spec.path}|layername={table}", "ogr"
        uri = QgsDataSourceUri(self.spec.connection)
        uri.setDataSource(self.spec.schema, table, "geom" if self._has_geometry(table) else None, "", "fid")
        return uri.uri(False), "postgres"

    def _has_geometry(self, table):
        _gdal_, ogr, _osr = gdal_modules()

        def work(ds):
            layer = ds.GetLayerByName(table)
            return layer is not None and layer.GetGeomType() not in (ogr.wkbNone, ogr.wkbUnknown)

        return self._with_dataset(False, work)
