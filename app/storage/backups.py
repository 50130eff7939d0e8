"""Backups of the SQLite file with SQLite's online backup API, into a `backups` folder next to
the database; automatic once a day with rotation; restore after a check, keeping the current
database aside first."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.errors import DatabaseError, GpastError, os_reason
from app.storage.files import backup_sqlite_file, connect_read_only, private, private_folder
from app.storage.integrity import check_database

KEEP_DAILY = 7
KEEP_WEEKLY = 8
NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?P<tag>-[a-z-]+)?\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime
    size: int
    tag: str  # "" for daily/manual, "-before-restore" etc.


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def copy_database(source: Path, destination: Path) -> Path:
    """A consistent copy of a live database (other programs may be writing): owner-only,
    made beside `destination` and renamed at the end; a folder that exists is left as it is."""
    return backup_sqlite_file(source, destination)


def backup_now(db_path: Path, out: Path | None = None, tag: str = "") -> Path:
    if not db_path.exists():
        raise GpastError("{file}: no such database", file=db_path)
    if out is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        out = backup_dir(db_path) / f"{db_path.stem}-{stamp}{tag}.sqlite"
    try:
        return copy_database(db_path, Path(out))
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():  # SQLITE_FULL while writing the copy: not the source's fault
            raise GpastError(
                "{file}: not enough space on the disk; nothing was written", file=out
            ) from exc
        raise DatabaseError("{file}: cannot be backed up ({why})", file=db_path, why=exc) from exc
    except OSError as exc:
        raise GpastError("{file}: cannot be written ({why})", file=out, why=os_reason(exc)) from exc


def list_backups(db_path: Path) -> list[BackupFile]:
    """Backups of this database, newest first."""
    found = []
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    for path in folder.glob("*.sqlite"):
        match = NAME.match(path.name)
        if not match or match["stem"] != db_path.stem:
            continue
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupFile(path, made, path.stat().st_size, match["tag"] or ""))
    return sorted(found, key=lambda b: b.made, reverse=True)


def rotate(db_path: Path, today: date | None = None) -> list[Path]:
    """Keep the newest backup of each of the last KEEP_DAILY days and of the last KEEP_WEEKLY
    weeks; tagged copies (before an upgrade or a restore) are kept. Returns what was removed."""
    plain = [b for b in list_backups(db_path) if not b.tag]
    keep: set[Path] = set()
    days: dict[date, Path] = {}
    weeks: dict[tuple[int, int], Path] = {}
    for b in plain:  # newest first: the first seen of a day or week is kept
        days.setdefault(b.made.date(), b.path)
        weeks.setdefault(b.made.isocalendar()[:2], b.path)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    removed = []
    for b in plain:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def ensure_daily_backup(db_path: Path, today: date | None = None) -> Path | None:
    """At the first start of a day: a backup, then rotation. Returns the new backup, if any."""
    today = today or date.today()
    if not db_path.exists():
        return None
    if any(b.made.date() == today and not b.tag for b in list_backups(db_path)):
        return None
    made = backup_now(db_path)
    rotate(db_path, today)
    return made


def restore(db_path: Path, source: Path) -> Path | None:
    """Check `source`, keep the current database aside, then copy `source` over it.
    Returns the path of the copy kept aside, or None when there was no database to keep."""

    result = check_database(str(source))
    if not result.ok:
        raise DatabaseError(
            "{problems}; {file} was not changed", problems=result.problems, file=db_path.name
        )
    aside: Path | None = None
    if db_path.exists():
        try:
            aside = backup_now(db_path, tag="-before-restore")
        except DatabaseError:  # damaged: keep its bytes as they are
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = backup_dir(db_path) / f"{db_path.stem}-{stamp}-damaged.sqlite"
            private_folder(aside.parent)
            aside.write_bytes(db_path.read_bytes())
            private(aside)
            for suffix in ("-wal", "-shm"):
                db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
            db_path.unlink()
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(db_path, timeout=10)
        try:
            src.backup(dst)  # replaces every page in one step; readers see old or new
        except sqlite3.OperationalError as exc:
            raise DatabaseError(
                "{file}: is in use; close other GPAST windows and try again ({why})",
                file=db_path,
                why=exc,
            ) from exc
        finally:
            dst.close()
    finally:
        src.close()
    private(db_path)
    return aside
