"""A page whose work comes in a later version: says in one sentence what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PendingPage(QWidget):
    def __init__(self, title: str, what: str, parent=None):
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>", self)
        text = QLabel(what, self)
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def set_database(self, db) -> None:
        pass

    def refresh(self) -> None:
        pass
