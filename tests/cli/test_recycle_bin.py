"""`gpast deleted` lists the recycle bin and `gpast deleted restore UUID` brings a record back
with its attendance (the recycle bin itself: tests/services/test_recycle_bin.py)."""

from __future__ import annotations

from datetime import date

from app.services.attendance.recording import set_attendance
from app.services.records import editing as records
from tests.factories import add_participant, add_training


def test_the_command_line_lists_and_restores(db, gpast):
    t = add_training(
        db, code="SEM-1", title="Семинар", start_date="2025-03-03", end_date="2025-03-04"
    )
    anna = add_participant(db, full_name="Анна", sex="female")
    petr = add_participant(db, full_name="Пётр", sex="male")
    set_attendance(db, t["id"], anna["id"], "present")
    set_attendance(db, t["id"], petr["id"], "late", date(2025, 3, 4))
    records.delete(db, "trainings", t["id"])
    db.close()  # the command opens the database itself
    done = gpast("--db", db.location, "deleted")
    assert done.returncode == 0, done.stderr
    assert t["uuid"] in done.stdout and "Семинар" in done.stdout
    assert "(3 attendance rows)" in done.stdout
    done = gpast("--db", db.location, "deleted", "restore", t["uuid"])
    assert done.returncode == 0 and "restored with 3 attendance rows" in done.stdout
    done = gpast("--db", db.location, "deleted", "restore", t["uuid"])
    assert done.returncode == 1 and "no deleted record" in done.stderr
