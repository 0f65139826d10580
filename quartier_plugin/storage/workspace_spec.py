"""What a workspace is and what a run records: the workspace's address (:class:`WorkspaceSpec`), the
:class:`Run`, the bookkeeping tables' columns and the workspace's errors. No GDAL here; the reading and
writing is :mod:`.workspace`.
"""

import datetime
import getpass
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field

from qgis.core import QgsDataSourceUri

from ..core.tables import STRING
from ..translation import tr

RUNS = "quartier_runs"
RESULTS = "quartier_results"
GPKG_SUFFIX = ".quartier.gpkg"
DEFAULT_SCHEMA = "quartier"
KINDS = ("gpkg", "postgres")
RUN_FIELDS = (("run_id", STRING), ("step", STRING), ("target", STRING), ("started", STRING), ("finished", STRING),
              ("settings_hash", STRING), ("settings", STRING), ("inputs", STRING), ("plugin_version", STRING),
              ("qgis_version", STRING), ("user", STRING), ("based_on", STRING))
RESULT_FIELDS = (("table_name", STRING), ("run_id", STRING), ("user", STRING), ("written", STRING),
                 ("title", STRING))


class WorkspaceError(RuntimeError):
    """The workspace could not be opened or written; nothing was changed."""


class WorkspaceConflict(WorkspaceError):
    """Somebody else wrote the result since this writer read it."""

    def __init__(self, table, user, written, run_id):
        self.table, self.user, self.written, self.run_id = table, user, written, run_id
        super().__init__(tr("{0} was written by {1} at {2} (run {3}) since you loaded it. Nothing was "
                            "overwritten: reload the result, or write it under another name.").format(
            table, user or tr("somebody"), written, (run_id or "")[:8]))


class WorkspaceReadOnly(WorkspaceError):
    """The current user may read the workspace but not write to it."""


def settings_hash(settings):
    """sha256 of the settings as canonical JSON (sorted keys): the same settings, the same hash."""
    text = json.dumps(settings, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now_text():
    return datetime.datetime.now(datetime.timezone.utc).astimezone().isoformat(timespec="seconds")


def current_user():
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return os.environ.get("USER") or os.environ.get("USERNAME") or "?"


@dataclass
class Run:
    """What a run records; ``settings`` and ``inputs`` are stored as JSON."""

    step: str
    settings: dict = field(default_factory=dict)
    inputs: list = field(default_factory=list)
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started: str = field(default_factory=now_text)
    user: str = field(default_factory=current_user)

    @property
    def settings_hash(self):
        return settings_hash(self.settings)


@dataclass
class WorkspaceSpec:
    """Where a workspace is: ``kind`` "gpkg" with ``path``, or "postgres" with ``connection`` and ``schema``.

    ``connection`` is a QgsDataSourceUri text holding host, port, dbname and authcfg, never a password.
    """

    kind: str = "gpkg"
    path: str = ""
    connection: str = ""
    schema: str = DEFAULT_SCHEMA

    def to_dict(self):
        return {"kind": self.kind, "path": self.path, "connection": self.connection, "schema": self.schema}

    @classmethod
    def from_dict(cls, data):
        if not isinstance(data, dict) or data.get("kind") not in KINDS:
            raise WorkspaceError(tr("The project's workspace entry is not valid."))
        return cls(data["kind"], data.get("path", ""), data.get("connection", ""),
                   data.get("schema") or DEFAULT_SCHEMA)

    def label(self):
        if self.kind == "gpkg":
            return self.path
        uri = QgsDataSourceUri(self.connection)
        return f"PostGIS {uri.host() or 'localhost'}:{uri.port() or '5432'}/{uri.database()} · {self.schema}"


def default_gpkg_path(project_file):
    """``stadt.qgz`` → ``stadt.quartier.gpkg`` beside it."""
    folder, name = os.path.split(os.path.abspath(project_file))
    return os.path.join(folder, os.path.splitext(name)[0] + GPKG_SUFFIX)
