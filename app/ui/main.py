"""Start the wizard. Imports here stay light: the window must appear as fast as a bare QWizard."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The cycle collector finds nothing to free while PySide6, its signature support and Qt's
# first classes load (they live as long as the app), yet its scans of them were a twentieth
# of the start-up's instructions. It is paused for these imports, and what they made is then
# frozen out of its later scans.
_collecting = gc.isenabled()
gc.disable()

# Plain-Python modules first: once PySide6 is imported it reads the source of every module
# imported after it (its __feature__ hook), which costs start-up time.
import platformdirs  # noqa: E402, F401

from app import APP_ID, APP_NAME  # noqa: E402
from app.core import paths  # noqa: E402, F401

# isort: split
from PySide6.QtGui import QGuiApplication, QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

gc.freeze()
if _collecting:
    gc.enable()

if TYPE_CHECKING:
    from .window import MainWindow

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    from app.core.paths import resources_dir

    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        png = folder / f"profile-planner-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


def configure(app: QApplication) -> None:
    app.setApplicationName("profile-planner")
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("profile-planner")
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def create_window(questionnaire: Path | None = None, organisation: Path | None = None,
                  preset: Path | None = None) -> MainWindow:
    """The main window, with the exception hook installed; the caller shows it."""
    from . import crash
    from .window import MainWindow

    window = MainWindow(questionnaire_path=questionnaire, organisation_path=organisation,
                        preset_path=preset)
    crash.install(window.show_error)
    return window


def _files(argv: list[str]) -> tuple[Path | None, Path | None, Path | None]:
    """--questionnaire, --org and --preset from the command line (Qt's own options pass)."""
    import argparse

    p = argparse.ArgumentParser(add_help=False)
    for option in ("--questionnaire", "--org", "--preset"):
        p.add_argument(option)
    known, _ = p.parse_known_args(argv)
    return tuple(Path(v) if v else None  # type: ignore[return-value]
                 for v in (known.questionnaire, known.org, known.preset))


def _opened(argv: list[str]) -> Path | None:
    """--open FILE: an answers file, preset or organisation pack to open once loaded."""
    import argparse

    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("--open")
    known, _ = p.parse_known_args(argv)
    return Path(known.open) if known.open else None


def main(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    assert isinstance(app, QApplication)
    configure(app)
    from .language import choose_at_start
    from .window import default_settings

    choose_at_start(argv or [], default_settings())  # the Language menu's last choice
    window = create_window(*_files(argv or []))
    opened = _opened(argv or [])
    if opened is not None:
        window.open_when_loaded(opened)
    from .file_open import FileOpenFilter

    app.installEventFilter(FileOpenFilter(window))  # macOS: a file opened from Finder
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
