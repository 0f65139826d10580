"""GDAL/OGR helpers of the workspace: the modules on demand, field types, literals, result sets, clean
error texts, and releasing an error's frames before its dataset closes."""

from ..core.tables import INTEGER, REAL, STRING


def gdal_modules():
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    return gdal, ogr, osr


def ogr_type(kind):
    _gdal_, ogr, _osr = gdal_modules()
    return {STRING: ogr.OFTString, INTEGER: ogr.OFTInteger64, REAL: ogr.OFTReal}[kind]


def quote_literal(text):
    return "'" + str(text).replace("'", "''") + "'"


def release_frames(error):
    """Drop an exception's chain and traceback, the innermost first (see workspace.Workspace._with_dataset)."""
    inner = error.__cause__ or error.__context__
    error.__cause__ = error.__context__ = None
    if inner is not None and inner is not error:
        release_frames(inner)
    error.__traceback__ = None


def sql_rows(ds, sql):
    result = ds.ExecuteSQL(sql)
    if result is None:
        return []
    try:
        definition = result.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        return [{n: f.GetField(n) for n in names} for f in result]
    finally:
        ds.ReleaseResultSet(result)
        result = definition = None


def clean(err):
    text = str(err).strip()
    # passwords never reach a message: GDAL may echo the connection string
    return " ".join(part for part in text.split() if not part.lower().startswith("password="))
