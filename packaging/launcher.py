"""Entry point of the frozen app: the same `main()` as `profile-planner` in development.

PROFILE_PLANNER_SMOKE=SECONDS (used by check.sh) opens the wizard as usual, waits until a
window shows, keeps it open that many seconds and quits: exit status 0 if a window showed,
3 if none did within 30 seconds. PROFILE_PLANNER_SMOKE_SHOT=FILE.png also saves a picture of it;
PROFILE_PLANNER_SMOKE_PDF=FILE.pdf also opens that PDF with QtPdf, as the result page's preview
does, and reports its page count (the bundle's PDF renderer works).
"""

from __future__ import annotations

import os
import sys
import time

from app.cli import main

SMOKE_TIMEOUT = 30.0
NO_WINDOW = 3


def pdf_pages(path: str) -> str:
    """Open a PDF with QtPdf and render its first page: "N pages", or what went wrong."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument(None)
    document.load(path)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return f"could not open {path}: {document.error()}"
    image = document.render(0, QSize(400, 566))
    if image.isNull():
        return f"could not render {path}"
    return f"{document.pageCount()} pages"


def arm_smoke(seconds: float) -> dict[str, list[str]]:
    """Make the first event loop quit `seconds` after a window shows; report what showed."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    seen: dict[str, list[str]] = {"titles": [], "pdf": []}
    deadline = time.monotonic() + SMOKE_TIMEOUT

    def check() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if shown:
            seen["titles"] = [w.windowTitle() for w in shown]
            shot = os.environ.get("PROFILE_PLANNER_SMOKE_SHOT")
            if shot:
                shown[0].grab().save(shot)
            pdf = os.environ.get("PROFILE_PLANNER_SMOKE_PDF")
            if pdf:
                seen["pdf"] = [pdf_pages(pdf)]
            QTimer.singleShot(int(seconds * 1000), lambda: QApplication.exit(0))
        elif time.monotonic() < deadline:
            QTimer.singleShot(100, check)
        else:
            QApplication.exit(NO_WINDOW)

    # The wizard may run under QApplication.exec() or QDialog.exec(); arm whichever comes first.
    armed = []

    def wrap(original, static: bool):
        def run(*args):
            if not armed:
                armed.append(True)
                QTimer.singleShot(100, check)
            return original() if static else original(*args)
        return run

    QApplication.exec = wrap(QApplication.exec, static=True)
    QDialog.exec = wrap(QDialog.exec, static=False)
    return seen


def run() -> int:
    smoke = os.environ.get("PROFILE_PLANNER_SMOKE")
    if not smoke or len(sys.argv) > 1:
        return main()
    try:
        seconds = float(smoke)
    except ValueError:
        seconds = 1.0
    seen = arm_smoke(seconds)
    status = main()
    if not seen["titles"]:
        print("profile-planner: smoke test: no window showed", file=sys.stderr)
        return status or NO_WINDOW
    print(f"profile-planner: smoke test: window showed: {seen['titles']}", file=sys.stderr)
    for result in seen["pdf"]:
        print(f"profile-planner: smoke test: PDF preview: {result}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(run())
