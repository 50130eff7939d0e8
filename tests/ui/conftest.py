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
