"""Backups of a shared PostgreSQL database with PostgreSQL's own pg_dump and pg_restore
(custom format, `.dump`), with the checks and messages of a SQLite file's backups: a copy is
written whole or not at all (owner-only, renamed at the end); a restore first checks the copy
(a GPAST Coordinator database, not from a newer program), keeps the current data aside, then
replaces it in one transaction, so a failed restore changes nothing.

The password is given to pg_dump/pg_restore in their environment (PGPASSWORD) when the window
holds one in memory, never on their command line; the user's .pgpass works as for any client.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from app.errors import DatabaseError, GpastError
from app.files import new_private_file
from app.storage.engine import data_dir, shown_url
from app.storage.files import private, private_folder
from app.storage.revisions import known_revisions
from app.storage.server import own_tables
from app.storage.server_bulk import SERVER_FUNCTIONS

SUFFIX = ".dump"
RESTORE_LOCK_WAIT = "60s"  # how long a restore waits for others' transactions on the tables


def _program(name: str) -> str:
    """pg_dump or pg_restore: GPAST_PG_BIN's, else the one on PATH, else PostgreSQL 15's."""
    folder = os.environ.get("GPAST_PG_BIN")
    candidates = [Path(folder) / name] if folder else []
    found = shutil.which(name)
    candidates += [Path(found)] if found else []
    candidates.append(Path("/usr/lib/postgresql/15/bin") / name)
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    raise GpastError(
        "PostgreSQL's {program} was not found; install the PostgreSQL client programs "
        "(Debian and Ubuntu: postgresql-client), or set GPAST_PG_BIN to their folder",
        program=name,
    )


def _environment(url: str, password: str | None) -> dict[str, str]:
    """The client programs' environment: the password (never on their command line) and the
    connect timeout."""
    env = dict(os.environ)
    parsed = make_url(url)
    if password is None and parsed.password is not None:
        password = str(parsed.password)
    if password is not None:
        env["PGPASSWORD"] = password
    env.setdefault("PGCONNECT_TIMEOUT", os.environ.get("GPAST_PG_CONNECT_TIMEOUT", "10"))
    return env


def _run(program: str, args: list[str], url: str, password: str | None) -> str:
    """Run pg_dump/pg_restore against the server at `url`; its stderr when it failed."""
    env = _environment(url, password)
    done = subprocess.run(
        [_program(program), *args, f"--dbname={shown_url(url)}"],
        capture_output=True,
        text=True,
        env=env,
    )
    return done.stderr.strip() if done.returncode else ""


def _why(stderr: str) -> str:
    """pg_dump's or pg_restore's reason, without the SQL of its "detail: Query was" lines."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    found = [line.lower().find("error:") for line in lines]
    errors = [line[at + 6 :] for line, at in zip(lines, found, strict=True) if at >= 0]
    return " ".join((errors[0] if errors else lines[-1] if lines else "").split())


def default_backup(url: str, tag: str = "") -> Path:
    """Where a server's backup goes when no file is named: the user's data folder."""
    name = make_url(url).database or "server"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return data_dir() / "backups" / f"{name}-{stamp}{tag}{SUFFIX}"


def backup_server(url: str, out: Path | None = None, password: str | None = None) -> Path:
    """A pg_dump of the server database at `url` (custom format), written whole or not at all."""
    out = Path(out) if out is not None else default_backup(url)
    private_folder(out.parent)
    partial = new_private_file(out.with_name(out.name + ".partial"))
    try:
        failed = _run("pg_dump", ["--format=custom", f"--file={partial}"], url, password)
        if failed:
            if "No space left" in failed or "could not write" in failed:
                raise GpastError(
                    "{file}: not enough space on the disk; nothing was written", file=out
                )
            raise DatabaseError(
                "{file}: cannot be backed up ({why})", file=shown_url(url), why=_why(failed)
            )
        private(partial)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return out


def dump_revision(source: Path) -> str | None:
    """The schema revision inside a backup made by pg_dump, or a DatabaseError when `source`
    is not a GPAST Coordinator server backup."""
    program = _program("pg_restore")
    listing = subprocess.run([program, "--list", str(source)], capture_output=True, text=True)
    if listing.returncode or " TABLE public alembic_version " not in listing.stdout:
        raise DatabaseError(
            "{file}: not a GPAST Coordinator server backup (made by gpast backup on a server)",
            file=source,
        )
    data = subprocess.run(
        [program, "--data-only", "--table=alembic_version", "--file=-", str(source)],
        capture_output=True,
        text=True,
    )
    found = re.search(r"^COPY [^\n]*alembic_version[^\n]*\n([^\n\\]+)\n", data.stdout, re.M)
    return found.group(1).strip() if found else None


def _tables_in(source: Path) -> set[str]:
    """The tables a pg_dump holds (its table of contents)."""
    listing = subprocess.run(
        [_program("pg_restore"), "--list", str(source)], capture_output=True, text=True
    )
    found = re.findall(r"^\d+; \d+ \d+ TABLE public (\w+) ", listing.stdout, re.M)
    return set(found)


def _replace_with(url: str, source: Path, password: str | None) -> str:
    """Replace every table of the program (this version's and the dump's) with the dump's, in
    one transaction: pg_restore writes the dump as SQL into psql, after a BEGIN and the DROPs;
    COMMIT follows only when pg_restore read the whole dump, so a failure anywhere (or a dump
    of an older schema, whose tables differ from today's) leaves the database as it was.
    Returns psql's or pg_restore's reason when it failed, else ""."""
    tables = sorted(own_tables() | _tables_in(source))
    drop = ", ".join(f'public."{name}"' for name in tables)
    functions = ", ".join(f"public.{f}" for f in SERVER_FUNCTIONS)  # the dump makes them
    env = _environment(url, password)
    with tempfile.TemporaryFile() as dump_errors, tempfile.TemporaryFile() as psql_errors:
        psql = subprocess.Popen(
            [_program("psql"), "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1",
             f"--dbname={shown_url(url)}"],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=psql_errors, env=env,
        )  # fmt: skip
        restore = subprocess.Popen(
            [_program("pg_restore"), "--no-owner", "--file=-", str(source)],
            stdout=subprocess.PIPE, stderr=dump_errors,
        )  # fmt: skip
        assert psql.stdin is not None and restore.stdout is not None
        try:
            psql.stdin.write(
                "SET client_min_messages = warning;\n"
                f"SET lock_timeout = '{RESTORE_LOCK_WAIT}';\n"  # another's long transaction
                f"BEGIN;\nDROP TABLE IF EXISTS {drop} CASCADE;\n"
                f"DROP FUNCTION IF EXISTS {functions} CASCADE;\n".encode()
            )
            shutil.copyfileobj(restore.stdout, psql.stdin)
            if restore.wait() == 0:
                psql.stdin.write(b"COMMIT;\n")
            psql.stdin.close()
        except BrokenPipeError:  # psql stopped at an error: nothing was committed
            restore.kill()
            restore.wait()
        finally:
            restore.stdout.close()
            with contextlib.suppress(BrokenPipeError):
                psql.stdin.close()
        psql.wait()
        for process, log in ((psql, psql_errors), (restore, dump_errors)):
            if process.returncode:
                log.seek(0)
                said = log.read().decode(errors="replace").strip()
                return said or f"exit status {process.returncode}"
        return ""


def restore_server(url: str, source: Path, password: str | None = None) -> Path:
    """Check `source`, keep the server's current data aside (a backup tagged before-restore),
    then replace the database with `source` in one transaction. Returns the copy kept aside.
    A backup of an older schema is restored as it is: the caller upgrades it."""
    revision = dump_revision(source)
    if revision is None or revision not in known_revisions():
        raise DatabaseError(
            "{file}: written by a newer version of the program (schema {schema}); "
            "{where} was not changed",
            file=source,
            schema=revision or "-",
            where=shown_url(url),
        )
    aside = backup_server(url, default_backup(url, "-before-restore"), password)
    failed = _replace_with(url, source, password)
    if failed:
        raise DatabaseError(
            "{where}: the backup could not be restored ({why}); nothing was changed",
            where=shown_url(url),
            why=_why(failed),
        )
    return aside
