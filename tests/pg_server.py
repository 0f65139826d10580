"""A throw-away PostgreSQL + PostGIS server for the workspace tests: own data folder, own port, localhost.

Started from Debian's packages (``make test`` installs them) as the ``postgres`` system user, with three
login roles: ``alice`` and ``bob`` (writers, members of ``quartier_writers``) and ``reader`` (read
only), a database ``quartier`` with PostGIS and a schema ``quartier``. Password authentication over
TCP, so the tests go through QGIS authentication configurations as an office would. Stopped and removed
at the end of the test session.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile

PASSWORDS = {"alice": "alice-secret-7", "bob": "bob-secret-7", "reader": "reader-secret-7"}
DATABASE = "quartier"
SCHEMA = "quartier"


def _bindir():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return os.path.dirname(found[-1]) if found else None


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    def __init__(self):
        self.bindir = _bindir()
        if self.bindir is None:
            raise RuntimeError("PostgreSQL is not installed (make test installs postgresql and PostGIS)")
        if not glob.glob("/usr/share/postgresql/*/extension/postgis.control"):
            raise RuntimeError("PostGIS is not installed (make test installs it)")
        self.root = tempfile.mkdtemp(prefix="quartier-pg-")
        self.data = os.path.join(self.root, "data")
        self.port = _free_port()
        self.started = False

    def _as_postgres(self, *cmd, check=True, **kw):
        runner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run(runner + list(cmd), check=check, capture_output=True, text=True, **kw)

    def psql(self, sql, database="postgres"):
        proc = self._as_postgres(os.path.join(self.bindir, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1",
                                 "-h", self.root, "-p", str(self.port), "-U", "postgres", "-d", database,
                                 "-c", sql, check=False)
        if proc.returncode:
            raise RuntimeError(f"psql failed: {proc.stderr.strip()}\n{sql}")
        return proc

    def start(self):
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
        self._as_postgres(os.path.join(self.bindir, "initdb"), "-D", self.data, "-U", "postgres",
                          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._as_postgres(os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-o", opts, "-w", "-t", "60",
                          "-l", os.path.join(self.root, "log.txt"), "start")
        self.started = True
        roles = " ".join(f"CREATE ROLE {name} LOGIN PASSWORD '{pw}';" for name, pw in PASSWORDS.items())
        self.psql(f"CREATE ROLE quartier_writers NOLOGIN; {roles} GRANT quartier_writers TO alice, bob;")
        self.psql(f"CREATE DATABASE {DATABASE};")  # not inside the transaction of a multi-statement -c
        self.psql(f"CREATE EXTENSION postgis; {self._schema_sql()}", database=DATABASE)
        return self

    @staticmethod
    def _schema_sql():
        """The schema as a DBA would set it up for a team: writers share the tables, a reader reads."""
        grants = " ".join(
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {w} IN SCHEMA {SCHEMA} GRANT SELECT, INSERT, UPDATE, DELETE "
            f"ON TABLES TO quartier_writers; ALTER DEFAULT PRIVILEGES FOR ROLE {w} IN SCHEMA {SCHEMA} GRANT "
            f"USAGE, SELECT, UPDATE ON SEQUENCES TO quartier_writers; ALTER DEFAULT PRIVILEGES FOR ROLE {w} IN "
            f"SCHEMA {SCHEMA} GRANT SELECT ON TABLES TO reader;" for w in ("alice", "bob"))
        return (f"CREATE SCHEMA {SCHEMA}; GRANT USAGE, CREATE ON SCHEMA {SCHEMA} TO quartier_writers; "
                f"GRANT USAGE ON SCHEMA {SCHEMA} TO reader; {grants}")

    def reset_schema(self):
        """An empty schema again (between tests)."""
        self.psql(f"DROP SCHEMA {SCHEMA} CASCADE; {self._schema_sql()}", database=DATABASE)

    def stop(self):
        if self.started:
            self._as_postgres(os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-m", "immediate", "-w",
                              "stop", check=False)
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)
