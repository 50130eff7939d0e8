"""The read-only one-row-at-a-time table and the Close box with one action button that the
recycle bin and the accepted-workstations dialogs share."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)


def picking_table(parent: QDialog, headers: Sequence[str]) -> QTableWidget:
    """A table of whole rows to pick one from; nothing in it can be edited."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def close_box(dialog: QDialog, action: QPushButton, act: Callable[[], None]) -> QDialogButtonBox:
    """Close, and `action` doing `act` on the picked row."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
    action.clicked.connect(act)
    buttons.rejected.connect(dialog.reject)
    return buttons


def fill(table: QTableWidget, rows: Sequence[Sequence[str]], action: QPushButton) -> None:
    """Show `rows`, the first one picked; `action` only when there is a row to act on."""
    table.setRowCount(len(rows))
    for n, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(n, column, QTableWidgetItem(text))
    if rows:
        table.selectRow(0)
    action.setEnabled(bool(rows))
