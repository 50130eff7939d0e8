"""gpast server migrate: a shared PostgreSQL server's schema, made or upgraded by its
administrator (the window and every other command only check it)."""

from __future__ import annotations

from app.commands import t
from app.errors import GpastError


def register(subparsers) -> None:
    p = subparsers.add_parser("server", help=t("a shared PostgreSQL server (administrators)"))
    p.set_defaults(handler=_usage(p))
    sub = p.add_subparsers(dest="server_command", metavar="COMMAND")
    m = sub.add_parser(
        "migrate", help=t("create or upgrade the server's schema (admin; never on SQLite files)")
    )
    m.set_defaults(handler=run_migrate)


def _usage(parser):
    def show(_args) -> int:
        parser.print_help()
        return 2

    return show


def server_url(args) -> str:
    """The --db (or $GPAST_DB) of a server command: a PostgreSQL URL, never a SQLite file."""
    from app.storage import default_location, is_sqlite, shown_url, to_url

    location = args.db or default_location()
    if is_sqlite(to_url(location)):
        raise GpastError(
            "{file}: server commands work on a PostgreSQL server "
            "(--db postgresql://HOST/DATABASE); a SQLite file needs none of them",
            file=shown_url(location),
        )
    return to_url(location)


def run_migrate(args) -> int:
    from app.storage import shown_url
    from app.storage.server import migrate_server

    url = server_url(args)
    done = migrate_server(url)
    if done.before == done.after:
        print(
            t("{where}: the schema is up to date ({schema})").format(
                where=shown_url(url), schema=done.after
            )
        )
    elif done.before is None:
        print(
            t("{where}: the schema was created ({schema})").format(
                where=shown_url(url), schema=done.after
            )
        )
    else:
        print(
            t("{where}: the schema was upgraded from {before} to {after}").format(
                where=shown_url(url), before=done.before, after=done.after
            )
        )
    return 0
