"""The one question asked before unsaved edits could be lost (closing an editor, leaving a page,
quitting): its buttons name their actions — Save, Don't save, Keep editing — so that no answer
can be read two ways (issue 16: "Отмена" used to keep the changes)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep editing"


def unsaved_question(parent: QWidget | None, text: str | None = None) -> QMessageBox:
    """The question, not yet shown: Save is the default, Escape keeps editing."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved-question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Unsaved changes"))
    box.setText(text or QCoreApplication.translate("UnsavedChanges", "Save the changes you made?"))
    save = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "&Save"), QMessageBox.ButtonRole.AcceptRole
    )
    save.setObjectName("save")
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "&Don't save"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    discard.setObjectName("discard")
    keep = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "&Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    keep.setObjectName("keep-editing")
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    return box


def ask_to_save(parent: QWidget | None, text: str | None = None) -> Answer:
    """Save, Don't save or Keep editing (also when the question is closed by Escape)."""
    box = unsaved_question(parent, text)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"save": Answer.SAVE, "discard": Answer.DISCARD}.get(name, Answer.KEEP_EDITING)


def edited_in_place(page: QWidget) -> bool:
    """Pages whose user changes data in them (lists, statistics, targets) update themselves;
    refreshing them under the user's hands would lose the selection or the cell being typed."""
    return hasattr(page, "changed") or hasattr(page, "has_unsaved_changes")


def may_leave(page: QWidget | None) -> bool:
    """True when leaving `page` loses nothing: pages with edits of their own (Targets) ask."""
    leave = getattr(page, "may_leave", None)
    return bool(leave()) if leave is not None else True
