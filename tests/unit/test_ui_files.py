"""The .ui files hold layouts only: no signal/slot connections (those are in Python), each loaded by the
module of the same name beside it, every text set through tr() there (the translation extractor reads .py
files only), and the package ships them."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "quartier_plugin"
UI_FILES = sorted(PACKAGE.rglob("*.ui"))
EXPECTED = {"hierarchy_dialog.ui", "overlay_dialog.ui", "weighting_dock.ui", "workshop_dock.ui"}


def test_the_dialogs_and_docks_have_their_ui_files():
    assert EXPECTED <= {p.name for p in UI_FILES}


def test_no_connections_in_ui_files():
    offenders = []
    for path in UI_FILES:
        root = ET.parse(path).getroot()
        if root.findall(".//connections/connection"):
            offenders.append(path.name)
    assert not offenders, f"signal/slot connections belong in Python: {offenders}"


def test_each_ui_file_is_loaded_by_its_module():
    for path in UI_FILES:
        module = path.with_suffix(".py")
        assert module.exists(), f"{path.name} has no module beside it"
        text = module.read_text(encoding="utf-8")
        assert "uic.loadUiType(" in text and 'with_suffix(".ui")' in text, f"{module.name} does not load {path.name}"


def test_ui_files_carry_no_texts_to_translate():
    """Texts in a .ui would escape i18n/update_ts.py: the modules set them through tr()."""
    offenders = []
    for path in UI_FILES:
        root = ET.parse(path).getroot()
        for prop in root.iter("property"):
            if prop.get("name") in ("text", "title", "windowTitle", "toolTip", "placeholderText", "statusTip"):
                string = prop.find("string")
                if string is not None and (string.text or "").strip() and string.get("notr") != "true":
                    offenders.append(f"{path.name}: {prop.get('name')} {string.text!r}")
        offenders += [f"{path.name}: <attribute title>" for a in root.iter("attribute") if a.get("name") == "title"]
    assert not offenders, "\n".join(offenders)


def test_the_package_rule_ships_the_ui_files():
    """`make package` copies the whole package folder (not only *.py), so the .ui files are in the ZIP."""
    makefile = (PACKAGE.parent / "Makefile").read_text(encoding="utf-8")
    rule = makefile.split("\npackage:", 1)[1].split("\n\n", 1)[0]
    assert re.search(r"cp -r quartier_plugin/\. \$\(BUILD\)/", rule), rule
