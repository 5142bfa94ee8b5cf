"""Check your answers: every answer by section, each with a Change button."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
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

from app.core.hints import hints_for
from app.core.i18n import N_, _
from app.core.session import LOCKED_WORDS
from app.core.session_state import NOT_PROVIDED, answer_text

from ..widgets.error_summary import ErrorSummary
from ..widgets.limits import cap_line, cap_text
from ..widgets.look import heading, para, scaled_font, scrolling

if TYPE_CHECKING:
    from collections.abc import Callable

    from .host import Host

__all__ = ["NOT_PROVIDED", "CheckPage", "answer_text"]
# One date per signature, each under its own name.
SIGN_OFF = (("person", N_("&Your name")), ("date", N_("Da&te you sign (day/month/year)")),
            ("manager", N_("Line &manager's name")),
            ("manager_date", N_("Date your line manager si&gns (day/month/year)")))


class CheckPage(QWizardPage):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self._wizard = host
        self.setObjectName("page-check")
        self.setTitle(_("Check your answers"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = ErrorSummary(self)
        outer.addWidget(self.summary)
        content = QWidget()
        self._body = QVBoxLayout(content)
        self._body.setSpacing(self.fontMetrics().height())
        self._body.addWidget(para(_("Check your answers before you see your plan. "
                                  "Use Change to go back to a question."), content))
        # Gentle notes on answers that usually mean something else; they never block.
        self._hints = QWidget(content)
        self._body.addWidget(self._hints)
        self.hint_buttons: dict[str, QPushButton] = {}
        self._sections = QWidget(content)
        self._body.addWidget(self._sections)
        self.agreed_box = QGroupBox(_("What you agreed"), content)
        box = QVBoxLayout(self.agreed_box)
        label = QLabel(_("&Actions you agreed together (optional)"), self.agreed_box)
        self.agreed = QPlainTextEdit(self.agreed_box)
        cap_text(self.agreed)
        self.agreed.setObjectName("agreed-actions")
        self.agreed.setTabChangesFocus(True)
        self.agreed.setMaximumHeight(self.fontMetrics().height() * 7)
        self.agreed.setAccessibleName(_("Actions you agreed together"))
        self.agreed.setAccessibleDescription(_("These go into your plan."))
        label.setBuddy(self.agreed)
        box.addWidget(label)
        box.addWidget(self.agreed)
        self.agreed.textChanged.connect(self._on_agreed)
        box.addWidget(para(_("Sign off (optional)"), self.agreed_box))
        form = QFormLayout()
        self.sign_off_edits: dict[str, QLineEdit] = {}
        for key, source in SIGN_OFF:
            text = _(source)
            edit = QLineEdit(self.agreed_box)
            cap_line(edit)
            edit.setObjectName(f"sign-off-{key}")
            edit.setAccessibleName(text.replace("&", ""))
            edit.setAccessibleDescription(_("Sign off (optional)"))
            edit.textChanged.connect(lambda text, k=key: self._on_sign_off(k, text))
            row_label = QLabel(text, self.agreed_box)
            row_label.setBuddy(edit)
            form.addRow(row_label, edit)
            self.sign_off_edits[key] = edit
        box.addLayout(form)
        self._body.addWidget(self.agreed_box)
        self._body.addStretch(1)
        outer.addWidget(scrolling(content, self), 1)
        self.change_buttons: dict[str, QPushButton] = {}

    def _on_agreed(self) -> None:
        session = self._wizard.session
        if session is not None and session.agreed_actions != self.agreed.toPlainText():
            session.set_agreed_actions(self.agreed.toPlainText())
            self._wizard.entered()

    def _on_sign_off(self, key: str, text: str) -> None:
        session = self._wizard.session
        if session is not None and session.sign_off.get(key, "") != text:
            session.set_sign_off(key, text)
            self._wizard.entered()

    def show_session(self) -> None:
        """Fill the agreed actions and sign-off from the session."""
        session = self._wizard.session
        assert session is not None
        if self.agreed.toPlainText() != session.agreed_actions:
            self.agreed.setPlainText(session.agreed_actions)
        for key, edit in self.sign_off_edits.items():
            if edit.text() != session.sign_off.get(key, ""):
                edit.setText(session.sign_off.get(key, ""))

    def _show_hints(self) -> None:
        old = self._hints
        self._hints = QWidget(old.parentWidget())
        self._body.replaceWidget(old, self._hints)
        old.setParent(None)
        old.deleteLater()
        self.hint_buttons = {}
        q = self._wizard.q
        if q is None:
            return
        lay = QVBoxLayout(self._hints)
        lay.setContentsMargins(0, 0, 0, 0)
        flow = self._wizard.flow()
        steps = {qu.id: s.id for s, qu in q.questions()}
        for hint in hints_for(q, flow.answers, self._wizard.mode()):
            box = QFrame(self._hints)
            box.setObjectName(f"hint-{hint.id}")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            text = para(hint.text, box)
            text.setObjectName(f"hint-text-{hint.id}")
            inner.addWidget(text)
            question = q.question(hint.change)
            label = question.summary_label if question else hint.change
            button = QPushButton(hint.button or _("Change {what}").format(what=label.lower()),
                                 box)
            button.setObjectName(f"hint-change-{hint.id}")
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(hint.text)
            step_id = steps.get(hint.change, "")
            button.clicked.connect(lambda *_, s=step_id, qid=hint.change: self._change(s, qid))
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            lay.addWidget(box)
            self.hint_buttons[hint.id] = button

    def hint_texts(self) -> list[str]:
        return [w.text() for w in self._hints.findChildren(QLabel)
                if w.objectName().startswith("hint-text-")]

    def refresh(self) -> None:
        self.summary.clear()
        self._show_hints()
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
        session = self._wizard.session
        assert session is not None
        flow = session.flow()
        shown = {qu.id for qu in flow.questions}
        locked = session.setup.locked()
        line_manager = session.mode == "line_manager"
        row = 0
        for step in flow.steps:
            title = heading(step.title, self._sections, 1.15)
            title.setContentsMargins(0, em // 2 if row else 0, 0, 0)
            grid.addWidget(title, row, 0, 1, 3)
            row += 1
            for question in step.questions:
                qid = question.id
                if qid not in shown:
                    continue
                shown_answer = answer_text(question, flow.answers.get(qid))
                if qid in locked:
                    shown_answer += f"\n{_(LOCKED_WORDS)}"
                self._row(grid, row, question.summary_label, shown_answer, step.id, qid)
                # A locked answer cannot be changed, so it has nothing to change it with.
                self.change_buttons[qid].setVisible(qid not in locked)
                row += 1
            if line_manager:
                notes = session.notes.get(step.id, "").strip() or _(NOT_PROVIDED)
                self._row(grid, row, _("Notes"), notes, step.id, None)
                row += 1
        self.agreed_box.setVisible(line_manager)
        # Shown now, not when the layout's queued show comes: focus can go back to a Change
        # button, and a screen reader sees the rows, as the page appears.
        self._hints.show()
        self._sections.show()

    def _row(self, grid: QGridLayout, row: int, label: str, value: str, step_id: str,
             qid: str | None) -> None:
        name = QLabel(label, self._sections)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        name.setFont(scaled_font(name, bold=True))
        shown = para(value, self._sections)
        shown.setObjectName(f"answer-{qid or 'notes-' + step_id}")
        button = QPushButton(_("Change"), self._sections)
        button.setObjectName(f"change-{qid or 'notes-' + step_id}")
        button.setAccessibleName(_("Change {what}").format(what=label))
        button.setAccessibleDescription(_("Your answer: {answer}").format(answer=value))
        button.clicked.connect(lambda: self._change(step_id, qid))
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(shown, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
        self.change_buttons[qid or f"notes-{step_id}"] = button

    def _change(self, step_id: str, qid: str | None) -> None:
        self._wizard.change(step_id, qid)

    def problems(self) -> list[tuple[str, str, str]]:
        """(message, step id, question id) for every question that still needs an answer."""
        session = self._wizard.session
        return session.problems() if session is not None else []

    def validatePage(self) -> bool:
        found = self.problems()
        session = self._wizard.session
        dates = session.sign_off_problems() if session is not None else []
        reason = Qt.FocusReason.OtherFocusReason
        if not self._wizard.quiet_navigation:
            links: list[tuple[str, Callable[[], None]]] = [
                (message, partial(self._wizard.change, step_id, qid))
                for message, step_id, qid in found]
            links += [(message, partial(self.sign_off_edits[key].setFocus, reason))
                      for message, key in dates]
            self.summary.show_problems(links)
        return not found and not dates

    def nextId(self) -> int:
        return self._wizard.next_id(self._wizard.CHECK_ID)

    def first_focus(self) -> QWidget | None:
        return None
