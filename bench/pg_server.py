"""A PostgreSQL 15 server of the benchmarks' own: made in a temporary folder, listening on its
Unix socket only (no network port), with the server's default durability (fsync on, as a
ministry's server would run: the comparison with SQLite is fair), stopped and removed after.
As root it runs as the `postgres` user (PostgreSQL refuses to run as root)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BIN = Path(os.environ.get("GPAST_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_owner() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@contextmanager
def server() -> Iterator[str]:
    """Start a server; yields the admin URL of its `postgres` database."""
    if not (BIN / "pg_ctl").exists():
        raise SystemExit(f"PostgreSQL 15 is not installed ({BIN}/pg_ctl is missing)")
    folder = Path(tempfile.mkdtemp(prefix="gpast-bench-pg-"))
    owner = _as_owner()
    if owner:
        shutil.chown(folder, "postgres")
    os.chmod(folder, 0o700)
    data = folder / "data"
    run = [*owner, str(BIN / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
    subprocess.run([*run, "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
    options = f"-c listen_addresses='' -c unix_socket_directories='{folder}'"
    options += " -c shared_buffers=128MB"
    ctl = [*owner, str(BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log")]
    subprocess.run([*ctl, "-o", options, "-w", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={folder}"
    finally:
        subprocess.run([*ctl, "-m", "fast", "-w", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def new_database(admin_url: str, prefix: str = "bench") -> str:
    """A new database on the server with the program's (empty) tables; its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    url = make_url(admin_url)
    with psycopg.connect(
        host=str(url.query["host"]), user="postgres", dbname="postgres", autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    made = url.set(database=name).render_as_string(hide_password=False)
    from app.storage.server import migrate_server

    migrate_server(made)  # as an administrator would (gpast server migrate); nothing else does
    return made


def server_cpu_seconds(admin_url: str) -> float | None:
    """CPU seconds the server started by server() has used so far: its postmaster's own and
    its ended backends', plus its running processes' (Linux /proc; None elsewhere). On a
    shared machine this is steadier than the wall clock."""
    from sqlalchemy.engine import make_url

    pid_file = Path(str(make_url(admin_url).query["host"])) / "data" / "postmaster.pid"
    try:
        postmaster = int(pid_file.read_text().split()[0])
        ticks = os.sysconf("SC_CLK_TCK")
        fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
        total = sum(int(n) for n in fields[11:15])  # utime, stime, cutime, cstime
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                child = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended meanwhile
            if int(child[1]) == postmaster:
                total += int(child[11]) + int(child[12])
    except (OSError, ValueError, IndexError):
        return None
    return total / ticks


def wait_for_autovacuum(url: str, tables: tuple[str, ...], timeout: float = 300.0) -> float:
    """Wait until the server's autovacuum has vacuumed each of `tables` that has had more rows
    added since its last vacuum than autovacuum waits for (migration 0008: 1,000 and a
    hundredth of the table), as it does within a minute or so of an import; its vacuum marks
    the pages all-visible. The seconds waited; raises after `timeout`."""
    import time

    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    started = time.perf_counter()
    with psycopg.connect(
        host=str(parsed.query["host"]), user="postgres", dbname=parsed.database, autocommit=True
    ) as conn:
        while True:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_user_tables WHERE relname = ANY(%s) "
                "AND n_ins_since_vacuum > 1000 + 0.01 * n_live_tup",
                (list(tables),),
            ).fetchone()
            if row is not None and row[0] == 0:
                return time.perf_counter() - started
            if time.perf_counter() - started > timeout:
                raise SystemExit(f"autovacuum did not vacuum {', '.join(tables)} in {timeout} s")
            time.sleep(1)
