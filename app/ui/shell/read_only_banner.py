"""The banner over the pages when the open database can be read but not changed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ReadOnlyBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read-only-banner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel { background: #fff4c2; color: #3d3000; padding: 6px; border-radius: 3px; }"
        )
        self.hide()

    def show_for(self, db: object) -> None:
        """Shown while `db` is read-only (read-only media or folder), hidden otherwise."""
        self.setText(
            self.tr(
                "This database is read-only (read-only media, or a folder you cannot write to): "
                "you can look, print, export and back it up elsewhere, but not change it."
            )
        )
        self.setVisible(bool(getattr(db, "read_only", False)))
