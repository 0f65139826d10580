"""The architecture as a test: which package may import which, no import cycles, one place for project
entries, no print, expressions quoted by QGIS, no module of 400 lines or more.

Imports are read with ``ast`` from every module, at module level and inside functions alike; each failure
names the offending import (file:line). The layers, lowest first (see quartier_plugin/ARCHITECTURE.md):

    core        the domain, no qgis, no Qt             -> core
    base        paths, __about__, definitions, compat,  -> core, base
                translation, log
    storage     workspace, project state, fields        -> core, base, storage
    layers      layers, renderers, map themes           -> core, base, storage, layers
    layouts     print layouts, sheets, the pack         -> core, base, storage, layers, layouts
    gui         dialogs and docks                       -> all of the above, gui (not processing)
    processing  the Processing provider                 -> all of the above, processing (not gui)
    app         __init__, plugin, headless, demo        -> anything
"""

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "quartier_plugin"
ROOT = "quartier_plugin"
BASE = {"__about__", "paths", "definitions", "compat", "translation", "log"}
APP = {"", "__init__", "plugin", "headless", "demo"}
LOWER = ["core", "base", "storage", "layers", "layouts"]
ALLOWED = {
    "core": {"core"},
    "base": {"core", "base"},
    "storage": {"core", "base", "storage"},
    "layers": {"core", "base", "storage", "layers"},
    "layouts": {"core", "base", "storage", "layers", "layouts"},
    "gui": set(LOWER) | {"gui"},
    "processing": set(LOWER) | {"processing"},
}
MAX_LINES = 400


def module_name(path):
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def layer_of(module):
    parts = module.split(".")
    if len(parts) == 1:
        return "app"
    head = parts[1]
    if len(parts) == 2 and head in BASE:
        return "base"
    if len(parts) == 2 and head in APP:
        return "app"
    return head


def modules():
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path, known):
    """(line, imported module) for every import of the plugin's own modules in ``path``."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target != ROOT and not target.startswith(ROOT + "."):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((node.lineno, sub if sub in known else target))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == ROOT]
    return found


def graph():
    known = modules()
    return known, {name: imports_of(path, known) for name, path in known.items()}


def test_layers_import_downwards_only():
    known, edges = graph()
    wrong = []
    for name, targets in edges.items():
        source = layer_of(name)
        if source == "app":
            continue
        for line, target in targets:
            if layer_of(target) not in ALLOWED[source]:
                wrong.append(f"{known[name].relative_to(PACKAGE.parent)}:{line} ({source}) imports {target} "
                             f"({layer_of(target)})")
    assert not wrong, "imports against the direction of the layers:\n" + "\n".join(wrong)


def test_every_module_belongs_to_a_layer():
    strays = [m for m in modules() if layer_of(m) not in ALLOWED and layer_of(m) != "app"]
    assert not strays, f"modules outside the known layers (add them to ARCHITECTURE.md and this test): {strays}"


def cycles(edges):
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]
    adjacency = {m: sorted({t for _line, t in ts if t in edges and t != m}) for m, ts in edges.items()}
    for start in adjacency:
        if start in index:
            continue
        work = [(start, iter(adjacency[start]))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on.add(child)
                    work.append((child, iter(adjacency[child])))
                elif child in on:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycles():
    known, edges = graph()
    # a package's __init__ importing its own modules is not a cycle of the design
    edges = {m: [(line, t) for line, t in ts if not t.startswith(m + ".")] for m, ts in edges.items()}
    found = cycles(edges)
    described = []
    for component in found:
        members = set(component)
        lines = sorted({f"  {known[m].relative_to(PACKAGE.parent)}:{line} imports {t}"
                        for m in component for line, t in edges[m] if t in members})
        described.append("cycle of " + ", ".join(component) + ":\n" + "\n".join(lines))
    assert not found, "\n".join(described)


def test_cycle_finder_finds_a_cycle():
    assert cycles({"a": [(1, "b")], "b": [(1, "c")], "c": [(1, "a")], "d": [(1, "a")]}) == [["a", "b", "c"]]
    assert cycles({"a": [(1, "b")], "b": []}) == []


def test_direction_check_names_the_wrong_import(tmp_path):
    assert layer_of("quartier_plugin.core.methods") == "core"
    assert layer_of("quartier_plugin.translation") == "base"
    assert layer_of("quartier_plugin.plugin") == "app"
    assert "gui" not in ALLOWED["layouts"] and "processing" not in ALLOWED["gui"]
    assert "gui" not in ALLOWED["processing"] and ALLOWED["core"] == {"core"}


def test_project_entries_only_through_project_state():
    offenders = []
    for name, path in modules().items():
        if name == "quartier_plugin.storage.project_state":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\.(writeEntry|readEntry|removeEntry|readNumEntry|readBoolEntry|writeEntryBool)\(", line):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{number}")
    assert not offenders, "project entries outside storage/project_state.py: " + ", ".join(offenders)


def test_no_print_outside_command_line_entry_points():
    offenders = []
    for path in modules().values():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        allowed = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "main":
                allowed |= {id(n) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
                    and id(node) not in allowed):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    assert not offenders, "print() outside a command line main(): use quartier_plugin.log: " + ", ".join(offenders)


EXPRESSION_MARKERS = re.compile(r"(\|\||\bCASE\b|\bcoalesce\(|\battribute\(|\bformat_number\(|\bIN \("
                                r"|\"\s*(=|<|>|IS)\s)")
HAND_QUOTED = re.compile(r"\"[A-Za-z_][A-Za-z0-9_]*\"|'[^'{}]*'")


def test_expressions_are_quoted_by_qgis():
    """String pieces of QGIS expressions hold no hand-quoted column names or literals: those come from
    QgsExpression.quotedColumnRef / quotedString / quotedValue."""
    offenders = []
    for path in modules().values():
        if layer_of(module_name(path)) == "core":
            continue  # core writes no QGIS expressions
        tree = ast.parse(path.read_text(encoding="utf-8"))
        prose = {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                 and node.func.id in ("tr", "N_") for arg in node.args}  # messages, not expressions
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and "\n" not in node.value
                    and id(node) not in prose):
                text = node.value
                if EXPRESSION_MARKERS.search(text) and HAND_QUOTED.search(text):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {text[:70]!r}")
    assert not offenders, "hand-quoted expression parts:\n" + "\n".join(offenders)


def test_modules_are_short():
    long = {str(p.relative_to(PACKAGE.parent)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) >= MAX_LINES}
    assert not long, f"modules of {MAX_LINES} lines or more (split them by job): {long}"
