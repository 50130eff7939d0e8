"""Background jobs belong to the widget that asked for them: a gone widget gets nothing, and the
window finishes running jobs before it closes their database (switching databases, quitting)."""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QWidget

from app.services.records import editing as records
from app.ui.shell.application import make_application
from app.ui.shell.background import background_jobs, run_in_background, wait_for_background
from tests.factories import add_training


@pytest.fixture(autouse=True)
def _app_names(qapp):
    make_application()
    QSettings().clear()


def _gated(gate: threading.Event, outcome):
    """A job that runs until `gate` opens, then returns `outcome` (or raises it)."""

    def job():
        assert gate.wait(30), "the test never opened the gate"
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return job


def _deliver_everything() -> None:
    wait_for_background()
    QCoreApplication.processEvents()


def test_results_and_errors_arrive_on_the_ui_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    results: list[object] = []
    errors: list[BaseException] = []
    gate = threading.Event()
    run_in_background(owner, _gated(gate, ValueError("Нет файла")), on_error=errors.append)
    run_in_background(owner, lambda a, b: a + b, 2, b=3, on_done=results.append)
    # the first job waits at its gate: it holds back neither the second nor the window
    qtbot.waitUntil(lambda: results == [5])
    assert errors == []
    assert background_jobs() == 1
    gate.set()
    qtbot.waitUntil(lambda: len(errors) == 1)
    assert str(errors[0]) == "Нет файла"
    assert results == [5]
    assert background_jobs() == 0


@pytest.mark.parametrize("outcome", [42, ValueError("broken")], ids=["result", "error"])
def test_a_job_whose_owner_was_deleted_calls_nothing_back(qtbot, outcome):
    owner = QWidget()
    owner.setWindowTitle("asked")
    called: list[object] = []

    def on_done(value):  # what a page does: touch itself
        called.append(value)
        owner.setWindowTitle(str(value))

    gate = threading.Event()
    run_in_background(owner, _gated(gate, outcome), on_done=on_done, on_error=on_done)
    shiboken6.delete(owner)  # the dialog or page was closed and deleted meanwhile
    gate.set()
    _deliver_everything()
    assert called == []
    assert background_jobs() == 0


def test_a_job_whose_owner_was_deleted_later_calls_nothing_back(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    owner = QWidget(parent)
    called: list[object] = []
    gate = threading.Event()
    run_in_background(owner, _gated(gate, "done"), on_done=called.append)
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(owner)
    gate.set()
    _deliver_everything()
    assert called == []
    assert background_jobs() == 0


def _window_with_a_running_job(qtbot, db, monkeypatch):
    """A window whose trainings page has a job still running on `db`, and a log of what
    happens: the job's end, its delivery, the old database's closing."""
    from app.ui.shell.main_window import MainWindow

    add_training(db, title="Тренинг", end_date="2025-03-03")
    window = MainWindow(db)
    qtbot.addWidget(window)
    page = window.page("trainings")
    _deliver_everything()
    log: list[str] = []
    real_close = db.close

    def close_spy() -> None:
        log.append("old database closed")
        real_close()

    monkeypatch.setattr(db, "close", close_spy)
    gate, started = threading.Event(), threading.Event()

    def job():
        started.set()
        assert gate.wait(30)
        found = records.list_records(db, "trainings")
        log.append("job ended")
        return found

    def on_done(found):
        log.append(f"delivered {len(found)} while {window.db.location} was open")

    run_in_background(page, job, on_done=on_done)
    assert started.wait(30)
    return window, gate, log


def test_switching_database_waits_for_running_jobs_then_switches(qtbot, db, tmp_path, monkeypatch):
    window, gate, log = _window_with_a_running_job(qtbot, db, monkeypatch)
    old = db.location
    gate.set()
    assert window.switch_database(str(tmp_path / "other.sqlite"))
    assert log == ["job ended", f"delivered 1 while {old} was open", "old database closed"]
    assert "other.sqlite" in window.db.location
    _deliver_everything()
    assert window.page("trainings").model.total() == 0  # the new database's (empty) list


def test_closing_the_window_waits_for_running_jobs(qtbot, db, monkeypatch):
    window, gate, log = _window_with_a_running_job(qtbot, db, monkeypatch)
    gate.set()
    window.close()
    assert log == ["job ended", f"delivered 1 while {db.location} was open"]
    assert background_jobs() == 0


def _job_holding_a_timer(gate: threading.Event):
    """A job whose call alone holds a running QTimer (as a save's call holds its page)."""
    timer = QTimer()
    timer.start(600_000)

    def job():
        assert gate.wait(30), "the test never opened the gate"
        return timer.interval()

    return job


def test_what_a_job_holds_is_let_go_on_the_ui_thread(qtbot, qtlog):
    """Let go on the worker, a widget (here a timer) would be deleted there: Qt cannot stop its
    timers from another thread, and they later fire into freed memory."""
    owner = QWidget()
    qtbot.addWidget(owner)
    results: list[object] = []
    gate = threading.Event()
    run_in_background(owner, _job_holding_a_timer(gate), on_done=results.append)
    gate.set()
    qtbot.waitUntil(lambda: results == [600_000])
    wait_for_background()
    QThreadPool.globalInstance().clear()
    gc.collect()
    QCoreApplication.processEvents()
    wrong_thread = [r.message for r in qtlog.records if "thread" in r.message.lower()]
    assert wrong_thread == []
