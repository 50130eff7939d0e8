"""A grid of figures typed with the keyboard: type a number to start, Enter or Tab to move on,
Delete to clear a cell, Ctrl+C to copy the selected block and Ctrl+V to paste one, as Excel
does (tab-separated)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableWidget


class FigureGrid(QTableWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)

    def read_only(self) -> bool:
        """No typing, pasting or clearing (the role may not change figures)."""
        return self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.read_only() and not event.matches(QKeySequence.StandardKey.Copy):
            super().keyPressEvent(event)  # moving about and selecting only
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selected_text())
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            for item in self.selectedItems():
                if item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText("")
            return
        super().keyPressEvent(event)

    def selected_text(self) -> str:
        """The selected cells as a tab-separated block (rows by lines), the rectangle that holds
        them; cells between them that are not selected are left empty."""
        items = self.selectedItems()
        if not items:
            return ""
        rows = sorted({i.row() for i in items})
        columns = sorted({i.column() for i in items})
        chosen = {(i.row(), i.column()): i.text() for i in items}
        left, right = columns[0], columns[-1]
        lines = [
            "\t".join(chosen.get((r, c), "") for c in range(left, right + 1))
            for r in range(rows[0], rows[-1] + 1)
        ]
        return "\n".join(lines) + "\n"

    def paste(self, text: str) -> int:
        """Cells of a tab-separated block (Excel's clipboard) from the current cell on; returns
        how many cells were set (cells outside the grid or not editable are left)."""
        if self.read_only():
            return 0
        top, left = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        count = 0
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for r, line in enumerate(lines):
            for c, cell in enumerate(line.split("\t")):
                item = self.item(top + r, left + c)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText(cell.strip())
                    count += 1
        return count
