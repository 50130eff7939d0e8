"""Unexpected errors: a short message, a "Copy details" button, a log file; the program goes on."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.crash_log import log_exception
from app.errors import DatabaseBusy, GpastError
from app.ui.problem_text import problem_text


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A user error (bad input, busy database) as a warning; anything else as a crash report."""
    if isinstance(exc, DatabaseBusy | GpastError):
        QMessageBox.warning(
            parent, QApplication.translate("ErrorDialog", "GPAST Coordinator"), problem_text(exc)
        )
        return
    path = log_exception(exc)
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setObjectName("error-dialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(
        QApplication.translate(
            "ErrorDialog",
            "The program met an unexpected problem: {problem}\n\nYour data is safe: the last "
            "change was either saved whole or not at all. The details were written to {path}.",
        ).format(problem=f"{type(exc).__name__}: {exc}", path=path)
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QApplication.translate("ErrorDialog", "&Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


_showing = False


def install_exception_hook() -> None:
    """Route uncaught exceptions (in slots and event handlers) to show_error."""

    def hook(exc_type, exc, tb):
        global _showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if _showing:
            log_exception(exc)
            return
        _showing = True
        try:
            show_error(QApplication.activeWindow(), exc)
        finally:
            _showing = False

    sys.excepthook = hook
