"""A throwaway PostgreSQL server for the tests.

PostgreSQL refuses to run as root, and Debian keeps its server binaries off PATH (in
``/usr/lib/postgresql/<version>/bin``). So when the tests run as root, initdb and pg_ctl
run as the ``postgres`` system user (``runuser``) on a temporary data dir and a free port.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from types import TracebackType


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(candidates[-1]).parent if candidates else None


def available() -> str | None:
    """``None`` when a server can be started here, else the reason it cannot."""
    if _bin_dir() is None:
        return "PostgreSQL server binaries not found (apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' system user"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """One PostgreSQL cluster on 127.0.0.1, trust auth for the superuser ``postgres``."""

    superuser = "postgres"
    host = "127.0.0.1"

    def __init__(self) -> None:
        bindir = _bin_dir()
        if bindir is None:
            raise RuntimeError(available() or "PostgreSQL not found")
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="rd-pg-"))
        self.data = self.base / "data"
        self.sockets = self.base / "sockets"
        self.log_path = self.base / "server.log"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self.sockets.mkdir()
        if self.as_root:
            shutil.chown(self.base, "postgres")
            shutil.chown(self.sockets, "postgres")
        self._initdb()
        self.start()

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(
            command, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
        )

    def _initdb(self) -> None:
        for locale in ("C.UTF-8", "C"):
            done = self._run(
                "initdb",
                "-D",
                str(self.data),
                "-U",
                self.superuser,
                "--auth=trust",
                "-E",
                "UTF8",
                f"--locale={locale}",
            )
            if done.returncode == 0:
                return
            shutil.rmtree(self.data, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {done.stderr[-2000:]}")

    def start(self) -> None:
        options = (
            f"-F -p {self.port} -c listen_addresses=127.0.0.1 -k {self.sockets} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        done = self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "-l",
            str(self.log_path),
            "start",
        )
        if done.returncode != 0:
            raise RuntimeError(f"PostgreSQL did not start: {done.stderr}\n{self._log_tail()}")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self) -> None:
        """Stop and start the server on the same port and data (connections are cut)."""
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-3000:]
        except OSError:
            return ""

    def url(
        self, dbname: str = "postgres", user: str = "postgres", password: str | None = None
    ) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{dbname}"

    def psql_dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.host} port={self.port} user={self.superuser} dbname={dbname}"

    def create_database(self, name: str | None = None) -> str:
        """Create a database and return its SQLAlchemy URL."""
        import psycopg

        name = name or f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.psql_dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.psql_dsn(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def __enter__(self) -> PgServer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.cleanup()
