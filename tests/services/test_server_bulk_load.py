"""A big attendance import on a real PostgreSQL server by an editor (not the tables' owner):
attendance's foreign keys and secondary indexes are dropped for the writes by the owner's
functions and made again before the commit; whatever happens, no transaction commits without
them, and only editors and above may call the functions (app.storage.server_bulk)."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date, datetime

import psycopg
import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from app.models import Attendance
from app.services import DatabaseBusy, open_database
from app.services.spreadsheets.importing import import_file
from app.services.spreadsheets.rules import ImportCancelled, ImportRefused
from app.storage.bulk import bulk_insert_columns, indexes_built_after
from app.storage.server_check import check_server
from tests.factories import add_training, make_attendance_rows
from tests.helpers import drop_logins, snapshot, write

pytestmark = [pytest.mark.postgres, pytest.mark.server_migrated]

KEYS = {
    "fk_attendance_participant_id_participant": (
        "FOREIGN KEY (participant_id) REFERENCES participant(id) ON DELETE CASCADE"
    ),
    "fk_attendance_training_id_training_session": (
        "FOREIGN KEY (training_id) REFERENCES training_session(id) ON DELETE CASCADE"
    ),
}
SECONDARY = {"ix_attendance_participant_id", "ix_attendance_training_status"}


@pytest.fixture
def server(postgres_url, new_login):
    """The admin's handle on a fresh database with training T1 (3-4 March 2025), and a way to
    sign in as a new login: (login, its URL, its open database)."""
    admin = open_database(postgres_url)
    add_training(admin, code="T1", title="x", end_date="2025-03-04")

    def sign_in(role: str):
        login, shown = new_login(role, "пароль-1")
        return login, shown, open_database(shown)

    yield admin, sign_in
    admin.close()


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _keys(db) -> dict[str, tuple[str, bool]]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT conname, pg_get_constraintdef(oid), convalidated FROM pg_constraint "
                "WHERE conrelid = 'attendance'::regclass AND contype = 'f'"
            )
        )
        return {name: (definition, valid) for name, definition, valid in rows}


def _indexes(db) -> set[str]:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = 'attendance'"))
        return set(rows.scalars())


def _intact(db) -> bool:
    with db.engine.connect() as conn:
        left = conn.execute(text("SELECT count(*) FROM bulk_load")).scalar()
    return (
        _keys(db) == {n: (d, True) for n, d in KEYS.items()}
        and _indexes(db) >= SECONDARY
        and (left == 0)
    )


def _calls(db) -> list[str]:
    seen: list[str] = []
    for engine in {db.engine, db.write_engine, db.bulk_engine}:
        event.listen(engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def _rows(count: int, status: str = "present") -> str:
    return make_attendance_rows(
        ("T1", f"Участник {n}", "female", None, None, status, None) for n in range(count)
    )


def test_an_editor_imports_a_big_file_by_the_quick_path_and_the_keys_are_back(server, tmp_path):
    admin, sign_in = server
    assert _intact(admin)
    _login, url, db = sign_in("editor")
    with db:
        seen = _calls(db)
        result = import_file(db, "attendance", write(tmp_path / "a.csv", _rows(40)))
        assert result.added == 80
    assert any("attendance_checks_off()" in s for s in seen)
    assert any("attendance_checks_on()" in s for s in seen)
    assert _intact(admin)
    assert not check_server(url).problems  # `gpast check` finds nothing wrong
    with admin.engine.begin() as conn:  # the keys work as before: a session's rows go with it
        conn.execute(text("DELETE FROM training_session WHERE code = 'T1'"))
        assert conn.execute(text("SELECT count(*) FROM attendance")).scalar() == 0


def test_a_small_import_beside_many_rows_keeps_the_keys_in_place(server, tmp_path):
    admin, sign_in = server
    _login, _url, db = sign_in("editor")
    with db:
        import_file(db, "attendance", write(tmp_path / "a.csv", _rows(30)))
        seen = _calls(db)
        assert import_file(db, "attendance", write(tmp_path / "b.csv", _rows(3, "late"))).updated
        more = make_attendance_rows([("T1", "Вера", "female", None, None, "late", None)])
        assert import_file(db, "attendance", write(tmp_path / "c.csv", more)).added == 2
    assert not [s for s in seen if "attendance_checks" in s]
    assert _intact(admin)


def test_functions_not_of_the_tables_owner_leave_the_import_its_ordinary_path(server, tmp_path):
    admin, sign_in = server
    stranger = f"u{uuid.uuid4().hex[:10]}"
    with admin.engine.begin() as conn:  # as if another admin had run `server migrate`
        conn.execute(text(f'CREATE ROLE "{stranger}" NOLOGIN'))
        for function in ("attendance_checks_off()", "attendance_checks_on()"):
            conn.execute(text(f'ALTER FUNCTION {function} OWNER TO "{stranger}"'))
    try:
        _login, _url, db = sign_in("editor")
        with db:
            seen = _calls(db)
            assert import_file(db, "attendance", write(tmp_path / "a.csv", _rows(30))).added == 60
        assert not [s for s in seen if "attendance_checks" in s]
        assert _intact(admin)
    finally:
        drop_logins(admin.engine, [stranger])


def test_an_editor_who_drops_the_keys_cannot_commit_without_them(server):
    admin, sign_in = server
    _login, url, _db = sign_in("editor")
    _db.close()
    with psycopg.connect(_plain(url)) as conn:
        assert conn.execute("SELECT attendance_checks_off()").fetchone() == (4,)
        conn.execute(  # a row naming a person who is not there: no key refuses it now
            "INSERT INTO attendance (training_id, participant_id, day, status, uuid, "
            "created_at, updated_at) SELECT id, 999999, start_date, 'present', 'u-1', now(), "
            "now() FROM training_session"
        )
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="not made again"):
            conn.commit()
    assert _intact(admin)
    with admin.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM attendance")).scalar() == 0


def test_keys_made_again_over_a_row_without_its_person_refuse_the_load(server):
    admin, sign_in = server
    before = snapshot(admin)
    _login, _url, db = sign_in("editor")
    with admin.engine.connect() as conn:
        training = conn.execute(text("SELECT id FROM training_session")).scalar()
    columns = {"training_id": [training], "participant_id": [999_999], "uuid": ["u1"]}
    columns |= {"day": [date(2025, 3, 3)], "status": ["present"]}
    now = {"created_at": datetime(2025, 3, 3), "updated_at": datetime(2025, 3, 3)}
    with (
        db,
        pytest.raises(IntegrityError, match="fk_attendance_participant_id"),
        db.writing(checked_references=True) as session,
        indexes_built_after(session, Attendance.__table__, 1_000),
    ):
        bulk_insert_columns(session, Attendance.__table__, columns, now)  # taken as it comes
    assert _intact(admin) and snapshot(admin) == before


def test_a_cancelled_import_leaves_the_keys_and_none_of_its_rows(server, tmp_path):
    admin, sign_in = server
    before = snapshot(admin)
    _login, _url, db = sign_in("editor")
    path = write(tmp_path / "a.csv", _rows(30))
    with db, pytest.raises(ImportCancelled):  # while the rows are written, keys dropped
        import_file(db, "attendance", path, progress=lambda done, total: done > total * 3 // 4)
    assert _intact(admin) and snapshot(admin) == before


def test_a_file_with_a_bad_row_changes_nothing(server, tmp_path):
    admin, sign_in = server
    before = snapshot(admin)
    _login, _url, db = sign_in("editor")
    rows = _rows(30) + "T1,Лишний,female,,,вчера,\n"  # a status the program does not know
    with db, pytest.raises(ImportRefused):
        import_file(db, "attendance", write(tmp_path / "a.csv", rows))
    assert _intact(admin) and snapshot(admin) == before


def test_a_viewer_and_a_login_without_a_role_may_not_call_the_functions(server, postgres_url):
    admin, sign_in = server
    _login, url, db = sign_in("viewer")
    db.close()
    nobody = f"u{uuid.uuid4().hex[:10]}"
    with admin.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE \"{nobody}\" LOGIN PASSWORD 'x'"))
    try:
        others = make_url(postgres_url).set(username=nobody, password="x")
        for who in (url, others.render_as_string(hide_password=False)):
            for function in ("attendance_checks_off", "attendance_checks_on"):
                with (
                    psycopg.connect(_plain(who)) as conn,
                    pytest.raises(psycopg.errors.InsufficientPrivilege),
                ):
                    conn.execute(f"SELECT {function}()")
            with psycopg.connect(_plain(who)) as conn, pytest.raises(psycopg.Error):
                conn.execute("DELETE FROM bulk_load")
    finally:
        with admin.engine.begin() as conn:
            conn.execute(text(f'DROP ROLE "{nobody}"'))
    assert _intact(admin)


def test_another_person_reading_attendance_waits_for_the_import_and_sees_it_whole(
    server, tmp_path, postgres_url
):
    admin, sign_in = server
    admin_url = postgres_url
    _login, _url, db = sign_in("editor")
    _viewer, viewer_url, viewer_db = sign_in("viewer")
    viewer_db.close()
    seen: dict[str, object] = {}

    def read() -> None:
        with psycopg.connect(_plain(viewer_url)) as conn:
            seen["count"] = conn.execute("SELECT count(*) FROM attendance").fetchone()
            seen["keys"] = conn.execute(
                "SELECT count(*) FROM pg_constraint "
                "WHERE conrelid = 'attendance'::regclass AND contype = 'f' AND convalidated"
            ).fetchone()

    reader = threading.Thread(target=read)

    def progress(done: int, total: int) -> bool:
        if done > total * 3 // 4 and "waited" not in seen:  # writing, the keys off
            reader.start()  # the reader waits for the commit
            with psycopg.connect(_plain(admin_url), autocommit=True) as watch:  # sees all
                for _ in range(600):  # until the server says so (at most a minute)
                    waiting = watch.execute(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE usename = %s AND wait_event_type = 'Lock'",
                        (_viewer,),
                    ).fetchone()
                    if waiting == (1,) or "count" in seen:
                        break
                    time.sleep(0.1)
            seen["waited"] = waiting == (1,)
        return False

    with db:
        path = write(tmp_path / "a.csv", _rows(600))
        result = import_file(db, "attendance", path, progress=progress)
    reader.join()
    assert result.added == 1200
    assert seen["waited"] is True
    assert seen["count"] == (1200,) and seen["keys"] == (2,)
    assert _intact(admin)


def test_a_reader_holding_people_while_a_big_import_starts_costs_the_import_a_clean_retry(
    server, tmp_path, postgres_url
):
    """The import locks attendance, then the people; a reader that read people first and then
    asks for attendance waits for the import as it waits for the reader: the server stops the
    import (deadlock), which says so and changes nothing; the reader reads on."""
    admin, sign_in = server
    before = snapshot(admin)
    login, url, db = sign_in("editor")
    db.close()
    # which of the two the server stops is the one whose deadlock check comes first (once, a
    # deadlock_timeout after it began to wait): the import's, 5 s after it waits, by then the
    # reader waits too; the reader's only after a minute
    with admin.engine.begin() as conn:
        conn.execute(text(f"ALTER ROLE \"{login}\" SET deadlock_timeout = '5s'"))
    db = open_database(url)
    reader = psycopg.connect(_plain(postgres_url))
    reader.execute("SET deadlock_timeout = '60s'")
    reader.execute("SELECT count(*) FROM participant")  # its transaction stays open
    failed: list[BaseException] = []

    def run() -> None:
        try:
            import_file(db, "attendance", write(tmp_path / "a.csv", _rows(30)))
        except BaseException as exc:  # noqa: BLE001 - looked at below
            failed.append(exc)

    importing = threading.Thread(target=run)
    importing.start()
    with psycopg.connect(_plain(postgres_url), autocommit=True) as watch:
        for _ in range(600):  # until the import waits for the reader (at most a minute)
            waiting = watch.execute(
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = "
                "'participant'::regclass AND mode = 'AccessExclusiveLock'"
            ).fetchone()
            if waiting == (1,):
                break
            time.sleep(0.1)
    assert reader.execute("SELECT count(*) FROM attendance").fetchone() == (0,)
    reader.close()
    importing.join()
    db.close()
    assert [type(e) for e in failed] == [DatabaseBusy]
    assert "waited for each other" in str(failed[0])
    assert _intact(admin) and snapshot(admin) == before
