"""Processing algorithm ``quartier:import_statistics``: join a statistics office's CSV to the areas."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.formatting import short
from ..core.keys import normalise_key
from ..storage.fields import real_field_type, string_field_type
from ..storage.fields import value_or_none as _clean
from ..translation import text_language, tr
from .base import QuartierAlgorithm
from .sinks import Sink
from .unit_inputs import add_area_parameters, area_field_problem

ENCODINGS = ("", "utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16")
DELIMITERS = ("", ";", ",", "\t")
DECIMALS = ("", ",", ".")
HEADERS = (None, True, False)
MAX_LISTED = 30


def _first(items, n=MAX_LISTED):
    return ", ".join(map(str, items[:n])) + (" …" if len(items) > n else "")


class ImportStatistics(QuartierAlgorithm):
    ALGORITHM_ID = "import_statistics"
    GROUP_ID = "indicators"

    def displayName(self):  # noqa: N802
        return tr("Import statistics table")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Joins a CSV file as statistics offices publish it to the areas: UTF-8, UTF-8 with BOM, UTF-16 or "
            "Latin-1/cp1252 (detected, or chosen; a binary file such as an Excel workbook is refused), separated "
            "by ; or , or tabs, with or without a header line, "
            "with decimal commas, thousands separators and percent signs. In numeric columns #DIV/0!, ., -, x, "
            "k.A., empty cells and the no-data codes (e.g. -9999) become NULL, and a cell that is not a number "
            "is named and becomes NULL; text columns keep what is written. When the cells cannot tell the "
            "decimal separator, choose it. Keys are matched by the key (\"0101\" = 101), then by the number in "
            "it (\"STGT01\" = \"01 Altstadt\" = 1), then by name against the key or the name field "
            "(\"Westliche_Höhe\" = \"04 Westliche Höhe\"). A column whose name is taken gets _stat, _stat2, …. "
            "TOTALS (e.g. total = a + b; other = c + d) reports rows whose total differs from the sum of its "
            "parts. The join report lists matched keys, keys found on one side only, and duplicates; a join "
            "that matches nothing is an error. COLUMNS may rename a column on the way (Anteil_2021=sgb2_anteil). "
            "Empty NO_DATA, and a decimal separator the cells cannot tell, take the defaults of the project's "
            "city profile."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add_area_parameters(self, tr("Name field of the areas (optional: keys may also match names)"))
        self.addParameter(QgsProcessingParameterFile("TABLE", tr("Statistics table (CSV)"), extension="csv"))
        self.addParameter(QgsProcessingParameterString("TABLE_KEY", tr("Key column of the table")))
        self.addParameter(QgsProcessingParameterString(
            "COLUMNS", tr("Columns to take (separated by ;, empty = all; column=name renames one)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "ENCODING", tr("Encoding"), options=[tr("detect")] + list(ENCODINGS[1:]), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "DELIMITER", tr("Separator"), options=[tr("detect"), ";", ",", tr("tab")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "DECIMAL", tr("Decimal separator"), options=[tr("detect"), ",", "."], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "HEADER", tr("Header line"), options=[tr("detect"), tr("first line is a header"), tr("no header line")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "COLUMN_NAMES", tr("Column names, in order (separated by ;, optional; the others are column_1, "
                               "column_2, …)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "NO_DATA", tr("No-data codes (separated by ;, e.g. -9999;999999; empty: the city profile's)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "TOTALS", tr("Totals to check (e.g. total = part1 + part2; separated by ;)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Areas with statistics")))
        self.addOutput(QgsProcessingOutputString("REPORT", tr("Join report (counts; the details are in the log)")))

    def check_values(self, parameters, context):
        from ..core.statistics_import import StatisticsImportError, UndecidedDecimal, parse_totals

        ok, message = super().check_values(parameters, context)
        if not ok:
            return ok, message
        message = area_field_problem(self, parameters, context)
        if message:
            return False, message
        try:
            table = self._read(parameters, context)
        except UndecidedDecimal as err:
            return False, self._undecided_message(err)
        except StatisticsImportError as err:
            return False, tr("The table cannot be read: {0}").format(err)
        key = self.parameterAsString(parameters, "TABLE_KEY", context)
        for column in [key] + self._columns(parameters, context, table):
            if column not in table.columns:
                return False, tr("The table has no column {0}; it has: {1}").format(column, ", ".join(table.columns))
        try:
            parse_totals(self.parameterAsString(parameters, "TOTALS", context))
        except StatisticsImportError as err:
            return False, tr("Totals: {0}").format(err)
        return True, ""

    @staticmethod
    def _undecided_message(err):
        return tr("The decimal separator cannot be told from the cells: column {0} has {1!r} (a thousands separator "
                  "or a decimal one?). Choose the decimal separator (parameter “Decimal separator”).").format(
            err.column, err.cell)

    def _read(self, parameters, context):
        from ..core.statistics_import import UndecidedDecimal, parse_columns, parse_list, read_csv

        def text(name):
            return self.parameterAsString(parameters, name, context)

        def choice(name, options):
            return options[self.parameterAsEnum(parameters, name, context)]

        key, columns = text("TABLE_KEY"), [c for c, _name in parse_columns(text("COLUMNS"))]
        city = self.project_city(context)

        def read(decimal):
            return read_csv(self.parameterAsFile(parameters, "TABLE", context),
                            encoding=choice("ENCODING", ENCODINGS) or None,
                            delimiter=choice("DELIMITER", DELIMITERS) or None, decimal=decimal,
                            no_data=parse_list(text("NO_DATA")) or (city.no_data if city is not None else []),
                            header=choice("HEADER", HEADERS),
                            column_names=text("COLUMN_NAMES").split(";") if text("COLUMN_NAMES").strip() else None,
                            take=[key] + columns if columns else None, text_columns=(key,))

        try:
            return read(choice("DECIMAL", DECIMALS) or None)
        except UndecidedDecimal:
            if city is None or not city.decimal:
                raise
            return read(city.decimal)  # the cells cannot tell; the city's statistics office writes this one

    def _columns(self, parameters, context, table):
        return [c for c, _name in self._column_names(parameters, context, table)]

    def _column_names(self, parameters, context, table):
        """[(column, output name)] of the columns to take (all but the key when COLUMNS is empty)."""
        from ..core.statistics_import import parse_columns

        key = self.parameterAsString(parameters, "TABLE_KEY", context)
        wanted = parse_columns(self.parameterAsString(parameters, "COLUMNS", context)) or \
            [(c, c) for c in table.columns]
        return [(c, name) for c, name in wanted if c != key]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.statistics_import import (
            StatisticsImportError,
            UndecidedDecimal,
            check_totals,
            join_report,
            parse_totals,
            unique_field_name,
        )

        try:
            table = self._read(parameters, context)
            totals = parse_totals(self.parameterAsString(parameters, "TOTALS", context))
        except UndecidedDecimal as err:
            raise QgsProcessingException(self._undecided_message(err)) from err
        except StatisticsImportError as err:
            raise QgsProcessingException(tr("The table cannot be read: {0}").format(err)) from err
        message = area_field_problem(self, parameters, context)  # also inside a model
        if message:
            raise QgsProcessingException(message)
        areas = self.parameterAsVectorLayer(parameters, "AREAS", context)
        area_key = self.parameterAsString(parameters, "AREA_KEY", context)
        area_name = self.parameterAsString(parameters, "AREA_NAME", context)
        table_key = self.parameterAsString(parameters, "TABLE_KEY", context)
        columns = self._columns(parameters, context, table)
        lines = [tr("Read {0} rows ({1}): encoding {2}, separator {3!r}, decimal separator {4!r}.").format(
            len(table.rows), tr("with a header line") if table.header else tr("no header line"), table.encoding,
            table.delimiter, table.decimal)]
        warnings = [tr("Line {0}, column {1}: {2!r} is not a number; it is read as missing.").format(*cell)
                    for cell in table.bad_cells[:MAX_LISTED]]
        if len(table.bad_cells) > MAX_LISTED:
            warnings.append(tr("… and {0} more cells that are not numbers.").format(
                len(table.bad_cells) - MAX_LISTED))
        try:
            mismatches = check_totals(table, totals, table_key)
        except StatisticsImportError as err:
            raise QgsProcessingException(tr("Totals: {0}").format(err)) from err
        warnings += [tr("{0}: {1} is {2}, but its parts sum to {3}.").format(
            m.key, m.total_column, short(m.total, text_language()), short(m.parts_sum, text_language()))
            for m in mismatches]

        features = list(areas.getFeatures())
        report = join_report(table.column_values(table_key), [_clean(f[area_key]) for f in features],
                             [_clean(f[area_name]) for f in features] if area_name else None)
        if not report.matched:
            raise QgsProcessingException(tr(
                "No row of the table matches an area. Table keys ({0}): {1}; area keys: {2}. Check the key "
                "column, or give the areas' name field.").format(
                table_key, _first(table.column_values(table_key), 5), _first(report.only_in_areas, 5)))
        numeric = set(table.numeric_columns())
        fields = QgsFields(areas.fields())
        taken = list(fields.names())
        for c, wanted_name in self._column_names(parameters, context, table):
            name = unique_field_name(wanted_name, taken)
            taken.append(name)
            if name != wanted_name:
                lines.append(tr("The column {0} is written as {1} (the name is taken).").format(c, name))
            fields.append(QgsField(name, real_field_type() if c in numeric else string_field_type()))
        sink = Sink(self, parameters, context, "OUTPUT", fields, areas.wkbType(), areas.sourceCrs())
        rows = {}
        for row in table.rows:
            rows.setdefault(normalise_key(row.get(table_key)), row)
        table_key_of = report.table_key_of()
        failed = 0
        for feature in features:
            row = rows.get(table_key_of.get(normalise_key(_clean(feature[area_key]))), {})
            if not sink.write(sink.feature(list(feature.attributes()) + [
                    table.number(row.get(c)) if c in numeric else row.get(c) for c in columns], feature.geometry())):
                failed += 1
        if failed:
            error = sink.last_error()
            raise QgsProcessingException(tr("{0} of {1} areas could not be written to the output. {2}").format(
                failed, len(features), error))
        # each finding goes to the log once: here; REPORT (printed again with the results) only counts them
        for line in lines:
            feedback.pushInfo(line)
        for line in warnings:
            feedback.pushWarning(line)
        for line in self._report_lines(report, table):
            (feedback.pushInfo if report.ok else feedback.pushWarning)(line)
        summary = tr("Matched: {0}; only in the table: {1}; only in the areas: {2}; duplicate keys: {3}; keys written "
                     "differently: {4}; cells that are not numbers: {5}; totals that differ: {6}").format(
            len(report.matched), len(report.only_in_table), len(report.only_in_areas),
            len(report.duplicates_in_table) + len(report.duplicates_in_areas), len(report.respelled),
            len(table.bad_cells), len(mismatches))
        return {"OUTPUT": sink.dest, "REPORT": summary}

    @staticmethod
    def _report_lines(report, table):
        respelled = [f"{a} → {b}" for a, b in report.respelled]
        return [
            tr("Matched: {0} (by key {1}, by number {2}, by name {3})").format(
                len(report.matched), report.matched_by["key"], report.matched_by["number"], report.matched_by["name"]),
            tr("Only in the table ({0}): {1}").format(len(report.only_in_table), _first(report.only_in_table)),
            tr("Only in the areas ({0}): {1}").format(len(report.only_in_areas), _first(report.only_in_areas)),
            tr("Duplicate keys in the table ({0}): {1}").format(len(report.duplicates_in_table),
                                                               _first(report.duplicates_in_table)),
            tr("Duplicate keys in the areas ({0}): {1}").format(len(report.duplicates_in_areas),
                                                               _first(report.duplicates_in_areas)),
            tr("Keys written differently but matched ({0}): {1}").format(len(report.respelled), _first(respelled)),
            tr("Missing values per column: {0}").format(", ".join(f"{k} {v}" for k, v in table.missing_counts.items())),
        ]
