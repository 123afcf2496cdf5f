"""A throwaway PostgreSQL server for the tests.

PostgreSQL refuses to run as root, and Debian keeps its server binaries off PATH (in
``/usr/lib/postgresql/<version>/bin``). So when the tests run as root, initdb and pg_ctl
run as the ``postgres`` system user (``runuser``) on a temporary data dir and a free port.

Plain Python (no pytest) so scripts and benchmarks can use it too::

    with PgServer() as server:
        url = server.create_database("demo")
"""

from __future__ import annotations

import atexit
import glob
import os
import re
import shlex
import shutil
import socket
import stat
import subprocess
import tempfile
import uuid
from pathlib import Path
from types import TracebackType

SUPERUSER = "postgres"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def _version_key(path: str) -> tuple[int, ...]:
    version = Path(path).parts[-3]  # /usr/lib/postgresql/<version>/bin/initdb
    return tuple(int(p) for p in version.split(".") if p.isdigit())


def find_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl: PATH first, else the newest Debian one."""
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl and Path(initdb).parent == Path(pg_ctl).parent:
        return Path(pg_ctl).parent
    candidates = [
        p
        for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")
        if os.access(Path(p).with_name("pg_ctl"), os.X_OK)
    ]
    if not candidates:
        return None
    return Path(max(candidates, key=_version_key)).parent


def _as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def available() -> str | None:
    """``None`` when a server can be started here, else the reason it cannot."""
    if find_bindir() is None:
        return (
            "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in "
            "/usr/lib/postgresql/*/bin (apt-get install postgresql)"
        )
    if _as_root():
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing"
        import pwd

        try:
            pwd.getpwnam(SUPERUSER)
        except KeyError:
            return f"running as root and there is no {SUPERUSER!r} system user"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _others_can_enter(directory: Path) -> bool:
    """Whether every directory from / down to ``directory`` is searchable by other users."""
    for part in [directory, *directory.parents]:
        try:
            if not part.stat().st_mode & stat.S_IXOTH:
                return False
        except OSError:
            return False
    return True


def _temp_base() -> Path:
    parent = Path(tempfile.gettempdir())
    if _as_root() and not _others_can_enter(parent):
        parent = Path("/tmp")  # TMPDIR under /root: the postgres user could not reach it
    # A short name: the unix socket path must stay under ~100 characters.
    return Path(tempfile.mkdtemp(prefix="rdpg-", dir=parent))


class PgServer:
    """One PostgreSQL cluster on 127.0.0.1 with trust auth for the superuser ``postgres``.

    Starts in the constructor; ``stop()``/``start()``/``restart()`` keep the data dir and the
    port (so URLs stay valid); ``cleanup()`` stops it and deletes everything.
    """

    host = "127.0.0.1"
    superuser = SUPERUSER

    def __init__(self, *, start_timeout: int = 60) -> None:
        bindir = find_bindir()
        reason = available()
        if bindir is None or reason is not None:
            raise RuntimeError(reason or "PostgreSQL server binaries not found")
        self.bindir = bindir
        self.start_timeout = start_timeout
        self.as_root = _as_root()
        self.base = _temp_base()
        self.data = self.base / "data"
        self.socket_dir = self.base / "sock"
        self.log_path = self.base / "server.log"
        self.port = 0
        self._cleaned = False
        try:
            self.socket_dir.mkdir()
            if self.as_root:
                for path in (self.base, self.socket_dir):
                    shutil.chown(path, SUPERUSER, SUPERUSER)
            self._initdb()
            self._first_start()
        except BaseException:
            self.cleanup()
            raise
        atexit.register(self.cleanup)

    # -- processes ---------------------------------------------------------------------

    def _run(
        self, program: str, *args: str, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / program), *args]
        if self.as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(LC_ALL="C", LANG="C")
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            cwd=self.base,  # the postgres user may not be allowed into the caller's cwd
            env=env,
        )

    def _initdb(self) -> None:
        errors = []
        for locale in ("C.UTF-8", "C"):
            done = self._run(
                "initdb",
                "-D",
                str(self.data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "-E",
                "UTF8",
                f"--locale={locale}",
                "--no-sync",  # throwaway: skipping the final fsync saves seconds
            )
            if done.returncode == 0:
                return
            errors.append(f"--locale={locale}: {done.stdout[-1500:]}{done.stderr[-1500:]}")
            if self.data.exists():
                shutil.rmtree(self.data, ignore_errors=True)
        raise RuntimeError("initdb failed:\n" + "\n".join(errors))

    def _options(self) -> str:
        return (
            f"-F -p {self.port} -c listen_addresses=127.0.0.1 "
            f"-k {shlex.quote(str(self.socket_dir))} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )

    def _pg_ctl(self, action: str, *extra: str) -> subprocess.CompletedProcess[str]:
        return self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-w",
            "-t",
            str(self.start_timeout),
            *extra,
            action,
            timeout=self.start_timeout + 30,
        )

    def _first_start(self) -> None:
        # The port is free when picked but could be taken before postgres binds it: retry.
        for attempt in range(3):
            self.port = _free_port()
            try:
                self.start()
                return
            except RuntimeError:
                if attempt == 2 or "could not bind" not in self._log_tail():
                    raise

    def is_running(self) -> bool:
        return (
            self.data.exists()
            and self._run("pg_ctl", "-D", str(self.data), "status").returncode == 0
        )

    def start(self) -> None:
        done = self._pg_ctl("start", "-o", self._options(), "-l", str(self.log_path))
        if done.returncode != 0:
            raise RuntimeError(self._failure("did not start", done))

    def stop(self) -> None:
        """Stop the server (fast mode: open connections are cut); keeps the data."""
        done = self._pg_ctl("stop", "-m", "fast")
        if done.returncode != 0 and self.is_running():
            raise RuntimeError(self._failure("did not stop", done))

    def restart(self) -> None:
        """Restart on the same port and data dir; clients must reconnect."""
        done = self._pg_ctl(
            "restart", "-m", "fast", "-o", self._options(), "-l", str(self.log_path)
        )
        if done.returncode != 0:
            raise RuntimeError(self._failure("did not restart", done))

    def cleanup(self) -> None:
        """Stop the server if it runs and delete the temp dir. Safe to call twice."""
        if self._cleaned:
            return
        self._cleaned = True
        atexit.unregister(self.cleanup)
        try:
            if (self.data / "postmaster.pid").exists():
                self._pg_ctl("stop", "-m", "immediate")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def _log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "(no server log)"

    def _failure(self, what: str, done: subprocess.CompletedProcess[str]) -> str:
        return (
            f"PostgreSQL {what} (pg_ctl exit {done.returncode}, port {self.port}).\n"
            f"pg_ctl output: {done.stdout.strip()} {done.stderr.strip()}\n"
            f"--- tail of {self.log_path} ---\n{self._log_tail()}"
        )

    # -- databases ---------------------------------------------------------------------

    def url(
        self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        """A SQLAlchemy URL (psycopg 3 driver) for a database on this server."""
        from urllib.parse import quote

        auth = quote(user, safe="")
        if password is not None:
            auth += ":" + quote(password, safe="")
        return f"postgresql+psycopg://{auth}@{self.host}:{self.port}/{quote(dbname, safe='')}"

    def dsn(self, dbname: str = "postgres") -> str:
        """A libpq connection string (for psycopg.connect, psql)."""
        return f"host={self.host} port={self.port} user={SUPERUSER} dbname={dbname}"

    def _admin(self, statement: str, name: str) -> None:
        import psycopg
        from psycopg import sql

        if not _NAME.match(name):
            raise ValueError(f"unsafe database name: {name!r}")
        query = sql.SQL(statement).format(sql.Identifier(name))
        with psycopg.connect(self.dsn(), autocommit=True, connect_timeout=30) as conn:
            conn.execute(query)

    def create_database(self, name: str | None = None) -> str:
        """Create an empty database (a unique name when none is given); return its URL."""
        name = name or f"t_{uuid.uuid4().hex[:16]}"
        self._admin("CREATE DATABASE {}", name)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, disconnecting whoever is still connected to it."""
        self._admin("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)

    def __enter__(self) -> PgServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.cleanup()

    def __repr__(self) -> str:
        return f"PgServer(port={self.port}, data={self.data})"
