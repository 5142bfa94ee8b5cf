"""A draft bio per platform: editable, with a live character count, a Copy button and handles."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import graphemes
from app.core.bio import BioDraft

from ..signals import emit
from .fields import mnemonic_safe, remaining_words
from .limits import cap_text
from .look import para, scaled_font, scrolling


class BioEditor(QGroupBox):
    edited = Signal()

    def __init__(self, draft: BioDraft, text: str, parent: QWidget | None = None) -> None:
        platform = draft.platform
        title = f"{platform.name} {platform.bio_label}"
        super().__init__(mnemonic_safe(title), parent)
        self.draft = draft
        pid = platform.id
        lay = QVBoxLayout(self)
        label = QLabel(f"Your draft {platform.bio_label} (up to {draft.limit} characters)", self)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        cap_text(self.edit)
        self.edit.setObjectName(f"bio-{pid}")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(text)
        self.edit.setMaximumHeight(self.fontMetrics().height() * 5)
        self.edit.setAccessibleName(title)
        self.edit.setAccessibleDescription(
            f"Edit freely. {platform.name} allows {draft.limit} characters.")
        label.setBuddy(self.edit)
        self.count = QLabel(self)
        self.count.setObjectName(f"bio-count-{pid}")
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        self.copy = QPushButton("Copy", self)
        self.copy.setObjectName(f"copy-{pid}")
        self.copy.setAccessibleName(f"Copy {title}")
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        lay.addWidget(label)
        lay.addWidget(self.edit)
        lay.addLayout(row)
        if draft.handles:
            handles = para("Handle ideas: " + ", ".join(draft.handles), self, selectable=True)
            handles.setObjectName(f"handles-{pid}")
            lay.addWidget(handles)
        notes = [f"Left out {n.part}: {n.reason}." for n in draft.left_out]
        if platform.handle_note:
            notes.append(platform.handle_note)
        if draft.note:
            notes.append(draft.note)
        for note in notes:
            lay.addWidget(para(note, self))
        if draft.suggested is not None and draft.suggested != text:
            from .bio_offer import NewDraftOffer

            lay.addWidget(NewDraftOffer(draft.suggested, platform.name,
                                        self.edit.setPlainText, self))
        self.edit.textChanged.connect(self._on_text)
        self._on_text()

    def text(self) -> str:
        return self.edit.toPlainText()

    def _on_text(self) -> None:
        n = graphemes.count(self.text())
        words = remaining_words(n, self.draft.limit)
        self.count.setText(words)
        self.count.setFont(scaled_font(self.count, bold=n > self.draft.limit))
        self.count.setAccessibleName(words)
        emit(self.edited)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy.setText("Copied")
        self.copy.setAccessibleName(f"Copied {self.title().replace('&&', '&')}")


class BioView(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None
        self.editors: dict[str, BioEditor] = {}
        self._drafts: dict[str, str] = {}

    def show_bios(self, bios: list[BioDraft]) -> None:
        # Keep the person's edits when the draft underneath has not changed.
        kept = {pid: ed.text() for pid, ed in self.editors.items()
                if self._drafts.get(pid) is not None}
        old_drafts = dict(self._drafts)
        if self._content is not None:
            self._outer.removeWidget(self._content)
            self._content.deleteLater()
        content = QWidget()
        lay = QVBoxLayout(content)
        lay.setSpacing(self.fontMetrics().height())
        self.editors = {}
        self._drafts = {}
        if not bios:
            lay.addWidget(para("You did not choose any platforms, so there are no bios "
                               "to draft.", content))
        for draft in bios:
            pid = draft.platform.id
            text = kept[pid] if pid in kept and old_drafts.get(pid) == draft.text else draft.text
            editor = BioEditor(draft, text, content)
            editor.edited.connect(lambda *_: emit(self.edited))
            self.editors[pid] = editor
            self._drafts[pid] = draft.text
            lay.addWidget(editor)
        lay.addStretch(1)
        self._content = scrolling(content, self)
        self._outer.addWidget(self._content)

    def texts(self) -> dict[str, str]:
        return {pid: ed.text() for pid, ed in self.editors.items()}

    def first_focus(self) -> QWidget | None:
        first = next(iter(self.editors.values()), None)
        return first.edit if first else None
