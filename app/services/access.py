"""What the user's role allows (product.md, "Shared server"): a viewer reads and prints; an
editor also adds and changes records and attendance and imports; a coordinator also deletes,
sets targets and settings, brings deleted records back, and sends and receives bundles; an
admin also manages logins, migrates, backs up and restores.

The server enforces the same through its GRANTs (app.storage.server_roles); these checks come
first so that a refusal names what was asked and the role it needs, and so that the window can
show what a role cannot do as disabled, with the reason. On a SQLite file everyone is admin.
"""

from __future__ import annotations

from enum import StrEnum

from app.errors import Message, NotAllowed, not_allowed
from app.services.unit_of_work import Database
from app.storage.server_roles import ROLES


class Action(StrEnum):
    """Something a role may or may not do."""

    EDIT = "edit"
    ATTENDANCE = "attendance"
    IMPORT = "import"
    DELETE = "delete"
    PEOPLE = "people"
    RESTORE_DELETED = "restore_deleted"
    TARGETS = "targets"
    SETTINGS = "settings"
    BUNDLES = "bundles"
    DEMO = "demo"
    BACKUP = "backup"
    LOGINS = "logins"


# what each action is called in a refusal, and the lowest role that may do it
ACTIONS: dict[Action, tuple[Message, str]] = {
    Action.EDIT: (Message("Adding and changing records"), "editor"),
    Action.ATTENDANCE: (Message("Recording attendance"), "editor"),
    Action.IMPORT: (Message("Importing spreadsheets"), "editor"),
    Action.DELETE: (Message("Deleting records"), "coordinator"),
    Action.PEOPLE: (Message("Merging and anonymising people"), "coordinator"),
    Action.RESTORE_DELETED: (Message("Bringing back deleted records"), "coordinator"),
    Action.TARGETS: (Message("Setting targets"), "coordinator"),
    Action.SETTINGS: (Message("Changing settings"), "coordinator"),
    Action.BUNDLES: (Message("Sending and receiving bundles"), "coordinator"),
    # sample records, attendance, targets and figures: targets need a coordinator
    Action.DEMO: (Message("Filling in demo data"), "coordinator"),
    Action.BACKUP: (Message("Backing up and restoring"), "admin"),
    Action.LOGINS: (Message("Managing logins"), "admin"),
}


def _rank(role: str | None) -> int:
    return ROLES.index(role) if role in ROLES else -1


def refusal(db: Database, action: Action) -> NotAllowed | None:
    """Why the user may not do `action` (None: they may)."""
    login, role = db.access
    what, needed = ACTIONS[action]
    if _rank(role) >= _rank(needed):
        return None
    return not_allowed(what, needed, login, role)


def require(db: Database, action: Action) -> None:
    """Refuse (NotAllowed) unless the user's role allows `action`."""
    refused = refusal(db, action)
    if refused is not None:
        raise refused
