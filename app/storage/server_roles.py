"""Roles on a PostgreSQL server: what each kind of user may do, as GRANTs to group roles.

Every person signs in with their own login; an admin makes a login a member of one group role:
gpast_viewer, gpast_editor, gpast_coordinator or gpast_admin. Each group is a member of the one
below, so an editor has the viewer's rights too, and so on. The groups' rights are the GRANTs in
`GRANTS` (the one source: the program's own checks and its refusals name the role from it).
Row-level security is not used: no role is limited to its own records (product.md), so a
right is per table and per kind of change.

Group roles belong to the whole server (PostgreSQL's rule), so one server with two GPAST
databases shares them: give each database its own server, or the same people the same roles.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from datetime import datetime

from sqlalchemy import Connection, text

from app.storage.server_bulk import BULK_LOAD_TABLE, grant_bulk_functions

ROLES = ("viewer", "editor", "coordinator", "admin")  # each has the rights of those before it
RECORDS = ("legislation", "training_session", "campaign", "participant", "statistic")
LINKS = ("legislation_focus_area", "training_focus_area", "campaign_focus_area")

# role -> table -> the privileges it adds to the role below
GRANTS: dict[str, dict[str, tuple[str, ...]]] = {
    "viewer": {},  # SELECT on every table (below)
    "editor": {
        **{t: ("INSERT", "UPDATE") for t in RECORDS},
        **{t: ("INSERT", "UPDATE", "DELETE") for t in LINKS},  # a record's focus areas
        "attendance": ("INSERT", "UPDATE", "DELETE"),  # ticking, registering, removing
        "audit_entry": ("INSERT",),
        "tombstone": ("INSERT",),  # attendance taken off a roster goes to the recycle bin
    },
    "coordinator": {
        **{t: ("DELETE",) for t in RECORDS},
        "target": ("INSERT", "UPDATE", "DELETE"),
        "setting": ("INSERT", "UPDATE", "DELETE"),  # settings, accepted workstations
        "tombstone": ("UPDATE", "DELETE"),  # the recycle bin: bring back
        "audit_entry": ("UPDATE",),  # anonymising clears a person's old values
    },
    "admin": {},  # ALL on every table (below), and logins (CREATEROLE on the admin's login)
}


def group(role: str) -> str:
    return f"gpast_{role}"


def needed_role(privilege: str, table: str) -> str:
    """The lowest role that may do `privilege` (SELECT, INSERT, …) on `table`."""
    if privilege.upper() == "SELECT":
        return "viewer"
    for role in ROLES:
        if privilege.upper() in GRANTS[role].get(table, ()):
            return role
    return "admin"


def install_roles(conn: Connection, tables: list[str]) -> None:
    """Create the group roles (if the server has none yet) and grant each its rights on
    `tables` (run by `server migrate` after the schema changed: new tables get their GRANTs)."""
    existing = set(
        conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
            {"names": [group(r) for r in ROLES]},
        ).scalars()
    )
    for role in ROLES:
        if group(role) not in existing:
            conn.execute(text(f"CREATE ROLE {group(role)} NOLOGIN"))
    for lower, higher in zip(ROLES, ROLES[1:], strict=False):
        conn.execute(text(f"GRANT {group(lower)} TO {group(higher)}"))
    tables = [t for t in tables if t != BULK_LOAD_TABLE]  # its functions' own: no role's
    quoted = ", ".join(f'"{t}"' for t in tables)
    schema = conn.execute(text("SELECT current_schema()")).scalar()
    database = conn.execute(text("SELECT current_database()")).scalar()
    conn.execute(text(f"REVOKE ALL ON {quoted} FROM PUBLIC"))
    conn.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO {group("viewer")}'))
    conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema}" TO {group("viewer")}'))
    conn.execute(text(f"GRANT SELECT ON {quoted} TO {group('viewer')}"))
    conn.execute(
        text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {group("editor")}')
    )
    for role, rights in GRANTS.items():
        for table, privileges in rights.items():
            if table in tables:
                conn.execute(text(f'GRANT {", ".join(privileges)} ON "{table}" TO {group(role)}'))
    conn.execute(text(f"GRANT ALL ON {quoted} TO {group('admin')}"))
    if "setting" in tables:  # an edit counts under this id: made now, not by the first editor
        conn.execute(
            text(
                "INSERT INTO setting (key, value) "
                "VALUES ('workstation_id', gen_random_uuid()::text) ON CONFLICT (key) DO NOTHING"
            )
        )
    conn.execute(text(f'GRANT ALL ON ALL SEQUENCES IN SCHEMA "{schema}" TO {group("admin")}'))
    grant_bulk_functions(conn, group("editor"))  # a big attendance import's quick path


def login_and_role(conn: Connection) -> tuple[str, str | None]:
    """The login of this connection and its highest GPAST role (None: none of them). A
    superuser or the database's owner is an admin."""
    login, is_super, owns = conn.execute(
        text(
            "SELECT current_user, r.rolsuper, d.datdba = r.oid FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()"
        )
    ).one()
    if is_super or owns:
        return login, "admin"
    held = set(
        conn.execute(
            text(
                "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) "
                "AND pg_has_role(current_user, oid, 'MEMBER')"
            ),
            {"names": [group(r) for r in ROLES]},
        ).scalars()
    )
    return login, next((r for r in reversed(ROLES) if group(r) in held), None)


def server_identity(conn: Connection) -> tuple[str, datetime] | None:
    """On a server: the login and the server's clock (UTC, the transaction's start) that the
    audit trail records; None on SQLite (the workstation's user and clock)."""
    if conn.dialect.name != "postgresql":
        return None
    login, now = conn.execute(
        text("SELECT current_user, (now() AT TIME ZONE 'UTC')::timestamp")
    ).one()
    return login, now


def refused_privilege(exc: BaseException) -> tuple[str, str] | None:
    """(privilege, table) when the server refused a statement for want of a right
    (InsufficientPrivilege), else None."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) != "42501":
        return None
    statement = (getattr(exc, "statement", None) or "SELECT").lstrip()
    privilege = statement.split(None, 1)[0].upper() if statement else "SELECT"
    found = re.search(r'(?:table|relation|sequence) "?([\w.]+)', str(orig))
    return privilege, (found.group(1) if found else "")


def scram_verifier(password: str, *, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for `password` (RFC 5802/7677): the
    server is given this, never the password itself (so no statement log can show it)."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _identifier(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote_identifier(name)


def set_login(conn: Connection, login: str, role: str, password: str) -> bool:
    """Create `login` with `role` (or give an existing login that role and password); an
    admin's login may create logins in turn. Returns whether the login is new."""
    exists = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": login}
    ).first()
    name = _identifier(conn, login)
    verifier = scram_verifier(password).replace("'", "''")  # base64 and $: no quote, ever
    extra = " CREATEROLE" if role == "admin" else " NOCREATEROLE"
    verb = "ALTER" if exists else "CREATE"
    # no bind parameters in DDL; the verifier (base64, '$', ':') is never read as one
    conn.exec_driver_sql(f"{verb} ROLE {name} LOGIN{extra} PASSWORD '{verifier}'")
    for other in ROLES:
        if other != role and exists:
            conn.execute(text(f"REVOKE {group(other)} FROM {name}"))
    conn.execute(text(f"GRANT {group(role)} TO {name}"))
    return not exists


def logins(conn: Connection) -> list[tuple[str, str]]:
    """(login, role) of every login that holds a GPAST role directly, by name."""
    rows = conn.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members a "
            "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
            "WHERE g.rolname = ANY(:names) AND m.rolcanlogin ORDER BY m.rolname"
        ),
        {"names": [group(r) for r in ROLES]},
    ).all()
    best: dict[str, str] = {}
    for login, held in rows:
        role = held.removeprefix("gpast_")
        if login not in best or ROLES.index(role) > ROLES.index(best[login]):
            best[login] = role
    return sorted(best.items())
