"""Screenshots for the README's part on line managers, presets and organisations.

    python -m tools.role_screenshots docs/screenshots

A line-manager step, a locked preset answer, and the PDF's first page with an organisation
header (drawn by pypdfium2). A development tool (`make screenshots`): it ships in neither
the wheel nor the bundle. Settings and autosave go to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ORG = EXAMPLES / "organisations" / "department-for-example" / "organisation.yaml"
PRESET = EXAMPLES / "presets" / "high-risk.yaml"
WIDTH, HEIGHT = 1000, 720


def first_page_png(pdf: Path, png: Path, dpi: int = 60) -> Path:
    """The PDF's first page as a picture, as a reader shows it."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    try:
        doc[0].render(scale=dpi / 72).to_pil().save(png)
    finally:
        doc.close()
    return png


def capture(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QScrollArea

    from app.ui.main import configure
    from app.ui.pages.step_page import StepPage
    from app.ui.window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure(app)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    with tempfile.TemporaryDirectory() as tmp:
        def window(name: str, **files: Path) -> MainWindow:
            settings = QSettings(str(Path(tmp) / f"{name}.ini"), QSettings.Format.IniFormat)
            w = MainWindow(settings=settings, data_dir=Path(tmp) / name, **files)
            w.resize(WIDTH, HEIGHT)
            w.show()
            settle()
            w.after_first_paint()
            return w

        lm = window("lm")
        lm.open_path(EXAMPLES / "line-manager-session.json")
        lm.wizard.change("security")
        settle()
        written.append(out / "12-line-manager-step.png")
        lm.grab().save(str(written[-1]))

        officer = window("preset", organisation_path=ORG, preset_path=PRESET)
        officer.open_path(EXAMPLES / "personal-new-starter.json")
        officer.wizard.change("security", "officer_flag")
        page = officer.wizard.currentPage()
        assert isinstance(page, StepPage)
        area = page.findChild(QScrollArea)  # the step's scroll area
        if area is not None:
            area.ensureWidgetVisible(page.fields["officer_flag"])
        settle()
        written.append(out / "13-locked-preset-answer.png")
        officer.grab().save(str(written[-1]))

        officer.wizard.go_to(officer.wizard.RESULT_ID)
        assert officer.wizard.result_page is not None
        pdf = Path(tmp) / "plan.pdf"
        pdf.write_bytes(officer.wizard.result_page.pdf_bytes())
        written.append(first_page_png(pdf, out / "14-pdf-organisation-header.png"))
        for w in (lm, officer):
            w.finished = True  # nothing to keep: the screenshots are the point
            w.close()
    return written


if __name__ == "__main__":
    for path in capture(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
