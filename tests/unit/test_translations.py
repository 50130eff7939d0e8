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
    """Fails when a new user-visible string is added without its translation (run
    `python -m app.i18n update`, then write the translation into gpast_ru.ts)."""
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
    from app.errors import Message, ValidationError
    from app.services.spreadsheets.rules import Problem
    from app.ui.problem_text import problem_text, reason_text

    problem = ValidationError("end_date", "must not be before the start date")
    assert str(problem) == "end_date: must not be before the start date"  # logs, English CLI
    assert problem_text(problem) == "Дата окончания: не может быть раньше даты начала"
    assert problem_text(Problem(7, "end_date", problem.reason)) == (
        "строка 7, столбец end_date: не может быть раньше даты начала"
    )
    not_a_date = Message("'{value}' is not a date (use YYYY-MM-DD or DD.MM.YYYY)", value="31.02")
    assert reason_text(not_a_date).startswith("«31.02» — не дата")
    assert problem_text(Message("no such message id")) == "no such message id"


def test_a_problem_keeps_its_id_and_values_when_copied():
    import copy
    import pickle

    from app.errors import NotFound, ValidationError
    from app.services.spreadsheets.rules import ImportRefused, Problem

    problems = [
        ValidationError("hours", "must be at most {n}", n=24),
        NotFound("{what} {n} does not exist", what="training session", n=5),
        ImportRefused(
            "a.csv", [Problem(2, "hours", ValidationError("hours", "is required").reason)]
        ),
    ]
    for problem in problems:
        for again in (copy.deepcopy(problem), pickle.loads(pickle.dumps(problem))):
            assert type(again) is type(problem) and str(again) == str(problem)
    assert str(problems[0]) == "hours: must be at most 24"


def test_every_message_id_has_a_russian_text():
    """Fails when a problem is raised with a message id that gpast_ru.ts does not translate
    (run `python -m app.i18n update`, then write its Russian into gpast_ru.ts),
    or with a message that is not a literal id (the catalogue cannot know it)."""
    import string

    from app.errors import CONTEXT
    from app.translation_sources import problem_calls, translations

    calls = problem_calls()
    assert len(calls) > 80  # the scan finds the raise sites
    not_literal = [f"{path.name}:{line}" for path, line, message_id in calls if not message_id]
    assert not_literal == []
    russian = translations(SOURCES / "gpast_ru.ts", CONTEXT)
    missing = sorted({message_id for _, _, message_id in calls if message_id} - set(russian))
    assert missing == []

    def names(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    unknown_values = [i for i in russian if not names(russian[i]) <= names(i)]
    assert unknown_values == []


def test_every_command_line_text_has_a_russian_translation():
    """The command line's texts live in the same catalogue as the window's (context
    CommandLine): fails when one has no Russian."""
    from app.i18n import COMMAND_LINE
    from app.translation_sources import command_line_texts, translations

    texts = command_line_texts()
    assert "usage: " in texts and "Trainings held" in texts and len(texts) > 50
    russian = translations(SOURCES / "gpast_ru.ts", COMMAND_LINE)
    assert sorted(set(texts) - set(russian)) == []


def test_every_document_text_has_a_russian_translation():
    """The documents' texts (tr("…"), and tables marked translatable) are in the catalogue too
    (context Documents)."""
    from app.i18n import DOCUMENTS
    from app.translation_sources import document_texts, translations

    texts = document_texts()
    assert "GPAST progress report" in texts and "treaty" in texts and len(texts) > 100
    russian = translations(SOURCES / "gpast_ru.ts", DOCUMENTS)
    assert sorted(set(texts) - set(russian)) == []
