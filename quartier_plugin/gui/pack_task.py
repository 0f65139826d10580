"""The meeting pack in the background: what runs in the worker thread, and what then runs on the main thread.

* **Worker thread** (:func:`build_files`): the whole pack - index and robustness, the pack's layers, the
  sheets and the PDF - is built by ``MeetingPack(request, project).build()`` into a *private* project made in
  that thread and used by no one else (as ``quartier:meeting_pack`` does from the Processing toolbox and from
  ``qgis_process``). Its layers go into a throw-away workspace; the context layers (renewal areas,
  boundaries, overlay) are copies; the user's layers are only read, through their feature sources. The pack
  is written into a hidden folder and renamed into place at the end (``layouts/pack/folder.py``): a cancel
  or an error leaves no folder.
* **Main thread** (:func:`adopt`), after success only: the pack's layers are published into the project's
  workspace and its sheets composed into the project's layout manager, from the very numbers the worker
  computed, so staff can adjust the layouts and print them again. Nothing is rendered here, so this part
  is short (well under a second for the demo city's 152 areas).

The desktop's project, its layer tree and its layouts are never touched from the worker thread: QGIS's
layouts are not thread safe (QGIS's own layout export algorithms run on the main thread for that reason),
but a layout that lives and dies in one thread with its own project is rendered there like any other work.
"""

from dataclasses import dataclass

from .tasks import Cancelled


@dataclass
class BuiltPack:
    """What the worker thread hands to the main thread: plain data only (no layer, no layout)."""

    folder: str
    pages: int
    sheets: list
    computed: object        # layouts.pack.compute.Computed: numpy arrays and dicts
    warnings: list


def build_files(request, feedback):
    """The worker thread: the pack written into ``request.folder`` (completely or not at all)."""
    from qgis.core import QgsProject
    from qgis.PyQt import sip

    from ..layouts.meeting_pack import MeetingPack, PackError

    if feedback.isCanceled():
        raise Cancelled()
    project = QgsProject()  # this thread's own: nothing else sees it, and it goes with this function
    pack = MeetingPack(request, project, feedback)
    try:
        folder = pack.build()
        return BuiltPack(folder, len(pack.pages), list(pack.sheets), pack.computed, list(pack.result.warnings))
    except PackError:
        if feedback.isCanceled():
            raise Cancelled() from None
        raise
    finally:
        pack.layouts, pack.pages, pack.published = [], [], None
        del pack
        sip.delete(project)  # here, in the thread it belongs to


def adopt(project, request, built):
    """The main thread: the pack's layers and its (not rendered) sheets into ``project``, as the pack printed
    them; returns the MeetingPack (its ``layouts`` and ``layers`` are the project's)."""
    from ..layouts.meeting_pack import MeetingPack
    from ..layouts.pack.publish import PackLayers

    pack = MeetingPack(request, project)
    pack.computed = built.computed
    pack.published = PackLayers(project, request, built.computed)
    _shared, composed = pack.publish_and_compose(pack.rows())
    pack.layouts = [layout for _sheet, layout in composed]
    pack.sheets = list(built.sheets)
    pack.pages = [None] * built.pages  # the count the PDF has (the pages themselves are in the file)
    return pack
