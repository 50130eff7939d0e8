"""The Russian interface: every user-visible string has a translation, and it loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.i18n import SOURCES
from app.translation_sources import lupdate, unfinished
from tests.helpers import ROOT

TOOLS = Path(sys.executable).parent


@pytest.fixture
def russian(qapp, tmp_path):
    """The Russian translation compiled from the .ts and installed for one test."""
    qm = tmp_path / "gpast_ru.qm"
    lrelease = shutil.which("pyside6-lrelease") or str(TOOLS / "pyside6-lrelease")
    subprocess.run(
        [lrelease, str(SOURCES / "gpast_ru.ts"), "-qm", str(qm)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_string_of_the_interface_has_a_russian_translation(tmp_path):
    """Fails when a new user-visible string is added without its translation (add it to
    resources/translations/ru_strings.py, then run `python -m app.i18n update`)."""
    ts = tmp_path / "gpast_ru.ts"
    shutil.copy(SOURCES / "gpast_ru.ts", ts)
    lupdate(ts)
    assert unfinished(ts) == []


def test_the_compiled_translation_loads_and_translates(russian):
    assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    assert QCoreApplication.translate("Labels", "Countering demand") == "Противодействие спросу"
    assert QCoreApplication.translate("RecordListPage", "%n record(s)", "", 5) == "5 записей"
    assert QCoreApplication.translate("RecordListPage", "%n record(s)", "", 3) == "3 записи"


def test_service_problems_are_shown_in_russian(russian):
    from app.ui.problem_text import problem_line, problem_message

    assert problem_message("is required") == "обязательное поле"
    assert problem_line("row 7, column end_date: must not be before the start date") == (
        "строка 7, столбец end_date: не может быть раньше даты начала"
    )
    assert problem_message("'31.02.2025' is not a date (use YYYY-MM-DD or DD.MM.YYYY)").startswith(
        "«31.02.2025» — не дата"
    )
    assert problem_message("something new") == "something new"


def test_every_command_line_text_has_a_russian_translation():
    import ast

    from app.commands.cli_text import RU

    root = ROOT / "app"
    missing = []
    for path in [root / "cli.py", *sorted((root / "commands").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value not in RU
            ):
                missing.append(f"{path.name}: {node.args[0].value}")
    assert missing == []
