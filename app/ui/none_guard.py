"""Superseded by app/ui/refcounts.py, which `import app.ui` installs before any Qt call.

Kept as a no-op so that code still calling guard() keeps working; remove when nothing does.
"""

from __future__ import annotations

from . import refcounts


def guard() -> bool:
    """Nothing left to do here: app.ui installed the guard on import. Returns whether this
    call installed it (only if refcounts.install() had not yet run)."""
    return refcounts.install()
