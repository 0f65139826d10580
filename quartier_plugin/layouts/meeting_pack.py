"""The meeting pack for the city's committee: the names callers import, from the pipeline in ``layouts/pack/``
(request → compute → publish → compose → export → folder; see its ``__init__``) and the sheet kinds in
``layouts/sheet_kinds/``."""

from .pack.builder import MeetingPack
from .pack.compute import OVERLAY_FIELDS, RATING_NEED
from .pack.folder import remove_pack_leftovers, replace_folder
from .pack.refill import refill_after_reading, refill_pack_layers
from .pack.request import (
    CSV_NAME,
    JSON_NAME,
    MARKER,
    PACK_GROUP,
    PACK_ROLE,
    PART,
    PDF_NAME,
    README_NAME,
    PackError,
    PackRequest,
    check_folder,
    is_pack,
)

__all__ = ["CSV_NAME", "JSON_NAME", "MARKER", "OVERLAY_FIELDS", "PACK_GROUP", "PACK_ROLE", "PART", "PDF_NAME",
           "RATING_NEED", "README_NAME", "MeetingPack", "PackError", "PackRequest", "check_folder", "is_pack",
           "refill_after_reading", "refill_pack_layers", "remove_pack_leftovers", "replace_folder"]
