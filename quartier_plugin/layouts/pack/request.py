"""Collect: what the pack is asked for (:class:`PackRequest`), its file names, and the target folder checked."""

import datetime
import json
import os
from dataclasses import dataclass, field

from ...definitions import ROLE_PACK
from ...translation import tr

PDF_NAME = "sitzungsunterlage.pdf"
CSV_NAME = "rangfolge.csv"
JSON_NAME = "einstellungen.json"
README_NAME = "LIESMICH.md"
FILES = (PDF_NAME, CSV_NAME, JSON_NAME, README_NAME)
MARKER = "quartier_pack"   # key in the settings JSON that marks a folder as a Quartier pack
PACK_ROLE = ROLE_PACK
PART = "quartier/pack_part"
PACK_GROUP = "Sitzungsunterlage"


class PackError(RuntimeError):
    """The pack cannot be made; the message says why. Nothing was left behind."""


@dataclass
class PackRequest:
    session: object                  # a loaded WeightingSession
    scenario: dict                   # {"name", "settings"} (and "base_method")
    keys: list                       # the areas that get a profile sheet
    folder: str
    title: str = ""
    office: str = ""
    date: datetime.date = None
    sources: list = field(default_factory=list)
    renewal: object = None           # layer drawn over the maps
    boundaries: object = None        # e.g. Stadtbezirke, for orientation
    overlay: object = None           # output of quartier:renewal_overlay (coverage, decision group)
    overlay_key: str = ""
    page: str = "A4"
    csv_style: str = "excel_de"
    language: str = "de"
    draws: int = 1000
    city: object = None              # the CityProfile: committee, renewal term, CRS, attribution (None: Stuttgart)
    sheets: list = None              # names of the sheet kinds to print (None: every registered one)
    selection_round: str = ""        # the area selection round whose assessments and decisions are shown ("" none)
    with_names: bool = False         # names of the people who gave assessments (default: roles only)
    selection_workspace: object = None  # WorkspaceSpec holding the assessments and decisions (None: the project's)

    def label(self, item):
        """The German or English label of a preset node or indicator, in the pack's language."""
        return item.label_de if self.language == "de" else item.label_en


def check_folder(folder):
    """Raise PackError unless ``folder`` can take a pack (nothing is written)."""
    folder = os.path.abspath(folder)
    parent = os.path.dirname(folder)
    if not os.path.isdir(parent) or not os.access(parent, os.W_OK):
        raise PackError(tr("The folder {0} does not exist or is not writable.").format(parent))
    if os.path.exists(folder):
        if not os.path.isdir(folder):
            raise PackError(tr("{0} exists and is not a folder.").format(folder))
        if not os.access(folder, os.W_OK):
            raise PackError(tr("The folder {0} does not exist or is not writable.").format(folder))
        if os.listdir(folder) and not is_pack(folder):
            raise PackError(tr("The folder {0} is not empty and holds no earlier meeting pack; choose an empty "
                               "or new folder.").format(folder))
    return folder


def is_pack(folder):
    try:
        with open(os.path.join(folder, JSON_NAME), encoding="utf-8") as handle:
            return MARKER in json.load(handle)
    except (OSError, ValueError):
        return False
