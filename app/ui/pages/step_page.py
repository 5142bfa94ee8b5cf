"""One generic wizard page, configured by a step of the questionnaire."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.i18n import _
from app.core.questionnaire import Step

from ..signals import emit
from ..widgets.error_summary import ErrorSummary
from ..widgets.fields import Field, make_field
from ..widgets.limits import cap_text
from ..widgets.look import para, scrolling

if TYPE_CHECKING:
    from .host import Host



def _focus(field: Field) -> None:
    """Where a link in the error summary sends focus: the field's widget, looked up on click."""
    field.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

class StepPage(QWizardPage):
    changed = Signal()

    def __init__(self, step: Step, page_id: int, host: Host) -> None:
        super().__init__()
        self.step = step
        self.page_id = page_id
        self._wizard = host
        self._pulling = False  # filling in from the session: nothing new was entered
        self.setObjectName(f"page-{step.id}")
        self.setTitle(step.title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = ErrorSummary(self)
        outer.addWidget(self.summary)
        content = QWidget()
        body = QVBoxLayout(content)
        gap = self.fontMetrics().height()
        body.setSpacing(gap)
        if step.intro:
            body.addWidget(para(step.intro, content))
        self.fields: dict[str, Field] = {}
        for question in step.questions:
            field = make_field(question, content)
            field.changed.connect(self._on_field_changed)
            self.fields[question.id] = field
            body.addWidget(field)
        self.discussion = self._discussion_box(content)
        body.addWidget(self.discussion)
        body.addStretch(1)
        outer.addWidget(scrolling(content, self), 1)

    def _discussion_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(_("Talk about this together"), parent)
        lay = QVBoxLayout(box)
        if self.step.discussion:
            lay.addWidget(para(self.step.discussion, box))
        label = QLabel(_("&Notes from your conversation (optional)"), box)
        self.notes = QPlainTextEdit(box)
        cap_text(self.notes)
        self.notes.setObjectName(f"notes-{self.step.id}")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 6)
        # The words shown are the name (label in name); the step it belongs to is said after.
        self.notes.setAccessibleName(_("Notes from your conversation (optional)"))
        self.notes.setAccessibleDescription(" ".join(
            p for p in (self.step.title + ".", self.step.discussion) if p))
        label.setBuddy(self.notes)
        lay.addWidget(label)
        lay.addWidget(self.notes)
        self.notes.textChanged.connect(self._on_notes)
        box.hide()
        return box

    def _on_notes(self) -> None:
        session = self._wizard.session
        if not self._pulling and session is not None:
            session.set_note(self.step.id, self.notes.toPlainText())
            emit(self.changed)

    def _on_field_changed(self) -> None:
        session = self._wizard.session
        if self._pulling or session is None:
            return
        for qid, field in self.fields.items():
            if not field.locked:
                session.set_answer(qid, field.value())
        emit(self.changed)
        self.refresh()

    def show_session(self, locked: dict[str, Any], locked_note: Any) -> None:
        """Fill the page from the session; locked answers cannot be changed here."""
        session = self._wizard.session
        assert session is not None
        self._pulling = True
        try:
            for qid, field in self.fields.items():
                if qid in locked:
                    field.lock(locked[qid], locked_note(field.question, locked[qid]))
                else:
                    field.unlock()
                    field.set_value(session.typed.get(qid))
                field.show_problem(None)
            if self.notes.toPlainText() != session.notes.get(self.step.id, ""):
                self.notes.setPlainText(session.notes.get(self.step.id, ""))
        finally:
            self._pulling = False
        self.refresh()

    def refresh(self) -> None:
        """Show only the questions the answers so far call for; the discussion for a pair."""
        visible = self._wizard.visible_question_ids()
        for qid, field in self.fields.items():
            field.setVisible(qid in visible)
        self.discussion.setVisible(self._wizard.mode() == "line_manager")

    def values(self) -> dict[str, Any]:
        return {qid: f.value() for qid, f in self.fields.items()}

    def problems(self) -> list[tuple[Field, str]]:
        visible = self._wizard.visible_question_ids()
        found = []
        for qid, field in self.fields.items():
            message = field.problem() if qid in visible else None
            field.show_problem(None)
            if message:
                found.append((field, message))
        return found

    def show_problems(self, found: list[tuple[Field, str]]) -> None:
        for field, message in found:
            field.show_problem(message)
        self.summary.show_problems([
            (message, partial(_focus, field))
            for field, message in found])

    def validatePage(self) -> bool:
        found = self.problems()
        if self._wizard.quiet_navigation:
            return not found
        self.show_problems(found)
        return not found

    def nextId(self) -> int:
        return self._wizard.next_id(self.page_id)

    def first_focus(self) -> QWidget | None:
        visible = self._wizard.visible_question_ids()
        for qid, field in self.fields.items():
            if qid in visible:
                return field.focus_target()
        return None
