"""Screenshots for the README's part on line managers, presets and organisations.

    python -m app.ui.role_screenshots docs/screenshots

A line-manager step, a locked preset answer, and the PDF's first page with an organisation
header (this last needs pdftoppm). Settings and autosave go to a temporary folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ORG = EXAMPLES / "organisations" / "department-for-example" / "organisation.yaml"
PRESET = EXAMPLES / "presets" / "high-risk.yaml"
WIDTH, HEIGHT = 1000, 720


def capture(out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .main import configure
    from .window import MainWindow

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
        area = page.findChild(type(page.children()[-1]))  # the step's scroll area
        field = page.fields["officer_flag"]
        if hasattr(area, "ensureWidgetVisible"):
            area.ensureWidgetVisible(field)
        settle()
        written.append(out / "13-locked-preset-answer.png")
        officer.grab().save(str(written[-1]))

        officer.wizard.go_to(officer.wizard.RESULT_ID)
        pdf = Path(tmp) / "plan.pdf"
        pdf.write_bytes(officer.wizard.result_page.pdf_bytes())
        if shutil.which("pdftoppm"):
            target = out / "14-pdf-organisation-header"
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(target)], check=True)
            written.append(target.with_suffix(".png"))
        for w in (lm, officer):
            w.finished = True  # nothing to keep: the screenshots are the point
            w.close()
    return written


if __name__ == "__main__":
    for path in capture(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
