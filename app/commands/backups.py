"""gpast backup [--out FILE] | restore FILE"""

from __future__ import annotations

from pathlib import Path

from app.commands import t
from app.errors import GpastError


def register(subparsers) -> None:
    p = subparsers.add_parser("backup", help=t("copy the database into its backups folder"))
    p.add_argument("--out", metavar="FILE", help=t("write the copy here instead"))
    p.set_defaults(handler=run_backup)
    p = subparsers.add_parser(
        "restore", help=t("replace the database with a checked backup (the current one is kept)")
    )
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=run_restore)


def _db_path(args) -> Path:
    from app.storage import default_location, sqlite_path, to_url

    path = sqlite_path(to_url(args.db or default_location()))
    if path is None:
        raise GpastError("backup and restore work on SQLite files; use the server's own tools")
    return path


def run_backup(args) -> int:
    from app.storage.backups import backup_now

    made = backup_now(_db_path(args), Path(args.out) if args.out else None)
    print(t("{path}: backup written").format(path=made))
    return 0


def run_restore(args) -> int:
    from app.storage.backups import restore

    source = Path(args.file)
    if not source.exists():
        raise GpastError("{file}: no such file", file=source)
    path = _db_path(args)
    aside = restore(path, source)
    from app.services import open_database

    open_database(str(path)).close()  # brings an older backup up to the current schema
    kept = t("; the previous database was kept as {aside}").format(aside=aside) if aside else ""
    print(t("{path}: restored from {source}").format(path=path, source=source) + kept)
    return 0
