"""Run database work off the UI thread and get the result back on it.

    run_in_background(self, services_call, arg, on_done=self.show, on_error=self.fail)

The callable runs on Qt's global thread pool; `on_done(result)` or `on_error(exception)` runs on
the UI thread. Services open their own short sessions, so they are safe to call from a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict, relay: _Relay):
        super().__init__()
        self.fn, self.args, self.kwargs, self.relay = fn, args, kwargs, relay

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - handed to on_error on the UI thread
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_alive: set[_Relay] = set()


def run_in_background(
    owner: QObject,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    **kwargs: Any,
) -> None:
    """Call fn(*args, **kwargs) on a worker thread; deliver the outcome on `owner`'s thread."""
    relay = _Relay()
    relay.moveToThread(owner.thread())
    _alive.add(relay)

    def finish(handler, value):
        _alive.discard(relay)
        relay.deleteLater()
        if handler is not None:
            handler(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error or _reraise, exc))
    QThreadPool.globalInstance().start(_Job(fn, args, kwargs, relay))


def _reraise(exc: BaseException) -> None:
    raise exc


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """For tests and shutdown: wait until every background job has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


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
