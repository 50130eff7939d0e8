"""gpast server migrate | server add-user LOGIN --role ROLE | server users: a shared PostgreSQL
server's schema (made or upgraded by its administrator; the window and every other command only
check it) and its personal logins."""

from __future__ import annotations

import sys

from app.commands import open_db, t
from app.errors import GpastError

ROLE_CHOICES = ("viewer", "editor", "coordinator", "admin")


def register(subparsers) -> None:
    p = subparsers.add_parser("server", help=t("a shared PostgreSQL server: logins and roles"))
    sub = p.add_subparsers(dest="server_command", metavar="COMMAND", required=True)
    m = sub.add_parser(
        "migrate", help=t("create or upgrade the server's schema (admin; never on SQLite files)")
    )
    m.set_defaults(handler=run_migrate)
    add = sub.add_parser(
        "add-user",
        help=t(
            "(admin) add a login with its role, or give an existing one this role; the "
            "password is read from standard input, or asked twice"
        ),
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", required=True, choices=ROLE_CHOICES)
    add.set_defaults(handler=run_add_user)
    users = sub.add_parser("users", help=t("the logins and their roles"))
    users.set_defaults(handler=run_users)


def _password() -> str:
    """One line of standard input when it is not a terminal; otherwise asked twice."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass(t("Password for the new login: "))
    if getpass.getpass(t("The same password again: ")) != first:
        raise GpastError("the two passwords differ; nothing was changed")
    return first


def run_add_user(args) -> int:
    from app.services.maintenance.logins import add_user

    password = _password()
    with open_db(args) as db:
        new = add_user(db, args.login, args.role, password)
    message = (
        t("{login}: login added with the role {role}")
        if new
        else t("{login}: now has the role {role} (password changed)")
    )
    print(message.format(login=args.login, role=args.role))
    return 0


def run_users(args) -> int:
    from app.services.maintenance.logins import list_users

    with open_db(args) as db:
        rows = list_users(db)
    if not rows:
        print(t("No logins have a GPAST role yet."))
    for login, role in rows:
        print(f"{login}\t{role}")
    return 0


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
