"""Processing algorithm ``quartier:need_index``: the need index of a method preset for each area.

The inputs it shares with robustness and area types are in :mod:`.indicator_inputs`, its table in
:mod:`.need_index_table`, the plausibility parameters in :mod:`.plausibility_params` (all importable from here).
"""

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
)

from ..compat import WKB_NO_GEOMETRY
from ..core.limits import DEFAULT_Z_LIMIT  # noqa: F401 - importable from here as before
from ..translation import tr
from .indicator_inputs import (  # noqa: F401 - importable from here as before
    IndicatorAlgorithm,
    add_input_parameters,
    check_input_parameters,
    compute_from_parameters,
    key_field_name,
    load_method,
    parents_from_parameters,
)
from .method_param import help_text
from .need_index_table import result_fields, result_row_blocks, result_rows  # noqa: F401
from .plausibility_params import (  # noqa: F401 - importable from here as before
    EXCLUDE,
    STOP,
    add_findings_parameter,
    add_plausibility_parameters,
    extreme_limit,
    finding_message,
    handle_findings,
    write_findings,
)
from .sinks import Sink


class NeedIndex(IndicatorAlgorithm):
    ALGORITHM_ID = "need_index"
    METHOD_CHOICES = True

    def displayName(self):  # noqa: N802
        return tr("Need index")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Computes the social need index of a method preset for each area: indicator values from "
            "numerators and denominators, small-area suppression (areas under the resident threshold and "
            "listed outliers are not scored and show no values), normalisation, weights, aggregation over "
            "sub-indices, classes and ranks, and a rating ++ + o - -- of each indicator against the city value. "
            "NORMALISATION and CLASSIFICATION (with CLASSES or BREAKS) replace the method's normalisation of every "
            "indicator and the classes of its main index. "
            "The input may be a layer or a table (e.g. a CSV); a long table with a year field is cut to the "
            "method's year or YEAR. The output keeps the key (and the geometry, if any) and adds per index "
            "ID, ID_rank, ID_class, per indicator ID_value, ID_norm, ID_rating, and scored. "
            "Before anything is computed the input numbers are checked: no-data codes nobody declared, negative "
            "counts, shares outside 0–100, parts above their totals, infinite numbers and extreme values (robust z "
            "above EXTREME_Z) stop the run with a list (IMPLAUSIBLE = 0) or are excluded as missing "
            "(IMPLAUSIBLE = 1); FINDINGS lists them. Rows without a key are left out and named."
        ) + " " + help_text()

    def add_parameters(self):
        self.addParameter(QgsProcessingParameterField(
            "NAME_FIELD", tr("Name field (optional: written after the key)"), parentLayerParameterName="INPUT",
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Need index")))
        add_findings_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("SCORED", tr("Scored areas")))
        self.add_workspace_parameter()
        self.addOutput(QgsProcessingOutputString("WARNINGS", tr("Warnings")))
        self.addOutput(QgsProcessingOutputNumber("DROPPED_ROWS", tr("Rows left out (no key)")))
        self.addOutput(QgsProcessingOutputNumber("IMPLAUSIBLE_CELLS", tr("Implausible cells (excluded)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        run = self.run_method(parameters, context, feedback, push_warnings=False)
        preset, layer, key_field, read, result = run.preset, run.layer, run.key_field, run.read, run.result
        key_name = key_field_name(layer, key_field)
        fields = result_fields(preset, result, key_name, read.name_field)
        has_geometry = layer.isSpatial() and read.year is None
        wkb = layer.wkbType() if has_geometry else WKB_NO_GEOMETRY
        sink = Sink(self, parameters, context, "OUTPUT", fields, wkb, layer.sourceCrs())
        geometries = None
        if has_geometry:
            request = QgsFeatureRequest().setFilterFids(read.feature_ids).setNoAttributes()
            by_fid = {f.id(): f.geometry() for f in layer.getFeatures(request)}
            geometries = [by_fid.get(fid) for fid in read.feature_ids]
        start = 0
        for block in result_row_blocks(preset, result, read.names, run.city.share_decimals):
            sink.add_rows(block, geometries[start:start + len(block)] if geometries is not None else None)
            start += len(block)
            if feedback.isCanceled():
                return {}
            feedback.setProgress(100 * start / max(len(read.feature_ids), 1))
        scored = int(result.scored.sum())
        feedback.pushInfo(tr("{0} of {1} areas scored.").format(scored, len(result.keys)))
        out = {"OUTPUT": sink.dest, "SCORED": scored, "WARNINGS": "\n".join(run.warnings),
               "DROPPED_ROWS": len(read.dropped), "IMPLAUSIBLE_CELLS": len(read.findings)}
        findings = write_findings(self, parameters, context, read.findings)
        if findings is not None:
            out["FINDINGS"] = findings
        return out
