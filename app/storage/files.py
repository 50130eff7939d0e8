"""Database files on disk: owner-only permissions and consistent copies of a live SQLite file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


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
