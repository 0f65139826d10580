"""Parameters shared by the district-hierarchy algorithms: the city profile and the layers of its levels.

Any city: ``CITY`` names a city profile (built-in id or a profile JSON), ``LAYERS`` takes the layers of
its levels, each recognised by the profile's field layouts (or named in ``MAPPINGS``). Stuttgart's
levels also have a parameter each (``STADTTEIL``, …), as before.
"""

import json
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import SOURCE_POLYGON
from ..core.hierarchy import LEVELS, LevelMapping
from ..storage.project_state import cities
from ..translation import tr

LEVEL_PARAMS = {level.id: level.id.upper() for level in LEVELS}


def city_choices():
    """The ids of the city profiles on offer (core.cities.CITIES with the built-in ones), comma-separated."""
    return ", ".join(cities().names())


def add_level_parameters(algorithm):
    city = QgsProcessingParameterString(
        "CITY", tr("City profile ({0}, or the path of a profile JSON; empty: the project's)").format(city_choices()),
        optional=True)
    city.setHelp(tr("The city profiles on offer: {0}.").format(
        "; ".join(label for _id, label in cities().choices())))
    algorithm.addParameter(city)
    algorithm.addParameter(QgsProcessingParameterMultipleLayers(
        "LAYERS", tr("Layers of the city's levels (recognised by the city profile, or named in the field "
                     "mapping)"), SOURCE_POLYGON, optional=True))
    for level in LEVELS:
        algorithm.addParameter(QgsProcessingParameterVectorLayer(
            LEVEL_PARAMS[level.id], tr("Stuttgart: {0}").format(tr(level.label)), [SOURCE_POLYGON], optional=True))


def city_from_parameters(algorithm, parameters, context):
    """The city profile of the CITY parameter, else the project's (Stuttgart's by default)."""
    from ..core.city_profile import CityProfileError
    from ..storage.project_state import builtin_city

    name = algorithm.parameterAsString(parameters, "CITY", context).strip()
    try:
        return builtin_city(name) if name else algorithm.city_or_default(context)
    except CityProfileError as err:
        raise QgsProcessingException(tr("City profile: {0}").format(err)) from err


def parse_mappings(text, city=None):
    """({level: LevelMapping}, {level: layer name}) from the MAPPINGS parameter (JSON; empty: recognise)."""
    if not text or not text.strip():
        return {}, {}
    try:
        data = json.loads(text)
    except ValueError as err:
        raise QgsProcessingException(tr("The field mapping is not valid JSON of the form "
                                        '{{"stadtteil": {{"key_field": "…", "name_field": "…", '
                                        '"parent_field": "…"}}}}: {0}').format(err)) from err
    if not isinstance(data, dict) or not all(isinstance(m, dict) for m in data.values()):
        raise QgsProcessingException(tr('The field mapping must map each level to its fields, e.g. '
                                        '{{"stadtteil": {{"key_field": "…"}}}}.'))
    known = city.level_ids if city is not None else [level.id for level in LEVELS]
    mappings, layer_names = {}, {}
    for level_id, entry in data.items():
        if level_id not in known:
            raise QgsProcessingException(tr("The field mapping names the level {0}, which the city profile {1} "
                                            "does not have; its levels are: {2}").format(
                level_id, city.name if city is not None else "Stuttgart", ", ".join(known)))
        try:
            mappings[level_id] = LevelMapping.from_dict(dict(entry, level=level_id), levels=known)
        except (ValueError, TypeError) as err:
            raise QgsProcessingException(tr("Field mapping of {0}: {1}").format(level_id, err)) from err
        if entry.get("layer"):
            layer_names[level_id] = str(entry["layer"])
    return mappings, layer_names


def _named(layer, name):
    source = layer.source().split("|")[0]
    return name in (layer.name(), layer.id(), source, os.path.basename(source),
                    os.path.splitext(os.path.basename(source))[0])


def assign_layers(algorithm, parameters, context, city, mappings, layer_names):
    """{level id: layer}: Stuttgart's level parameters, then each of LAYERS by name or by its fields."""
    from ..layers.unit_reader import field_names, first_row

    assigned = {}
    for level in LEVELS:
        layer = algorithm.parameterAsVectorLayer(parameters, LEVEL_PARAMS[level.id], context)
        if layer is None:
            continue
        if level.id not in city.level_ids:
            raise QgsProcessingException(tr("{0} is a level of Stuttgart; the city profile {1} has the levels {2}: "
                                            "give its layers as LAYERS.").format(
                level.id.upper(), city.name, ", ".join(city.level_ids)))
        assigned[level.id] = layer
    for layer in algorithm.parameterAsLayerList(parameters, "LAYERS", context):
        level_id = next((lid for lid, name in layer_names.items() if _named(layer, name)), None)
        if level_id is None:
            detected = city.detect_mapping(field_names(layer), None, first_row(layer))
            if detected is None:
                raise QgsProcessingException(tr(
                    "Layer {0} fits none of the levels of the city profile {1} ({2}); name its level in the field "
                    'mapping, e.g. {{"{3}": {{"layer": "{0}", "key_field": "…", "name_field": "…"}}}}.').format(
                    layer.name(), city.name, ", ".join(city.level_ids), city.level_ids[-1]))
            level_id = detected.level
        if level_id in assigned:
            raise QgsProcessingException(tr("Two layers for the level {0}: {1} and {2}.").format(
                city.level(level_id).label_de, assigned[level_id].name(), layer.name()))
        assigned[level_id] = layer
    return assigned


def read_levels(algorithm, parameters, context, feedback, mappings, crs_authid, city=None, layer_names=None):
    """{level: [Unit]}, the layer findings and {level: (layer, mapping)} for every level layer given."""
    from ..layers.unit_reader import MappingError, mapping_for, read_units

    city = city or city_from_parameters(algorithm, parameters, context)
    assigned = assign_layers(algorithm, parameters, context, city, mappings, layer_names or {})
    units, findings, layers = {}, [], {}
    for level in city.tree:
        layer = assigned.get(level.id)
        if layer is None:
            continue
        try:
            mapping = mapping_for(layer, level.id, mappings.get(level.id), city)
        except MappingError as err:
            raise QgsProcessingException(str(err)) from err
        feedback.pushInfo(tr("{0}: layer {1}, key {2}, name {3}, parent {4} ({5})").format(
            level.label_de, layer.name(), mapping.key_field, mapping.name_field or "–",
            mapping.parent_field or (tr("first {0} characters of the key").format(mapping.parent_prefix)
                                     if mapping.parent_prefix else "–"), mapping.schema))
        try:
            level_units, level_findings = read_units(layer, mapping, crs_authid, feedback, context.transformContext())
        except MappingError as err:
            raise QgsProcessingException(str(err)) from err
        units[level.id] = level_units
        findings.extend(level_findings)
        layers[level.id] = (layer, mapping)
    if not units:
        raise QgsProcessingException(tr("Give at least one layer of the hierarchy."))
    return units, findings, layers
