"""Fixtures of the window's tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.i18n import SOURCES


@pytest.fixture
def russian(qapp, tmp_path):
    """The window in Russian: the translation compiled from the .ts, installed for one test."""
    from app.ui.shell.application import make_application

    make_application()
    qm = tmp_path / "gpast_ru.qm"
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    subprocess.run(
        [lrelease, str(SOURCES / "gpast_ru.ts"), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _nothing_launched(monkeypatch):
    """No test opens a viewer, a file manager or a real printer: what would be opened is noted
    in the list this fixture gives, and printing fails unless a test chooses a printer."""
    from app.ui.shell import saved_files

    opened: list[str] = []

    def note(url) -> bool:
        opened.append(url.toLocalFile())
        return True

    def no_printer(parent):
        raise AssertionError("a test reached the print dialog without choosing a printer")

    monkeypatch.setattr(saved_files, "open_url", note)
    monkeypatch.setattr(saved_files, "choose_printer", no_printer)
    return opened


@pytest.fixture(autouse=True)
def _modal_answers_end_with_their_test():
    """An answer a test set up for a modal window that never opened does not outlive the test
    (tests/ui/modal.py)."""
    from tests.ui.modal import next_test

    next_test()
    yield
    next_test()


@pytest.fixture
def another_program_active(qtbot):
    """Another program's window is the active one from here on (the program's own windows
    are not active, as when one of them is closed from the taskbar)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    assert QTest.qWaitForWindowActive(other)
    return other
