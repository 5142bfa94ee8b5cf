"""Qt's standard dialogs and the Documents folder, imported when first needed (their enums
slow the first paint). One place, so windows, pages and dialogs need not import each other."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def message_box() -> Any:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


def file_dialog() -> Any:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog


def documents_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()
