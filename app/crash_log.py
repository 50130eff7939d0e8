"""A log file in the user's data folder for unexpected errors (no traceback reaches a user).

The log holds what a developer needs and nothing about the people in the records: the type of
each exception in the chain and where it happened (file, line, function). Never its message,
which may carry a name, a birth year, a cell's value or an SQL statement's parameters.
"""

from __future__ import annotations

import logging
import os
import traceback
from datetime import datetime
from pathlib import Path

LOG_NAME = "gpast.log"


def log_path() -> Path:
    from app.storage.engine import data_dir

    return data_dir() / LOG_NAME


def describe(exc: BaseException) -> str:
    """The exception chain as types and places only: no messages, no values."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = type(current)
        lines = [f"{kind.__module__}.{kind.__qualname__}"]
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        parts.append("\n".join(lines))
        current = current.__cause__ or current.__context__
    return "\n caused by: ".join(parts)


def log_exception(exc: BaseException) -> Path:
    """Append the exception's types and places to the log file (owner-only); return its path."""
    path = log_path()
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{describe(exc)}\n")
    except OSError:
        logging.getLogger("gpast").error("cannot write %s", path)
    return path
