"""Helpers shared by tests of every level."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_gpast(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run `python -m app ARGS` in a new process, as a user would run `gpast ARGS`. Only the
    smoke tests of tests/cli need a real process; the others call app.cli.main in-process."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=full_env,
        cwd=cwd or ROOT,
        timeout=120,
    )


def settled(path: Path) -> Path:
    """`path` with its write-ahead log folded in, so that the one file is the whole database."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    return path


def copy_database(template: Path, target: Path) -> Path:
    """A copy of a settled database file (mode bits too: the program makes it owner-only)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(template, target)
    return target


def snapshot(database) -> str:
    """A digest of every table's content, to prove that a refused import changed nothing:
    of an open Database (a SQLite file or a PostgreSQL database), a file path or a URL."""
    from sqlalchemy import create_engine, inspect, text
    from sqlalchemy.pool import NullPool

    from app.storage import to_url

    location = str(getattr(database, "location", database))
    if "://" not in location and not Path(location).is_file():
        raise AssertionError(f"{location}: no database to take a snapshot of")
    engine = create_engine(to_url(location), poolclass=NullPool)
    digest = hashlib.sha256()
    try:
        with engine.connect() as conn:
            for table in sorted(inspect(conn).get_table_names()):
                rows = conn.execute(text(f'SELECT * FROM "{table}"'))
                for row in sorted(repr(tuple(r)) for r in rows):  # any server's row order
                    digest.update(row.encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def scalar(location, sql: str, **params):
    """The one value `sql` gives in the database at `location` (a file path, a URL or an open
    Database): plain SQL written from product.md, on SQLite and on PostgreSQL alike."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    from app.storage import to_url

    engine = create_engine(to_url(str(getattr(location, "location", location))), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql), params).scalar()
    finally:
        engine.dispose()


def write(path, text, encoding="utf-8"):
    """A file with `text` in `encoding`, as a spreadsheet program or a user would save it."""
    path.write_bytes(text.encode(encoding))
    return path


def refused(db, kind, path) -> list[str]:
    """The problems of an import that must be refused whole, having checked it changed nothing."""
    from app.services.spreadsheets.importing import import_file
    from app.services.spreadsheets.rules import ImportRefused

    before = snapshot(db)
    with pytest.raises(ImportRefused) as exc:
        import_file(db, kind, path)
    assert snapshot(db) == before
    return [p.text() for p in exc.value.problems]


def new_workbook():
    """A new openpyxl workbook and its one sheet (typed: `Workbook().active` may be None)."""
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    return workbook, sheet


def first_sheet(path):
    """The first sheet of the .xlsx file at `path`."""
    from openpyxl import load_workbook
    from openpyxl.worksheet.worksheet import Worksheet

    sheet = load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    return sheet


def answering(answer, log: list, index: int = 1):
    """A stand-in for a QMessageBox static function (question, warning, ...): it notes its
    argument `index` (1: the title, 2: the text) in `log` and returns `answer`."""

    def ask(*args, **kwargs):
        log.append(args[index])
        return answer

    return ask


def signed_bundle(path: Path, manifest: dict, payload: bytes, raw_manifest=None, identity=None):
    """A bundle holding `payload` with a matching checksum, signed by `identity` (this
    installation's key by default) as a workstation would sign it: what anyone holding a
    workstation's key can make. `raw_manifest`: bytes written as the manifest instead."""
    import json
    import zipfile

    from app.services.exchange.identity import own_identity
    from app.services.exchange.signing import SIGNATURE, signature_of, signed_by

    identity = identity or own_identity()
    if raw_manifest is None:
        sealed = dict(manifest, sha256=hashlib.sha256(payload).hexdigest(), **signed_by(identity))
        raw_manifest = json.dumps(sealed).encode()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", raw_manifest)
        archive.writestr("data.json", payload)
        archive.writestr(SIGNATURE, signature_of(identity, raw_manifest))
    return path


def drop_logins(engine, logins: list[str]) -> None:
    """Drop logins a test made on the server (logins belong to the whole server, not to the
    test's database), with what they own; those never made are passed over."""
    from sqlalchemy import text

    with engine.begin() as conn:
        for login in logins:
            if conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": login}
            ).first():
                conn.execute(text(f'DROP OWNED BY "{login}"'))
                conn.execute(text(f'DROP ROLE "{login}"'))
