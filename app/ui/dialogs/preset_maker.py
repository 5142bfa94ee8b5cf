"""Make a preset: a security officer's answers, some locked, saved as a preset file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.i18n import N_, _
from app.core.session_state import answer_text

from ..widgets.look import para, scaled_font, scrolling

if TYPE_CHECKING:
    from app.core.session_state import Session

    from ..pages.host import Host

INTRO = N_("A preset gives your staff the answers you chose here. Include the answers you want "
         "to set. Lock an answer to stop people changing it: they see it, with your name and "
         "contact details, but cannot change it.")
FOLLOW_DELAY_MS = 300  # after a change in the wizard: list the answers again once typing pauses
CONTACT = (("name", N_("Your &name")), ("role", N_("Your &role (optional)")),
           ("email", N_("&Email (optional)")), ("phone", N_("&Phone (optional)")))


def preset_id(title: str) -> str:
    """A file-friendly id from the title: 'High-risk staff' -> 'high-risk-staff'."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:64].strip("-")
    return slug or "preset"


class PresetMaker(QDialog):
    """Not modal: the officer can go back to the wizard, change an answer and come back.
    Like the pages, it reads the answers and setup from the session its host holds (the
    Host protocol), never from the wizard itself."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(FOLLOW_DELAY_MS)
        self._later.timeout.connect(self._follow)
        self.setObjectName("preset-maker")
        self.setWindowTitle(_("Make a preset"))
        self.saved: Path | None = None
        outer = QVBoxLayout(self)
        content = QWidget()
        lay = QVBoxLayout(content)
        em = self.fontMetrics().height()
        lay.setSpacing(em // 2)
        lay.addWidget(para(_(INTRO), content, static=True))
        self.problem = para("", content)
        self.problem.setObjectName("preset-problem")
        self.problem.setFont(scaled_font(self.problem, bold=True))
        self.problem.hide()
        lay.addWidget(self.problem)
        form = QFormLayout()
        self.title_edit = self._line(form, "preset-title", _("Preset &title"),
                                     _("For example: High-risk staff"))
        self.contact_edits = {key: self._line(form, f"preset-{key}", _(text))
                              for key, text in CONTACT}
        lay.addLayout(form)
        self.note = QPlainTextEdit(content)
        self.note.setObjectName("preset-note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(em * 5)
        self.note.setAccessibleName(_("A note for your staff (optional)"))
        note_label = QLabel(_("A n&ote for your staff (optional)"), content)
        note_label.setBuddy(self.note)
        lay.addWidget(note_label)
        lay.addWidget(self.note)
        self.answers_box = QGroupBox(_("Your answers"), content)
        self.grid = QGridLayout(self.answers_box)
        self.include: dict[str, QCheckBox] = {}
        self.lock: dict[str, QCheckBox] = {}
        lay.addWidget(self.answers_box)
        raise_box = QGroupBox(_("Checklist items to make a must (optional)"), content)
        raise_lay = QVBoxLayout(raise_box)
        self.raise_list = QListWidget(raise_box)
        self.raise_list.setObjectName("preset-raise")
        self.raise_list.setAccessibleName(_("Checklist items to make a must"))
        self.raise_list.setMinimumHeight(em * 8)
        raise_lay.addWidget(self.raise_list)
        lay.addWidget(raise_box)
        outer.addWidget(scrolling(content, self), 1)
        row = QHBoxLayout()
        self.status = para("", self)
        self.status.setObjectName("preset-status")
        self.save_button = QPushButton(_("&Save preset\u2026"), self)
        self.save_button.setObjectName("preset-save")
        self.save_button.setAccessibleName(_("Save preset"))
        self.close_button = QPushButton(_("Close"), self)
        self.close_button.setAccessibleName(_("Close"))
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self.save_button.clicked.connect(lambda *_: self.save())
        self.close_button.clicked.connect(self.close)
        self.refresh()
        self.resize(em * 40, em * 42)

    def _line(self, form: QFormLayout, name: str, text: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(text.replace("&", ""))
        edit.setPlaceholderText(hint)
        label = QLabel(text, self)
        label.setBuddy(edit)
        form.addRow(label, edit)
        return edit

    def _session(self) -> Session:
        session = self._host.session
        assert session is not None  # the maker is opened once the questions are loaded
        return session

    # Filling in ----------------------------------------------------------------------
    def answers_changed(self) -> None:
        """The person changed something in the wizard: show it here once they pause."""
        self._later.start()

    def _follow(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """List the answers given so far, each to include and lock, and the items to raise.
        What the officer already ticked here is kept."""
        chosen = {qid: (box.isChecked(), self.lock[qid].isChecked())
                  for qid, box in self.include.items()}
        raised_here = {self.raise_list.item(n).data(Qt.ItemDataRole.UserRole):
                       self.raise_list.item(n).checkState() == Qt.CheckState.Checked
                       for n in range(self.raise_list.count())}
        while self.grid.count():
            old = self.grid.takeAt(0)
            widget = old.widget() if old is not None else None
            if widget is not None:
                widget.deleteLater()
        self.include, self.lock = {}, {}
        session = self._session()
        given = session.answers().answers
        setup = session.setup
        already = setup.preset.answers if setup.preset else {}
        row = 0
        for _step, qu in session.q.questions():
            if qu.id not in given:
                continue
            label = QLabel(qu.summary_label, self.answers_box)
            label.setWordWrap(True)
            label.setFont(scaled_font(label, bold=True))
            value = para(answer_text(qu, given[qu.id]), self.answers_box)
            include = QCheckBox(_("Include"), self.answers_box)
            include.setObjectName(f"include-{qu.id}")
            include.setAccessibleName(_("Include {answer}").format(answer=qu.summary_label))
            lock = QCheckBox(_("Lock"), self.answers_box)
            lock.setObjectName(f"lock-{qu.id}")
            lock.setAccessibleName(_("Lock {answer}").format(answer=qu.summary_label))
            # Choices are what presets are for; typed text (a name) is rarely the staff's.
            include.setChecked(qu.id in already or qu.type in ("single", "multi", "yesno"))
            lock.setChecked(bool(already.get(qu.id) and already[qu.id].locked))
            if qu.id in chosen:
                include.setChecked(chosen[qu.id][0])
                lock.setChecked(chosen[qu.id][1])
            lock.toggled.connect(lambda on, box=include: on and box.setChecked(True))
            include.toggled.connect(lambda on, box=lock: on or box.setChecked(False))
            for col, widget in enumerate((label, value, include, lock)):
                self.grid.addWidget(widget, row, col, Qt.AlignmentFlag.AlignTop)
            self.include[qu.id], self.lock[qu.id] = include, lock
            row += 1
        if not row:
            self.grid.addWidget(para(_("Answer some questions first: a preset holds the "
                                     "answers you give."), self.answers_box), 0, 0)
        self.grid.setColumnStretch(1, 1)
        raised = set(setup.preset.raise_to_must) if setup.preset else set()
        self.raise_list.clear()
        for item in setup.merged.items:
            if item.priority == "must":
                continue
            entry = QListWidgetItem(item.title, self.raise_list)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = raised_here.get(item.id, item.id in raised)
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    # Saving --------------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        session = self._session()
        given = session.answers().answers
        contact = {k: e.text().strip() for k, e in self.contact_edits.items() if e.text().strip()}
        title = self.title_edit.text().strip()
        data: dict[str, Any] = {
            "schema_version": 1, "kind": "preset", "id": preset_id(title), "title": title,
            "questionnaire": session.q.id, "set_by": contact,
            "answers": {qid: ({"value": given[qid], "locked": True} if self.lock[qid].isChecked()
                              else {"value": given[qid]})
                        for qid, box in self.include.items()
                        if box.isChecked() and qid in given},
            "raise_to_must": [self.raise_list.item(n).data(Qt.ItemDataRole.UserRole)
                              for n in range(self.raise_list.count())
                              if self.raise_list.item(n).checkState() == Qt.CheckState.Checked],
        }
        note = self.note.toPlainText().strip()
        if note:
            data["note"] = note
        return data

    def problems(self) -> list[str]:
        found = []
        if not self.title_edit.text().strip():
            found.append(_("Enter a title for the preset"))
        if not self.contact_edits["name"].text().strip():
            found.append(_("Enter your name, so your staff know who set their answers"))
        return found

    def save(self) -> Path | None:
        """Check the preset as a file would be checked, then ask where to save it."""
        from app.core import atomic
        from app.core.preset import parse_preset, preset_yaml
        from app.core.problems import ProblemsError

        from ..widgets.boxes import documents_dir, file_dialog

        found = self.problems()
        data = self.data()
        text = preset_yaml(data)
        if not found:
            try:
                parse_preset(text, self._session().setup.merged, "preset")
            except ProblemsError as exc:
                found = [p.message for p in exc.problems]
        if found:
            self.problem.setText(_("There is a problem: {problems}.").format(
                problems="; ".join(found)))
            self.problem.setAccessibleName(self.problem.text())
            self.problem.show()
            self.problem.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self.problem.hide()
        start = documents_dir()
        chosen, _filter = file_dialog().getSaveFileName(self, _("Save preset"),
                                                str(Path(start) / f"{data['id']}.yaml"),
                                                _("Presets (*.yaml)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".yaml", ".yml"):
            path = path.with_name(path.name + ".yaml")
        try:
            # Readable by others: a preset is meant to be handed to staff.
            atomic.write_text(path, text, mode=0o644)
        except OSError as exc:
            self.problem.setText(_("The preset could not be saved: {why}. Try another folder or "
                                   "name.").format(why=exc.strerror or exc))
            self.problem.show()
            return None
        self.saved = path
        self.status.setText(_("Saved the preset to {path}").format(path=path))
        self.status.setAccessibleName(self.status.text())
        return path
