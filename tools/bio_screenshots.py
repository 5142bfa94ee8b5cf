"""Screenshots for the README's part on bios: the Bios tab with its variants and live check,
and the PDF page with the bios (rendered with pypdfium2, no system program).

    python -m tools.bio_screenshots docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "mixed-new-starter.json"
WIDTH, HEIGHT = 1000, 900


def bios_tab(out: Path) -> Path:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui.main import configure
    from app.ui.window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure(app)

    def settle() -> None:
        for _ in range(3):
            app.processEvents()

    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "bios.ini"), QSettings.Format.IniFormat)
        w = MainWindow(settings=settings, data_dir=Path(tmp) / "data")
        w.resize(WIDTH, HEIGHT)
        w.show()
        settle()
        w.after_first_paint()
        from app.core.answers import load_answers

        wizard = w.wizard
        wizard.set_answers(load_answers(EXAMPLE))
        wizard.restart()
        wizard.quiet_navigation = True
        while wizard.currentId() != wizard.RESULT_ID:
            wizard.next()
        wizard.quiet_navigation = False
        settle()
        result = wizard.result_page
        assert result is not None
        result.tabs.setCurrentWidget(result.bios)
        editor = result.bios.editors["x"]
        # What a person might type over the draft: the live check answers at once.
        editor.edit.setPlainText("Policy adviser at DfE, SC cleared. Views my own. "
                                 "Personal account.")
        editor.edit.setFocus()
        settle()
        path = out / "15-bios-variants-and-check.png"
        w.grab().save(str(path))
        w.finished = True
        w.close()
    return path


def pdf_bios_page(out: Path) -> Path:
    import pypdfium2 as pdfium

    from app.core.answers import load_answers
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire
    from app.core.session import Setup
    from app.report.pdf import render_pdf

    setup = Setup.load(load_questionnaire(default_questionnaire()))
    data = render_pdf(setup.plan(load_answers(EXAMPLE)))
    doc = pdfium.PdfDocument(data)
    page_no = next(i for i in range(len(doc))
                   if "Draft bios" in doc[i].get_textpage().get_text_range())
    path = out / "16-pdf-bios-page.png"
    doc[page_no].render(scale=1.4).to_pil().save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    for path in (bios_tab(out), pdf_bios_page(out)):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
