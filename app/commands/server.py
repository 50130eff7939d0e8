"""gpast server …: a shared PostgreSQL server's administration."""

from __future__ import annotations

from app.commands import t


def register(subparsers) -> None:
    p = subparsers.add_parser("server", help=t("a shared PostgreSQL server: logins and roles"))
    sub = p.add_subparsers(dest="server_command", metavar="COMMAND", required=True)
    from app.commands.server_users import register_users

    register_users(sub)
