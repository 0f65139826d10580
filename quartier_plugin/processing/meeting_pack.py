"""Processing algorithm ``quartier:meeting_pack``: the committee's meeting pack into a folder."""

import datetime
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)

from ..compat import SOURCE_POLYGON, SOURCE_VECTOR
from ..translation import tr, tr_format, user_locale
from .base import QuartierAlgorithm
from .method_param import add_method_parameters, help_text, method_text

PAGES = ("A4", "A3")
CSV_STYLES = ("excel_de", "plain")


def parse_selection(text):
    """Keys from "0101; 0102, 0205" (any of ; , or white space between them)."""
    return [k for k in text.replace(",", ";").replace("\n", ";").replace(" ", ";").split(";") if k.strip()]


def top_class_keys(preset, result):
    """The areas in the highest class of the main index (the default selection)."""
    info = result.nodes[preset.main_index]
    scored = result.scored
    top = max((int(c) for c, s in zip(info["class_index"], scored) if s), default=-1)
    return [str(k) for k, c, s in zip(result.keys, info["class_index"], scored) if s and int(c) == top and top >= 0]


class MeetingPack(QuartierAlgorithm):
    ALGORITHM_ID = "meeting_pack"
    REQUIRES = ("numpy", "shapely", "jinja2")
    MAY_BE_EMPTY = ("RENEWAL",)
    GROUP_ID = "sheets"

    def displayName(self):  # noqa: N802
        return tr("Meeting pack")

    def shortHelpString(self):  # noqa: N802
        return tr(
            "Writes the meeting pack for the city's committee (Stuttgart: the AGSP) into a folder: one PDF (the "
            "overview sheet with the need classes, the bivariate sheet if an overlay layer is given, then one profile"
            " sheet per selected area, with PDF bookmarks), the ranking of all areas as CSV, the exact settings as "
            "JSON (method, weights, sources and vintages, input checksums, plugin version) and a README. The folder "
            "is written completely or not at all. Areas under the resident threshold show no values anywhere. SHEETS "
            "chooses the sheets (default: all; the need and renewal sheet needs OVERLAY). SCENARIO is a scenario file"
            " exported from the weighting dialog (it overrides METHOD and METHOD_FILE). SELECTION lists the keys of "
            "the areas that get a profile sheet (empty: the areas of the highest class). CITY names the city "
            "profile (stuttgart, berlin, flensburg or a profile JSON; empty: the project's): its committee, term "
            "for the renewal areas, office, attribution and CRS are used on the sheets; an empty OFFICE takes the "
            "profile's."
        ) + " " + help_text()

    def initAlgorithm(self, config=None):  # noqa: N802
        vector, polygon = [SOURCE_VECTOR], [SOURCE_POLYGON]
        self.addParameter(QgsProcessingParameterVectorLayer("AREAS", tr("Areas"), polygon))
        self.addParameter(QgsProcessingParameterField("AREA_KEY", tr("Key field of the areas"),
                                                      parentLayerParameterName="AREAS"))
        self.addParameter(QgsProcessingParameterField("AREA_NAME", tr("Name field of the areas"),
                                                      parentLayerParameterName="AREAS", optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer("STATISTICS", tr("Statistics table"), vector))
        self.addParameter(QgsProcessingParameterField("STATISTICS_KEY", tr("Key field of the statistics"),
                                                      parentLayerParameterName="STATISTICS"))
        self.addParameter(QgsProcessingParameterString(
            "CITY", tr("City profile (id or path of a profile JSON; empty: the project's)"), optional=True))
        add_method_parameters(self)
        self.addParameter(QgsProcessingParameterFile(
            "SCENARIO", tr("Scenario file (JSON from the weighting dialog)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SCENARIO_NAME", tr("Scenario in that file (empty: the first)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SELECTION", tr("Keys of the areas with a profile sheet (empty: the highest class)"), optional=True,
            multiLine=True))
        self.addParameter(QgsProcessingParameterVectorLayer("RENEWAL", tr("Urban renewal priority areas"), polygon,
                                                            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer("BOUNDARIES", tr("Boundaries for orientation (e.g. "
                                                                             "Stadtbezirke)"), polygon,
                                                            optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer("OVERLAY", tr("Renewal overlay (output of "
                                                                          "quartier:renewal_overlay)"), polygon,
                                                            optional=True))
        self.addParameter(QgsProcessingParameterField("OVERLAY_KEY", tr("Key field of the overlay"),
                                                      parentLayerParameterName="OVERLAY", optional=True))
        self.addParameter(QgsProcessingParameterEnum("PAGE", tr("Overview sheet size"), list(PAGES), defaultValue=0))
        from ..layouts.sheet_kinds import SHEETS

        self.sheet_names = SHEETS.names()  # the registered sheet kinds, as the algorithm is (re)created
        self.addParameter(QgsProcessingParameterEnum(
            "SHEETS", tr("Sheets"), [tr(SHEETS.label(name)) for name in self.sheet_names], allowMultiple=True,
            defaultValue=list(range(len(self.sheet_names))), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "CSV_STYLE", tr("CSV format"), [tr("German Excel (UTF-8 with BOM, semicolons, decimal comma)"),
                                           tr("Plain (UTF-8, commas, decimal point)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), defaultValue=tr("Social need index")))
        self.addParameter(QgsProcessingParameterString(
            "OFFICE", tr("Issuing office (empty: the city profile's)"), optional=True))
        self.addParameter(QgsProcessingParameterString("DATE", tr("Date (YYYY-MM-DD; empty: today)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "SELECTION_ROUND", tr("Area selection round (its assessments and decisions go into the pack; empty: "
                                  "none)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "SELECTION_WORKSPACE", tr("Workspace GeoPackage with the assessments and decisions (empty: the "
                                      "project's)"), extension="gpkg", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "WITH_NAMES", tr("Names of the people who gave assessments (otherwise roles only)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Meeting pack folder")))
        self.addOutput(QgsProcessingOutputFile("PDF", tr("PDF")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def check_values(self, parameters, context):
        ok, message = super().check_values(parameters, context)
        if not ok:
            return ok, message
        from ..layouts.meeting_pack import PackError, check_folder
        from ..layouts.sheet_kinds import SHEETS
        from ..layouts.sheet_registry import chosen, template_names
        from ..layouts.sheets import template_path

        folder = self.parameterAsString(parameters, "OUTPUT", context)
        if folder and not folder.startswith("TEMPORARY"):
            try:
                check_folder(folder)
            except PackError as err:
                return False, str(err)
        sheets = chosen(self._sheets(parameters, context), SHEETS)
        if not sheets:
            return False, tr("Choose at least one sheet.")
        for name in template_names(sheets):
            if not os.path.exists(template_path(name)):
                return False, tr("The layout template {0} is missing.").format(template_path(name))
        date = self.parameterAsString(parameters, "DATE", context).strip()
        if date:
            try:
                datetime.date.fromisoformat(date)
            except ValueError:
                return False, tr("Date: expected YYYY-MM-DD, got {0}.").format(date)
        return True, ""

    def _selection_workspace(self, parameters, context):
        from ..storage.workspace import WorkspaceError, WorkspaceSpec

        path = self.parameterAsString(parameters, "SELECTION_WORKSPACE", context)
        if path:
            return WorkspaceSpec("gpkg", path=path)
        if not self.parameterAsString(parameters, "SELECTION_ROUND", context).strip():
            return None
        try:
            return self.project_workspace(context)
        except WorkspaceError as err:
            raise QgsProcessingException(tr("The area selection needs a workspace (SELECTION_WORKSPACE): {0}").format(
                err)) from err

    def _sheets(self, parameters, context):
        """The names of the chosen sheet kinds (None: all registered, also those added after the algorithm
        was created)."""
        if parameters.get("SHEETS") is None:
            return None
        names = getattr(self, "sheet_names", ())
        return [names[i] for i in self.parameterAsEnums(parameters, "SHEETS", context) if i < len(names)]

    def _city(self, parameters, context):
        from .hierarchy_params import city_from_parameters

        return city_from_parameters(self, parameters, context)

    def _scenario(self, parameters, context, city):
        from ..core.scenario import ScenarioError, new_scenario, read_scenario_file
        from .need_index import load_method

        path = self.parameterAsFile(parameters, "SCENARIO", context)
        if path:
            try:
                scenarios = read_scenario_file(path)
            except ScenarioError as err:
                raise QgsProcessingException(tr("The scenario file {0} cannot be used: {1}").format(
                    os.path.basename(path), err)) from err
            wanted = self.parameterAsString(parameters, "SCENARIO_NAME", context).strip()
            chosen = next((s for s in scenarios if s["name"] == wanted), None) if wanted else scenarios[0]
            if chosen is None:
                raise QgsProcessingException(tr("The scenario file has no scenario {0} (it has: {1}).").format(
                    wanted, ", ".join(s["name"] for s in scenarios)))
            return chosen
        preset = load_method(method_text(self, parameters, context) or city.method)
        return new_scenario(preset.label_de, preset.raw)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ..layers.area_data_reader import AreaDataError
        from ..layers.weighting_session import WeightingInputs, WeightingSession
        from ..layouts.meeting_pack import PDF_NAME, PackError, PackRequest
        from ..layouts.meeting_pack import MeetingPack as Pack

        areas = self.parameterAsVectorLayer(parameters, "AREAS", context)
        table = self.parameterAsVectorLayer(parameters, "STATISTICS", context)
        city = self._city(parameters, context)
        scenario = self._scenario(parameters, context, city)
        inputs = WeightingInputs(areas.id(), self.parameterAsString(parameters, "AREA_KEY", context), table.id(),
                                 self.parameterAsString(parameters, "STATISTICS_KEY", context),
                                 self.parameterAsString(parameters, "AREA_NAME", context))
        try:
            session = WeightingSession(inputs, scenario["base_method"], None, areas=areas, table=table).load()
        except (AreaDataError, ValueError) as err:
            raise QgsProcessingException(str(err)) from err
        from ..core.need_index import WARNINGS
        from ..layers.area_data_reader import report_geometry_problems

        report_geometry_problems(feedback, areas, inputs.area_key, tr("Areas"))
        if session.dropped:
            feedback.pushWarning(tr("{0} rows without a key were left out (feature ids: {1}).").format(
                len(session.dropped), ", ".join(map(str, session.dropped[:30]))))
        keys = parse_selection(self.parameterAsString(parameters, "SELECTION", context))
        if not keys:
            try:
                _m, preset, result = session.compute(scenario["settings"])
            except ValueError as err:
                raise QgsProcessingException(str(err)) from err
            keys = top_class_keys(preset, result)
            feedback.pushInfo(tr("Profile sheets for the {0} areas of the highest class.").format(len(keys)))
        date = self.parameterAsString(parameters, "DATE", context).strip()
        overlay = self.parameterAsVectorLayer(parameters, "OVERLAY", context)
        request = PackRequest(
            session=session, scenario=scenario, keys=keys, folder=self.parameterAsString(parameters, "OUTPUT", context),
            title=self.parameterAsString(parameters, "TITLE", context),
            office=self.parameterAsString(parameters, "OFFICE", context),
            date=datetime.date.fromisoformat(date) if date else None,
            renewal=self.parameterAsVectorLayer(parameters, "RENEWAL", context),
            boundaries=self.parameterAsVectorLayer(parameters, "BOUNDARIES", context),
            overlay=overlay, overlay_key=self.parameterAsString(parameters, "OVERLAY_KEY", context),
            page=PAGES[self.parameterAsEnum(parameters, "PAGE", context)],
            csv_style=CSV_STYLES[self.parameterAsEnum(parameters, "CSV_STYLE", context)],
            language=user_locale(), sources=[], city=city, sheets=self._sheets(parameters, context),
            selection_round=self.parameterAsString(parameters, "SELECTION_ROUND", context).strip(),
            with_names=self.parameterAsBool(parameters, "WITH_NAMES", context),
            selection_workspace=self._selection_workspace(parameters, context))
        pack = Pack(request, QgsProject(), feedback)
        try:
            folder = pack.build()
        except PackError as err:
            raise QgsProcessingException(str(err)) from err
        for code, params in pack.result.warnings:  # e.g. excluded implausible cells, withheld areas
            feedback.pushWarning(tr_format(WARNINGS[code], **params))
        feedback.pushInfo(tr("Meeting pack written to {0}: {1} pages.").format(folder, len(pack.pages)))
        return {"OUTPUT": folder, "PDF": os.path.join(folder, PDF_NAME), "PAGES": len(pack.pages)}
