"""Reads on a shared server: a read of one statement runs without a transaction around it
(two round trips fewer: no BEGIN, no ROLLBACK); the figures stay right when the server reuses
a prepared statement."""

from __future__ import annotations

import time
from datetime import date, datetime

import pytest
from sqlalchemy import event, text

from app.services import open_database
from app.services.maintenance.demo import fill_demo
from app.services.reporting.indicators import indicators
from app.storage.server import migrate_server
from tests.counting import indicators_by_hand

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_db(postgres_url):
    migrate_server(postgres_url)
    with open_database(postgres_url) as db:
        yield db


def _transaction_started(session) -> datetime:
    started = session.execute(text("SELECT transaction_timestamp()")).scalar_one()
    time.sleep(0.01)
    return started


def test_a_one_statement_read_runs_without_a_transaction_and_others_do_not(server_db):
    with server_db.reading(one_statement=True) as session:
        first, second = _transaction_started(session), _transaction_started(session)
    assert first < second  # each statement its own transaction: no BEGIN was sent
    with server_db.reading() as session:
        first, second = _transaction_started(session), _transaction_started(session)
    assert first == second  # the usual read: one transaction


def test_indicators_stay_right_once_the_server_reuses_their_prepared_statement(server_db):
    """psycopg prepares a statement run five times on one connection, and the server then
    plans it once for any period: the figures stay those counted by hand."""
    fill_demo(server_db, today=date(2025, 12, 31))
    periods = [(date(2025, 1, 1), date(2025, 12, 31)), (date(2000, 1, 1), date(2030, 1, 1))]
    hand = [indicators_by_hand(server_db, *period) for period in periods]
    for n in range(8):  # one after the other: the same connection, no ROLLBACK between
        result = indicators(server_db, *periods[n % 2])
        expected = hand[n % 2]
        assert result["total"] == pytest.approx(expected[None])
        assert result["areas"] == {slug: pytest.approx(v) for slug, v in expected.items() if slug}


def _plan_of_indicators(db, period) -> str:
    """The server's plan for the indicators' statement (as it runs: parameters bound)."""
    captured: list[tuple[str, object]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        captured.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        indicators(db, *period)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    statement, parameters = captured[-1]
    with db.engine.connect() as conn:
        cursor = conn.connection.driver_connection.execute(f"EXPLAIN {statement}", parameters)
        return "\n".join(line for (line,) in cursor)


def test_the_split_by_sex_reads_the_small_people_index_not_the_people_table(server_db):
    """Each attending person's sex comes from the index (id, sex) once autovacuum has been
    by: the server no longer reads every row of the people table for a year's figures."""
    fill_demo(server_db, today=date(2025, 12, 31))
    with server_db.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            "VACUUM ANALYZE participant"
        )
    plan = _plan_of_indicators(server_db, (date(2025, 1, 1), date(2025, 12, 31)))
    assert "Index Only Scan using ix_participant_id_sex on participant" in plan
    assert "Seq Scan on participant" not in plan


def test_server_migrate_has_autovacuum_soon_vacuum_added_attendance_and_people(server_db):
    """A year's attendance added to forty years' is vacuumed within autovacuum's next round
    (its own default waits for a fifth of the table: eight years), so that the year's
    figures read the indexes alone."""
    with server_db.reading() as session:
        options = dict(
            session.execute(
                text(
                    "SELECT relname, reloptions FROM pg_class "
                    "WHERE relname IN ('attendance', 'participant') AND relkind = 'r'"
                )
            ).all()
        )
    for table in ("attendance", "participant"):
        assert "autovacuum_vacuum_insert_scale_factor=0.01" in options[table]
        assert "autovacuum_vacuum_insert_threshold=1000" in options[table]


def test_psycopg_keeps_the_indicators_statement_parsed_between_calls(server_db):
    """psycopg parses a statement's placeholders again at every call unless the statement is
    at most MAX_CACHED_STATEMENT_LENGTH characters with at most MAX_CACHED_STATEMENT_PARAMS
    parameters: the indicators' statement (a report runs it two or three times) fits."""
    from psycopg import _queries

    captured: list[tuple[str, dict]] = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        captured.append((statement, parameters))

    event.listen(server_db.engine, "before_cursor_execute", capture)
    try:
        indicators(server_db, date(2025, 1, 1), date(2025, 12, 31))
    finally:
        event.remove(server_db.engine, "before_cursor_execute", capture)
    statement, parameters = captured[-1]
    assert len(statement.encode()) <= _queries.MAX_CACHED_STATEMENT_LENGTH
    assert len(parameters) <= _queries.MAX_CACHED_STATEMENT_PARAMS
