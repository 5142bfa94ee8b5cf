"""Check your answers: every answer by section, each with a Change button."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core.questionnaire import Question
from app.core.session import LOCKED_WORDS

from .error_summary import ErrorSummary
from .limits import cap_line, cap_text
from .look import heading, para, scaled_font
from .signals import emit
from .step_page import scrolling

if TYPE_CHECKING:
    from .wizard import PlannerWizard

NOT_PROVIDED = "Not provided"
SIGN_OFF = (("person", "&Your name"), ("manager", "Line &manager's name"), ("date", "Da&te"))


def answer_text(question: Question, value: Any) -> str:
    """An answer in the words the person saw."""
    if value is None or value == [] or (isinstance(value, str) and not value.strip()):
        return NOT_PROVIDED
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return "\n".join((o.label if (o := question.option(v)) else v)
                         for v in value)
    if question.type == "single":
        option = question.option(value)
        return option.label if option else value
    return str(value)


class CheckPage(QWizardPage):
    def __init__(self, wizard: PlannerWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setObjectName("page-check")
        self.setTitle("Check your answers")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = ErrorSummary(self)
        outer.addWidget(self.summary)
        content = QWidget()
        self._body = QVBoxLayout(content)
        self._body.setSpacing(self.fontMetrics().height())
        self._body.addWidget(para("Check your answers before you see your plan. "
                                  "Use Change to go back to a question.", content))
        self._sections = QWidget(content)
        self._body.addWidget(self._sections)
        self.agreed_box = QGroupBox("What you agreed", content)
        box = QVBoxLayout(self.agreed_box)
        label = QLabel("&Actions you agreed together (optional)", self.agreed_box)
        self.agreed = QPlainTextEdit(self.agreed_box)
        cap_text(self.agreed)
        self.agreed.setObjectName("agreed-actions")
        self.agreed.setTabChangesFocus(True)
        self.agreed.setMaximumHeight(self.fontMetrics().height() * 7)
        self.agreed.setAccessibleName("Actions you agreed together")
        self.agreed.setAccessibleDescription("These go into your plan.")
        label.setBuddy(self.agreed)
        box.addWidget(label)
        box.addWidget(self.agreed)
        self.agreed.textChanged.connect(lambda *_: emit(wizard.changed))
        box.addWidget(para("Sign off (optional)", self.agreed_box))
        form = QFormLayout()
        self.sign_off_edits: dict[str, QLineEdit] = {}
        for key, text in SIGN_OFF:
            edit = QLineEdit(self.agreed_box)
            cap_line(edit)
            edit.setObjectName(f"sign-off-{key}")
            edit.setAccessibleName(text.replace("&", ""))
            edit.setAccessibleDescription("Sign off (optional)")
            edit.textChanged.connect(lambda *_: emit(wizard.changed))
            row_label = QLabel(text, self.agreed_box)
            row_label.setBuddy(edit)
            form.addRow(row_label, edit)
            self.sign_off_edits[key] = edit
        box.addLayout(form)
        self._body.addWidget(self.agreed_box)
        self._body.addStretch(1)
        outer.addWidget(scrolling(content, self), 1)
        self.change_buttons: dict[str, QPushButton] = {}

    def agreed_actions(self) -> str:
        return self.agreed.toPlainText() if self._wizard.mode() == "line_manager" else ""

    def set_agreed_actions(self, text: str) -> None:
        self.agreed.setPlainText(text)

    def sign_off(self) -> dict[str, str]:
        if self._wizard.mode() != "line_manager":
            return {}
        return {key: edit.text() for key, edit in self.sign_off_edits.items()}

    def set_sign_off(self, values: dict[str, str]) -> None:
        for key, edit in self.sign_off_edits.items():
            edit.setText(values.get(key, ""))

    def refresh(self) -> None:
        self.summary.clear()
        old = self._sections
        self._sections = QWidget(old.parentWidget())
        self._body.replaceWidget(old, self._sections)
        old.setParent(None)
        old.deleteLater()
        self.change_buttons = {}
        # One grid for every section, so labels and answers line up down the page.
        grid = QGridLayout(self._sections)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        em = self.fontMetrics().height()
        grid.setHorizontalSpacing(em)
        grid.setVerticalSpacing(em // 2)
        flow = self._wizard.flow()
        shown = {qu.id for qu in flow.questions}
        shown_steps = {s.id for s in flow.steps}
        line_manager = self._wizard.mode() == "line_manager"
        row = 0
        for page in self._wizard.step_pages:
            if page.step.id not in shown_steps:
                continue
            title = heading(page.step.title, self._sections, 1.15)
            title.setContentsMargins(0, em // 2 if row else 0, 0, 0)
            grid.addWidget(title, row, 0, 1, 3)
            row += 1
            for qid, field in page.fields.items():
                if qid not in shown:
                    continue
                shown_answer = answer_text(field.question, flow.answers.get(qid))
                if field.locked:
                    shown_answer += f"\n{LOCKED_WORDS}"
                self._row(grid, row, field.question.summary_label, shown_answer,
                          page.step.id, qid)
                # A locked answer cannot be changed, so it has nothing to change it with.
                self.change_buttons[qid].setVisible(not field.locked)
                row += 1
            if line_manager:
                notes = page.notes.toPlainText().strip() or NOT_PROVIDED
                self._row(grid, row, "Notes", notes, page.step.id, None)
                row += 1
        self.agreed_box.setVisible(line_manager)

    def _row(self, grid: QGridLayout, row: int, label: str, value: str, step_id: str,
             qid: str | None) -> None:
        name = QLabel(label, self._sections)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        name.setFont(scaled_font(name, bold=True))
        shown = para(value, self._sections)
        shown.setObjectName(f"answer-{qid or 'notes-' + step_id}")
        button = QPushButton("Change", self._sections)
        button.setObjectName(f"change-{qid or 'notes-' + step_id}")
        button.setAccessibleName(f"Change {label}")
        button.setAccessibleDescription(f"Your answer: {value}")
        button.clicked.connect(lambda: self._change(step_id, qid))
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self.change_buttons[qid or f"notes-{step_id}"] = button

    def _change(self, step_id: str, qid: str | None) -> None:
        self._wizard.change(step_id, qid)
        if qid is None:
            page = next(p for p in self._wizard.step_pages if p.step.id == step_id)
            page.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def problems(self) -> list[tuple[str, str, str]]:
        """(message, step id, question id) for every question that still needs an answer."""
        shown = self._wizard.visible_question_ids()
        found = []
        for page in self._wizard.step_pages:
            for qid, field in page.fields.items():
                message = field.problem() if qid in shown else None
                if message:
                    found.append((message, page.step.id, qid))
        return found

    def validatePage(self) -> bool:
        found = self.problems()
        if not self._wizard.quiet_navigation:
            self.summary.show_problems([
                (message, partial(self._wizard.change, step_id, qid))
                for message, step_id, qid in found])
        return not found

    def nextId(self) -> int:
        return self._wizard.next_id(self._wizard.CHECK_ID)

    def first_focus(self) -> QWidget | None:
        return None
