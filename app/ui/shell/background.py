"""Run database work off the UI thread and get the result back on it.

    run_in_background(self, services_call, arg, on_done=self.show, on_error=self.fail)

The callable runs on Qt's global thread pool; `on_done(result)` or `on_error(exception)` runs on
the UI thread. Services open their own short sessions, so they are safe to call from a worker.

A job belongs to its `owner` (the widget that asked): when the owner is gone (deleted) by the
time the job ends, the outcome is dropped and neither handler runs. Before the database under
the jobs is closed (switching databases, quitting), finish_background_jobs() waits for every
running job and hands the outcomes to the owners still there.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    """Carries one job's outcome to the UI thread, where it lives, and to the job's owner."""

    finished = Signal(bool, object)  # succeeded, the result or the exception

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        super().__init__()
        # held until the outcome is delivered: a weak reference could lose a wrapper Qt still
        # has (a widget made by Qt), and a widget the program deletes is seen by isValid()
        self._owner: QObject | None = owner
        self._on_done, self._on_error = on_done, on_error
        self.finished.connect(self.deliver)  # queued: emitted on the worker thread

    @Slot(bool, object)
    def deliver(self, succeeded: bool, value: Any) -> None:
        if self not in _running:
            return  # delivered already
        _running.discard(self)
        self.deleteLater()
        owner, self._owner = self._owner, None
        if owner is None or not shiboken6.isValid(owner):
            return  # whoever asked is gone: the outcome is dropped
        if succeeded:
            if self._on_done is not None:
                self._on_done(value)
        else:
            (self._on_error or _reraise)(value)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, relay: _Relay):
        super().__init__()
        self.fn, self.args, self.kwargs, self.relay = fn, args, kwargs, relay

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to on_error on the UI thread
            self._send(False, exc)
        else:
            self._send(True, result)

    def _send(self, succeeded: bool, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the program ended and took the relay with it
            self.relay.finished.emit(succeeded, value)


_running: set[_Relay] = set()  # jobs whose outcome is not delivered yet (and keeps them alive)


def run_in_background(
    owner: QObject,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    **kwargs: Any,
) -> None:
    """Call fn(*args, **kwargs) on a worker thread; deliver the outcome on the UI thread, unless
    `owner` has been deleted by then."""
    relay = _Relay(owner, on_done, on_error)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, args, kwargs, relay))


def _reraise(exc: BaseException) -> None:
    raise exc


def background_jobs() -> int:
    """How many jobs have not delivered their outcome yet."""
    return len(_running)


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """For tests: wait until every background job has finished (their outcomes are delivered
    when the event loop runs next)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def finish_background_jobs() -> None:
    """Wait for every running job and deliver its outcome now, to owners still there: call
    before closing the database the jobs work on. A handler that starts another job is waited
    for too."""
    pool = QThreadPool.globalInstance()
    while _running:
        pool.waitForDone()
        waiting = set(_running)
        for relay in waiting:
            QCoreApplication.sendPostedEvents(relay, 0)  # its queued `finished`
        if waiting <= _running:
            break  # defensive: no outcome came (cannot happen, every job's run() sends one)


def run_behind_busy_window(
    parent: QWidget,
    text: str,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    **kwargs: Any,
) -> None:
    """run_in_background, with a window-modal "busy" window (no Cancel: the work is one unit
    of work) shown when the work takes more than half a second."""
    busy = QProgressDialog(text, "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(500)
    busy.setValue(0)  # starts its clock

    def finish(handler: Callable[[Any], None], value: Any) -> None:
        busy.reset()
        busy.deleteLater()
        handler(value)

    run_in_background(
        parent,
        fn,
        *args,
        on_done=lambda value: finish(on_done, value),
        on_error=lambda exc: finish(on_error, exc),
        **kwargs,
    )
