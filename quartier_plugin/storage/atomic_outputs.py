"""Outputs whole or absent, also when QGIS or GDAL writes the file: the writer gets a hidden temporary
name beside the target, which is renamed onto the target once the output is complete. A run that is
killed leaves the target as it was (or absent) plus hidden leftovers, which the next run writing into
the same folder removes.

Names: ``.quartier-tmp-<pid>-<token>-<name>`` for files (a Processing sink and its side files:
``.shx``/``.dbf``/``.prj``/``.cpg`` of a Shapefile, ``-wal``/``-shm``/``-journal`` of a GeoPackage),
``.quartier-pack-<pid>-<token>-<name>`` and ``.quartier-old-<pid>-<token>-<name>`` for the meeting
pack's folders. The process id tells the leftover of a killed run (its process is gone, or the process
now holding that id started after the leftover was last written) from the work of a run still going on
(another process, or another thread of this one): only leftovers are removed.

Nothing here needs QGIS; the messages are the caller's (translated) business.
"""

import os
import re
import secrets
import shutil
import threading
import time

TMP_PREFIX = ".quartier-tmp-"
PACK_PREFIX = ".quartier-pack-"
OLD_PREFIX = ".quartier-old-"
PREFIXES = (TMP_PREFIX, PACK_PREFIX, OLD_PREFIX)
_NAME = re.compile(r"^(\.quartier-(?:tmp|pack|old)-)(\d+)-([0-9a-f]+)-(.*)$", re.S)
# A leftover of another process that is still alive is kept, unless older than this (process ids are reused).
FOREIGN_AGE_LIMIT = 24 * 3600
# Shapefile side files QGIS/GDAL may leave beside an earlier target; removed when a new Shapefile replaces it.
SHAPEFILE_SIDE_EXTENSIONS = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qpj", ".fix", ".qmd")
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

_active = set()          # tokens of this process's temporary names still in use
_lock = threading.Lock()


def temporary_name(target, prefix=TMP_PREFIX):
    """A free hidden name beside ``target`` (same folder, same file name after the prefix), registered as
    in use by this process until :func:`release`. The folder's writability is proven by creating the
    name (and removing it again: writers such as GDAL want to create the file themselves); an
    ``OSError`` says why not."""
    folder, name = os.path.split(os.path.abspath(target))
    while True:
        token = secrets.token_hex(4)
        path = os.path.join(folder, f"{prefix}{os.getpid()}-{token}-{name}")
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        os.remove(path)
        with _lock:
            _active.add(token)
        return path


def temporary_folder(target, prefix=PACK_PREFIX):
    """Like :func:`temporary_name`, but the name is created as a folder (it stays)."""
    folder, name = os.path.split(os.path.abspath(target))
    while True:
        token = secrets.token_hex(4)
        path = os.path.join(folder, f"{prefix}{os.getpid()}-{token}-{name}")
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        with _lock:
            _active.add(token)
        return path


def release(path):
    """The temporary name is no longer in use (renamed or removed)."""
    match = _NAME.match(os.path.basename(path))
    if match:
        with _lock:
            _active.discard(match.group(3))


def parse(name):
    """(prefix, pid, token, target name) of a temporary name, or None."""
    match = _NAME.match(name)
    if not match:
        return None
    return match.group(1), int(match.group(2)), match.group(3), match.group(4)


def group_of(temporary):
    """The names in the folder of ``temporary`` that belong to it (the file and its side files), each with
    the name it gets beside the target: ``[(temporary path, final path)]``; the main file comes last."""
    folder, name = os.path.split(temporary)
    prefix, pid, token, target_name = parse(name)
    head = f"{prefix}{pid}-{token}-"
    moves = []
    for entry in sorted(os.listdir(folder)):
        if entry.startswith(head) and entry != name:
            moves.append((os.path.join(folder, entry), os.path.join(folder, entry[len(head):])))
    if os.path.lexists(temporary):
        moves.append((temporary, os.path.join(folder, target_name)))
    return moves


def discard(temporary):
    """Remove the temporary file and everything that belongs to it; release the name."""
    for path, _final in group_of(temporary):
        _remove(path)
    release(temporary)


def written(temporary):
    """Whether anything was written under the temporary name (the file or a side file)."""
    return bool(group_of(temporary))


def commit(temporary, target):
    """Rename the temporary file (and its side files) onto ``target``. Each rename is atomic (os.replace);
    for a file with side files (a Shapefile) the side files go first and the main file last, and side
    files of an earlier target the new output lacks are removed (a stale ``.qix`` or ``-wal`` would not
    match the new file)."""
    moves = group_of(temporary)
    if not moves:  # (a Shapefile without geometry is only its .dbf: the main file may be missing)
        raise FileNotFoundError(temporary)
    target = os.path.abspath(target)
    finals = {final for _path, final in moves}
    stem, ext = os.path.splitext(target)
    stale = [target + suffix for suffix in SQLITE_SIDE_SUFFIXES]
    if ext.lower() == ".shp":
        stale += [stem + side for side in SHAPEFILE_SIDE_EXTENSIONS] + [stem + side.upper()
                                                                        for side in SHAPEFILE_SIDE_EXTENSIONS]
    for path in stale:
        if path not in finals and os.path.lexists(path):
            os.remove(path)
    for path, final in moves:
        os.replace(path, final)
    release(temporary)


def process_alive(pid):
    """Whether a process with this id runs (never signals it: os.kill(pid, 0) would end it on Windows)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - Windows
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.GetLastError() == 5  # access denied: it exists
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _process_start(pid):
    """When the process started (epoch seconds), where the system says so (Linux), else None."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of stat, counted after the command name
        with open("/proc/stat", encoding="ascii") as handle:
            boot = next(int(line.split()[1]) for line in handle if line.startswith("btime "))
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, StopIteration):
        return None


def is_leftover(path, now=None):
    """Whether the temporary ``path`` was left behind by a run that no longer goes on."""
    parsed = parse(os.path.basename(path))
    if parsed is None:
        return False
    _prefix, pid, token, _name = parsed
    try:
        mtime = os.lstat(path).st_mtime
    except OSError:
        return False
    if pid == os.getpid():
        with _lock:
            return token not in _active
    if not process_alive(pid):
        return True
    started = _process_start(pid)
    if started is not None and started > mtime + 2:
        return True  # the id was reused: the process that wrote this is gone
    return (now or time.time()) - mtime > FOREIGN_AGE_LIMIT


def remove_leftovers(folder, prefixes=(TMP_PREFIX,), restore_old=False):
    """Remove the leftovers of killed runs (names with one of ``prefixes``) in ``folder``; returns their
    paths. With ``restore_old``, an earlier meeting pack parked as ``.quartier-old-…-<name>`` whose
    ``<name>`` no longer exists (the run was killed between the two renames) is put back instead."""
    removed = []
    try:
        entries = sorted(os.listdir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not entry.startswith(prefixes):
            continue
        path = os.path.join(folder, entry)
        if not is_leftover(path):
            continue
        parsed = parse(entry)
        if restore_old and parsed[0] == OLD_PREFIX:
            original = os.path.join(folder, parsed[3])
            if parsed[3] and not os.path.lexists(original):
                try:
                    os.rename(path, original)
                    continue
                except OSError:
                    pass
        if _remove(path):
            removed.append(path)
    return removed


def _remove(path):
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path)
        else:
            os.remove(path)
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


def folder_problem(target):
    """The folder a file ``target`` would be written into, if it is missing, not a folder or not writable;
    else None. (Root may write into any folder: a read-only mount is only found when writing.)"""
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder) or not os.access(folder, os.W_OK | os.X_OK):
        return folder
    return None


def copy_layer_into_geopackage(source, layer_name, target):
    """Put the layer ``layer_name`` of the GeoPackage ``source`` into the existing GeoPackage ``target`` in
    one SQLite transaction (an earlier layer of that name is replaced in the same transaction): a kill
    leaves the target as it was, its other layers are never touched, and connections open on it (QGIS
    layers) stay valid, which replacing the whole file would not guarantee. Raises OSError."""
    from osgeo import ogr

    manager = getattr(ogr, "ExceptionMgr", None)
    context = manager(useExceptions=True) if manager is not None else _no_context()
    with context:
        try:
            src = ogr.Open(source)
            dst = ogr.Open(target, 1)
        except RuntimeError as err:
            raise OSError(str(err)) from err
        if src is None or dst is None:
            raise OSError(ogr.GetLastErrorMsg() or target)
        layer = src.GetLayerByName(layer_name) or src.GetLayer(0)
        try:
            if dst.StartTransaction(True) != 0:
                raise OSError(ogr.GetLastErrorMsg() or target)
            try:
                _copy_layer(ogr, layer, dst, layer_name)
                if dst.CommitTransaction() != 0:
                    raise OSError(ogr.GetLastErrorMsg() or target)
            except BaseException:
                dst.RollbackTransaction()
                raise
        except RuntimeError as err:
            raise OSError(str(err)) from err
        finally:
            layer = src = dst = None


def _copy_layer(ogr, layer, dst, name):
    """Replace (or create) the layer ``name`` of ``dst`` by a copy of ``layer``, inside the caller's
    transaction (GDAL's CopyLayer would start a transaction of its own)."""
    for index in range(dst.GetLayerCount()):
        if dst.GetLayer(index).GetName() == name:
            if dst.DeleteLayer(index) != 0:
                raise OSError(ogr.GetLastErrorMsg() or name)
            break
    options = ["FID=" + (layer.GetFIDColumn() or "fid")]
    if layer.GetGeomType() != ogr.wkbNone and layer.GetGeometryColumn():
        options.append("GEOMETRY_NAME=" + layer.GetGeometryColumn())
    copy = dst.CreateLayer(name, layer.GetSpatialRef(), layer.GetGeomType(), options)
    if copy is None:
        raise OSError(ogr.GetLastErrorMsg() or name)
    definition = layer.GetLayerDefn()
    for index in range(definition.GetFieldCount()):
        if copy.CreateField(definition.GetFieldDefn(index)) != 0:
            raise OSError(ogr.GetLastErrorMsg() or name)
    target_definition = copy.GetLayerDefn()
    layer.ResetReading()
    for feature in layer:
        out = ogr.Feature(target_definition)
        out.SetFrom(feature)
        out.SetFID(feature.GetFID())
        if copy.CreateFeature(out) != 0:
            raise OSError(ogr.GetLastErrorMsg() or name)


class _no_context:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
