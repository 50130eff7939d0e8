"""File > Back up now… on a shared server: pg_dump off the UI thread (a big database takes a
while), then where the copy went, or why there is none."""

from __future__ import annotations

from collections.abc import Callable
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


def restore_server_backup(parent: QWidget, db: Any, use_database: Callable[[Any], None]) -> None:
    """File > Restore… on a shared server: choose a pg_dump, confirm, restore it off the UI
    thread (the current data kept aside; a copy from a newer program refused; an older one
    upgraded), then work on the restored database."""
    from PySide6.QtWidgets import QFileDialog

    from app.storage.engine import data_dir

    title = QCoreApplication.translate("Backups", "Restore")
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Backups", "Restore from"),
        str(data_dir() / "backups"),
        QCoreApplication.translate("Backups", "PostgreSQL backups (*.dump)"),
    )
    if not path:
        return
    question = QCoreApplication.translate(
        "Backups",
        "Replace everything in {server} with the backup {file}? The current data is kept as "
        "a backup first.",
    ).format(server=db.shown, file=Path(path).name)
    answer = QMessageBox.question(parent, title, question)
    if answer != QMessageBox.StandardButton.Yes:
        return

    def done(restored: server_access.Restored) -> None:
        from app.services import open_database

        use_database(open_database(db.location, password=db.password))
        text = QCoreApplication.translate(
            "Backups", "Restored from {file}; the previous data was kept as {aside}"
        ).format(file=path, aside=restored.aside)
        if restored.upgraded_from is not None:
            text += "\n\n" + QCoreApplication.translate(
                "Backups", "The backup's older schema ({schema}) was upgraded to this program's."
            ).format(schema=restored.upgraded_from)
        QMessageBox.information(parent, title, text)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Backups", "Not restored"), problem_text(exc)
        )

    from app.ui.shell.background import finish_background_jobs, run_behind_busy_window

    finish_background_jobs()  # nothing may still be reading the tables it replaces
    run_behind_busy_window(
        parent,
        QCoreApplication.translate("Backups", "Restoring the backup…"),
        server_access.restore,
        db.url,
        Path(path),
        db.password,
        on_done=done,
        on_error=failed,
    )
