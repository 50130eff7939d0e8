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


def _location(args) -> tuple[Path | None, str]:
    """The SQLite file of --db (None for a server) and its URL."""
    from app.storage import default_location, sqlite_path, to_url

    url = to_url(args.db or default_location())
    return sqlite_path(url), url


def run_backup(args) -> int:
    path, url = _location(args)
    out = Path(args.out) if args.out else None
    if path is None:
        from app.services import server_access

        made = server_access.back_up_at(url, out)
    else:
        from app.storage.backups import backup_now

        made = backup_now(path, out)
    print(t("{path}: backup written").format(path=made))
    return 0


def run_restore(args) -> int:
    source = Path(args.file)
    if not source.exists():
        raise GpastError("{file}: no such file", file=source)
    path, url = _location(args)
    if path is None:
        return _restore_server(url, source)
    from app.storage.backups import restore

    aside = restore(path, source)
    from app.services import open_database

    open_database(str(path)).close()  # brings an older backup up to the current schema
    kept = t("; the previous database was kept as {aside}").format(aside=aside) if aside else ""
    print(t("{path}: restored from {source}").format(path=path, source=source) + kept)
    return 0


def _restore_server(url: str, source: Path) -> int:
    from app.services import server_access
    from app.storage import shown_url

    done = server_access.restore(url, source)
    kept = t("; the previous database was kept as {aside}").format(aside=done.aside)
    if done.upgraded_from is not None:
        kept += t("; the backup's older schema ({schema}) was upgraded to this program's").format(
            schema=done.upgraded_from
        )
    print(t("{path}: restored from {source}").format(path=shown_url(url), source=source) + kept)
    return 0
