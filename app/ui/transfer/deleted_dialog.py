"""File > Deleted records…: the recycle bin, and bringing a record back with its attendance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.errors import GpastError
from app.services.recycle_bin.restoring import deleted_records, restore_deleted
from app.ui.formats import format_datetime, format_number
from app.ui.labels import kind_label
from app.ui.problem_text import problem_text
from app.ui.shell.background import wait_behind_busy_window
from app.ui.transfer.picking_table import close_box, fill, picking_table


class DeletedRecordsDialog(QDialog):
    """The deleted records, the latest first; Restore brings the selected one back."""

    def __init__(self, parent, db, on_restored: Callable[[], None]):
        super().__init__(parent)
        self.db, self.on_restored = db, on_restored
        self.setWindowTitle(QCoreApplication.translate("DeletedRecords", "Deleted records"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "DeletedRecords",
                    "A deleted record keeps its content and its attendance until restored.",
                )
            )
        )
        self.table = picking_table(
            self,
            [
                QCoreApplication.translate("DeletedRecords", "Deleted at"),
                QCoreApplication.translate("DeletedRecords", "Kind"),
                QCoreApplication.translate("DeletedRecords", "Record"),
                QCoreApplication.translate("DeletedRecords", "Attendance rows"),
            ],
        )
        layout.addWidget(self.table)
        self.empty_hint = QLabel(
            QCoreApplication.translate(
                "DeletedRecords",
                "Nothing has been deleted. A record you delete (Del on a list page) waits here "
                "until you restore it.",
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        layout.addWidget(self.empty_hint)
        self.restore_button = QPushButton(
            QCoreApplication.translate("DeletedRecords", "&Restore"), self
        )
        layout.addWidget(close_box(self, self.restore_button, self.restore_selected))
        self.rows: list[dict] = []
        self.reload()

    def reload(self) -> None:
        self.rows = deleted_records(self.db)
        cells = [
            (
                format_datetime(row["deleted_at"]),
                kind_label(row["kind"]),
                row["label"],
                format_number(row["attendance"]),
            )
            for row in self.rows
        ]
        fill(self.table, cells, self.restore_button)
        self.empty_hint.setVisible(not self.rows)

    def restore_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row = self.rows[selected[0].row()]
        try:
            done = wait_behind_busy_window(
                self,
                QCoreApplication.translate("DeletedRecords", "Restoring…"),
                restore_deleted,
                self.db,
                row["uuid"],
            )
        except GpastError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("DeletedRecords", "Not restored"),
                problem_text(exc),
            )
            return
        text = QCoreApplication.translate(
            "DeletedRecords", "{record} is back, with {n} attendance rows."
        ).format(record=done["label"] or row["uuid"], n=done["attendance"])
        if done["skipped"]:
            text += "\n" + QCoreApplication.translate(
                "DeletedRecords",
                "{n} attendance rows were not restored: their session or person is gone, or "
                "the day is no longer one of the session's.",
            ).format(n=format_number(done["skipped"]))
        QMessageBox.information(
            self, QCoreApplication.translate("DeletedRecords", "Restored"), text
        )
        self.on_restored()
        self.reload()
