"""Render every wizard page and the result, offscreen, to PNG files.

    python -m tools.screenshots docs/screenshots [--example FILE] [--font-scale 2] [--dark]

A development tool (`make screenshots`): it ships in neither the wheel nor the bundle.
Settings and autosave go to a temporary folder, never the user's own.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1000, 720  # at the default font; scaled with --font-scale


def dark_palette() -> QPalette:
    """A dark theme, as a person's desktop might set it, to check nothing is hard-coded."""
    from PySide6.QtGui import QColor, QPalette

    p = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2b2b", role.WindowText: "#eeeeee", role.Base: "#1e1e1e",
        role.AlternateBase: "#333333", role.Text: "#eeeeee", role.Button: "#3a3a3a",
        role.ButtonText: "#eeeeee", role.Highlight: "#4c8ed9", role.HighlightedText: "#ffffff",
        role.Link: "#8ab4f8", role.LinkVisited: "#c58af9", role.ToolTipBase: "#3a3a3a",
        role.ToolTipText: "#eeeeee", role.PlaceholderText: "#a0a0a0", role.Mid: "#707070",
        role.Dark: "#9a9a9a", role.Light: "#5a5a5a", role.Midlight: "#484848",
        role.Shadow: "#000000",
    }
    for r, c in colours.items():
        p.setColor(r, QColor(c))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, QColor("#80868b"))
    return p


def capture(out: Path, example: Path, font_scale: float = 1.0, dark: bool = False) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from app.core.answers import load_answers
    from app.ui.main import configure

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure(app)
    if dark:
        # A dark desktop theme, set the way a platform theme sets it: through the palette.
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    if font_scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    from app.ui.window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_dir=Path(tmp) / "data")
        window.resize(round(WIDTH * font_scale), round(HEIGHT * font_scale))
        window.show()
        app.processEvents()
        window.after_first_paint()
        wizard = window.wizard

        def shot(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            path = out / f"{len(written) + 1:02d}-{name}.png"
            window.grab().save(str(path))
            written.append(path)

        shot("start")
        wizard.next()
        wizard.next()  # nothing answered yet: the error summary
        shot(f"step-{wizard.current_step_id()}-error")
        wizard.set_answers(load_answers(example))
        wizard.restart()
        wizard.quiet_navigation = True
        while True:
            wizard.next()
            if wizard.currentId() in (wizard.CHECK_ID, wizard.RESULT_ID):
                break
            shot(f"step-{wizard.current_step_id()}")
        wizard.quiet_navigation = False
        if wizard.currentId() == wizard.CHECK_ID:
            shot("check-your-answers")
            wizard.next()
        result = wizard.result_page
        assert result is not None
        for n, name in enumerate(("checklist", "bios", "pdf-preview")):
            result.tabs.setCurrentIndex(n)
            if result.tabs.currentWidget() is result.preview:
                # The PDF is made in the background: show it, not the note that it is coming.
                give_up = time.monotonic() + 60
                while result.preview.shown_bytes is None and time.monotonic() < give_up:
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
                drawn = time.monotonic() + 1  # QtPdf draws the pages in a thread of its own
                while time.monotonic() < drawn:
                    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            shot(f"result-{name}")
        window.finished = True
        window.close()
    return written


def main(argv: list[str] | None = None) -> int:
    from app.core.paths import data_root

    parser = argparse.ArgumentParser(prog="python -m tools.screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--example", type=Path,
                        default=data_root() / "examples" / "line-manager-session.json")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", default="en", help="the app's language: en, cy or qps")
    args = parser.parse_args(argv)
    from app.core.i18n import set_language

    set_language(args.lang)
    if not args.example.is_file():
        print(f"screenshots: no example answers at {args.example}", file=sys.stderr)
        return 1
    for path in capture(args.out, args.example, args.font_scale, args.dark):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
