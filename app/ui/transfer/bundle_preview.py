"""The preview of a bundle with conflicts: what it would change, and each record changed on
both workstations with both versions side by side (the fields that differ). Ours is kept
unless the coordinator ticks "Take theirs" for that record; nothing changes until Receive."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.ui.formats import format_stored
from app.ui.labels import field_label, kind_label, value_label

UUID_ROLE = Qt.ItemDataRole.UserRole


def shown(value: Any) -> str:
    """A field's value as the window shows it."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return format_stored(value)
    if isinstance(value, list):
        return ", ".join(value_label(str(v)) for v in value)
    if isinstance(value, str):
        return value_label(value)
    return format_stored(value, grouped=False)  # a year or a code may be a number here


class BundlePreviewDialog(QDialog):
    """`summary`: the preview in words; `choices`: the bundle's conflicts
    (bundle_format.Conflict). `chosen()` after Receive: the UUIDs whose version to take."""

    def __init__(self, parent, summary: str, choices: list) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("BundlePreview", "Receive this bundle?"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        text = QLabel(summary)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "BundlePreview",
                    "Records changed on both workstations: ours is kept unless you tick "
                    "\u201cTake theirs\u201d. Both versions stay in the audit trail.",
                )
            )
        )
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("BundlePreview", "Take theirs? Record / field"),
                QCoreApplication.translate("BundlePreview", "Here (ours)"),
                QCoreApplication.translate("BundlePreview", "Theirs"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        for conflict in choices:
            item = QTreeWidgetItem([f"{kind_label(conflict.part)}: {conflict.label}", "", ""])
            item.setData(0, UUID_ROLE, conflict.uuid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if conflict.deleted:
                QTreeWidgetItem(
                    item,
                    [
                        "",
                        QCoreApplication.translate("BundlePreview", "edited here"),
                        QCoreApplication.translate("BundlePreview", "deleted there"),
                    ],
                )
            for name, ours in conflict.ours.items():
                QTreeWidgetItem(
                    item, [field_label(name), shown(ours), shown(conflict.theirs.get(name))]
                )
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.receive_button = buttons.addButton(
            QCoreApplication.translate("BundlePreview", "Receive"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def chosen(self) -> set[str]:
        """The UUIDs of the conflicts for which "Take theirs" is ticked."""
        out = set()
        for n in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(n)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                out.add(item.data(0, UUID_ROLE))
        return out
