"""Parameters shared by the district-hierarchy algorithms: one optional layer per level."""

import json

from qgis.core import QgsProcessingException, QgsProcessingParameterVectorLayer

from ..compat import SOURCE_POLYGON
from ..core.hierarchy import LEVELS, LevelMapping
from ..translation import tr

LEVEL_PARAMS = {level.id: level.id.upper() for level in LEVELS}


def add_level_parameters(algorithm):
    for level in LEVELS:
        algorithm.addParameter(QgsProcessingParameterVectorLayer(
            LEVEL_PARAMS[level.id], tr(level.label), [SOURCE_POLYGON], optional=True))


def parse_mappings(text):
    """{level: LevelMapping} from the MAPPINGS parameter (JSON; empty means: recognise the schema)."""
    if not text or not text.strip():
        return {}
    try:
        data = json.loads(text)
        return {level_id: LevelMapping.from_dict(dict(m, level=level_id)) for level_id, m in data.items()}
    except (ValueError, TypeError, AttributeError) as err:
        raise QgsProcessingException(tr("The field mapping is not valid JSON of the form "
                                        '{{"stadtteil": {{"key_field": "…", "name_field": "…", '
                                        '"parent_field": "…"}}}}: {0}').format(err)) from err


def read_levels(algorithm, parameters, context, feedback, mappings, crs_authid):
    """{level: [Unit]} and the layer findings for every level layer given."""
    from ..layers.unit_reader import MappingError, mapping_for, read_units

    units, findings, layers = {}, [], {}
    for level in LEVELS:
        layer = algorithm.parameterAsVectorLayer(parameters, LEVEL_PARAMS[level.id], context)
        if layer is None:
            continue
        try:
            mapping = mapping_for(layer, level.id, mappings.get(level.id))
        except MappingError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(tr("{0}: layer {1}, key {2}, name {3}, parent {4} ({5})").format(
            level.label_de, layer.name(), mapping.key_field, mapping.name_field or "–",
            mapping.parent_field or "–", mapping.schema))
        try:
            level_units, level_findings = read_units(layer, mapping, crs_authid, feedback)
        except MappingError as err:
            raise QgsProcessingException(str(err)) from err
        units[level.id] = level_units
        findings.extend(level_findings)
        layers[level.id] = (layer, mapping)
    if not units:
        raise QgsProcessingException(tr("Give at least one layer of the hierarchy."))
    return units, findings, layers
