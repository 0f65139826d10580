"""The one place where QGIS versions differ: enums and field types by name, 3.22 to 3.44 and QGIS 4.

QGIS moved most enums from their classes into ``Qgis`` (``QgsProcessing.TypeVectorPolygon`` became
``Qgis.ProcessingSourceType.VectorPolygon`` in 3.36) and QGIS 4 drops the old unscoped names. Each
constant below is the scoped form the running QGIS has: the ``Qgis`` enum where it exists, otherwise the
class's own scoped enum (which 3.22's PyQt5 understands too). The rest of the plugin imports these
names and never spells a version-specific enum itself; tests/qgis/test_qt6_readiness.py keeps it so.
"""

from qgis.core import (
    Qgis,
    QgsFeatureRequest,
    QgsLayoutItem,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutMultiFrame,
    QgsLayoutRenderContext,
    QgsLayoutTable,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsProcessing,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsRenderContext,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsWkbTypes,
)

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT if hasattr(Qgis, "QGIS_VERSION_INT") else Qgis.versionInt()


def _member(new, old):
    """``new`` = (Qgis enum name, member) if the running QGIS has it; else ``old`` = (class, enum, member)."""
    enum_name, member = new
    scoped = getattr(Qgis, enum_name, None)
    if scoped is not None and hasattr(scoped, member):
        return getattr(scoped, member)
    owner, old_enum, old_member = old
    return getattr(getattr(owner, old_enum), old_member)


# Processing
SOURCE_VECTOR = _member(("ProcessingSourceType", "Vector"), (QgsProcessing, "SourceType", "TypeVector"))
SOURCE_POLYGON = _member(("ProcessingSourceType", "VectorPolygon"),
                         (QgsProcessing, "SourceType", "TypeVectorPolygon"))
SOURCE_POINT = _member(("ProcessingSourceType", "VectorPoint"), (QgsProcessing, "SourceType", "TypeVectorPoint"))
FIELD_NUMERIC = _member(("ProcessingFieldParameterDataType", "Numeric"),
                        (QgsProcessingParameterField, "DataType", "Numeric"))
NUMBER_INTEGER = _member(("ProcessingNumberParameterType", "Integer"),
                         (QgsProcessingParameterNumber, "Type", "Integer"))
NUMBER_DOUBLE = _member(("ProcessingNumberParameterType", "Double"), (QgsProcessingParameterNumber, "Type", "Double"))

# Geometry and features
WKB_NO_GEOMETRY = _member(("WkbType", "NoGeometry"), (QgsWkbTypes, "Type", "NoGeometry"))
WKB_MULTIPOLYGON = _member(("WkbType", "MultiPolygon"), (QgsWkbTypes, "Type", "MultiPolygon"))
GEOMETRY_POLYGON = _member(("GeometryType", "Polygon"), (QgsWkbTypes, "GeometryType", "PolygonGeometry"))
GEOMETRY_POINT = _member(("GeometryType", "Point"), (QgsWkbTypes, "GeometryType", "PointGeometry"))
GEOMETRY_NULL = _member(("GeometryType", "Null"), (QgsWkbTypes, "GeometryType", "NullGeometry"))
REQUEST_NO_GEOMETRY = _member(("FeatureRequestFlag", "NoGeometry"), (QgsFeatureRequest, "Flag", "NoGeometry"))

# Layouts and rendering
LAYOUT_MM = _member(("LayoutUnit", "Millimeters"), (QgsUnitTypes, "LayoutUnit", "LayoutMillimeters"))
DISTANCE_KM = _member(("DistanceUnit", "Kilometers"), (QgsUnitTypes, "DistanceUnit", "DistanceKilometers"))
TEXT_ALWAYS_TEXT = _member(("TextRenderFormat", "AlwaysText"),
                           (QgsRenderContext, "TextRenderFormat", "TextFormatAlwaysText"))
LAYOUT_ANTIALIASING = _member(("LayoutRenderFlag", "Antialiasing"),
                              (QgsLayoutRenderContext, "Flag", "FlagAntialiasing"))
LABEL_OVER_POINT = _member(("LabelPlacement", "OverPoint"), (QgsPalLayerSettings, "Placement", "OverPoint"))
SCALEBAR_FIT_WIDTH = _member(("ScaleBarSegmentSizeMode", "FitWidth"),
                             (QgsScaleBarSettings, "SegmentSizeMode", "SegmentSizeFitWidth"))
ATLAS_SCALING_AUTO = _member(("AtlasScalingMode", "Auto"), (QgsLayoutItemMap, "AtlasScalingMode", "Auto"))
NORTH_GRID = _member(("PictureNorthMode", "GridNorth"), (QgsLayoutItemPicture, "NorthMode", "GridNorth"))
LOWER_LEFT = _member(("LayoutReferencePoint", "LowerLeft"), (QgsLayoutItem, "ReferencePoint", "LowerLeft"))
MULTIFRAME_REPEAT = _member(("LayoutMultiFrameResizeMode", "RepeatUntilFinished"),
                            (QgsLayoutMultiFrame, "ResizeMode", "RepeatUntilFinished"))
TABLE_SHOW_MESSAGE = _member(("LayoutTableEmptyMode", "ShowMessage"),
                             (QgsLayoutTable, "EmptyTableMode", "ShowMessage"))
# the attribute table's sources stay in their class up to 3.44
TABLE_LAYER_ATTRIBUTES = QgsLayoutItemAttributeTable.ContentSource.LayerAttributes
TABLE_RELATION_CHILDREN = QgsLayoutItemAttributeTable.ContentSource.RelationChildren
LEGEND_TITLE = _member(("LegendComponent", "Title"), (QgsLegendStyle, "Style", "Title"))
LEGEND_GROUP = _member(("LegendComponent", "Group"), (QgsLegendStyle, "Style", "Group"))
LEGEND_SUBGROUP = _member(("LegendComponent", "Subgroup"), (QgsLegendStyle, "Style", "Subgroup"))
LEGEND_SYMBOL_LABEL = _member(("LegendComponent", "SymbolLabel"), (QgsLegendStyle, "Style", "SymbolLabel"))
LEGEND_HIDDEN = _member(("LegendComponent", "Hidden"), (QgsLegendStyle, "Style", "Hidden"))


def qt_class(name):
    """A Qt class that Qt 6 moved from QtWidgets to QtGui (``QAction``, ``QShortcut``, ``QActionGroup``)."""
    from qgis.PyQt import QtGui, QtWidgets

    found = getattr(QtGui, name, None)
    return found if found is not None else getattr(QtWidgets, name)


def layer_filter(name):
    """A QgsMapLayerComboBox filter (``PolygonLayer``, ``VectorLayer``…): Qgis.LayerFilter from 3.34 on."""
    from qgis.core import QgsMapLayerProxyModel

    scoped = getattr(Qgis, "LayerFilter", None)
    if scoped is not None:
        return getattr(scoped, name)
    return getattr(QgsMapLayerProxyModel.Filter, name)


def field_type(kind):
    """QgsField's type: QMetaType from 3.38 on (the only form on Qt 6), QVariant before."""
    from qgis.PyQt.QtCore import QMetaType, QVariant

    if QGIS_VERSION_INT >= 33800:
        return {"string": QMetaType.Type.QString, "integer": QMetaType.Type.LongLong,
                "real": QMetaType.Type.Double}[kind]
    old = QVariant.Type  # noqa: QGS402 - QGIS 3.22 to 3.36 take only QVariant types
    return {"string": old.String, "integer": old.LongLong, "real": old.Double}[kind]


def pdf_text_as_text(settings):
    """Keep text as text in a PDF export (3.40+ otherwise writes outlines: unsearchable, unreadable)."""
    if hasattr(settings, "textRenderFormat"):
        settings.textRenderFormat = TEXT_ALWAYS_TEXT
    return settings


def set_label_font(item, font, color):
    """Font and colour of a QgsLayoutItemLabel: a QgsTextFormat from 3.24 on (setFont is deprecated)."""
    if hasattr(item, "setTextFormat"):
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        text_format.setColor(color)
        item.setTextFormat(text_format)
    else:  # QGIS 3.22
        item.setFont(font)
        item.setFontColor(color)


def parameter_as_strings(algorithm, parameters, name, context):
    """A multiple field parameter's names: parameterAsStrings from 3.32 on (parameterAsFields deprecated)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)
