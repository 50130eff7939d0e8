"""The cell being typed in of a grid, committed as if the user had pressed Enter."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView


def commit_open_cell(view: QAbstractItemView) -> None:
    """What is being typed in `view`'s cell counts as typed: its editor is committed and closed.

    The view's own record of its open editor is asked, not the application's focus widget:
    that is None while another program is active (the window closed from the taskbar, or as
    Windows ends the session), and the typing would be lost."""
    if view.state() != QAbstractItemView.State.EditingState:
        return
    editor = view.indexWidget(view.currentIndex())
    if editor is not None:
        view.commitData(editor)
        view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
