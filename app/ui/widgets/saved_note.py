"""'Saved your PDF to ... at 14:02', with Open and Show in folder beside it."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.core.i18n import _

from .a11y import announce
from .look import para


def open_file(path: Path) -> bool:
    """Open a file, or a folder, in the app the system uses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SavedNote(QWidget):
    """What was just saved, and where, with ways to open it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save-status")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = para("", self)
        self.text.setObjectName("save-status-text")
        self.open_button = QPushButton(_("&Open"), self)
        self.folder_button = QPushButton(_("Show in fo&lder"), self)
        for b in (self.open_button, self.folder_button):
            b.setAutoDefault(False)  # Enter stays with Continue / Finish
        lay.addWidget(self.text, 1)
        lay.addWidget(self.open_button)
        lay.addWidget(self.folder_button)
        self.path: Path | None = None
        self.open_button.clicked.connect(lambda *_: self.path and open_file(self.path))
        self.folder_button.clicked.connect(
            lambda *_: self.path and open_file(self.path.parent))
        self.hide()

    def show_saved(self, what: str, path: Path) -> str:
        self.path = path
        # what: "PDF" or "web page", English as marked with N_ where it is named.
        words = _("Saved your {what} to {path} at {time}").format(
            what=_(what), path=path, time=time.strftime("%H:%M"))
        self.text.setText(words)
        self.text.setAccessibleName(words)
        self.open_button.setAccessibleName(_("Open the {what}").format(what=_(what)))
        self.folder_button.setAccessibleName(_("Show the {what} in its folder").format(
            what=_(what)))
        self.show()
        announce(self.text, words)  # spoken without moving focus from Save
        return words
