"""Database files on disk: owner-only permissions and consistent copies of a live SQLite file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote


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
    return sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True)


def private(path: Path) -> None:
    """Owner-only permissions on POSIX (the records are personal data)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, 0o600)


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    """Copy a live SQLite file consistently with the online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination
