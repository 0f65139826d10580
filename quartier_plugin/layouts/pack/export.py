"""Export: the sheets into one PDF with its outline, the ranking CSV, the settings JSON and the README."""

import os

from ... import __about__, paths
from ...core.pack import ranking_csv, render_text, settings_json
from ...translation import tr
from ..pack_pdf import PackCancelled, bookmark, page_count, write_pdf
from .request import CSV_NAME, FILES, JSON_NAME, MARKER, PDF_NAME, README_NAME, PackError


def write_sheets_pdf(target, built, title, feedback=None):
    """All layouts of ``built`` ([(sheet kind, layout)]) into the pack's PDF, with bookmarks in the reader's
    words: one per sheet (its label, e.g. "Overview: need classes", at its first page), and for an atlas its
    pages' names below. Returns the pages as :func:`write_pdf` does."""
    pdf = os.path.join(target, PDF_NAME)
    try:
        pages = write_pdf(pdf, [layout for _sheet, layout in built], title=title, feedback=feedback)
    except PackCancelled as err:
        raise PackError(tr("Cancelled: nothing was written.")) from err
    sheet_of = {id(layout): sheet for sheet, layout in built}
    entries, opened = [], set()
    for layout, name, page in pages:
        if id(layout) not in opened:
            opened.add(id(layout))
            entries.append((tr(sheet_of[id(layout)].label), page, 0))
        if name is not None:
            entries.append((name, page, 1))
    bookmark(pdf, entries)
    return pages


def pages_by_kind(built):
    """(pages of single sheets, pages of atlas sheets), as the README counts them."""
    single = sum(page_count(layout) for sheet, layout in built if not sheet.atlas)
    return single, sum(page_count(layout) for sheet, layout in built if sheet.atlas)


def write_files(target, request, city, columns, rows, settings, texts, sources, built, withheld):
    """The ranking CSV, the settings JSON and the README beside the PDF."""
    with open(os.path.join(target, CSV_NAME), "wb") as handle:
        handle.write(ranking_csv(columns, rows, request.csv_style))
    with open(os.path.join(target, JSON_NAME), "wb") as handle:
        handle.write(settings_json(settings))
    single, atlas = pages_by_kind(built)
    readme = render_text("readme", request.language, {
        "title": texts["title"], "date": texts["date_plain"], "office": texts["office"], "pdf": PDF_NAME,
        "committee": city.committee(request.language), "csv": CSV_NAME, "json": JSON_NAME,
        "overview_pages": single, "profile_pages": atlas, "area_count": len(rows),
        "method_note": texts["method_note"], "sources": sources, "version": __about__.__version__,
        "suppressed": withheld,
        "csv_note": tr("UTF-8 with BOM, semicolons, decimal comma: opens in German Excel")
        if request.csv_style == "excel_de" else tr("UTF-8, commas, decimal point")}, paths.resource("text"))
    with open(os.path.join(target, README_NAME), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(readme)


def settings(request, computed, city, rows, scenario, settings_hash, sources, sheets):
    """The settings JSON: everything needed to make the same pack again, and the sheets it holds."""
    from ...layers.provenance import layer_input

    def checksum(layer):
        """sha256 of a file-based layer's file, else of its attributes (e.g. a memory layer)."""
        info = layer_input(layer, with_source=False)
        if info is not None:
            info.pop("features")
        return info

    session, preset, result = request.session, computed.preset, computed.result
    return {
        MARKER: 1,
        "plugin": {"name": "Quartier", "version": __about__.__version__},
        "city": {"id": city.id, "name": city.name, "crs": city.crs},
        "scenario": scenario,
        "scenario_saved": bool(request.scenario.get("saved", True)),
        "settings_hash": settings_hash,
        "method": computed.method,
        "settings": request.scenario["settings"],
        "weights": result.weights,
        "inputs": {"areas": checksum(session.areas_layer), "statistics": checksum(session.table_layer),
                   "overlay": checksum(request.overlay), "renewal": checksum(request.renewal),
                   "area_key": session.inputs.area_key, "statistics_key": session.inputs.table_key},
        "vintages": {"year": session.year, "indicators": {ind.id: ind.year for ind in preset.indicators}},
        "sources": sources,
        "robustness": {"draws": request.draws, "seed": 1, "top_k": computed.robustness.top_k},
        "areas": {"total": len(rows), "scored": int(result.scored.sum()),
                  "not_scored": [row["key"] for row in rows if not row["scored"]]},
        "profiles": computed.keys,
        "selection": {"round": request.selection_round or None, "names_in_csv": bool(request.with_names)},
        "sheets": sheets,
        "files": list(FILES),
    }
