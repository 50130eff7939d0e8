"""A log file in the user's data folder for unexpected errors (no traceback reaches a user)."""

from __future__ import annotations

import logging
import traceback
from datetime import datetime
from pathlib import Path

LOG_NAME = "gpast.log"


def log_path() -> Path:
    from app.storage.engine import data_dir

    return data_dir() / LOG_NAME


def log_exception(exc: BaseException) -> Path:
    """Append the exception with its traceback to the log file; return the file's path."""
    path = log_path()
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n{details}\n")
    except OSError:
        logging.getLogger("gpast").exception("cannot write %s", path)
    return path
