"""Reading JSON text that people wrote (methods, scenarios): absurd nesting and invalid JSON become a sentence."""

import json

# A method nests about eight levels (indices -> classification -> bands -> band -> label), a scenario file
# about twelve; far deeper JSON is absurd and would exhaust Python's recursion when read or copied.
MAX_NESTING = 64


def text_nesting(text, limit=MAX_NESTING):
    """The deepest nesting of ``[`` and ``{`` in JSON ``text`` (outside strings), counted up to ``limit + 1``:
    checked before parsing, so that absurd nesting is a sentence and not a RecursionError."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest
        elif char in "]}":
            depth -= 1
    return deepest


def object_nesting(data, limit=MAX_NESTING):
    """The deepest nesting of lists and dicts in ``data``, counted up to ``limit + 1`` (without recursion)."""
    deepest = 0
    stack = [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def too_deep_message(what="the method JSON", limit=MAX_NESTING):
    return f"{what} is nested too deeply (more than {limit} levels)"


def loads_json(text, error, what="the method JSON"):
    """``json.loads(text)``; absurd nesting and invalid JSON raise ``error`` with a sentence."""
    if text_nesting(text) > MAX_NESTING:
        raise error(too_deep_message(what))
    try:
        return json.loads(text)
    except RecursionError as err:
        raise error(too_deep_message(what)) from err
    except json.JSONDecodeError as err:
        raise error(f"{what} is not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})") from err
