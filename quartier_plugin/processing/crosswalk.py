"""Processing algorithm ``quartier:crosswalk``: move counts between units that do not nest."""

from qgis.core import (
    QgsField,
    QgsFields,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorLayer,
)

from ..compat import FIELD_NUMERIC, SOURCE_POLYGON, parameter_as_strings
from ..core.aggregation import to_number
from ..core.formatting import number
from ..storage.fields import real_field_type, string_field_type, value_or_none
from ..translation import text_language, tr
from .base import QuartierAlgorithm
from .need_index import add_plausibility_parameters, handle_findings
from .sinks import Sink
from .unit_inputs import add_population_parameters, population_cells, read_units, require_fields


class Crosswalk(QuartierAlgorithm):
    ALGORITHM_ID = "crosswalk"
    GROUP_ID = "hierarchy"

    def displayName(self):  # noqa: N802
        return tr("Crosswalk counts between units")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Moves count fields from source units to target units that do not nest in them (e.g. from "
            "Stadtteile to Planungsräume). Without a population layer, counts are split by shared area; "
            "with one (grid cells or points with residents), by the residents in the shared part, falling "
            "back to area for source units with no residents. The totals are kept. The output holds the "
            "target units with the moved counts and the method used (field crosswalk_method). Count fields must be "
            "numeric fields; no-data codes nobody declared, negative counts and infinite numbers stop the run with "
            "a list (IMPLAUSIBLE = 0) or are excluded as missing (IMPLAUSIBLE = 1). Units without geometry are "
            "named and left out, invalid geometries are named and a repaired copy is used (the layers are not "
            "changed)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "SOURCE", tr("Source units with counts"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            "SOURCE_KEY", tr("Source key field"), parentLayerParameterName="SOURCE"))
        self.addParameter(QgsProcessingParameterField(
            "FIELDS", tr("Count fields to move"), parentLayerParameterName="SOURCE", allowMultiple=True,
            type=FIELD_NUMERIC))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "TARGET", tr("Target units"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField(
            "TARGET_KEY", tr("Target key field"), parentLayerParameterName="TARGET"))
        add_population_parameters(self)
        self.add_working_crs_parameter()
        add_plausibility_parameters(self, extreme=False)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Target units with counts")))

    def check_values(self, parameters, context):
        ok, message = super().check_values(parameters, context)
        if not ok:
            return ok, message
        message = self._field_problem(parameters, context)
        return (False, message) if message else (True, "")

    def _field_problem(self, parameters, context):
        """A sentence naming a key field a layer lacks (and the fields it has), or a count field that is not
        numeric; else ""."""
        from ..layers.area_data_reader import field_problem

        source = self.parameterAsVectorLayer(parameters, "SOURCE", context)
        target = self.parameterAsVectorLayer(parameters, "TARGET", context)
        population = self.parameterAsVectorLayer(parameters, "POPULATION", context)
        checks = [(source, self.parameterAsString(parameters, "SOURCE_KEY", context), False),
                  (target, self.parameterAsString(parameters, "TARGET_KEY", context), False)]
        checks += [(source, f, True) for f in parameter_as_strings(self, parameters, "FIELDS", context)]
        if population is not None:
            checks.append((population, self.parameterAsString(parameters, "POPULATION_FIELD", context), True))
        for layer, name, numeric in checks:
            message = field_problem(layer, name, numeric=numeric, what=tr("counts"))
            if message:
                return message
        return ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..core import crosswalk
        from ..core.plausibility import check_records, exclude_records

        require_fields(self, parameters, context)
        source = self.parameterAsVectorLayer(parameters, "SOURCE", context)
        target = self.parameterAsVectorLayer(parameters, "TARGET", context)
        source_key = self.parameterAsString(parameters, "SOURCE_KEY", context)
        target_key = self.parameterAsString(parameters, "TARGET_KEY", context)
        fields = parameter_as_strings(self, parameters, "FIELDS", context)
        crs = self.working_crs(parameters, context)
        feedback.pushInfo(tr("Reading units…"))
        transforms = context.transformContext()
        src, src_features = read_units(feedback, source, source_key, crs, tr("Source units {0}").format(
            source.name()), transform_context=transforms)
        tgt, tgt_features = read_units(feedback, target, target_key, crs, tr("Target units {0}").format(
            target.name()), transform_context=transforms)
        population, pop_field, cells = population_cells(self, parameters, context, crs)
        if population is not None:
            weights = crosswalk.population_weights(src, tgt, cells)
            method = tr("population-weighted ({0}.{1})").format(population.name(), pop_field)
        else:
            weights = crosswalk.area_weights(src, tgt)
            method = tr("area-weighted")
        fallbacks = [s for s, m in weights.method.items() if m == crosswalk.AREA_FALLBACK]
        if fallbacks:
            feedback.pushWarning(tr("{0} source units have no residents in the population layer and were split "
                                    "by area: {1}").format(len(fallbacks), ", ".join(fallbacks[:20])))
            method += " " + tr("(area for {0} units without residents)").format(len(fallbacks))
        if weights.unallocated:
            feedback.reportError(tr("{0} source units touch no target unit; their counts are not moved: {1}").format(
                len(weights.unallocated), ", ".join(weights.unallocated[:20])))
        # plausibility before moving: stop, or exclude the implausible counts (then missing)
        keys = list(src_features)
        records = [dict({"key": str(value_or_none(src_features[k][source_key]))},
                        **{f: value_or_none(src_features[k][f]) for f in fields}) for k in keys]
        findings = check_records(records, "key", fields)
        handle_findings(self, parameters, context, feedback, findings, lambda found: exclude_records(records, found))
        values = {k: {f: to_number(r[f]) for f in fields} for k, r in zip(keys, records)}
        moved = crosswalk.apply_weights(values, weights, fields)

        out_fields = QgsFields(target.fields())
        for f in fields:
            out_fields.append(QgsField(f if out_fields.indexOf(f) < 0 else f + "_cw", real_field_type()))
        out_fields.append(QgsField("crosswalk_method", string_field_type()))
        sink = Sink(self, parameters, context, "OUTPUT", out_fields, target.wkbType(), target.crs())
        for key, feature in tgt_features.items():
            row = moved.get(key, dict.fromkeys(fields, 0.0))
            sink.add(list(feature.attributes()) + [row[f] for f in fields] + [method], feature.geometry())
        for f in fields:
            total_in = sum(v[f] for v in values.values() if v[f] is not None)
            total_out = sum(r[f] for r in moved.values() if r[f] is not None)
            language = text_language()
            feedback.pushInfo(tr("{0}: {1} in, {2} out").format(f, number(total_in, language, 2),
                                                                number(total_out, language, 2)))
        return {"OUTPUT": sink.dest}
