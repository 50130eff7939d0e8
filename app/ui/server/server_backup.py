"""File > Back up now… on a shared server: pg_dump off the UI thread (a big database takes a
while), then where the copy went, or why there is none."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import server_access
from app.ui.problem_text import problem_text
from app.ui.shell.background import run_in_background


def back_up_server(parent: QWidget, db: Any) -> None:
    title = QCoreApplication.translate("Backups", "Back up")

    def done(made: Path) -> None:
        text = QCoreApplication.translate("Backups", "Backup written to {path}")
        QMessageBox.information(parent, title, text.format(path=made))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, title, problem_text(exc))

    run_in_background(parent, server_access.back_up, db, on_done=done, on_error=failed)
