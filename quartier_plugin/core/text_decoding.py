"""A table file's bytes as text: UTF-16 by its byte order mark or its NULs, UTF-8 with or without BOM,
cp1252; a binary file (an Excel workbook, a PDF, a database) is refused with the offset of its first
binary byte and, where its signature tells, what it seems to be."""

ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "latin-1")


class StatisticsImportError(ValueError):
    """The file cannot be read as a table; the message says why."""


def utf16_codec(data):
    """The UTF-16 codec of ``data`` and how it was told, or (None, None): a byte order mark (FF FE, FE FF),
    or NULs in every other byte (text in the Latin range written as UTF-16 without a mark)."""
    if data[:2] == b"\xff\xfe" and data[2:4] != b"\x00\x00":
        return "utf-16", "byte order mark FF FE"
    if data[:2] == b"\xfe\xff":
        return "utf-16", "byte order mark FE FF"
    sample = data[:4096]
    sample = sample[:len(sample) - len(sample) % 2]
    half = len(sample) // 2
    if half >= 2:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd >= 0.9 * half and even <= 0.1 * half:
            return "utf-16-le", "NULs in every other byte"
        if even >= 0.9 * half and odd <= 0.1 * half:
            return "utf-16-be", "NULs in every other byte"
    return None, None


_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13, 26}  # tab, newlines, form feed and DOS end-of-file are text


def binary_offset(data, sample=65536):
    """The offset of the first byte that shows ``data`` is not text (a NUL, or one of many control bytes), or
    None. Call it after :func:`utf16_codec`: UTF-16 text is full of NULs."""
    head = data[:sample]
    nul = head.find(b"\x00")
    if nul >= 0:
        return nul
    controls = [i for i, b in enumerate(head) if b in _CONTROL_BYTES]
    if controls and len(controls) > max(2, 0.01 * len(head)):
        return controls[0]
    return None


_BINARY_KINDS = ((b"PK\x03\x04", "a zip archive, e.g. an Excel .xlsx file: save it as CSV"),
                 (b"\xd0\xcf\x11\xe0", "an old Excel .xls file: save it as CSV"),
                 (b"%PDF", "a PDF file"), (b"SQLite format 3", "an SQLite database or GeoPackage"))


def check_text(data, name="the file"):
    """Raise :class:`StatisticsImportError` when ``data`` is not text (UTF-16 counts as text)."""
    if utf16_codec(data)[0] is not None:
        return
    offset = binary_offset(data)
    if offset is None:
        return
    kind = next((f"; it looks like {text}" for magic, text in _BINARY_KINDS if data.startswith(magic)), "")
    raise StatisticsImportError(f"{name} is not a text table (binary content at byte {offset}){kind}")


def decode(data, encoding=None):
    """Text and the encoding used: the given one, or the first of UTF-16 (by its byte order mark or its NULs),
    UTF-8 (with/without BOM), cp1252."""
    codec, how = utf16_codec(data)
    if codec is not None:
        if encoding and not encoding.lower().replace("_", "-").startswith("utf-16"):
            raise StatisticsImportError(
                f"the file is UTF-16 ({how}), not {encoding}: choose the encoding “detect” (or utf-16), or save "
                "the file as UTF-8")
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as err:
            raise StatisticsImportError(f"the file looks like UTF-16 ({how}) but cannot be read as such: "
                                        f"{err.reason} at byte {err.start}") from err
        return text.lstrip("\ufeff"), "utf-16"
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as err:
            raise StatisticsImportError(f"the file is not in {encoding}: {err}") from err
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"
