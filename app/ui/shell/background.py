"""Run database work off the UI thread and get the result back on it.

    run_in_background(self, services_call, arg, on_done=self.show, on_error=self.fail)

The callable runs on Qt's global thread pool; `on_done(result)` or `on_error(exception)` runs on
the UI thread. Services open their own short sessions, so they are safe to call from a worker.

A job belongs to its `owner` (the widget that asked): when the owner is gone (deleted) by the
time the job ends, the outcome is dropped and neither handler runs. Before the database under
the jobs is closed (switching databases, quitting), finish_background_jobs() waits for every
running job and hands the outcomes to the owners still there.

Work the user waits for (a save, a delete) runs behind a busy window:

    saved = wait_behind_busy_window(self, self.tr("Saving…"), records.update, db, ...)

returns the call's result or raises its exception on the UI thread, as a direct call would, but
the event loop keeps running meanwhile (the window repaints; timers tick), the input of the
window that asked is held back from the start (the same save cannot start twice; the thing
being saved cannot be edited or closed), and a window-modal busy window appears when the work
takes more than half a second. run_behind_busy_window is the same with handlers instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    """One job: its call, and its outcome carried to the UI thread, where the relay lives, and
    to the job's owner. Every Python object of the job (the call, its arguments, the result or
    the exception with its traceback) is held here and let go on the UI thread only: let go
    on the worker, the last reference to a widget would delete it on the wrong thread (its
    timers then fire into freed memory)."""

    finished = Signal()  # the outcome is in; emitted on the worker thread

    def __init__(
        self,
        owner: QObject,
        call: tuple[Callable[..., Any], tuple, dict],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_end: Callable[[], None] | None = None,
    ) -> None:
        # owned by the application (never deleted by Python), deleted on the UI thread
        super().__init__(QCoreApplication.instance())
        self._call: tuple[Callable[..., Any], tuple, dict] | None = call
        self._outcome: tuple[bool, Any] | None = None
        self._on_end = on_end  # called when the job ends, even with its owner gone
        # held until the outcome is delivered: a weak reference could lose a wrapper Qt still
        # has (a widget made by Qt), and a widget the program deletes is seen by isValid()
        self._owner: QObject | None = owner
        self._on_done, self._on_error = on_done, on_error
        self.finished.connect(self.deliver)  # queued: emitted on the worker thread

    def run(self) -> None:
        """On the worker: make the call and keep its outcome here; nothing stays on the
        worker's side."""
        assert self._call is not None
        try:
            self._outcome = (True, self._call[0](*self._call[1], **self._call[2]))
        except BaseException as exc:  # noqa: BLE001 - handed to on_error on the UI thread
            self._outcome = (False, exc)

    @Slot()
    def deliver(self) -> None:
        if self not in _running or self._outcome is None:
            return  # delivered already
        _running.discard(self)
        self.deleteLater()
        (succeeded, value), self._outcome, self._call = self._outcome, None, None
        on_done, on_error, on_end = self._on_done, self._on_error, self._on_end
        self._on_done = self._on_error = self._on_end = None  # the worker keeps this wrapper
        if on_end is not None:
            on_end()
        owner, self._owner = self._owner, None
        if owner is None or not shiboken6.isValid(owner):
            return  # whoever asked is gone: the outcome is dropped
        if succeeded:
            if on_done is not None:
                on_done(value)
        else:
            (on_error or _reraise)(value)


class _Job(QRunnable):
    def __init__(self, relay: _Relay):
        super().__init__()
        self.relay = relay  # owned by the application: letting go of it here deletes nothing

    def run(self) -> None:
        self.relay.run()
        with contextlib.suppress(RuntimeError):  # the program ended and took the relay with it
            self.relay.finished.emit()


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
    _start(owner, fn, args, kwargs, on_done, on_error)


def _start(owner, fn, args, kwargs, on_done, on_error, on_end=None) -> None:
    relay = _Relay(owner, (fn, args, kwargs), on_done, on_error, on_end)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Job(relay))


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
    of work) shown when the work takes more than half a second; until the work ends the input
    of `parent`'s window is held back (see _InputGuard)."""
    window = parent.window()
    _guard().hold(window)
    busy = QProgressDialog(text, "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(500)
    busy.setValue(0)  # starts its clock

    def end() -> None:
        _guard().release(window)
        if shiboken6.isValid(busy):
            busy.reset()
            busy.deleteLater()

    _start(parent, fn, args, kwargs, on_done, on_error, end)


class _InputGuard(QObject):
    """Holds back the keyboard and mouse (and closing) of the windows whose work is running:
    what is typed meanwhile would not be in the save, and a second Save would run it twice.
    Installed on the application while any window is held."""

    HELD = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.ContextMenu,
            QEvent.Type.Drop,
            QEvent.Type.Close,
        }
    )

    def __init__(self) -> None:
        super().__init__()
        self.held: dict[QWidget, int] = {}  # window -> how many of its jobs are running

    def hold(self, window: QWidget) -> None:
        if not self.held:
            _application().installEventFilter(self)
        self.held[window] = self.held.get(window, 0) + 1

    def release(self, window: QWidget) -> None:
        left = self.held.get(window, 0) - 1
        if left > 0:
            self.held[window] = left
        else:
            self.held.pop(window, None)
        if not self.held:
            _application().removeEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() not in self.HELD or not isinstance(watched, QWidget):
            return False
        if not shiboken6.isValid(watched) or watched.window() not in self.held:
            return False
        # a shortcut is asked for first (ShortcutOverride): taken here, it does not fire
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.Close):
            event.setAccepted(event.type() == QEvent.Type.ShortcutOverride)
        return True


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None, "background jobs need the application"
    return app


_the_guard: _InputGuard | None = None


def _guard() -> _InputGuard:
    global _the_guard
    if _the_guard is None or not shiboken6.isValid(_the_guard):
        _the_guard = _InputGuard()
    return _the_guard


class Abandoned(RuntimeError):
    """The widget that waited for a job was deleted before the job ended."""


def wait_behind_busy_window(parent: QWidget, text: str, fn: Callable[..., Any], *args, **kwargs):
    """fn(*args, **kwargs) on a worker thread, behind a busy window (run_behind_busy_window),
    while the event loop keeps running here; returns its result or raises its exception, so a
    save reads as a direct call with its `except` branches on the UI thread."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def ended(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    parent.destroyed.connect(loop.quit)
    run_behind_busy_window(
        parent,
        text,
        fn,
        *args,
        on_done=lambda value: ended("value", value),
        on_error=lambda exc: ended("error", exc),
        **kwargs,
    )
    if not outcome:
        loop.exec()
    error, value = outcome.pop("error", None), outcome.pop("value", Abandoned)
    if error is not None:
        try:
            raise error
        finally:  # no cycle through this frame: the widgets in it die on this thread
            del error
    if value is Abandoned:
        raise Abandoned("the window was closed while its work ran")
    return value
