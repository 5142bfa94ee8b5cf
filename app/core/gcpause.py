"""Pause Python's cycle collector while building a big tree of objects that all live on.

The collector runs after every few hundred new objects and, now and then, scans every object
alive. Checking a questionnaire or building a plan makes tens of thousands of objects and no
cycles, so those scans find nothing, and with 10,000 items they made the time grow faster
than the number of items (half as long again). Garbage with cycles made meanwhile is
collected as usual once the collector is back on.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Callable, Iterator
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def without_gc(fn: Callable[P, R]) -> Callable[P, R]:
    """fn, run with the collector paused."""
    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused_gc():
            return fn(*args, **kwargs)
    return run
