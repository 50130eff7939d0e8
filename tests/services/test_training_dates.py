"""A training's dates never shrink away from attendance recorded on its days: the change is
refused, naming the days; `check` finds attendance on days a session does not have."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from app.errors import ValidationError
from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from app.storage import check_database
from tests.factories import add_participant
from tests.helpers import refused, snapshot, write

HEADER = "code;title;start_date;end_date;focus_areas\n"


@pytest.fixture
def attended(db, two_day_training):
    """T1 on 3 and 4 March 2025, one person present on the 4th."""
    person = add_participant(db)
    set_attendance(db, two_day_training["id"], person["id"], "present", date(2025, 3, 4))
    return two_day_training


def test_editing_a_training_to_drop_an_attended_day_is_refused(db, attended):
    before = snapshot(db)
    with pytest.raises(ValidationError) as exc:
        records.update(db, "trainings", attended["id"], {"end_date": "2025-03-03"})
    assert exc.value.field == "end_date"
    assert "2025-03-04" in str(exc.value)
    assert snapshot(db) == before
    moved = records.update(db, "trainings", attended["id"], {"start_date": "2025-03-04"})
    assert moved["start_date"] == date(2025, 3, 4)  # the attended day is kept: allowed


def test_importing_shorter_dates_is_refused_naming_row_column_and_days(db, tmp_path, attended):
    path = write(tmp_path / "t.csv", HEADER + "T1;x;2025-03-03;2025-03-03;capacity\n")
    problems = refused(db, "trainings", path)
    assert len(problems) == 1
    assert problems[0].startswith("row 2, column end_date")
    assert "2025-03-04" in problems[0]


@pytest.mark.sqlite_only("plants rows with sqlite3; server: test_server_check.py")
def test_check_finds_attendance_outside_a_sessions_days(db, db_path, attended):
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE training_session SET end_date = '2025-03-03'")
    conn.commit()
    conn.close()
    result = check_database(str(db_path))
    assert not result.ok
    assert any("T1" in str(p) and "2025-03-04" in str(p) for p in result.problems)
