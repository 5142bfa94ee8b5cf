"""Where keyboard focus is on every page, as a person going through with the keyboard sees
it: light, dark, and 200% text on a 1366x768 screen. PNGs to look at, one per page state.

    python -m tools.focus_screenshots docs/screenshots/focus [--example FILE]

Each variant runs in a process of its own (the scale is fixed when Qt starts). A development
tool (`make screenshots`): it ships in neither the wheel nor the bundle. Settings and
autosave go to a temporary folder, never the user's own.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

VARIANTS = ("light", "dark", "200")
SIZE = (1000, 720)


def capture(out: Path, example: Path, variant: str) -> list[Path]:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QWizard

    from app.ui.main import configure

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    configure(app)
    from app.ui.window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_dir=Path(tmp) / "data")
        if variant == "dark":  # as a desktop switching to dark tells the app
            app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        if variant == "200":
            free = window.screen().availableGeometry()
            window.resize(free.width(), free.height())
        else:
            window.resize(*SIZE)
        window.show()
        window.activateWindow()
        app.processEvents()
        window.after_first_paint()
        wizard = window.wizard
        wizard.ensure_loaded()

        def settle() -> None:
            for _ in range(6):
                app.processEvents()

        def shot(name: str) -> None:
            settle()
            path = out / f"{variant}-{len(written) + 1:02d}-{name}.png"
            window.grab().save(str(path))
            _shrink(path)
            written.append(path)

        def go_on() -> None:
            wizard.button(QWizard.WizardButton.NextButton).click()  # as Enter or Alt+C does

        wizard.restart()
        shot("start")
        go_on()
        shot(f"step-{wizard.current_step_id()}")
        go_on()  # nothing answered: the error summary takes focus
        shot(f"step-{wizard.current_step_id()}-error")
        window.open_path(example)
        wizard.restart()
        go_on()
        while wizard.currentId() not in (wizard.CHECK_ID, wizard.RESULT_ID):
            go_on()
            if wizard.currentId() == wizard.CHECK_ID:
                break
            shot(f"step-{wizard.current_step_id()}")
        shot("check-your-answers")
        check = wizard.check_page
        assert check is not None
        shown = wizard.visible_question_ids() & set(check.change_buttons)
        qid = [q for p in wizard.step_pages for q in p.fields if q in shown][-1]
        check.change_buttons[qid].click()
        shot(f"change-{qid}")
        go_on()
        shot(f"check-your-answers-back-to-{qid}")
        go_on()
        shot("result")
        window.finished = True
        window.close()
    return written


def _shrink(path: Path) -> None:
    """256 colours are plenty for a window of text and keep the docs small."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def _run_variant(out: Path, example: Path, variant: str) -> list[str]:
    """One variant in a process of its own, at its scale and screen."""
    env = dict(os.environ)
    screen_dir = tempfile.mkdtemp()
    if variant == "200":
        screen = Path(screen_dir) / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0,
                                                    "width": 1366, "height": 768,
                                                    "logicalDpi": 96, "dpr": 1}]}))
        env.update(QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR="2")
    else:
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    run = subprocess.run([sys.executable, "-m", "tools.focus_screenshots", str(out),
                          "--example", str(example), "--variant", variant],
                         env=env, capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        raise SystemExit(f"focus_screenshots {variant}: {run.stderr[-2000:]}")
    return [line for line in run.stdout.splitlines() if line.endswith(".png")]


def main(argv: list[str] | None = None) -> int:
    from app.core.paths import data_root

    parser = argparse.ArgumentParser(prog="python -m tools.focus_screenshots")
    parser.add_argument("out", type=Path)
    parser.add_argument("--example", type=Path,
                        default=data_root() / "examples" / "line-manager-session.json")
    parser.add_argument("--variant", choices=VARIANTS)
    args = parser.parse_args(argv)
    if not args.example.is_file():
        print(f"focus_screenshots: no example answers at {args.example}", file=sys.stderr)
        return 1
    if args.variant:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        for path in capture(args.out, args.example, args.variant):
            print(path)
        return 0
    for variant in VARIANTS:
        for line in _run_variant(args.out, args.example, variant):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
