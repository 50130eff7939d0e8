"""File > Back up now…, File > Restore…, and the check made before a database is opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from app.errors import GpastError
from app.storage.backups import backup_now, list_backups, restore
from app.ui.formats import format_datetime
from app.ui.problem_text import problem_text


class RestoreDialog(QDialog):
    """Backups listed newest first with date and size; Restore replaces the database after a
    check, keeping the current one aside."""

    def __init__(self, db_path: Path, parent=None):
        super().__init__(parent)
        self.db_path = db_path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        loc = QLocale()
        for b in list_backups(db_path):
            when = format_datetime(b.made)
            size = loc.formattedDataSize(b.size)
            note = {"-before-restore": self.tr(" (kept before a restore)")}.get(b.tag, "")
            item = QListWidgetItem(f"{when}    {size}{note}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        other = buttons.addButton(self.tr("Other &file…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        other.clicked.connect(self.choose_file)
        buttons.accepted.connect(self.accept_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Backups of {name}, newest first:").format(name=db_path.name), self)
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The current database is kept in the backups folder before it is replaced."
                ),
                self,
            )
        )
        layout.addWidget(buttons)
        self.resize(520, 400)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), str(self.db_path.parent), "SQLite (*.sqlite *.db)"
        )
        if path:
            self.chosen = Path(path)
            self.accept()

    def accept_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


def back_up_now(parent, db_path: Path | None) -> Path | None:
    if db_path is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Backups", "Back up"),
            QCoreApplication.translate("Backups", "Backups are made of SQLite files only."),
        )
        return None
    try:
        made = backup_now(db_path)
    except GpastError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Backups", "Back up"), problem_text(exc)
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Backups", "Back up"),
        QCoreApplication.translate("Backups", "Backup written to {path}").format(path=made),
    )
    return made


def restore_with_dialog(parent, db_path: Path) -> bool:
    """Ask which backup, then restore it. The caller must close its connections first."""
    dialog = RestoreDialog(db_path, parent)
    if not dialog.exec() or dialog.chosen is None:
        return False
    try:
        restore(db_path, dialog.chosen)
    except GpastError as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Backups", "Not restored"), problem_text(exc)
        )
        return False
    return True


def check_before_open(parent, location: str) -> bool:
    """Check an existing SQLite file read-only before it is opened. A damaged file is never
    written to; the user is offered the latest good backup. Returns whether to go on."""
    from app.storage import check_database, sqlite_path, to_url

    path = sqlite_path(to_url(location))
    if path is None or not path.exists():
        return True
    result = check_database(str(path))
    if result.ok:
        return True
    if result.newer:  # newer work than this program knows: never offer an older backup over it
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Backups", "Written by a newer version"),
            QCoreApplication.translate(
                "Backups",
                "{name} was written by a newer version of GPAST Coordinator. Please update the "
                "program to open it; the file was not changed.",
            ).format(name=path.name),
        )
        return False
    good = [b for b in list_backups(path) if check_database(str(b.path)).ok]
    text = QCoreApplication.translate(
        "Backups",
        "{name} is damaged or not a GPAST Coordinator database; it was not changed.\n\n{problems}",
    ).format(name=path.name, problems="\n".join(problem_text(p) for p in result.problems[:5]))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Backups", "Database damaged"),
        text,
        QMessageBox.StandardButton.Close,
        parent,
    )
    use_backup = None
    if good:
        latest = good[0]
        use_backup = box.addButton(
            QCoreApplication.translate("Backups", "Restore the backup of {when}").format(
                when=format_datetime(latest.made)
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
    box.exec()
    if use_backup is not None and box.clickedButton() is use_backup:
        restore(path, good[0].path)  # the damaged file is kept in the backups folder
        return True
    return False
