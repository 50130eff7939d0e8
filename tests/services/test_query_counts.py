"""No N+1 queries: the number of SQL statements a screen or document needs does not grow with
the number of records (counted on a small and on a ten times larger database)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

import pytest
from sqlalchemy import event

from app.services import open_database
from app.services.attendance.participants import history
from app.services.attendance.roster import roster
from app.services.maintenance.demo import DemoSize, fill_demo
from app.services.records.editing import ListQuery, list_records
from app.services.reporting.dashboard import dashboard_figures
from app.services.reporting.indicators import indicators
from app.services.reporting.report_data import report_data
from app.services.spreadsheets.exporting import export_rows

TODAY = date(2025, 12, 31)
YEAR = (date(2025, 1, 1), TODAY)
SMALL = DemoSize(years=2, people=30, trainings_per_year=4, attendees=(3, 5))
LARGE = DemoSize(years=4, people=300, trainings_per_year=20, attendees=(20, 30))


def statements(db, call: Callable[[], object]) -> int:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        seen.append(statement)

    call()  # warm: the first call may load what every later call shares
    event.listen(db.engine, "before_cursor_execute", count)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(seen)


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("counts")
    opened = []
    for name, size in (("small", SMALL), ("large", LARGE)):
        db = open_database(str(folder / f"{name}.sqlite"))
        fill_demo(db, size=size, today=TODAY)
        opened.append(db)
    yield opened
    for db in opened:
        db.close()


def _first(db, kind: str) -> int:
    return list_records(db, kind, ListQuery(limit=1))[0]["id"]


CALLS: dict[str, Callable] = {
    "indicators": lambda db: indicators(db, *YEAR),
    "dashboard": lambda db: dashboard_figures(db, 2025, today=TODAY),
    "report": lambda db: report_data(db, *YEAR, made_on=TODAY),
    "legislation list": lambda db: list_records(db, "legislation", ListQuery(limit=200)),
    "trainings list": lambda db: list_records(db, "trainings", ListQuery(limit=200)),
    "campaigns list": lambda db: list_records(db, "campaigns", ListQuery(limit=200)),
    "people search": lambda db: list_records(db, "participants", ListQuery(search="а", limit=200)),
    "roster": lambda db: roster(db, _first(db, "trainings")),
    "person's history": lambda db: history(db, _first(db, "participants")),
    "attendance export": lambda db: list(export_rows(db, "attendance")),
}


@pytest.mark.parametrize("name", CALLS)
def test_statements_do_not_grow_with_the_records(databases, name):
    small, large = databases
    call = CALLS[name]
    counts = [statements(db, partial(call, db)) for db in (small, large)]
    assert counts[0] == counts[1], f"{name}: {counts[0]} statements, then {counts[1]}"
    assert counts[0] > 0
