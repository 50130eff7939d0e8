"""File > Accepted workstations…: the workstations whose bundles are received here, this
workstation's own key fingerprint (to read out to the other side), and revoking one."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import GpastError
from app.services.exchange.identity import own_identity
from app.services.exchange.trust import accepted_workstations, revoke
from app.ui.formats import format_datetime
from app.ui.problem_text import problem_text


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
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Workstations", "Workstation"),
                QCoreApplication.translate("Workstations", "Key fingerprint"),
                QCoreApplication.translate("Workstations", "Accepted at (UTC)"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.revoke_button = QPushButton(QCoreApplication.translate("Workstations", "Re&voke"))
        buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rows: list[dict] = []
        self.reload()

    def reload(self) -> None:
        self.rows = accepted_workstations(self.db)
        self.table.setRowCount(len(self.rows))
        for n, row in enumerate(self.rows):
            cells = (row["name"], row["fingerprint"], _when(row["accepted_at"]))
            for column, text in enumerate(cells):
                self.table.setItem(n, column, QTableWidgetItem(text))
        if self.rows:
            self.table.selectRow(0)
        self.revoke_button.setEnabled(bool(self.rows))

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
            revoke(self.db, row["fingerprint"])
        except GpastError as exc:
            QMessageBox.warning(self, self.windowTitle(), problem_text(exc))
        self.reload()


def _when(stored: str) -> str:
    """The moment a workstation was accepted, as every date in the window reads (UTC)."""
    try:
        return format_datetime(datetime.fromisoformat(stored))
    except ValueError:
        return stored
