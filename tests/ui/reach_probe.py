"""Run in its own process (the scale factor and screen are fixed when Qt starts): on every page
of a full session, bring each control into view as Tab does and print, as JSON, the ones that
stay out of the window (or out of their page's scrolling area).

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=2 \\
        python -m tests.ui.reach_probe DATA_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
    QWizard,
)

from tests.helpers.reach import visible_rect

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "line-manager-session.json"
INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView,
               QComboBox)


def reach(widget: QWidget, window: QWidget, app: QApplication) -> bool:
    """Scroll widget into view as Tab would; whether enough of it is then seen to use it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 8, 8)
        parent = parent.parentWidget()
    app.processEvents()
    seen = visible_rect(widget, window)
    wanted_h = min(widget.height(), 16)
    wanted_w = min(widget.width(), 16)
    return seen.height() >= wanted_h and seen.width() >= wanted_w


def main(data: Path) -> dict:
    from app.ui.main import configure
    from app.ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure(app)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=data / "sessions")
    window.show()
    window.after_first_paint()
    window.wizard.ensure_loaded()
    window.open_path(EXAMPLE)
    wizard = window.wizard
    for _ in range(5):
        app.processEvents()
    out: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    ids = [wizard.START_ID] + [wizard.page_id_for(s.id) for s in wizard.flow().steps] + [
        wizard.CHECK_ID, wizard.RESULT_ID]
    for page_id in ids:
        wizard.go_to(page_id)
        app.processEvents()
        page = wizard.currentPage()
        name = wizard.current_step_id()
        controls = [w for w in page.findChildren(QWidget)
                    if isinstance(w, INTERACTIVE) and w.isVisibleTo(page)
                    and w.focusPolicy() != w.focusPolicy().NoFocus
                    and not isinstance(w.parentWidget(), QComboBox)]
        buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton,
                                              QWizard.WizardButton.NextButton,
                                              QWizard.WizardButton.FinishButton)]
        controls += [b for b in buttons if b.isVisible()]
        counts[name] = len(controls)
        missed = [w.objectName() or w.accessibleName() or type(w).__name__
                  for w in controls if not reach(w, window, app)]
        if missed:
            out[name] = missed
    window.finished = True  # nothing to ask: this is a probe
    window.close()
    free = window.screen().availableGeometry()
    return {"out_of_reach": out, "counts": counts, "screen": [free.width(), free.height()],
            "window": [window.frameGeometry().width(), window.frameGeometry().height()]}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
