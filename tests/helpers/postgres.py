"""A throwaway PostgreSQL server for the tests, started from the machine's server binaries.

The server refuses to run as root, so under root it runs as the unprivileged ``nobody`` user.
It listens on a private Unix socket folder and a free TCP port on 127.0.0.1, with trust
authentication, and is stopped and deleted when the test session ends.
"""

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SEARCH_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin",
               "/usr/lib/postgresql/15/bin", "/usr/local/pgsql/bin", "/usr/local/bin", "/usr/bin")


@dataclass
class PostgresServer:
    """A running throwaway server."""

    bin_dir: Path
    data_dir: Path
    port: int
    user: str
    run_as: str | None

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        """A SQLAlchemy URL for a database on this server."""
        return f"postgresql+psycopg://{user or self.user}@127.0.0.1:{self.port}/{database}"

    def _command(self, *args: str) -> list[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *command]
        return command

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run pg_ctl against this server's data folder."""
        return subprocess.run(
            self._command("pg_ctl", "-D", str(self.data_dir), "-w", "-t", "30", *args),
            check=check, capture_output=True, text=True,
        )

    def stop(self) -> None:
        """Stop the server fast (connections are cut, as when a server goes away)."""
        self.pg_ctl("stop", "-m", "fast", check=False)

    def start(self) -> None:
        """Start (or start again) the server."""
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.data_dir}"
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        result = self.pg_ctl("start", "-o", options, "-l", str(self.data_dir / "server.log"),
                             check=False)
        if result.returncode != 0:
            log_text = (self.data_dir / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"PostgreSQL did not start: {result.stderr}\n{log_text}")

    def create_database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres",
                             autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def find_bin_dir() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``, or None where PostgreSQL is not installed."""
    override = os.environ.get("TIERBOARD_PG_BIN")
    candidates = [override] if override else []
    candidates += list(SEARCH_DIRS)
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists() and (
            Path(candidate) / "pg_ctl"
        ).exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def throwaway_server() -> Iterator[PostgresServer]:
    """Start a new server in a temporary folder; stop and delete it afterwards.

    Raises:
        RuntimeError: the binaries are missing or the server would not start (with the reason).
    """
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) were not found; "
                           "install PostgreSQL or set TIERBOARD_PG_BIN")

    run_as = None
    base = Path(tempfile.mkdtemp(prefix="tierboard-pg-"))
    if os.geteuid() == 0:
        run_as = "nobody"
        entry = pwd.getpwnam(run_as)
        os.chmod(base, 0o755)
        os.chown(base, entry.pw_uid, entry.pw_gid)
    data_dir = base / "data"

    server = PostgresServer(bin_dir, data_dir, _free_port(), "tierboard", run_as)
    try:
        init = subprocess.run(
            server._command("initdb", "-D", str(data_dir), "-U", server.user, "-A", "trust",
                            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"),
            capture_output=True, text=True, check=False, cwd=base,
        )
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr.strip()}")
        server.start()
        deadline = time.monotonic() + 20
        while not _accepts(server.port):
            if time.monotonic() > deadline:
                raise RuntimeError("PostgreSQL did not accept connections within 20 s")
            time.sleep(0.1)
        yield server
    finally:
        if data_dir.exists():
            server.stop()
        shutil.rmtree(base, ignore_errors=True)


def _accepts(port: int) -> bool:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0
