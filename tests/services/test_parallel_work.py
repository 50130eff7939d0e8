"""Several people working on one PostgreSQL server at the same moment (two handles, two
threads, a real server): two imports of one file equal one after the other, and two people
ticking the same attendance cells never meet an error."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from functools import partial

import pytest

from app.services import open_database
from app.services.attendance import roster
from app.services.reporting.indicators import indicators
from app.services.spreadsheets.importing import import_file
from tests.factories import add_participant, add_training, make_attendance_rows

pytestmark = [pytest.mark.postgres, pytest.mark.server_migrated]


PEOPLE = 60


def side_by_side(*jobs: Callable[[], object]) -> list[BaseException]:
    """Run `jobs` in threads released at the same moment; the errors they raised."""
    start = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job):
        start.wait()
        try:
            job()
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def attendance_file(tmp_path):
    rows = [
        (
            "TR-9",
            f"Участник {n}",
            "female" if n % 2 else "male",
            "МВД",
            1980 + n % 30,
            "present",
            f"2025-03-0{3 + n % 3}",
        )
        for n in range(PEOPLE)
    ]
    path = tmp_path / "attendance.csv"
    path.write_text(make_attendance_rows(rows), encoding="utf-8")
    return path


def figures(db) -> tuple:
    total = indicators(db, date(2025, 1, 1), date(2025, 12, 31))["total"]
    return total["participations"], total["people_trained"]


def test_two_imports_of_one_file_at_once_equal_one_after_the_other(postgres_url, tmp_path):
    path = attendance_file(tmp_path)
    with open_database(postgres_url) as db:
        add_training(db, code="TR-9", end_date="2025-03-05")
        with open_database(postgres_url) as other:
            errors = side_by_side(
                lambda: import_file(db, "attendance", path),
                lambda: import_file(other, "attendance", path),
            )
        assert errors == []
        assert figures(db) == (PEOPLE, PEOPLE)  # as one import: nobody twice
        import_file(db, "attendance", path)  # and a third, afterwards: still the same
        assert figures(db) == (PEOPLE, PEOPLE)


def test_two_people_ticking_the_same_cells_never_meet_an_error(postgres_url):
    with open_database(postgres_url) as db, open_database(postgres_url) as other:
        training = add_training(db, code="TR-9", end_date="2025-03-05")
        people = [add_participant(db, full_name=f"P{n}")["id"] for n in range(10)]
        for n, person in enumerate(people):
            day = date(2025, 3, 3 + n % 3)
            errors = side_by_side(
                partial(roster.set_statuses, db, training["id"], [(person, day, "present")]),
                partial(roster.set_statuses, other, training["id"], [(person, day, "late")]),
            )
            assert errors == []
        data = roster.roster(db, training["id"])
        assert len(data["people"]) == len(people)


def test_two_saves_of_one_version_at_once_one_is_refused(postgres_url):
    from app.errors import StaleRecord
    from app.services.records import editing as records

    with open_database(postgres_url) as db, open_database(postgres_url) as other:
        training = add_training(db, code="TR-9")
        seen = records.get(db, "trainings", training["id"])["version"]
        errors = side_by_side(
            lambda: records.update(
                db, "trainings", training["id"], {"title": "A"}, seen_version=seen
            ),
            lambda: records.update(
                other, "trainings", training["id"], {"title": "B"}, seen_version=seen
            ),
        )
        assert [type(e) for e in errors] == [StaleRecord]


def test_an_import_on_the_server_gives_what_it_gives_on_sqlite(db, postgres_url, tmp_path):
    """The bulk load by COPY on the server: the same people, attendance and figures."""
    path = attendance_file(tmp_path)
    with open_database(postgres_url) as server:
        for database in (db, server):
            add_training(database, code="TR-9", end_date="2025-03-05")
            result = import_file(database, "attendance", path)
            assert (result.added, result.people_added) == (PEOPLE, PEOPLE)
        assert figures(server) == figures(db)
        on_server = roster.roster(server, 1)["people"]
        on_sqlite = roster.roster(db, 1)["people"]
        assert [(p["full_name"], p["statuses"]) for p in on_server] == [
            (p["full_name"], p["statuses"]) for p in on_sqlite
        ]


def test_imports_leave_the_planner_statistics_of_the_tables_they_fill_fresh(postgres_url, tmp_path):
    """A report right after imports plans with the new rows (ANALYZE as each import commits,
    for every table it changed by more than autovacuum's threshold, COPY or INSERT alike; a
    table never analysed has reltuples -1), not after autovacuum's next round."""
    from sqlalchemy import text

    from app.services.spreadsheets.exporting import export_file

    with open_database(str(tmp_path / "sessions.sqlite")) as scratch:
        for n in range(PEOPLE):
            add_training(scratch, code=f"TS-{n}")
        export_file(scratch, "trainings", tmp_path / "trainings.csv")
    path = attendance_file(tmp_path)
    with open_database(postgres_url) as db:
        import_file(db, "trainings", tmp_path / "trainings.csv")  # one INSERT a session
        add_training(db, code="TR-9", end_date="2025-03-05")
        import_file(db, "attendance", path)  # COPY
        with db.engine.connect() as conn:
            known: dict[str, float] = dict(
                conn.execute(
                    text(
                        "SELECT relname, reltuples FROM pg_class "
                        "WHERE relname IN ('attendance', 'participant', 'training_session')"
                    )
                ).all()
            )
            described = set(
                conn.execute(
                    text(
                        "SELECT tablename, attname FROM pg_stats "
                        "WHERE tablename IN ('attendance', 'participant')"
                    )
                ).all()
            )
    assert known.pop("training_session") >= PEOPLE  # analysed by the sessions' import
    assert known == {"attendance": PEOPLE, "participant": PEOPLE}
    # what the counting rules and the report plan with (the rest is left to autovacuum)
    assert {
        ("attendance", "training_id"),
        ("attendance", "participant_id"),
        ("attendance", "status"),
        ("participant", "id"),
        ("participant", "sex"),
    } <= described
