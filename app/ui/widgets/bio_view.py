"""A draft bio per platform: variants chosen with a click, editable with a live character
count and a live check against the plan's rules, a Copy button, the display name to use and
handle ideas; LinkedIn's About below its headline."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core import graphemes
from app.core.bio import BioDraft, ExtraDraft, extra_key
from app.core.i18n import _
from app.core.screening import Finding

from ..signals import emit
from .fields import mnemonic_safe, remaining_words
from .limits import cap_text
from .look import para, scaled_font, scrolling


def _replace_text(edit: QPlainTextEdit, text: str) -> None:
    """Put text in the editor as one undoable step, so Ctrl+Z brings back what was there."""
    cursor = edit.textCursor()
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)
    cursor.endEditBlock()
    edit.setTextCursor(cursor)


class TextBox(QWidget):
    """An editor with its label, a live count, a live check and a Copy button."""

    edited = Signal()

    def __init__(self, key: str, title: str, what: str, limit: int, text: str, lines: int,
                 check: Callable[[str], list[Finding]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._check = check
        self.title = title
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        label = QLabel(_("Your draft {what} (up to {limit} characters)").format(
            what=what, limit=f"{limit:,}"), self)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        cap_text(self.edit)
        self.edit.setObjectName(f"bio-{key}")
        self.edit.setTabChangesFocus(True)
        self.edit.setPlainText(text)
        self.edit.setMaximumHeight(self.fontMetrics().height() * lines)
        self.edit.setAccessibleName(title)
        self.edit.setAccessibleDescription(_("Edit freely. Up to {limit} characters.").format(
            limit=f"{limit:,}"))
        label.setBuddy(self.edit)
        self.count = QLabel(self)
        self.count.setObjectName(f"bio-count-{key}")
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        self.copy = QPushButton(_("Copy"), self)
        self.copy.setObjectName(f"copy-{key}")
        self.copy.setAccessibleName(_("Copy {what}").format(what=title))
        self.copy.clicked.connect(self._copy)
        row.addWidget(self.copy)
        self.findings = para("", self)
        self.findings.setObjectName(f"bio-check-{key}")
        lay.addWidget(label)
        lay.addWidget(self.edit)
        lay.addLayout(row)
        lay.addWidget(self.findings)
        self.edit.textChanged.connect(self._on_text)
        self._on_text()

    def text(self) -> str:
        return self.edit.toPlainText()

    def _on_text(self) -> None:
        n = graphemes.count(self.text())
        words = remaining_words(n, self.limit)
        self.count.setText(words)
        self.count.setFont(scaled_font(self.count, bold=n > self.limit))
        self.count.setAccessibleName(words)
        # The count already says when it is too long; the check says the rest, gently.
        found = [f.message for f in self._check(self.text()) if f.kind != "over_limit"]
        said = [m[:1].lower() + m[1:] for m in found]
        # Translators: each finding starts with a verb: "mentions a security clearance ...".
        words = " ".join([_("Before you post, look again. This draft {finding}").format(
            finding=said[0])] + [_("It also {finding}").format(finding=m) for m in said[1:]]
                         ) if found else ""
        self.findings.setText(words)
        self.findings.setAccessibleName(words)
        self.findings.setVisible(bool(found))
        emit(self.edited)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copy.setText(_("Copied"))
        self.copy.setAccessibleName(_("Copied {what}").format(
            what=self.title.replace("&&", "&")))


class BioEditor(QGroupBox):
    edited = Signal()

    def __init__(self, draft: BioDraft, text: str, parent: QWidget | None = None,
                 extra_texts: dict[str, str] | None = None) -> None:
        platform = draft.platform
        # Translators: "LinkedIn headline", "X bio"; put the two in your language's order.
        title = _("{platform} {bio}").format(platform=platform.name, bio=platform.bio_label)
        super().__init__(mnemonic_safe(title), parent)
        self.draft = draft
        pid = platform.id
        lay = QVBoxLayout(self)
        if draft.display_name:
            shown = para(_("Display name: {name}. {platform} shows it beside your {bio}, so the "
                           "{bio} does not repeat it.").format(
                name=draft.display_name, platform=platform.name, bio=platform.bio_label),
                self, selectable=True)
            shown.setObjectName(f"display-name-{pid}")
            lay.addWidget(shown)
        self.variant_buttons: dict[str, QRadioButton] = {}
        self._group = QButtonGroup(self)
        if len(draft.variants) > 1:
            row = QHBoxLayout()
            row.addWidget(QLabel(_("Start from:"), self))
            for v in draft.variants:
                button = QRadioButton(mnemonic_safe(v.label), self)
                button.setObjectName(f"variant-{pid}-{v.id}")
                button.setAccessibleName(_("{version} draft for {platform}").format(
                    version=v.label, platform=platform.name))
                button.setAccessibleDescription(v.text)
                button.setToolTip(v.text)
                button.clicked.connect(lambda *_, t=v.text: self._use(t))
                self._group.addButton(button)
                self.variant_buttons[v.id] = button
                row.addWidget(button)
            row.addStretch(1)
            lay.addLayout(row)
        self.box = TextBox(pid, title, platform.bio_label, draft.limit, text, 5, draft.check,
                           self)
        self.edit, self.count, self.copy = self.box.edit, self.box.count, self.box.copy
        lay.addWidget(self.box)
        if draft.handles:
            handles = para(_("Handle ideas: {handles}").format(handles=", ".join(draft.handles)),
                           self, selectable=True)
            handles.setObjectName(f"handles-{pid}")
            lay.addWidget(handles)
        if draft.full_name_handles:
            # Only on request: at this risk level the ideas above keep the full name back.
            ask = QCheckBox(_("Also show ideas with my full name"), self)
            ask.setObjectName(f"full-name-handles-{pid}")
            full = para(_("With your full name: {handles}").format(
                handles=", ".join(draft.full_name_handles)), self, selectable=True)
            full.setObjectName(f"full-name-handle-ideas-{pid}")
            full.hide()
            ask.toggled.connect(full.setVisible)
            lay.addWidget(ask)
            lay.addWidget(full)
        notes = [_("Left out {part}: {reason}.").format(part=n.part, reason=n.reason)
                 for n in draft.left_out]
        if draft.handle_reason:
            notes.append(draft.handle_reason)
        if platform.handle_note:
            notes.append(platform.handle_note)
        if draft.note:
            notes.append(draft.note)
        for note in notes:
            lay.addWidget(para(note, self))
        if draft.suggested is not None and draft.suggested != text:
            from .bio_offer import NewDraftOffer, replace_undoably

            lay.addWidget(NewDraftOffer(draft.suggested, platform.name,
                                        partial(replace_undoably, self.edit), self))
        self.extras: dict[str, tuple[ExtraDraft, TextBox]] = {}
        for extra in draft.extras:
            key = extra_key(pid, extra.id)
            heading = QLabel(mnemonic_safe(_("{platform} {bio}").format(
                platform=platform.name, bio=extra.label)), self)
            heading.setFont(scaled_font(heading, 1.1, bold=True))
            lay.addWidget(heading)
            box = TextBox(key.replace(":", "-"), _("{platform} {bio}").format(
                platform=platform.name, bio=extra.label), extra.label,
                          extra.limit, (extra_texts or {}).get(key, extra.text), 12,
                          draft.check, self)
            box.edited.connect(lambda *_: emit(self.edited))
            self.extras[key] = (extra, box)
            lay.addWidget(box)
        self.box.edited.connect(self._on_text)
        self._on_text()

    def text(self) -> str:
        return self.box.text()

    def baseline(self) -> str:
        """The draft as first suggested: anything else is the person's choice or wording."""
        if self.draft.variants:
            return self.draft.variants[0].text
        return self.draft.suggested if self.draft.suggested is not None else self.draft.text

    def _use(self, text: str) -> None:
        if self.text() != text:
            _replace_text(self.edit, text)

    def _on_text(self) -> None:
        text = self.text()
        match = next((vid for vid, b in self.variant_buttons.items()
                      if b.accessibleDescription() == text), None)
        self._group.setExclusive(False)
        for vid, button in self.variant_buttons.items():
            button.setChecked(vid == match)
        self._group.setExclusive(True)
        emit(self.edited)


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
        kept_extras = self.extra_texts()
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
            lay.addWidget(para(_("You did not choose any platforms, so there are no bios "
                               "to draft."), content))
        else:
            lay.addWidget(para(_("Each platform has its own draft, written the way people "
                               "write there. Start from the one you like, then make it sound "
                               "like you. The check under each draft updates as you type. If "
                               "you already have an account, paste your current bio over a "
                               "draft to check it."), content))
        for draft in bios:
            pid = draft.platform.id
            text = kept[pid] if pid in kept and old_drafts.get(pid) == draft.text else draft.text
            extras = {k: v for k, v in kept_extras.items() if old_drafts.get(pid) == draft.text}
            editor = BioEditor(draft, text, content, extras)
            editor.edited.connect(lambda *_: emit(self.edited))
            self.editors[pid] = editor
            self._drafts[pid] = draft.text
            lay.addWidget(editor)
        lay.addStretch(1)
        self._content = scrolling(content, self)
        self._outer.addWidget(self._content)

    def texts(self) -> dict[str, str]:
        return {pid: ed.text() for pid, ed in self.editors.items()}

    def extra_texts(self) -> dict[str, str]:
        return {key: box.text() for ed in self.editors.values()
                for key, (_, box) in ed.extras.items()}

    def first_focus(self) -> QWidget | None:
        first = next(iter(self.editors.values()), None)
        return first.edit if first else None
