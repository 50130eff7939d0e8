"""Answering a modal window in a test. A modal window runs its own event loop, so the test
cannot answer it after the call that opens it: the answer is set up first and waits on the event
loop until the window shows.

    on_modal(QMessageBox, lambda box: box.reject())
    window.close()  # asks; answered above

The wait belongs to the test that set it up: when that test ends (its window never opened, the
test failed), the wait stops, and cannot answer a window of a later test."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)
_test = [0]  # which test runs now (tests/ui/conftest.py counts them)


def next_test() -> None:
    """A test begins or ends: the waits set up so far stop."""
    _test[0] += 1


def on_modal(
    kind: type[W],
    answer: Callable[[W], None],
    when: Callable[[W], bool] = lambda widget: True,
    every_ms: int = 10,
) -> None:
    """Once the active modal window is a `kind` (and `when` it is ready), `answer` it (once)."""
    test = _test[0]

    def look() -> None:
        if _test[0] != test:
            return  # the test that waited has ended
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind) or not when(widget):
            QTimer.singleShot(every_ms, look)
            return
        answer(widget)

    QTimer.singleShot(0, look)
