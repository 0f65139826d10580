"""Processing algorithm ``quartier:aggregate_counts``: sum counts to the parent level, then shares."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import FIELD_NUMERIC, NUMBER_INTEGER, SOURCE_VECTOR, WKB_NO_GEOMETRY, parameter_as_strings
from ..core.aggregation import aggregate_counts, parse_shares
from ..core.hierarchy import LevelMapping
from ..core.keys import normalise_key
from ..storage.fields import integer_field_type, real_field_type, string_field_type, value_or_none
from ..translation import tr
from .base import QuartierAlgorithm
from .need_index import add_plausibility_parameters, handle_findings
from .sinks import Sink


def _lookup(features, mapping):
    """{child: parent} from the parent field or the nested keys of ``mapping`` (a LevelMapping)."""
    parent_of, labels = {}, {}
    for f in features:
        key = value_or_none(f[mapping.key_field])
        raw_parent = mapping.parent_key(key, f[mapping.parent_field] if mapping.parent_field else None)
        child, parent = normalise_key(key), normalise_key(value_or_none(raw_parent))
        if child is None or parent is None:
            continue
        parent_of[child] = parent
        labels.setdefault(parent, str(raw_parent).strip())
    return parent_of, labels


class AggregateCounts(QuartierAlgorithm):
    ALGORITHM_ID = "aggregate_counts"
    GROUP_ID = "hierarchy"

    def displayName(self):  # noqa: N802
        return tr("Aggregate counts up the hierarchy")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Sums count fields (numerators and denominators) of child units into their parents and then "
            "forms the shares from the sums, e.g. a Stadtbezirk's migration share is the sum of its "
            "Stadtteile' residents with migration background over the sum of their residents. Shares are "
            "never averaged. The child-to-parent link comes from a parent-key field of the input or from a "
            "units layer (e.g. the Stadtteile with their Bezirk key); or everything goes into the whole "
            "city. Shares are given as name=numerator/denominator, separated by semicolons, in percent. "
            "A parent's sum covers the children that report the count; FIELD_n_missing counts the others. "
            "Count fields must be numeric fields. Before summing, the counts are checked: no-data codes nobody "
            "declared (-9999, -1), negative counts, infinite numbers and numerators above their denominators stop "
            "the run with a list (IMPLAUSIBLE = 0) or are excluded as missing (IMPLAUSIBLE = 1)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INPUT", tr("Child counts (layer or table)"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterField(
            "KEY_FIELD", tr("Child key field"), parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterField(
            "COUNT_FIELDS", tr("Count fields to sum"), parentLayerParameterName="INPUT", allowMultiple=True,
            type=FIELD_NUMERIC))
        self.addParameter(QgsProcessingParameterString(
            "SHARES", tr("Shares (name=numerator/denominator; …)"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            "GROUP_BY", tr("Keep separate by (e.g. year)"), parentLayerParameterName="INPUT", allowMultiple=True,
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "PARENT_FIELD", tr("Parent key field in the input"), parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "PARENT_PREFIX", tr("Parent key = the first N characters of the child key (e.g. 6 for Berlin's "
                                "Planungsräume; instead of a parent field)"), NUMBER_INTEGER, optional=True,
            minValue=1))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "UNITS", tr("Child units layer with parent keys (instead of a parent field)"),
            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "TO_CITY", tr("Aggregate to the whole city"), defaultValue=False))
        self.addParameter(QgsProcessingParameterField(
            "POPULATION_FIELD", tr("Residents field (a parent under the city's resident threshold shows no counts)"),
            parentLayerParameterName="INPUT", optional=True, type=FIELD_NUMERIC))
        add_plausibility_parameters(self, extreme=False)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Aggregated counts"), type=SOURCE_VECTOR))

    def check_values(self, parameters, context):
        """Bad input is refused here, before anything runs, with a message for the dialog."""
        ok, message = super().check_values(parameters, context)
        if not ok:
            return ok, message
        try:
            shares = parse_shares(self.parameterAsString(parameters, "SHARES", context))
        except ValueError as err:
            return False, tr("Shares: {0}").format(err)
        message = self._field_problem(parameters, context, shares)
        if message:
            return False, message
        if not (self.parameterAsBool(parameters, "TO_CITY", context)
                or self.parameterAsString(parameters, "PARENT_FIELD", context)
                or parameters.get("PARENT_PREFIX") not in (None, "")
                or self.parameterAsVectorLayer(parameters, "UNITS", context) is not None):
            return False, tr("Give a parent key field, a units layer, or aggregate to the whole city.")
        return True, ""

    def _field_problem(self, parameters, context, shares):
        """A sentence naming a field the input lacks (and the fields it has), or a count field that is not
        numeric (a text field, even the key, is never summed); else ""."""
        from ..layers.area_data_reader import field_problem

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None:
            return ""
        counts = parameter_as_strings(self, parameters, "COUNT_FIELDS", context)
        plain = [self.parameterAsString(parameters, "KEY_FIELD", context),
                 self.parameterAsString(parameters, "PARENT_FIELD", context)]
        plain += parameter_as_strings(self, parameters, "GROUP_BY", context)
        numeric = counts + [f for s in shares for f in (s.numerator, s.denominator)]
        for name in plain:
            message = field_problem(layer, name)
            if message:
                return message
        for name in numeric:
            message = field_problem(layer, name, numeric=True, what=tr("counts"))
            if message:
                return message
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core.plausibility import check_records, exclude_records

        city = self.city_or_default(context)  # once per run: the field layouts and the resident threshold
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        key_field = self.parameterAsString(parameters, "KEY_FIELD", context)
        counts = parameter_as_strings(self, parameters, "COUNT_FIELDS", context)
        groups = parameter_as_strings(self, parameters, "GROUP_BY", context)
        shares = parse_shares(self.parameterAsString(parameters, "SHARES", context))
        message = self._field_problem(parameters, context, shares)  # also inside a model
        if message:
            raise QgsProcessingException(message)
        names = [f.name() for f in layer.fields()]
        parent_of, labels = self._parent_lookup(parameters, context, layer, key_field, city)
        fids, records = [], []
        for f in layer.getFeatures():
            fids.append(f.id())
            records.append({k: value_or_none(v) for k, v in zip(names, f.attributes())})
        # plausibility before summing: stop, or exclude the implausible counts (then missing)
        findings = check_records(records, key_field, counts, [(s.numerator, s.denominator) for s in shares])
        handle_findings(self, parameters, context, feedback, findings, lambda found: exclude_records(records, found))
        no_key = [fid for fid, r in zip(fids, records) if normalise_key(r.get(key_field)) is None]
        result = aggregate_counts(records, key_field, parent_of, counts, shares, groups, parent_labels=labels)
        if result.unmatched:
            feedback.reportError(tr("{0} child keys have no parent and were left out: {1}").format(
                len(result.unmatched), ", ".join(map(str, result.unmatched[:20]))))
        if result.duplicates:
            feedback.reportError(tr("{0} duplicate child rows were left out: {1}").format(
                len(result.duplicates), ", ".join(str(d[0]) for d in result.duplicates[:20])))
        if result.missing_key_rows:
            feedback.reportError(tr("{0} rows without a key were left out (feature ids: {1}).").format(
                result.missing_key_rows, ", ".join(map(str, no_key[:30])) + (" …" if len(no_key) > 30 else "")))
        fields = QgsFields()
        group_types = {f.name(): f.type() for f in layer.fields()}
        for name in result.fields:
            if name == "parent_key":
                fields.append(QgsField(name, string_field_type()))
            elif name in groups:
                fields.append(QgsField(name, group_types[name]))
            elif name == "n_children" or name.endswith("_n_missing"):
                fields.append(QgsField(name, integer_field_type()))
            else:
                fields.append(QgsField(name, real_field_type()))
        sink = Sink(self, parameters, context, "OUTPUT", fields, WKB_NO_GEOMETRY)
        withheld = self._withhold_small_parents(parameters, context, result, groups, city.min_population)
        if withheld:
            feedback.pushWarning(tr("{0} parents under {1:g} residents show no counts (their totals would give a "
                                    "small area away): {2}").format(len(withheld), city.min_population,
                                                                    ", ".join(map(str, withheld[:30]))))
        for row in result.rows:
            sink.add([row[name] for name in result.fields])
        feedback.pushInfo(tr("{0} parent rows written.").format(len(result.rows)))
        return {"OUTPUT": sink.dest}

    def _withhold_small_parents(self, parameters, context, result, groups, threshold):
        """Blank every count and share of a parent under the city's resident threshold (e.g. a parent whose only
        child is small: its total is that child's); returns their keys."""
        population = self.parameterAsString(parameters, "POPULATION_FIELD", context)
        if not population or population not in result.fields:
            return []
        keep = {"parent_key", "n_children"} | set(groups) | {n for n in result.fields if n.endswith("_n_missing")}
        withheld = []
        for row in result.rows:
            residents = row.get(population)
            if residents is None or residents < threshold:
                for name in result.fields:
                    if name not in keep:
                        row[name] = None
                withheld.append(row.get("parent_key"))
        return withheld

    def _parent_lookup(self, parameters, context, layer, key_field, city):
        """{child key: parent key} (normalised) and {parent key: its spelling in the data}."""
        if self.parameterAsBool(parameters, "TO_CITY", context):
            return None, {}
        parent_field = self.parameterAsString(parameters, "PARENT_FIELD", context)
        units = self.parameterAsVectorLayer(parameters, "UNITS", context)
        if parent_field:
            return _lookup(layer.getFeatures(), LevelMapping("", key_field, parent_field=parent_field))
        if parameters.get("PARENT_PREFIX") not in (None, ""):
            prefix = self.parameterAsInt(parameters, "PARENT_PREFIX", context)
            return _lookup(layer.getFeatures(), LevelMapping("", key_field, parent_prefix=prefix))
        if units is not None:
            from ..layers.unit_reader import MappingError, mapping_for

            try:
                mapping = mapping_for(units, city=city)  # the city's own field layouts
            except MappingError as err:
                raise QgsProcessingException(str(err)) from err
            if not (mapping.parent_field or mapping.parent_prefix):
                raise QgsProcessingException(tr("Layer {0} has no parent key field.").format(units.name()))
            return _lookup(units.getFeatures(), mapping)
        raise QgsProcessingException(tr("Give a parent key field, a units layer, or aggregate to the whole city."))
