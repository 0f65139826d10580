"""Registries are the one place an extension is added: a class registered there, and nothing else, shows up
everywhere its kind is listed.

Sheets: a throw-away sheet kind registered through ``SHEETS.added`` alone gets its page (and its outline
entry) in the meeting pack's PDF, is recorded in the settings JSON, is a choice of a freshly created
quartier:meeting_pack's SHEETS parameter and a check box of the dialog, and is gone again after the block.
"""

import json
import subprocess

from qgis import processing
from qgis.core import QgsApplication, QgsProject

from quartier_plugin.gui.meeting_pack_dialog import MeetingPackDialog
from quartier_plugin.layouts.sheet_kinds import SHEETS, Sheet
from quartier_plugin.layouts.sheets import overview_sheet

MARK = "Throw-away sheet of the registry test"


class ThrowAwaySheet(Sheet):
    """One more overview page: the areas alone, under a subtitle the test looks for."""

    name = "registry_test_sheet"
    label = "Registry test sheet"
    templates = ("overview_a4",)

    def build(self, context):
        coverage = context.layers.coverage
        return [overview_sheet(context.project, [coverage], [coverage], coverage.extent(),
                               dict(context.texts, subtitle=MARK), page="A4",
                               name=context.layout_name("registry test sheet"), crs=context.crs)]


def pages(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def outline(path):
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", str(path)], capture_output=True, text=True).stdout
    return xml[xml.find("<outline>"):]


def text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def sheet_options():
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("quartier:meeting_pack")
    return algorithm.parameterDefinition("SHEETS").options()


def write_pack(gpkg, folder):
    stats = f"{gpkg}|layername=statistik_stadtteile"
    return processing.run("quartier:meeting_pack", {
        "AREAS": f"{gpkg}|layername=stadtteile", "AREA_KEY": "stadtteil_nr", "AREA_NAME": "stadtteil_name",
        "STATISTICS": stats, "STATISTICS_KEY": "stadtteil_nr", "SELECTION": "2006; 0101", "DATE": "2026-11-23",
        "OUTPUT": str(folder)})


def test_a_sheet_registered_through_the_registry_alone_is_printed_and_offered(
        demo_gpkg, quartier_provider, qgis_iface, tmp_path):
    before = write_pack(demo_gpkg, tmp_path / "before")
    assert "Registry test sheet" not in sheet_options()
    with SHEETS.added(ThrowAwaySheet):
        assert "Registry test sheet" in sheet_options()  # the algorithm, (re)created, offers it
        dialog = MeetingPackDialog(qgis_iface, project=QgsProject())
        assert "registry_test_sheet" in dialog.sheets and dialog.sheets["registry_test_sheet"].isChecked()
        dialog.close()
        after = write_pack(demo_gpkg, tmp_path / "after")
    assert "registry_test_sheet" not in SHEETS and "Registry test sheet" not in sheet_options()

    assert after["PAGES"] == before["PAGES"] + 1
    assert pages(after["PDF"]) == pages(before["PDF"]) + 1
    assert MARK in text(after["PDF"]) and MARK not in text(before["PDF"])
    marks = outline(after["PDF"])
    assert "Registry test sheet" in marks and "Registry test sheet" not in outline(before["PDF"])
    settings = json.loads((tmp_path / "after" / "einstellungen.json").read_text(encoding="utf-8"))
    assert settings["sheets"] == ["overview", "profiles", "registry_test_sheet"]  # no overlay: no bivariate sheet
    # choosing sheets: the throw-away sheet's page only (as the Processing parameter SHEETS would)
    with SHEETS.added(ThrowAwaySheet):
        options = sheet_options()
        gpkg = demo_gpkg
        only = processing.run("quartier:meeting_pack", {
            "AREAS": f"{gpkg}|layername=stadtteile", "AREA_KEY": "stadtteil_nr",
            "STATISTICS": f"{gpkg}|layername=statistik_stadtteile", "STATISTICS_KEY": "stadtteil_nr",
            "SELECTION": "2006", "SHEETS": [options.index("Registry test sheet")], "OUTPUT": str(tmp_path / "only")})
    assert only["PAGES"] == 1 and MARK in text(only["PDF"])
