"""Run in its own process (the scale factor and screen must be set before Qt starts): open
the window with a preset, an organisation pack and an unfinished session offered, and print
as JSON whether it fits the screen; optionally save a picture of it.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json QT_SCALE_FACTOR=2 \\
        python -m tests.ui.layout_probe DATA_DIR [OUT.png]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabWidget, QWizard

from tests.helpers.reach import out_of_reach

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def main(data: Path, out: Path | None) -> dict:
    from app.ui.main import configure
    from app.ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    configure(app)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    org = EXAMPLES / "organisations" / "department-for-example" / "organisation.yaml"
    first = MainWindow(settings=settings, data_dir=data / "sessions",
                       preset_path=EXAMPLES / "presets" / "high-risk.yaml", organisation_path=org)
    first.after_first_paint()
    first.open_path(EXAMPLES / "line-manager-session.json")
    first.write_autosave()
    first.autosave.release()
    window = MainWindow(settings=settings, data_dir=data / "sessions",
                        preset_path=EXAMPLES / "presets" / "high-risk.yaml",
                        organisation_path=org)
    window.show()
    window.after_first_paint()
    for _ in range(5):
        app.processEvents()
    free = window.screen().availableGeometry()
    frame = window.frameGeometry()
    wizard = window.wizard
    start = wizard.start
    visible = [b for b in start.findChildren(QAbstractButton) if b.isVisibleTo(start)]
    area = start._content.parentWidget().parentWidget()  # the scroll area
    # Every control on the page can be scrolled to, and the wizard's buttons are in view.
    unreachable = [b.text() for b in visible
                   if not b.geometry().isValid() or b.width() < 8 or b.height() < 8]
    cont = wizard.button(QWizard.WizardButton.NextButton)
    corner = cont.mapTo(window, QPoint(cont.width(), cont.height()))
    result = {
        "screen": [free.width(), free.height()],
        "window": [frame.width(), frame.height()],
        "fits": free.contains(frame),
        "continue_in_view": window.rect().contains(corner) and cont.isVisible(),
        "offer_shown": start.banner.isVisible(),
        "setup_shown": bool(start.setup_box and start.setup_box.isVisible()),
        "page_scrolls": area.verticalScrollBar().maximum() > 0,
        "too_small": unreachable,
    }
    for control in out_of_reach(start, window):
        result.setdefault("out_of_reach", []).append(f"start: {control}")
    if out is not None:
        window.grab().save(str(out))
        bar = area.verticalScrollBar()  # and scrolled down to the setup and the choice of how
        bar.setValue(bar.maximum())
        app.processEvents()
        window.grab().save(str(out.with_name(out.stem + "-scrolled.png")))
        bar.setValue(0)
    # The other pages: every one keeps the wizard's buttons in view.
    window.resume()
    for page_id in [wizard.page_id_for(s.id) for s in wizard.flow().steps] + [
            wizard.CHECK_ID, wizard.RESULT_ID]:
        wizard.go_to(page_id)
        if page_id == wizard.RESULT_ID:  # as after Save PDF: the saved note takes room too
            wizard.result_page.status.show_saved("PDF", data / "plans" / "social-media-plan.pdf")
        app.processEvents()
        name = wizard.current_step_id()
        button = wizard.button(QWizard.WizardButton.FinishButton if page_id == wizard.RESULT_ID
                               else QWizard.WizardButton.NextButton)
        corner = button.mapTo(window, QPoint(button.width(), button.height()))
        if not (window.rect().contains(corner) and button.isVisible()):
            result.setdefault("buttons_out_of_view", []).append(name)
        if not free.contains(window.frameGeometry()):  # a page that will not fit grows it
            result.setdefault("off_screen", []).append(name)
        page = wizard.currentPage()
        if out is not None and page_id == wizard.RESULT_ID:
            window.grab().save(str(out.with_name(out.stem + "-result.png")))
        tabs = page.findChild(QTabWidget)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:  # the result page: each part of the plan in turn
                tabs.setCurrentIndex(index)
                app.processEvents()
            for control in out_of_reach(page, window):
                result.setdefault("out_of_reach", []).append(f"{name}: {control}")
        if tabs is not None:
            tabs.setCurrentIndex(0)
            if out is not None:  # scrolled to the tabs
                window.grab().save(str(out.with_name(out.stem + "-result-tabs.png")))
    window.finished = True  # nothing to ask: this is a probe
    window.close()
    return result


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    picture = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    print(json.dumps(main(folder, picture)))
