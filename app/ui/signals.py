"""Superseded by app/ui/refcounts.py: `import app.ui` now keeps True alive for every emit,
wrapped or not, so `emit(signal, ...)` is just `signal.emit(...)`.

Kept as a thin pass-through so that existing call sites keep working; new code calls
`signal.emit(...)` directly. Remove once no call site is left.
"""

from __future__ import annotations

from typing import Any


def measure() -> None:
    """Nothing to measure any more (kept for old call sites)."""


def emit(signal: Any, *args: Any) -> None:
    signal.emit(*args)
