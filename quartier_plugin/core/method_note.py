"""What the method note on every sheet says: each index with all its weights and all its classes.

For the MSS that is the status index (S1, S3, S4, each a third; classes hoch < -1, mittel -1 to 1, …),
the dynamics index likewise, and the overall status × dynamics group; for a one-index method, the one
index. Numbers are written in the sheet's language (decimal comma in German).
"""


def _num(value, language):
    text = f"{value:g}"
    return text.replace(".", ",") if language == "de" else text


def class_text(node, language="de"):
    """ "hoch (< -1), mittel (-1 bis 1), …" for bands; the method and the class count otherwise."""
    cls = node.classification
    if not cls:
        return ""
    to = " bis " if language == "de" else " to "
    if cls["method"] == "bands":
        parts, lower, lower_open = [], None, True
        for band in cls["bands"]:
            upper = band.get("upper")
            if upper is None:
                # the band above an inclusive upper bound starts just above it
                rng = (f"> {_num(lower, language)}" if lower_open else f">= {_num(lower, language)}") \
                    if lower is not None else ""
            elif lower is None:
                rng = f"{'<=' if band.get('inclusive') else '<'} {_num(upper, language)}"
            else:
                rng = f"{_num(lower, language)}{to}{_num(upper, language)}"
            parts.append(f"{band['label']} ({rng})" if rng else band["label"])
            lower, lower_open = upper, bool(band.get("inclusive"))
        return ", ".join(parts)
    count = cls.get("classes") or len(cls.get("breaks", [])) + 1
    names = {"quantile": ("Quantile", "quantiles"), "natural_breaks": ("natürliche Brüche", "natural breaks"),
             "manual": ("feste Grenzen", "fixed breaks")}[cls["method"]]
    labels = cls.get("labels")
    text = f"{count} {'Klassen' if language == 'de' else 'classes'}, {names[0 if language == 'de' else 1]}"
    if cls["method"] == "manual":
        text += " " + ", ".join(_num(b, language) for b in cls["breaks"])
    return text + (f" ({', '.join(labels)})" if labels else "")


def method_indices(preset, weights, labels, language="de"):
    """[{"label", "weights": [{"label", "share"}], "classes"}] for every index of the method, main first."""
    order = [preset.node(preset.main_index)] + [n for n in preset.nodes if n.id != preset.main_index]
    out = []
    for node in order:
        label = (node.label_de if language == "de" else node.label_en) or node.id
        out.append({"label": label, "classes": class_text(node, language),
                    "weights": [{"label": labels.get(c, c), "share": w} for c, w in weights[node.id].items()]})
    return out


def matrix_text(preset, language="de"):
    """ "Gesamtindex: Status-Index × Dynamik-Index (12 Gruppen)", or "" without a matrix."""
    spec = preset.matrix
    if not spec:
        return ""
    status, dyn = preset.node(spec["status"]), preset.node(spec["dynamics"])

    def count(node):
        cls = node.classification or {}
        return len(cls.get("bands", [])) or cls.get("classes") or len(cls.get("breaks", [])) + 1

    name = (status.label_de, dyn.label_de) if language == "de" else (status.label_en, dyn.label_en)
    groups = count(status) * count(dyn)
    word = "Gruppen" if language == "de" else "groups"
    return f"{spec['id'][:1].upper() + spec['id'][1:]}: {name[0] or status.id} × {name[1] or dyn.id} ({groups} {word})"
