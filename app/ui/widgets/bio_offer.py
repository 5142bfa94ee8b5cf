"""Beside a bio the person edited: the draft their answers make now, to take if they want.
Their own edit is never replaced without their say."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.core.i18n import _

from .look import para


class NewDraftOffer(QWidget):
    def __init__(self, suggested: str, platform: str, use: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-draft")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.text = para(_("Draft from your answers now: {draft}").format(draft=suggested), self,
                         selectable=True)
        self.button = QPushButton(_("Use this draft"), self)
        self.button.setAccessibleName(_("Use the draft from your answers for {platform}").format(
            platform=platform))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda *_: use(suggested))
        lay.addWidget(self.text, 1)
        lay.addWidget(self.button)
