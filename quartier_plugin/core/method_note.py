"""What the method note on every sheet says: each index with all its weights and all its classes.

For the MSS that is the status index (S1, S3, S4, each a third; classes hoch < -1, mittel -1 to 1, …),
the dynamics index likewise, and the overall status × dynamics group; for a one-index method, the one
index. Numbers are written in the sheet's language (decimal comma in German).
"""

from .classifications import CLASSIFICATIONS, class_count
from .formatting import short as _num


def class_text(node, language="de"):
    """ "hoch (< -1), mittel (-1 bis 1), …" for bands; the method and the class count otherwise (the words are
    the classification's, :mod:`.classifications`)."""
    cls = node.classification
    if not cls:
        return ""
    return CLASSIFICATIONS.get(cls["method"]).describe(cls, language, _num)


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
    name = (status.label_de, dyn.label_de) if language == "de" else (status.label_en, dyn.label_en)
    groups = class_count(status.classification) * class_count(dyn.classification)
    word = "Gruppen" if language == "de" else "groups"
    return f"{spec['id'][:1].upper() + spec['id'][1:]}: {name[0] or status.id} × {name[1] or dyn.id} ({groups} {word})"


def class_explanation(preset, language="de", node_id=None):
    """How the classes of an index (the main index unless ``node_id``) are formed, in plain words for the
    sheets: "Der Index ist so standardisiert, … „sehr hoch“ = mehr als 1,5 Standardabweichungen über dem
    Durchschnitt." Written from the index's classification (bands, quantiles, …); "" without one."""
    node = preset.node(node_id or preset.main_index)
    cls = node.classification
    if not cls:
        return ""
    return CLASSIFICATIONS.get(cls["method"]).explain(cls, language, _num, bool(node.restandardise))
