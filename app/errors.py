"""Errors a user may meet, as data: a message id and its values.

The message id is the English sentence with {named} places (`"is longer than {n} characters"`);
the values fill them (field, file, row, column, value, n, choices, …). `str()` gives the English
sentence (logs, the English command line); the window and the Russian command line render the
same id from the one translation catalogue (resources/translations/gpast_ru.ts, context
"Problems") through `render(translate)`. No Qt here: the services raise these.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CONTEXT = "Problems"  # the catalogue's context of every message id

Translate = Callable[[str], str]  # message id -> its template in the user's language
Name = Callable[[str], str]  # a field's name -> how the user calls it


def _same(text: str) -> str:
    return text


def render_values(values: dict[str, Any], translate: Translate, name: Name) -> dict[str, Any]:
    """The values with every nested problem rendered too (a list of them is joined by '; ')."""
    out = {}
    for key, value in values.items():
        if isinstance(value, Message | GpastError):
            value = value.render(translate, name)
        elif isinstance(value, list | tuple) and value and isinstance(value[0], Message):
            value = "; ".join(v.render(translate, name) for v in value)
        out[key] = value
    return out


class Message:
    """One thing to tell the user, not raised (a problem of a row, a failed check)."""

    __slots__ = ("message_id", "values")

    def __init__(self, message_id: str, /, **values: Any):
        self.message_id = message_id
        self.values = values

    def render(self, translate: Translate = _same, name: Name = _same) -> str:
        template = translate(self.message_id) or self.message_id
        return template.format(**render_values(self.values, translate, name))

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Message({self.message_id!r}, **{self.values!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.message_id, self.values) == (other.message_id, other.values)

    def __hash__(self) -> int:
        return hash(self.message_id)


def os_reason(exc: OSError) -> Message:
    """Why a file could not be read or written. The common causes are message ids (the words
    the system uses in English), so the user reads them in their language; others keep the
    system's own words."""
    import errno

    code = exc.errno
    if code == errno.ENOENT:
        return Message("No such file or directory")
    if code in (errno.EACCES, errno.EPERM):
        return Message("Permission denied")
    if code == errno.ENOSPC:
        return Message("No space left on device")
    if code == errno.EROFS:
        return Message("Read-only file system")
    if code == errno.EISDIR:
        return Message("Is a directory")
    if code == errno.ENOTDIR:
        return Message("Not a directory")
    if code == errno.EEXIST:
        return Message("File exists")
    return Message("{why}", why=exc.strerror or exc)


class GpastError(Exception):
    """An error with a message meant for the user (no traceback is shown)."""

    cell: tuple[str, ...] | None = None  # the grid cell a page's refusal is about (Targets)

    def __init__(self, message_id: str = "", /, **values: Any):
        super().__init__(message_id)
        self.message_id = message_id
        self.values = values

    def render(self, translate: Translate = _same, name: Name = _same) -> str:
        """The message in the language of `translate` (English without one)."""
        return Message(self.message_id, **self.values).render(translate, name)

    def __str__(self) -> str:
        return self.render()

    def __reduce__(self):  # copied or pickled whole (Exception's default keeps args only)
        return (_restored, (type(self), self.__dict__.copy()))


def _restored(cls: type[GpastError], state: dict[str, Any]) -> GpastError:
    problem = cls.__new__(cls)
    Exception.__init__(problem, state.get("message_id", ""))
    problem.__dict__.update(state)
    return problem


class ValidationError(GpastError):
    """Bad input for one field of a record: `field`, then what is wrong with it (`reason`)."""

    def __init__(self, field: str, message_id: str, /, **values: Any):
        super().__init__(message_id, **values)
        self.field = field

    @property
    def reason(self) -> Message:
        """What is wrong, without the field's name."""
        return Message(self.message_id, **self.values)

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return str(self.reason)

    def render(self, translate: Translate = _same, name: Name = _same) -> str:
        return f"{name(self.field)}: {self.reason.render(translate, name)}"


class NotFound(GpastError):
    pass


class DatabaseBusy(GpastError):
    pass


class DatabaseReadOnly(GpastError):
    """The database can be read but not changed (read-only media or folder)."""


class DatabaseError(GpastError):
    """The database cannot be opened or used (damaged, foreign, or too new)."""


class StaleRecord(GpastError):
    """A save refused because someone else saved the record after it was read (an editor left
    open): who changed it, when (UTC) and which fields, and the record as it is now, so the
    editor can reload it or compare. Nothing was written."""

    def __init__(
        self, message_id: str, /, *, fields: list[str], current: dict[str, Any], **values: Any
    ):
        super().__init__(message_id, **values)
        self.fields = fields
        self.current = current

    def render(self, translate: Translate = _same, name: Name = _same) -> str:
        shown = ", ".join(name(f) for f in self.fields) or "-"
        return Message(self.message_id, **self.values, fields=shown).render(translate, name)


class NotAllowed(GpastError):
    """The user's role does not allow this (a viewer editing, an editor deleting, …): what was
    asked, the role it needs, the user's login and role. Nothing was changed."""


ROLE_NAMES: dict[str | None, Message] = {  # a role's name as the user reads it
    "viewer": Message("viewer"),
    "editor": Message("editor"),
    "coordinator": Message("coordinator"),
    "admin": Message("admin"),
    None: Message("no GPAST role"),
}


def not_allowed(action: Message, needed: str, login: str, role: str | None) -> NotAllowed:
    return NotAllowed(
        "{action} needs the {needed} role; {login} has the role: {role}. Nothing was changed; "
        "ask an admin for the role",
        action=action,
        needed=ROLE_NAMES[needed],
        login=login,
        role=ROLE_NAMES[role],
    )
