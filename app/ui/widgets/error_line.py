"""The message shown beside a field when its answer stops the person going on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from app.core.i18n import _

from .look import scaled_font


class ErrorLine(QWidget):
    """The message shown beside a field, with a warning icon so it never relies on colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(self)
        size = self.fontMetrics().height()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setFont(scaled_font(self.text, bold=True))
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)
        self.hide()

    def show_message(self, message: str) -> None:
        self.text.setText(_("Error: {message}").format(message=message))
        self.show()
