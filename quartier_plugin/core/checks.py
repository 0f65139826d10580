"""Checking JSON documents against a schema with messages that name the key path.

``expect(cond, "levels[2].parent", "unknown level 'bezirk'")`` raises :class:`SchemaError` with
``levels[2].parent: unknown level 'bezirk'``: the user finds the place in their file at once.
"""


class SchemaError(ValueError):
    """The document does not follow the schema; the message names the key path."""


def expect(cond, path, message):
    if not cond:
        raise SchemaError(f"{path}: {message}")


def text(data, key, path, required=False, default=None):
    value = data.get(key)
    if value is None:
        expect(not required, f"{path}{key}", "is required")
        return default
    expect(isinstance(value, str) and value.strip(), f"{path}{key}", "expected a non-empty text")
    return value


def number(data, key, path, default=None, minimum=None):
    value = data.get(key)
    if value is None:
        return default
    expect(isinstance(value, (int, float)) and not isinstance(value, bool), f"{path}{key}", "expected a number")
    if minimum is not None:
        expect(value >= minimum, f"{path}{key}", f"must be at least {minimum}")
    return value


def label(data, key, path, required=False, plain_text=True):
    """A {"de": …, "en": …} pair as (de, en); a plain text is taken for both languages if ``plain_text``."""
    value = data.get(key)
    if value is None:
        expect(not required, f"{path}{key}", "is required")
        return "", ""
    if plain_text and isinstance(value, str) and value.strip():
        return value, value
    expect(isinstance(value, dict), f"{path}{key}", 'expected {"de": …, "en": …}')
    de, en = value.get("de"), value.get("en")
    expect(isinstance(de, str) and de, f"{path}{key}.de", "expected a German text")
    expect(isinstance(en, str) and en, f"{path}{key}.en", "expected an English text")
    return de, en


def unknown(data, allowed, path):
    extra = sorted(set(data) - set(allowed))
    expect(not extra, f"{path}{extra[0]}" if extra else path, f"unknown key (allowed: {', '.join(sorted(allowed))})")


def text_list(data, key, path):
    value = data.get(key, [])
    expect(isinstance(value, list), f"{path}{key}", "expected a list")
    for i, item in enumerate(value):
        expect(isinstance(item, (str, int, float)) and not isinstance(item, bool), f"{path}{key}[{i}]",
               "expected a text or a number")
    return [str(v) for v in value]
