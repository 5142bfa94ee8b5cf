"""Long work off the UI thread: loading the questions and making the PDF.

A task runs a plain Python function (no Qt) in one worker thread and hands its result back
on the UI thread, to a callback, only while the widget that asked for it still exists. The
worker touches a single Qt object, a messenger that lives as long as the app, so a task
that finishes after its window has closed cannot reach a deleted widget. The one exception
is the preview's PDF document (pdf_preview.loaded_document): no widget's, made there and
moved to the UI thread before it is handed over. One worker, so two
tasks never share reportlab or the questionnaire cache at once.

A full run of Python's cycle collector holds every thread, the UI's too, for as long as it
takes to scan every object alive: over 100 ms once a big questionnaire is loaded, and a
worker making a PDF starts several. So what lives as long as the window (modules, the
questions and their pages) is frozen out of those scans once built; it thaws when the
window closes. (A widget the collector frees in the worker is still destroyed on the UI
thread: PySide defers that itself.)
"""

from __future__ import annotations

import concurrent.futures
import gc
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from . import signals
from .signals import emit


class Task:
    """One function call in the worker; its result is taken on the UI thread."""

    def __init__(self, future: concurrent.futures.Future[Any],
                 then: Callable[[Task], None], owner: QWidget) -> None:
        self.future = future
        self._then = then
        self._owner = owner
        self.dropped = False  # nobody wants the result any more

    def done(self) -> bool:
        return self.future.done()

    def result(self) -> Any:
        """The function's return value, waiting for it if need be; raises what it raised."""
        return self.future.result()

    def drop(self) -> None:
        """The result is no longer wanted: the callback will not be called."""
        self.dropped = True

    def _deliver(self) -> None:
        if self.dropped or not shiboken6.isValid(self._owner):
            return
        self._then(self)


class _Messenger(QObject):
    finished = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        # Queued: the worker emits, the UI thread delivers.
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, task: Task) -> None:
        task._deliver()


SWITCH_INTERVAL_S = 0.001
_executor: concurrent.futures.ThreadPoolExecutor | None = None
_messenger: _Messenger | None = None


def freeze_long_lived() -> None:
    """Leave everything alive now out of later full collections. Call it when what lives as
    long as the window has been built; garbage made before it waits until thaw()."""
    gc.freeze()


def thaw() -> None:
    """A window closes: what was frozen may become garbage, so collect it again as usual."""
    gc.unfreeze()


def run(fn: Callable[..., Any], *args: Any, then: Callable[[Task], None],
        owner: QWidget) -> Task:
    """Start fn(*args) in the worker; then(task) follows on the UI thread while owner exists.
    Call from the UI thread only."""
    global _executor, _messenger
    if _messenger is None:
        signals.measure()  # here, on the UI thread, before any worker can emit
        # While the worker runs Python (making a PDF), the UI thread waits for Python's lock
        # at each call into Python (a paint, a timer, an event filter): up to 5 ms each by
        # default, which added up to 100 ms pauses with 1,000 items. 1 ms keeps the window
        # responsive; the worker is a few per cent slower only while both run.
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        _messenger = _Messenger()
        _executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="profile-planner")
    assert _executor is not None
    messenger = _messenger
    future = _executor.submit(fn, *args)
    task = Task(future, then, owner)
    future.add_done_callback(lambda _: _send(messenger, task))
    return task


def _send(messenger: _Messenger, task: Task) -> None:
    """In the worker, when a task ends: hand it to the UI thread, if the app still runs."""
    if QCoreApplication.instance() is not None:
        emit(messenger.finished, task)
