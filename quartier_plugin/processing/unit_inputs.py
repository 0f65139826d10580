"""Inputs the area algorithms share: the optional population layer (grid cells or points with residents) and
units read by key with their geometry problems named (quartier:crosswalk, quartier:renewal_overlay)."""

from qgis.core import QgsProcessingException, QgsProcessingParameterField, QgsProcessingParameterVectorLayer

from ..compat import FIELD_NUMERIC, SOURCE_POINT, SOURCE_POLYGON
from ..translation import tr


def add_population_parameters(algorithm):
    """POPULATION (grid cells or points, optional) and its POPULATION_FIELD of residents."""
    algorithm.addParameter(QgsProcessingParameterVectorLayer(
        "POPULATION", tr("Population layer (grid cells or points, optional)"),
        [SOURCE_POLYGON, SOURCE_POINT], optional=True))
    algorithm.addParameter(QgsProcessingParameterField(
        "POPULATION_FIELD", tr("Residents field"), parentLayerParameterName="POPULATION", optional=True,
        type=FIELD_NUMERIC))


def population_cells(algorithm, parameters, context, crs):
    """(layer, residents field, [(shape, residents)] in ``crs``) of POPULATION, or (None, "", None) without one."""
    from ..layers.geometry_reader import shapes_with_values

    layer = algorithm.parameterAsVectorLayer(parameters, "POPULATION", context)
    if layer is None:
        return None, "", None
    field = algorithm.parameterAsString(parameters, "POPULATION_FIELD", context)
    if not field:
        raise QgsProcessingException(tr("Choose the residents field of the population layer."))
    return layer, field, shapes_with_values(layer, field, crs, context.transformContext())


def read_units(feedback, layer, key_field, crs, what, repair=True, transform_context=None):
    """({key: shape in ``crs``}, {key: feature}) of ``layer``; units without geometry and invalid ones are
    named first (``what``: how the messages call the layer; ``transform_context``: the run's)."""
    from ..layers.area_data_reader import report_geometry_problems
    from ..layers.geometry_reader import shapes_by_key

    report_geometry_problems(feedback, layer, key_field, what)
    return shapes_by_key(layer, key_field, crs, feedback, repair=repair, transform_context=transform_context)


def require_fields(algorithm, parameters, context):
    """Stop with the sentence of ``algorithm._field_problem`` (a missing or non-numeric field): check_values says
    it in the dialog, a model or a script gets it here."""
    message = algorithm._field_problem(parameters, context)
    if message:
        raise QgsProcessingException(message)


def add_area_parameters(algorithm, name_description):
    """AREAS with its AREA_KEY and an optional AREA_NAME (described by ``name_description``)."""
    from ..compat import SOURCE_VECTOR

    algorithm.addParameter(QgsProcessingParameterVectorLayer("AREAS", tr("Areas"), [SOURCE_VECTOR]))
    algorithm.addParameter(QgsProcessingParameterField("AREA_KEY", tr("Key field of the areas"),
                                                       parentLayerParameterName="AREAS"))
    algorithm.addParameter(QgsProcessingParameterField("AREA_NAME", name_description,
                                                       parentLayerParameterName="AREAS", optional=True))


def area_field_problem(algorithm, parameters, context):
    """A sentence when AREAS lacks the AREA_KEY or AREA_NAME named; else ""."""
    from ..layers.area_data_reader import field_problem

    areas = algorithm.parameterAsVectorLayer(parameters, "AREAS", context)
    return field_problem(areas, algorithm.parameterAsString(parameters, "AREA_KEY", context)) or field_problem(
        areas, algorithm.parameterAsString(parameters, "AREA_NAME", context))
