"""PDF bookmarks (an outline) appended to a finished PDF as an incremental update.

The PDF written by Qt has a plain cross-reference table; an incremental update adds the outline
objects and a new catalog that points to them, leaving every original byte in place. Titles are
written as UTF-16 text strings, so umlauts survive. Only what Qt writes needs to be understood: the
trailer's /Root and /Size, the catalog, and the page tree's /Kids in page order.
"""

import re


class PdfOutlineError(ValueError):
    """The PDF is not one this module can extend."""


def _xref_offsets(data):
    """Object number -> byte offset from the plain cross-reference tables (following /Prev; newest wins)."""
    offsets = {}
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    seen = set()
    while start is not None and start not in seen:
        seen.add(start)
        if data[start:start + 4] != b"xref":
            raise PdfOutlineError("no plain cross-reference table (a cross-reference stream is not supported)")
        position = start + 4
        header = re.compile(rb"\s*(\d+)\s+(\d+)\s*?\r?\n")
        while True:
            match = header.match(data, position)
            if not match:
                break
            first, count = int(match.group(1)), int(match.group(2))
            position = match.end()
            for n in range(count):
                entry = data[position:position + 20]
                if entry[17:18] == b"n":
                    offsets.setdefault(first + n, int(entry[:10]))
                position += 20
        trailer = data[position:data.find(b">>", position) + 2]
        previous = re.search(rb"/Prev\s+(\d+)", trailer)
        start = int(previous.group(1)) if previous else None
    return offsets


def _object(data, number, offsets=None):
    offsets = offsets if offsets is not None else _xref_offsets(data)
    if number not in offsets:
        raise PdfOutlineError(f"object {number} not found")
    start = offsets[number]
    end = data.index(b"endobj", start)
    match = re.match(rb"\s*%d\s+0\s+obj\s*(.*?)\s*$" % number, data[start:end], re.S)
    if not match:
        raise PdfOutlineError(f"object {number} not found at its offset")
    return match.group(1)


def _last_trailer(data):
    start = data.rfind(b"trailer")
    if start < 0:
        raise PdfOutlineError("no trailer (a compressed cross-reference stream is not supported)")
    trailer = data[start:]
    size = int(re.search(rb"/Size\s+(\d+)", trailer).group(1))
    root = int(re.search(rb"/Root\s+(\d+)\s+0\s+R", trailer).group(1))
    info = re.search(rb"/Info\s+(\d+)\s+0\s+R", trailer)
    startxref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    return size, root, int(info.group(1)) if info else None, startxref


def page_objects(data):
    """Object numbers of the pages in order (following the page tree from the catalog)."""
    _size, root, _info, _xref = _last_trailer(data)
    offsets = _xref_offsets(data)
    pages_ref = re.search(rb"/Pages\s+(\d+)\s+0\s+R", _object(data, root, offsets))
    out = []

    def walk(number):
        body = _object(data, number, offsets)
        if re.search(rb"/Type\s*/Pages\b", body):
            kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S).group(1)
            for kid in re.findall(rb"(\d+)\s+0\s+R", kids):
                walk(int(kid))
        else:
            out.append(number)

    walk(int(pages_ref.group(1)))
    return out


def _text(title):
    return b"<FEFF" + title.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def add_outline(path, entries):
    """Append bookmarks ``[(title, page index 0-based, level 0|1)]`` to the PDF at ``path``.

    Level-1 entries belong to the nearest level-0 entry above them (e.g. "Steckbriefe" and the areas).
    """
    with open(path, "rb") as handle:
        data = handle.read()
    size, root, info, startxref = _last_trailer(data)
    pages = page_objects(data)
    if not entries:
        return 0
    for _title, page, _level in entries:
        if not 0 <= page < len(pages):
            raise PdfOutlineError(f"page {page + 1} does not exist (the PDF has {len(pages)})")
    outlines = size
    numbers = list(range(size + 1, size + 1 + len(entries)))
    parent_of, children = {}, {outlines: []}
    current_top = None
    for number, (_title, _page, level) in zip(numbers, entries):
        if level == 0 or current_top is None:
            parent_of[number] = outlines
            current_top = number
        else:
            parent_of[number] = current_top
        children.setdefault(parent_of[number], []).append(number)
        children.setdefault(number, [])
    objects = {}
    for number, (title, page, _level) in zip(numbers, entries):
        siblings = children[parent_of[number]]
        position = siblings.index(number)
        parts = [b"/Title " + _text(title), b"/Parent %d 0 R" % parent_of[number],
                 b"/Dest [%d 0 R /Fit]" % pages[page]]
        if position > 0:
            parts.append(b"/Prev %d 0 R" % siblings[position - 1])
        if position < len(siblings) - 1:
            parts.append(b"/Next %d 0 R" % siblings[position + 1])
        kids = children[number]
        if kids:
            parts += [b"/First %d 0 R" % kids[0], b"/Last %d 0 R" % kids[-1], b"/Count -%d" % len(kids)]
        objects[number] = b"<<" + b" ".join(parts) + b">>"
    top = children[outlines]
    objects[outlines] = b"<</Type /Outlines /First %d 0 R /Last %d 0 R /Count %d>>" % (top[0], top[-1], len(top))
    catalog = _object(data, root).strip()
    if not catalog.endswith(b">>"):
        raise PdfOutlineError("unexpected catalog")
    catalog = re.sub(rb"/(Outlines\s+\d+\s+0\s+R|PageMode\s*/\w+)", b"", catalog)
    objects[root] = catalog[:-2] + b" /Outlines %d 0 R /PageMode /UseOutlines>>" % outlines
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    new_size = max(size, max(objects) + 1)
    trailer = b"/Size %d /Root %d 0 R /Prev %d" % (new_size, root, startxref)
    if info is not None:
        trailer += b" /Info %d 0 R" % info
    out += b"trailer\n<<" + trailer + b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    with open(path, "wb") as handle:
        handle.write(bytes(out))
    return len(entries)
