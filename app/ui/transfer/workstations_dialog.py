"""File > Accepted workstations…: the workstations whose bundles are received here, this
workstation's own key fingerprint (to read out to the other side), and revoking one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from app.errors import GpastError
from app.services.exchange.identity import own_identity
from app.services.exchange.trust import accepted_workstations, revoke
from app.ui.formats import format_datetime
from app.ui.problem_text import problem_text
from app.ui.shell.background import wait_behind_busy_window
from app.ui.transfer.picking_table import close_box, fill, picking_table


class WorkstationsDialog(QDialog):
    def __init__(self, parent, db):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(QCoreApplication.translate("Workstations", "Accepted workstations"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        try:
            own = own_identity().fingerprint
        except GpastError as exc:
            own = problem_text(exc)
        self.own_label = QLabel(
            QCoreApplication.translate(
                "Workstations", "This workstation's key fingerprint: {fingerprint}"
            ).format(fingerprint=own)
        )
        layout.addWidget(self.own_label)
        self.table = picking_table(
            self,
            [
                QCoreApplication.translate("Workstations", "Workstation"),
                QCoreApplication.translate("Workstations", "Key fingerprint"),
                QCoreApplication.translate("Workstations", "Accepted at (UTC)"),
            ],
        )
        layout.addWidget(self.table)
        self.revoke_button = QPushButton(QCoreApplication.translate("Workstations", "Re&voke"))
        layout.addWidget(close_box(self, self.revoke_button, self.revoke_selected))
        self.rows: list[dict] = []
        self.reload()

    def reload(self) -> None:
        self.rows = accepted_workstations(self.db)
        cells = [(r["name"], r["fingerprint"], _when(r["accepted_at"])) for r in self.rows]
        fill(self.table, cells, self.revoke_button)

    def revoke_selected(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        row = self.rows[selected[0].row()]
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("Workstations", "Revoke this workstation?"),
            QCoreApplication.translate(
                "Workstations",
                "Bundles from '{name}' ({fingerprint}) will be refused until it is accepted again.",
            ).format(name=row["name"], fingerprint=row["fingerprint"]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            wait_behind_busy_window(
                self,
                QCoreApplication.translate("Workstations", "Saving…"),
                revoke,
                self.db,
                row["fingerprint"],
            )
        except GpastError as exc:
            QMessageBox.warning(self, self.windowTitle(), problem_text(exc))
        self.reload()


def _when(stored: str) -> str:
    """The moment a workstation was accepted, as every date in the window reads (UTC)."""
    try:
        return format_datetime(datetime.fromisoformat(stored))
    except ValueError:
        return stored
