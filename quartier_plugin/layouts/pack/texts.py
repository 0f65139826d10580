"""The pack's words: method note, sources, date line, scenario label and the settings' hash."""

import datetime

from ... import paths
from ...core.method_note import matrix_text, method_indices
from ...core.pack import normalisation_label, render_text
from ...translation import tr


def scenario_label(request):
    """The scenario's name, or "unsaved settings": weights never print under a name they do not have."""
    scenario = request.scenario
    if scenario.get("saved", True) and scenario.get("name"):
        return scenario["name"]
    return tr("unsaved settings")


def settings_hash(request, computed):
    """sha256 of the method and settings printed (the same hash as the scenario's workspace run)."""
    from ...storage.workspace import settings_hash as digest

    return digest({"method": computed.method, "settings": request.scenario["settings"]})


def date_text(request, prefix=True):
    date = request.date or datetime.date.today()
    text = date.strftime("%d.%m.%Y") if request.language == "de" else date.isoformat()
    return tr("As of {0}").format(text) if prefix else text


def sources(request, computed, city):
    out = list(request.sources) + [s for s in city.sources if s not in request.sources]
    preset = computed.preset
    for ind in preset.indicators:
        if ind.source:
            out.append(f"{request.label(ind)}: {ind.source}" + (f" ({ind.year})" if ind.year else ""))
    if preset.source and preset.source not in out:  # the city's attribution may name it already
        out.append(tr("Method: {0}").format(preset.source))
    return out


def method_note(request, computed):
    preset, result, language = computed.preset, computed.result, request.language
    node = preset.node(preset.main_index)
    labels = {ind.id: request.label(ind) for ind in preset.indicators}
    for n in preset.nodes:
        labels.setdefault(n.id, n.label_de or n.id)
    weights = [{"label": labels.get(c, c), "share": w} for c, w in result.weights[node.id].items()]
    indices = method_indices(preset, result.weights, labels, language)
    aggregation = tr("weighted arithmetic mean") if (node.aggregation or preset.aggregation) == "arithmetic" \
        else tr("weighted geometric mean")
    session = request.session
    return render_text("method_note", language, {
        "method_label": request.label(preset),
        "normalisation": tr(normalisation_label(preset.normalisation)), "aggregation": aggregation,
        "weights": weights, "indices": indices, "matrix": matrix_text(preset, language),
        "min_population": f"{result.threshold:g}", "outliers": bool(preset.outliers),
        "threshold_note": session.threshold(preset)[1] if hasattr(session, "threshold") else None,
        "complementary": len(result.protection.complementary) if result.protection else 0,
        "scenario": scenario_label(request),
    }, paths.resource("text")).strip()


def sheet_texts(request, computed, city):
    """The layout variables every sheet shares (@quartier_title, @quartier_date…)."""
    date_line = tr("{0} · settings {1}").format(date_text(request), settings_hash(request, computed)[:8])
    return {"title": request.title or tr("Social need index"), "date": date_line,
            "office": request.office or city.office, "sources": " · ".join(sources(request, computed, city)),
            "method_note": method_note(request, computed), "legend_title": tr("Legend")}
