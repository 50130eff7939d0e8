"""Database files on disk: owner-only permissions and consistent copies of a live SQLite file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from app.files import new_private_file


def sqlite_uri(path: Path, *options: str) -> str:
    """A `file:` URI for sqlite3.connect(..., uri=True) naming exactly this file, whatever its
    name holds (`#`, `?` and `%` would otherwise cut the name short or open another file)."""
    posix = Path(path).resolve().as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # a Windows drive: file:/C:/...
    query = "&".join(options)
    return f"file:{quote(posix, safe='/:')}" + (f"?{query}" if query else "")


def connect_read_only(path: Path) -> sqlite3.Connection:
    """Open a SQLite file for reading only: it is never written, not even a journal."""
    writable = os.access(path, os.W_OK) and os.access(Path(path).parent, os.W_OK)
    # on read-only media SQLite cannot make the -shm file that mode=ro needs: immutable then
    mode = "mode=ro" if writable else "immutable=1"
    connection = sqlite3.connect(sqlite_uri(path, mode), uri=True)
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def private_folder(path: Path) -> Path:
    """Make `path` and any missing parents owner-only (0700 on POSIX); a folder that already
    exists is left exactly as it is (it may be shared, and is not ours to change)."""
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by someone else
            folder.mkdir(mode=0o700)
    return path


def private(path: Path) -> None:
    """Owner-only permissions on POSIX (the records are personal data)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Copy a live SQLite file consistently with the online backup API. The copy is made
    owner-only beside `destination` and renamed at the end: an interrupted copy leaves nothing
    that looks like a backup."""
    private_folder(destination.parent)
    partial = new_private_file(destination.with_name(destination.name + ".partial"))
    try:
        src = connect_read_only(source)
        try:
            dst = sqlite3.connect(str(partial))
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        partial.replace(destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination
