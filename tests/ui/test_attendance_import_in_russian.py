"""The attendance import names an unknown training code and a day outside the training in the
user's language (they were English sentences inside the Russian problem list)."""

from __future__ import annotations

from app.ui.shell.background import wait_for_background
from app.ui.transfer.import_dialog import ImportDialog
from tests.ui.test_errors_in_russian import english_in


def test_attendance_problems_are_listed_in_russian(qtbot, db, tmp_path, two_day_training, russian):
    sheet = tmp_path / "посещаемость.csv"
    sheet.write_text(
        "training_code,full_name,sex,status,date\n"
        "NOPE,Анна,female,present,\n"
        "T1,Анна,female,present,2025-03-09\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(db, None, "attendance", str(sheet))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.problems.count() >= 2)
    wait_for_background()
    lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("NOPE" in line for line in lines) and any("2025-03-09" in line for line in lines)
    columns = ["training_code", "date", "NOPE", "T1"]
    assert [english_in(line, *columns) for line in lines] == [set()] * len(lines), lines
