"""Write atomically: the pack goes into a hidden temporary folder next to the target, which then replaces
the target in one rename (a previous pack is replaced; check_folder refuses any other non-empty folder)."""

import os
import shutil

from ...storage import atomic_outputs
from ...translation import tr
from .request import PackError


def replace_folder(temporary, folder):
    """Put ``temporary`` in place of ``folder`` (an earlier pack is removed only after the swap). The earlier
    pack waits as ``.quartier-old-<pid>-<token>-<name>``: a run killed between the two renames leaves it
    there, and the next build puts it back (remove_pack_leftovers)."""
    old = None
    if os.path.exists(folder):
        old = atomic_outputs.temporary_name(folder, prefix=atomic_outputs.OLD_PREFIX)
        os.rename(folder, old)
    try:
        os.rename(temporary, folder)
    except OSError:
        if old is not None:
            os.rename(old, folder)
            atomic_outputs.release(old)
        raise
    atomic_outputs.release(temporary)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
        atomic_outputs.release(old)


def remove_pack_leftovers(folder):
    """Remove what killed runs left beside ``folder`` (hidden ``.quartier-pack-*`` and ``.quartier-old-*``
    folders of processes that are gone); an earlier pack parked by a run killed between its two renames is
    put back where it was if nothing took its place. Returns the removed paths."""
    return atomic_outputs.remove_leftovers(
        os.path.dirname(os.path.abspath(folder)), (atomic_outputs.PACK_PREFIX, atomic_outputs.OLD_PREFIX),
        restore_old=True)


def temporary_folder(folder):
    """A new hidden folder beside ``folder``, with the permissions a normal folder gets once in place."""
    try:
        temporary = atomic_outputs.temporary_folder(folder, prefix=atomic_outputs.PACK_PREFIX)
    except OSError as err:  # e.g. a read-only mount: root passes check_folder's access test
        raise PackError(tr("Cannot write into the folder {0}: {1}").format(
            os.path.dirname(folder), err.strerror or err)) from err
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temporary, 0o777 & ~umask)  # a normal folder once in place (made private at first)
    return temporary


def write_atomically(folder, write):
    """Call ``write(temporary)`` and put the temporary folder in place of ``folder``; on any failure
    (cancel, error, interrupt) the temporary folder goes and ``folder`` is as it was."""
    temporary = temporary_folder(folder)
    try:
        write(temporary)
        replace_folder(temporary, folder)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        atomic_outputs.release(temporary)
        raise
    return folder
