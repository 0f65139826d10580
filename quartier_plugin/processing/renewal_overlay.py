"""Processing algorithm ``quartier:renewal_overlay``: need index x renewal priority areas."""

import gc

from qgis.core import (
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..compat import SOURCE_POLYGON, SOURCE_VECTOR, WKB_NO_GEOMETRY
from ..storage.fields import integer_field_type, real_field_type, string_field_type, value_or_none
from ..translation import tr
from .base import QuartierAlgorithm
from .sinks import Sink
from .unit_inputs import add_population_parameters, population_cells, read_units, require_fields

NEW_FIELDS = (("renewal_share", "real"), ("renewal_m2", "real"), ("residents", "real"), ("residents_share", "real"),
              ("need_level", "int"), ("coverage_level", "int"), ("bivariate", "str"), ("decision_group", "str"),
              ("decision_label", "str"))
TYPES = {"real": real_field_type, "int": integer_field_type, "str": string_field_type}


BATCH = 2000   # output rows written at once


def _pct(x):
    return None if x is None else round(100.0 * x, 4)


def _write(sink, batch):
    """Write the rows of ``batch`` (then emptied) in one call, or raise naming the destination."""
    if batch and not sink.sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
        raise QgsProcessingException(tr("Could not write a row to {0}: {1}").format(sink.dest, sink.last_error()))
    batch.clear()


class RenewalOverlay(QuartierAlgorithm):
    ALGORITHM_ID = "renewal_overlay"
    WORKSPACE_OUTPUT = "OUTPUT"
    MAY_BE_EMPTY = ("RENEWAL",)
    GROUP_ID = "overlay"

    def displayName(self):  # noqa: N802
        return tr("Need x urban renewal areas")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Crosses the social need of each area with the urban-renewal priority areas. The renewal polygons "
            "are repaired and dissolved first, so overlapping polygons count once; all areas are computed in "
            "the working CRS whatever the inputs' CRSs. Per area: the share of its area in renewal areas, and "
            "with a population layer (grid cells or points) the share of its residents; the need level 1-3 from "
            "the index class (mapping class:level; empty = the shipped presets' mapping), the coverage level "
            "1-3 (breaks in percent, default 1;50: none / partly / mostly covered), the bivariate class "
            "\"need-coverage\" and the decision group for the committee: social first (high need, no renewal area), "
            "joint approach (high need and renewal area), renewal without high need. The candidate table lists "
            "these groups sorted by need rank."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            "AREAS", tr("Areas with the need index"), [SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField("KEY_FIELD", tr("Key field"), parentLayerParameterName="AREAS"))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INDEX", tr("Need index table (optional: else the areas hold the class and rank fields)"),
            [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterString(
            "INDEX_KEY", tr("Key field of the need index table"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "CLASS_FIELD", tr("Need class field (e.g. index_class)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "RANK_FIELD", tr("Need rank field (e.g. index_rank)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "NEED_LEVELS", tr("Need levels per class (class:level; …, empty = the presets' mapping)"),
            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "RENEWAL", tr("Urban renewal priority areas"), [SOURCE_POLYGON]))
        add_population_parameters(self)
        self.addParameter(QgsProcessingParameterString(
            "COVERAGE_BREAKS", tr("Coverage breaks in percent (none < first, mostly >= second)"),
            defaultValue="1;50"))
        self.add_working_crs_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Areas with coverage and decision group")))
        self.addParameter(QgsProcessingParameterFeatureSink("CANDIDATES", tr("Candidate areas"), type=SOURCE_VECTOR))
        self.add_workspace_parameter()

    def check_values(self, parameters, context):
        from ..core.overlay import OverlayError, parse_breaks, parse_need_levels

        ok, message = super().check_values(parameters, context)
        if not ok:
            return ok, message
        try:
            parse_breaks(self.parameterAsString(parameters, "COVERAGE_BREAKS", context))
            parse_need_levels(self.parameterAsString(parameters, "NEED_LEVELS", context))
        except OverlayError as err:
            return False, str(err)
        population = self.parameterAsVectorLayer(parameters, "POPULATION", context)
        if population is not None and not self.parameterAsString(parameters, "POPULATION_FIELD", context):
            return False, tr("Choose the residents field of the population layer.")
        message = self._field_problem(parameters, context)
        if message:
            return False, message
        index = self.parameterAsVectorLayer(parameters, "INDEX", context)
        source = index or self.parameterAsVectorLayer(parameters, "AREAS", context)
        wanted = [self.parameterAsString(parameters, n, context) for n in ("CLASS_FIELD", "RANK_FIELD")]
        if index is not None:
            wanted.append(self.parameterAsString(parameters, "INDEX_KEY", context) or "")
            if not wanted[-1]:
                return False, tr("Give the key field of the need index table.")
        if source is not None:
            names = source.fields().names()
            for name in wanted:
                if name and name not in names:
                    return False, tr("Layer {0} has no field {1}.").format(source.name(), name)
        return True, ""

    def _field_problem(self, parameters, context):
        """A sentence naming the key or residents field a layer lacks (and the fields it has); else ""."""
        from ..layers.area_data_reader import field_problem

        areas = self.parameterAsVectorLayer(parameters, "AREAS", context)
        population = self.parameterAsVectorLayer(parameters, "POPULATION", context)
        return field_problem(areas, self.parameterAsString(parameters, "KEY_FIELD", context)) or (field_problem(
            population, self.parameterAsString(parameters, "POPULATION_FIELD", context), numeric=True,
            what=tr("residents")) if population is not None else "")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # tens of thousands of features and rows are made and kept: Python's cycle collector would walk them
        # again and again (a tenth of the run) though they hold no cycles; it runs once afterwards instead
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._process(parameters, context, feedback)
        finally:
            if collecting:
                gc.enable()

    def _process(self, parameters, context, feedback):
        from ..core import overlay as ov
        from ..layers.area_data_reader import report_geometry_problems
        from ..layers.overlay_reader import read_areas

        require_fields(self, parameters, context)
        areas_layer = self.parameterAsVectorLayer(parameters, "AREAS", context)
        renewal_layer = self.parameterAsVectorLayer(parameters, "RENEWAL", context)
        key_field = self.parameterAsString(parameters, "KEY_FIELD", context)
        class_field = self.parameterAsString(parameters, "CLASS_FIELD", context)
        rank_field = self.parameterAsString(parameters, "RANK_FIELD", context)
        crs = self.working_crs(parameters, context)
        breaks = ov.parse_breaks(self.parameterAsString(parameters, "COVERAGE_BREAKS", context))

        feedback.pushInfo(tr("Reading areas and renewal areas…"))
        # areas without geometry are not in the output, invalid ones are repaired on a copy: both are named
        areas = read_areas(areas_layer, key_field, crs, feedback, context.transformContext())
        if areas.problems:   # else there is nothing to say, and no need to read the layer twice
            report_geometry_problems(feedback, areas_layer, key_field, tr("Areas {0}").format(areas_layer.name()))
        features = areas.features
        renewal, _ = read_units(feedback, renewal_layer, None, crs, tr("Renewal areas {0}").format(
            renewal_layer.name()), repair=False, transform_context=context.transformContext())
        union, _repaired = ov.dissolve(renewal.values())
        if union is None:
            feedback.pushWarning(tr("The renewal layer is empty: every coverage is 0."))
        _pop_layer, _pop_field, population = population_cells(self, parameters, context, crs)
        feedback.setProgress(30)
        cov = ov.coverage(areas, union, population, bounds=areas.bounds)
        if union is not None and not any(c.covered_m2 > 0 for c in cov.values()):
            feedback.pushWarning(tr("No area overlaps a renewal area."))
        need_of = self._need_lookup(parameters, context, features, key_field, class_field, rank_field)
        labels = [v[0] for v in need_of.values()]
        levels = ov.parse_need_levels(self.parameterAsString(parameters, "NEED_LEVELS", context), labels)
        if not class_field:
            feedback.pushWarning(tr("No need class field: areas get coverage only, no decision group."))

        fields = QgsFields(areas_layer.fields())
        for name, kind in NEW_FIELDS:
            if fields.indexOf(name) >= 0:
                raise QgsProcessingException(tr("The areas already have a field {0}.").format(name))
            fields.append(QgsField(name, TYPES[kind]()))
        sink = Sink(self, parameters, context, "OUTPUT", fields, areas_layer.wkbType(), areas_layer.sourceCrs())
        rows, unmapped, batch = [], set(), []
        group_labels = {g: tr(text) for g, text in ov.GROUP_LABELS.items()}
        key_index = areas_layer.fields().indexOf(key_field)
        for key, feature in features.items():
            c = cov[key]
            label, rank = need_of.get(key, (None, None))
            need = ov.need_level(label, levels)
            if label is not None and need is None:
                unmapped.add(str(label))
            cover = ov.coverage_level(c.area_share, breaks)
            group = ov.decision_group(need, cover)
            attributes = feature.attributes()
            # the area's own feature becomes the output row: its geometry stays, the new fields are added
            feature.setFields(fields, False)
            feature.setAttributes(attributes + [
                _pct(c.area_share), c.covered_m2, c.population, _pct(c.population_share), need, cover,
                ov.bivariate_code(need, cover), group, group_labels[group]])
            batch.append(feature)
            if len(batch) == BATCH:
                _write(sink, batch)
            rows.append({"key": attributes[key_index], "rank": rank, "group": group, "area_share": c.area_share,
                         "population_share": c.population_share})
        _write(sink, batch)
        if unmapped:
            feedback.pushWarning(tr("Classes without a need level (treated as no index): {0}").format(
                ", ".join(sorted(unmapped))))

        cand_fields = QgsFields()
        for name, kind in (("key", "str"), ("rank", "int"), ("decision_group", "str"), ("decision_label", "str"),
                           ("renewal_share", "real"), ("residents_share", "real")):
            cand_fields.append(QgsField(name, TYPES[kind]()))
        candidates = Sink(self, parameters, context, "CANDIDATES", cand_fields, WKB_NO_GEOMETRY)
        for r in ov.candidates(rows):
            candidates.add([str(r["key"]), r["rank"], r["group"], tr(ov.GROUP_LABELS[r["group"]]),
                            _pct(r["area_share"]), _pct(r["population_share"])])
        counts = {g: sum(1 for r in rows if r["group"] == g) for g in ov.GROUP_LABELS}
        feedback.pushInfo(tr("Joint approach: {0}, social first: {1}, renewal without high need: {2}.").format(
            counts[ov.JOINT], counts[ov.SOCIAL_FIRST], counts[ov.RENEWAL_ONLY]))
        return {"OUTPUT": sink.dest, "CANDIDATES": candidates.dest}

    def _need_lookup(self, parameters, context, features, key_field, class_field, rank_field):
        """{normalised area key: (class label, rank)} from the index table or the areas themselves."""
        from ..core.aggregation import to_number
        from ..core.keys import normalise_key

        def clean(value):  # a CSV index table gives "" for an empty cell
            value = value_or_none(value)
            return None if value == "" else value

        def rank_of(value):
            number = to_number(clean(value))
            return int(number) if number is not None else None

        def need(f):
            return clean(f[class_field]) if class_field else None, rank_of(f[rank_field]) if rank_field else None

        index = self.parameterAsVectorLayer(parameters, "INDEX", context)
        if index is None:
            return {k: need(f) for k, f in features.items()}
        index_key = self.parameterAsString(parameters, "INDEX_KEY", context)
        out = {}
        for f in index.getFeatures():
            k = normalise_key(f[index_key])
            if k is not None and k not in out:
                out[k] = need(f)
        return out
