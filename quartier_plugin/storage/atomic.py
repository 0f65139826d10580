"""Outputs are written completely or not at all: write to a temporary name beside the target, rename."""

import contextlib
import os
import tempfile


@contextlib.contextmanager
def atomic_path(path):
    """Yield a free temporary path in the target's folder; on success it replaces ``path``.

    On failure (an exception in the block) the target is left as it was and nothing is left behind,
    including SQLite side files of a GeoPackage.
    """
    folder, name = os.path.split(os.path.abspath(path))
    stem, ext = os.path.splitext(name)
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}-", suffix=ext, dir=folder)
    os.close(fd)
    os.remove(tmp)  # writers such as GDAL want to create the file themselves
    try:
        yield tmp
        os.replace(tmp, os.path.abspath(path))
    finally:
        for leftover in (tmp, tmp + "-journal", tmp + "-wal", tmp + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)


def write_bytes(path, data):
    """Write ``data`` to ``path`` whole or not at all."""
    with atomic_path(path) as tmp, open(tmp, "wb") as handle:
        handle.write(data)
