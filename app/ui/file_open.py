"""Files the system asks the app to open: answers, presets and organisation packs.

On Linux and Windows a double-clicked file arrives on the command line (the desktop
file's %f, or the Windows file association's "%1"); macOS sends a QFileOpenEvent instead,
which FileOpenFilter passes to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

if TYPE_CHECKING:
    from .window import MainWindow


class FileOpenFilter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            path = getattr(event, "file", lambda: "")()
            if path:
                self._window.open_when_loaded(Path(path))
                return True
        return False
