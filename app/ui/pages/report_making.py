"""The PDF and HTML renderers, imported when first needed (reportlab is slow to import and
may be missing from a copy of the app)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from app.core.engine import Plan

from ..widgets.look import qt

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator


def report_function(name: str) -> Any:
    """render_pdf or render_html, imported when first needed; None if not installed."""
    module = {"render_pdf": "app.report.pdf", "render_html": "app.report.html"}[name]
    try:
        mod = __import__(module, fromlist=[name])
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise
    return getattr(mod, name, None)


def can_make_pdfs() -> bool:
    """Whether reportlab is installed, without importing it (it is slow to import)."""
    import importlib.util

    return importlib.util.find_spec("reportlab") is not None


def make_pdf(plan: Plan) -> bytes:
    """The PDF of a plan. Plain Python, no Qt: it runs in the worker."""
    render_pdf: Callable[[Plan], bytes] = report_function("render_pdf")
    return render_pdf(plan)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the person waits on the UI thread."""
    QApplication.setOverrideCursor(qt().CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
