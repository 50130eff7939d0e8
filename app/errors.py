"""Errors a user may meet. Their text is shown as it is: it names the field, file, row, column.

A message may be given as a message id with {named} places and its values
(`ValidationError("citizenship", "'{value}' is not a country code", value="XX")`), the form the
errors-as-data work uses; the text is the id with the values filled in."""

from __future__ import annotations

from typing import Any


class GpastError(Exception):
    """An error with a message meant for the user (no traceback is shown)."""

    def __init__(self, message_id: str = "", /, *args: Any, **values: Any):
        text = message_id.format(**values) if values else message_id
        super().__init__(text, *args)
        self.message_id = message_id
        self.values = values


class ValidationError(GpastError):
    """Bad input for one field of a record."""

    def __init__(self, field: str, message: str, /, **values: Any):
        text = message.format(**values) if values else message
        super().__init__(f"{field}: {text}")
        self.field = field
        self.message = text
        self.message_id = message
        self.values = values


class NotFound(GpastError):
    pass


class DatabaseBusy(GpastError):
    pass


class DatabaseError(GpastError):
    """The database cannot be opened or used (damaged, foreign, or too new)."""
