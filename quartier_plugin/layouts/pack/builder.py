"""The meeting pack for the city's committee (Stuttgart: the AGSP): one folder with the PDF, the ranking CSV,
the settings JSON and a README. The city's words (committee, renewal areas, office, attribution) and its CRS
come from the city profile.

:class:`MeetingPack` runs the pipeline: collect (request, folder check) → compute (index, robustness,
rows) → publish the pack's layers → compose the sheets → export (PDF with outline, CSV, JSON, README) →
write atomically (temporary folder, one rename). Values of areas under the resident threshold (or declared
outliers) appear nowhere: not on the sheets, not in the CSV, not in the JSON.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsProject

from ...translation import tr
from ..pack_pdf import page_count
from ..sheet_kinds import SHEETS
from ..sheet_registry import SheetContext, chosen
from . import compute as computing
from . import export, selection, texts
from .compose import compose
from .folder import remove_pack_leftovers, write_atomically
from .publish import PackLayers
from .request import check_folder


class MeetingPack:
    """Builds the pack of a :class:`PackRequest` into ``project`` (its layouts stay there, editable)."""

    def __init__(self, request, project=None, feedback=None):
        self.request = request
        self.project = project or QgsProject()
        self.feedback = feedback
        self.computed = None
        self.published = None
        self.layouts = []
        self.pages = []
        self.sheets = []

    @property
    def city(self):
        if self.request.city is None:
            from ...storage.project_state import load_city

            self.request.city = load_city(self.project)
        return self.request.city

    # -- the steps -------------------------------------------------------------------------------
    def compute(self):
        """The scenario computed; the selected areas are required only if a chosen sheet shows them."""
        need_keys = any(sheet.needs_areas for sheet in chosen(self.request.sheets, SHEETS))
        self.computed = computing.compute(self.request, need_keys)
        return self

    def rows(self):
        """One dict per area (all areas, by rank): what the CSV and the sheets show."""
        return selection.add_columns(self.request, self.project,
                                     computing.area_rows(self.request, self.computed, self.city))

    def csv_columns(self):
        return computing.csv_columns(self.request, self.computed.preset) + selection.csv_columns(self.request)

    def build(self):
        """Write the pack into the request's folder (completely or not at all); returns the folder."""
        remove_pack_leftovers(self.request.folder)  # of killed runs; before the check, as a parked pack may come back
        folder = check_folder(self.request.folder)
        self.compute()
        self._progress_text(tr("Preparing the sheets…"))
        rows = self.rows()
        self.published = PackLayers(self.project, self.request, self.computed)
        try:
            write_atomically(folder, lambda target: self._write(target, rows))
        finally:
            self.published.cleanup()
        return folder

    def publish_and_compose(self, rows):
        """The pack's layers published (by :attr:`published`) and its sheets composed, not rendered: (the texts
        the sheets share, [(sheet kind, layout)]). The pack dialog's task does this on the main thread."""
        request, computed, city = self.request, self.computed, self.city
        layers = self.published.publish_all(rows, city)
        shared = texts.sheet_texts(request, computed, city)
        context = SheetContext(self.project, request, computed, city, layers, shared, self.scenario_label,
                               QgsCoordinateReferenceSystem(city.crs))
        return shared, compose(context, request.sheets)

    def _write(self, target, rows):
        request, computed, city = self.request, self.computed, self.city
        shared, built = self.publish_and_compose(rows)
        self._progress_text(tr("Rendering {0} pages…").format(sum(page_count(layout) for _s, layout in built)))
        self.pages = export.write_sheets_pdf(target, built, shared["title"], self.feedback)
        self.sheets = [sheet.name for sheet in dict.fromkeys(sheet for sheet, _layout in built)]
        sources = texts.sources(request, computed, city)
        export.write_files(target, request, city, self.csv_columns(), rows, self.settings(rows), dict(
            shared, date_plain=texts.date_text(request, prefix=False)), sources, built, computing.withheld_count(rows))
        self.layouts = [layout for _sheet, layout in built]

    def settings(self, rows):
        return export.settings(self.request, self.computed, self.city, rows, self.scenario_label,
                               self.settings_hash, texts.sources(self.request, self.computed, self.city), self.sheets)

    def _progress_text(self, text):
        if self.feedback is not None:
            self.feedback.pushInfo(text)

    # -- what callers read -----------------------------------------------------------------------
    @property
    def result(self):
        return self.computed.result

    @property
    def preset(self):
        return self.computed.preset

    @property
    def method(self):
        return self.computed.method

    @property
    def keys(self):
        return self.computed.keys

    @property
    def layers(self):
        return self.published.layers if self.published is not None else []

    @property
    def workspace_spec(self):
        return self.published.workspace_spec if self.published is not None else None

    @property
    def settings_hash(self):
        """sha256 of the method and settings printed (the same hash as the scenario's workspace run)."""
        return texts.settings_hash(self.request, self.computed)

    @property
    def scenario_label(self):
        """The scenario's name, or "unsaved settings": weights never print under a name they do not have."""
        return texts.scenario_label(self.request)

    def method_note(self):
        return texts.method_note(self.request, self.computed)

    def sources(self):
        return texts.sources(self.request, self.computed, self.city)

    def date_text(self, prefix=True):
        return texts.date_text(self.request, prefix)
