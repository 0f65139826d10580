#!/usr/bin/env python3
"""Keep the Qt translation sources in ``i18n/`` in step with the code.

Finds every ``tr("…")`` call in ``quartier_plugin/`` (one fixed context, see
``quartier_plugin/translation.py``), adds new source strings to each ``quartier_<lang>.ts`` as
unfinished, keeps existing translations, and marks strings no longer used as vanished.
``--check`` changes nothing and exits 1 when a string lacks a finished translation.
"""

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE = os.path.join(os.path.dirname(HERE), "quartier_plugin")
CONTEXT = "Quartier"
LANGUAGES = ("de",)


def extract_strings(package_dir=PACKAGE):
    """{source string: [file:line, …]} for every tr("literal") call below ``package_dir``."""
    found = {}
    for folder, _dirs, files in os.walk(package_dir):
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as handle:
                tree = ast.parse(handle.read(), path)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                func = node.func
                fname = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if fname not in ("tr", "N_"):
                    continue
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    rel = os.path.relpath(path, os.path.dirname(package_dir))
                    found.setdefault(arg.value, []).append(f"{rel}:{node.lineno}")
    return found


def read_ts(path):
    """{source: (translation, finished)} from a .ts file (empty if it does not exist)."""
    if not os.path.exists(path):
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        tnode = message.find("translation")
        text = (tnode.text or "") if tnode is not None else ""
        finished = tnode is not None and tnode.get("type") is None and bool(text)
        out[source] = (text, finished)
    return out


def write_ts(path, language, sources, existing):
    root = ET.Element("TS", version="2.1", language=f"{language}_DE" if language == "de" else language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(set(sources) | set(existing)):
        message = ET.SubElement(context, "message")
        for loc in sources.get(source, [])[:1]:
            filename = loc.rsplit(":", 1)[0]
            ET.SubElement(message, "location", filename="../" + filename)
        ET.SubElement(message, "source").text = source
        text, finished = existing.get(source, ("", False))
        tnode = ET.SubElement(message, "translation")
        tnode.text = text
        if source not in sources:
            tnode.set("type", "vanished")
        elif not finished:
            tnode.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def missing_translations(language, package_dir=PACKAGE, ts_dir=HERE):
    """Source strings used in the code without a finished translation."""
    existing = read_ts(os.path.join(ts_dir, f"quartier_{language}.ts"))
    return sorted(s for s in extract_strings(package_dir) if not existing.get(s, ("", False))[1])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    args = parser.parse_args(argv)
    status = 0
    sources = extract_strings()
    for language in LANGUAGES:
        path = os.path.join(HERE, f"quartier_{language}.ts")
        if args.check:
            missing = missing_translations(language)
            for source in missing:
                print(f"{language}: no translation for {source!r} ({sources[source][0]})")
            status |= bool(missing)
        else:
            write_ts(path, language, sources, read_ts(path))
            missing = missing_translations(language)
            print(f"{path}: {len(sources)} strings, {len(missing)} without translation")
    return status


if __name__ == "__main__":
    sys.exit(main())
