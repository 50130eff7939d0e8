"""The tests' way of answering modal windows (tests/ui/modal.py) answers only during the test
that set it up: a window that never opened leaves nothing to answer a later test's windows."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from tests.ui.modal import next_test, on_modal


def test_the_answer_is_given_when_the_window_shows(qtbot):
    answered: list[str] = []
    on_modal(QMessageBox, lambda box: answered.append(box.text()))
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Save?")
    qtbot.addWidget(box)
    QTimer.singleShot(2000, box.reject)  # in case the answer does not come
    on_modal(QMessageBox, lambda w: w.accept(), when=lambda w: w is box)
    assert box.exec() == QMessageBox.DialogCode.Accepted
    assert answered == ["Save?"]


def test_an_answer_left_over_from_an_ended_test_answers_nothing(qtbot):
    answered: list[str] = []
    on_modal(QMessageBox, lambda box: answered.append(box.text()))
    next_test()  # as when the test that set it up ends
    box = QMessageBox(QMessageBox.Icon.Question, "Question", "Later test's question")
    qtbot.addWidget(box)
    QTimer.singleShot(300, box.reject)
    assert box.exec() == QMessageBox.DialogCode.Rejected
    assert answered == []
