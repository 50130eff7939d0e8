"""gpast server …: a shared PostgreSQL server's administration: `server migrate` makes or
upgrades its schema (the window and every other command only check it); logins and roles in
app.commands.server_users."""

from __future__ import annotations

from app.commands import t
from app.errors import GpastError


def register(subparsers) -> None:
    p = subparsers.add_parser("server", help=t("a shared PostgreSQL server: logins and roles"))
    sub = p.add_subparsers(dest="server_command", metavar="COMMAND", required=True)
    m = sub.add_parser(
        "migrate", help=t("create or upgrade the server's schema (admin; never on SQLite files)")
    )
    m.set_defaults(handler=run_migrate)
    from app.commands.server_users import register_users

    register_users(sub)


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
    where = shown_url(url)
    if done.before == done.after:
        print(
            t("{where}: the schema is up to date ({schema})").format(where=where, schema=done.after)
        )
    elif done.before is None:
        print(
            t("{where}: the schema was created ({schema})").format(where=where, schema=done.after)
        )
    else:
        print(
            t("{where}: the schema was upgraded from {before} to {after}").format(
                where=where, before=done.before, after=done.after
            )
        )
    return 0
