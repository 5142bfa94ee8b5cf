"""Load reportlab and the PDF's fonts in the background once the first page is shown.

The first PDF preview used to pay for importing reportlab and reading the fonts (about
two thirds of its wait) after the person pressed Continue on the last step. Done in the
worker while they answer, the preview costs only its own making. The worker is the one
that reads the questions, so this starts once they are in, and never shares reportlab with
a preview being made.
"""

from __future__ import annotations

import gc
from typing import Any

from app.core.gcpause import paused_gc

# The task in the worker, once started (the benchmark waits for it).
task: Any = None


def warm() -> None:
    """Plain Python, no Qt: it runs in the worker."""
    # Collections while loading would scan, holding every thread, tens of thousands of
    # objects that live as long as the app; they are frozen out of later scans at the end.
    with paused_gc():
        from reportlab.platypus import Paragraph

        from app.report import (
            fonts,
            pdf,  # noqa: F401 - reportlab's canvas and templates with it
            styles,
        )
        from app.report.text import Printer

        fonts.register()
        fonts.covered()
        sheet = styles.styles()
        # One paragraph laid out: the first layout loads the rest of the machinery.
        text = Printer().markup("Warm <up> & \u00e9")
        Paragraph(f"<b>{text}</b> <i>{text}</i> {text}", sheet.body).wrap(400, 800)
        gc.freeze()


def start(owner: Any) -> None:
    """Queue warm() in the worker; call once the first page is shown. Quietly nothing if
    reportlab is not installed (the preview then says so itself)."""
    global task
    if task is not None:
        return
    import importlib.util

    if importlib.util.find_spec("reportlab") is None:
        return
    from . import background

    task = background.run(warm, then=_done, owner=owner)


def _done(finished: Any) -> None:
    # A failure here is not the person's concern: the preview makes and reports its own.
    finished.future.exception()
