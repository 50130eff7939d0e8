"""A whole number grouped the window's way while it is typed or pasted into a line edit
(301 750 in Russian, 301,750 in English: app.ui.formats), the cursor staying after the digit it
was after; Backspace and Delete next to a group's space take the digit beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit

from app.ui.formats import group_digits


class DigitGrouping(QObject):
    """Attached to `edit` (its child: it lives as long as the edit does)."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.textEdited.connect(self._regroup)
        edit.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            text, at = self.edit.text(), self.edit.cursorPosition()
            grouped = not self.edit.hasSelectedText() and group_digits(text) == text
            key = event.key()
            if grouped and key == Qt.Key.Key_Backspace and at > 0 and not text[at - 1].isdigit():
                self.edit.setCursorPosition(at - 1)  # the digit before the group's space goes
            elif grouped and key == Qt.Key.Key_Delete and at < len(text) and not text[at].isdigit():
                self.edit.setCursorPosition(at + 1)  # the digit after it goes
        return super().eventFilter(watched, event)

    def _regroup(self, text: str) -> None:
        """Typed or pasted: grouped again, the cursor after the same digit as before."""
        grouped = group_digits(text)
        if grouped is None or grouped == text:
            return
        digits_before = sum(ch.isdigit() for ch in text[: self.edit.cursorPosition()])
        self.edit.setText(grouped)
        at = 1 if grouped.startswith("-") else 0
        seen = 0
        for i, ch in enumerate(grouped):
            if seen == digits_before:
                break
            seen += ch.isdigit()
            at = i + 1
        self.edit.setCursorPosition(at)
