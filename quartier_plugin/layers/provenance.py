"""What a run records of its inputs: name, source (never a password), feature count and a content hash."""

import os

from qgis.core import QgsDataSourceUri

from ..core.pack import file_sha256, rows_sha256
from ..storage.fields import value_or_none


def layer_input(layer, with_source=True):
    """{name, file, sha256, features[, source, provider]} of ``layer``: the file's sha256 for a file-based
    layer, else the sha256 of its attribute rows (e.g. a database or memory layer)."""
    if layer is None:
        return None
    path = layer.source().split("|")[0]
    if layer.providerType() in ("ogr", "delimitedtext") and path.startswith("file://"):
        path = path[7:].split("?")[0]
    if os.path.isfile(path):
        info = {"name": layer.name(), "file": os.path.basename(path), "sha256": file_sha256(path)}
    else:
        rows = [[value_or_none(v) for v in f.attributes()] for f in layer.getFeatures()]
        info = {"name": layer.name(), "file": None, "sha256": rows_sha256(rows)}
    info["features"] = layer.featureCount()
    if with_source:
        info["source"] = QgsDataSourceUri.removePassword(layer.source())
        info["provider"] = layer.providerType()
    return info
