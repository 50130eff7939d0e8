"""Errors a user may meet. Their text is shown as it is: it names the field, file, row, column."""

from __future__ import annotations


class GpastError(Exception):
    """An error with a message meant for the user (no traceback is shown)."""


class ValidationError(GpastError):
    """Bad input for one field of a record."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFound(GpastError):
    pass


class DatabaseBusy(GpastError):
    pass


class DatabaseError(GpastError):
    """The database cannot be opened or used (damaged, foreign, or too new)."""
