"""A throw-away PostgreSQL server for the tests and the benchmark (never for real workshops).

``initdb`` into a temporary folder as a non-root user (as root: Debian's ``postgres`` user through
``runuser``), started on a private port with its socket in that folder, stopped and removed at
the end. Where no PostgreSQL is installed or it cannot start, :func:`start` raises
:class:`Unavailable` with the reason, so callers can skip saying why.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

USER = "facilitator"


class Unavailable(RuntimeError):
    """No throw-away PostgreSQL can run here; the message says why."""


def _binary(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)),
                                       None)
    if found is None:
        raise Unavailable(f"PostgreSQL's {name} is not installed (tools/install-system-deps.sh installs it)")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Cluster:
    """A running throw-away server: its folder, port, and the URL of a database on it."""

    folder: Path
    port: int
    run_as: list[str]

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        self._psql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self._psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _psql(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def pg_ctl(self, *args: str) -> None:
        subprocess.run([*self.run_as, _binary("pg_ctl"), "-D", str(self.folder / "data"), *args],
                       check=True, capture_output=True, timeout=60)

    def stop(self) -> None:
        """Stop the server (fast: sessions are ended) and keep the folder for a restart."""
        self.pg_ctl("stop", "-m", "fast", "-w")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=100"
        self.pg_ctl("start", "-w", "-t", "30", "-l", str(self.folder / "server.log"), "-o", options)

    def remove(self) -> None:
        try:
            self.stop()
        except (subprocess.SubprocessError, OSError):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def _run_as() -> tuple[list[str], int | None]:
    """How to run the server's programs: as ourselves, or (as root) as the ``postgres`` user."""
    if os.geteuid() != 0:
        return [], None
    try:
        uid = pwd.getpwnam("postgres").pw_uid
    except KeyError as exc:
        raise Unavailable("running as root and there is no 'postgres' user to run the server") from exc
    runuser = shutil.which("runuser")
    if runuser is None:
        raise Unavailable("running as root and runuser is missing")
    return [runuser, "-u", "postgres", "--"], uid


def start() -> Cluster:
    """initdb and start a server in a new temporary folder; raises :class:`Unavailable`."""
    initdb = _binary("initdb")
    _binary("pg_ctl")
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise Unavailable("the psycopg driver is not installed") from exc
    run_as, uid = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="facilitator-pg-"))
    if uid is not None:
        os.chown(folder, uid, -1)
    cluster = Cluster(folder, _free_port(), run_as)
    try:
        subprocess.run([*run_as, initdb, "-D", str(folder / "data"), "-U", USER, "--auth=trust",
                        "--encoding=UTF8", "--locale=C.UTF-8"],
                       check=True, capture_output=True, timeout=120)
        cluster.start()
    except (subprocess.SubprocessError, OSError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(f"the throw-away PostgreSQL did not start: {exc} {detail[-300:]!r}") from exc
    return cluster
