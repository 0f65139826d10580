"""The meeting pack as a short pipeline, one module per job:

    request   collect: what was asked (PackRequest), the target folder checked, the file names
    compute   compute: index, robustness, one row per area (withheld areas blanked), the CSV's columns
    texts     the sheets' words: method note, sources, date, the profile's index and renewal expressions
    publish   publish the pack's layers into the workspace (coverage, indicator rows, styled context copies)
    compose   compose the sheets: every registered sheet kind that applies (layouts/sheet_kinds)
    export    export: the PDF with its outline, the ranking CSV, the settings JSON and the README
    folder    write atomically: a hidden temporary folder next to the target, then one rename
    builder   MeetingPack, which runs the steps in this order
    refill    the pack's layers of a Quartier 0.1 project recomputed after opening it

``quartier_plugin.layouts.meeting_pack`` keeps the names callers import (MeetingPack, PackRequest, PackError…).
"""
