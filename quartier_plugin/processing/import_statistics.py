"""Processing algorithm ``quartier:import_statistics``: join a statistics office's CSV to the areas."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import SOURCE_VECTOR
from ..core.keys import normalise_key
from ..storage.fields import real_field_type, string_field_type
from ..translation import tr
from .base import QuartierAlgorithm

ENCODINGS = ("", "utf-8", "utf-8-sig", "cp1252", "latin-1")
DELIMITERS = ("", ";", ",", "\t")
DECIMALS = ("", ",", ".")


def _first(items, n=30):
    return ", ".join(map(str, items[:n])) + (" …" if len(items) > n else "")


class ImportStatistics(QuartierAlgorithm):
    ALGORITHM_ID = "import_statistics"
    GROUP_ID = "indicators"

    def displayName(self):  # noqa: N802
        return tr("Import statistics table")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Joins a CSV file as statistics offices publish it to the areas: UTF-8, UTF-8 with BOM or "
            "Latin-1/cp1252 (detected, or chosen), separated by ; or , or tabs, with decimal commas and "
            "thousands separators; #DIV/0!, ., -, x, k.A. and empty cells become NULL. Keys are matched after "
            "normalising leading zeros and type (\"0101\" = 101). Numeric columns become numbers, the others "
            "stay text. The join report lists matched keys, keys found on one side only, and duplicates."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("AREAS", tr("Areas"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterField("AREA_KEY", tr("Key field of the areas"),
                                                      parentLayerParameterName="AREAS"))
        self.addParameter(QgsProcessingParameterFile("TABLE", tr("Statistics table (CSV)"), extension="csv"))
        self.addParameter(QgsProcessingParameterString("TABLE_KEY", tr("Key column of the table")))
        self.addParameter(QgsProcessingParameterString(
            "COLUMNS", tr("Columns to take (separated by ;, empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "ENCODING", tr("Encoding"), options=[tr("detect")] + list(ENCODINGS[1:]), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "DELIMITER", tr("Separator"), options=[tr("detect"), ";", ",", tr("tab")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "DECIMAL", tr("Decimal separator"), options=[tr("detect"), ",", "."], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Areas with statistics")))
        self.addOutput(QgsProcessingOutputString("REPORT", tr("Join report")))

    def check_values(self, parameters, context):
        from ..core.statistics_import import StatisticsImportError, read_csv

        ok, message = super().check_values(parameters, context)
        if not ok:
            return ok, message
        try:
            table = self._read(parameters, context, read_csv)
        except StatisticsImportError as err:
            return False, tr("The table cannot be read: {0}").format(err)
        key = self.parameterAsString(parameters, "TABLE_KEY", context)
        if key not in table.columns:
            return False, tr("The table has no column {0}; it has: {1}").format(key, ", ".join(table.columns))
        for column in self._columns(parameters, context, table):
            if column not in table.columns:
                return False, tr("The table has no column {0}; it has: {1}").format(column, ", ".join(table.columns))
        return True, ""

    def _read(self, parameters, context, read_csv):
        return read_csv(self.parameterAsFile(parameters, "TABLE", context),
                        encoding=ENCODINGS[self.parameterAsEnum(parameters, "ENCODING", context)] or None,
                        delimiter=DELIMITERS[self.parameterAsEnum(parameters, "DELIMITER", context)] or None,
                        decimal=DECIMALS[self.parameterAsEnum(parameters, "DECIMAL", context)] or None)

    def _columns(self, parameters, context, table):
        text = self.parameterAsString(parameters, "COLUMNS", context)
        key = self.parameterAsString(parameters, "TABLE_KEY", context)
        wanted = [c.strip() for c in text.split(";") if c.strip()] if text else table.columns
        return [c for c in wanted if c != key]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.statistics_import import join_report, read_csv

        table = self._read(parameters, context, read_csv)
        areas = self.parameterAsVectorLayer(parameters, "AREAS", context)
        area_key = self.parameterAsString(parameters, "AREA_KEY", context)
        table_key = self.parameterAsString(parameters, "TABLE_KEY", context)
        columns = self._columns(parameters, context, table)
        feedback.pushInfo(tr("Read {0} rows: encoding {1}, separator {2!r}, decimal separator {3!r}.").format(
            len(table.rows), table.encoding, table.delimiter, table.decimal))
        numeric = set(table.numeric_columns())
        report = join_report(table.column_values(table_key), [f[area_key] for f in areas.getFeatures()])
        by_key = {}
        for row in table.rows:
            k = normalise_key(row.get(table_key))
            if k is not None and k not in by_key:
                by_key[k] = row
        fields = QgsFields(areas.fields())
        out_names = []
        for c in columns:
            name = c if fields.indexOf(c) < 0 else c + "_stat"
            fields.append(QgsField(name, real_field_type() if c in numeric else string_field_type()))
            out_names.append(name)
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, areas.wkbType(), areas.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for feature in areas.getFeatures():
            row = by_key.get(normalise_key(feature[area_key]), {})
            values = [table.number(row.get(c)) if c in numeric else row.get(c) for c in columns]
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + values)
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        lines = [
            tr("Matched: {0}").format(len(report.matched)),
            tr("Only in the table ({0}): {1}").format(len(report.only_in_table), _first(report.only_in_table)),
            tr("Only in the areas ({0}): {1}").format(len(report.only_in_areas), _first(report.only_in_areas)),
            tr("Duplicate keys in the table ({0}): {1}").format(len(report.duplicates_in_table),
                                                               _first(report.duplicates_in_table)),
            tr("Duplicate keys in the areas ({0}): {1}").format(len(report.duplicates_in_areas),
                                                               _first(report.duplicates_in_areas)),
            tr("Keys written differently but matched: {0}").format(len(report.respelled)),
            tr("Missing values per column: {0}").format(", ".join(f"{k} {v}" for k, v in table.missing_counts.items())),
        ]
        for line in lines:
            (feedback.pushInfo if report.ok else feedback.pushWarning)(line)
        return {"OUTPUT": dest, "REPORT": "\n".join(lines)}
