"""gpast server add-user LOGIN --role ROLE | server users: personal logins on a shared server
(the `server` command's subcommands about logins; app.commands.server adds them)."""

from __future__ import annotations

import sys

from app.commands import open_db, t

ROLE_CHOICES = ("viewer", "editor", "coordinator", "admin")


def register_users(sub) -> None:
    """`server add-user` and `server users` under the `server` command's subparsers."""
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
    from app.errors import GpastError

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
