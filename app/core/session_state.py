"""One person's session, without Qt: what they entered, how it is set up, and whether it
has changed since it was last saved.

The wizard's pages write here and read from here; nothing else holds the answers. Notes,
agreed actions and sign-off are kept whatever the mode, so switching to "On my own" and
back loses nothing; only the plan leaves them out while the person works alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import graphemes
from .answers import Answers, QuestionnaireRef, SavedWith, SignOff
from .flow import Flow, walk
from .i18n import N_, _, ngettext
from .questionnaire import Question, Questionnaire
from .restoring import restore_setup as restore_setup  # where it was first; callers use it
from .session import Setup

MODES = ("alone", "line_manager")
SIGN_OFF_KEYS = ("person", "date", "manager", "manager_date")
SIGN_OFF_DATES = {"date": N_("the date you sign"),
                  "manager_date": N_("the date your line manager signs")}
KEPT_NOTES = N_("Your line manager's notes are kept in your saved answers, but leave your plan "
                "while you work on your own. Choose \u201cWith my line manager\u201d to see "
                "them again.")


def present(value: Any) -> bool:
    """Whether an answer says anything: blank text and empty lists do not."""
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None and value != []


NOT_PROVIDED = N_("Not provided")  # translate where shown: _(NOT_PROVIDED)


def answer_text(question: Question, value: Any) -> str:
    """An answer in the words the person saw."""
    if not present(value):
        return _(NOT_PROVIDED)
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, list):
        return "\n".join((question.option(v).label if question.option(v) else v)  # type: ignore[union-attr]
                         for v in value)
    if question.type in ("single", "yesno"):  # a yes/no may also be "not_sure"
        option = question.option(value)
        return option.label if option else str(value)
    return str(value)


def answer_problem(question: Question, value: Any, what: str | None = None) -> str | None:
    """What stops the person going on, in GOV.UK wording, or None. `what` names the question
    as the person sees it where the message is shown (its short label by default, as on
    Check your answers; the question itself on its own page)."""
    what = what or question.summary_label
    if question.required and not present(value):
        if question.type in ("single", "yesno"):
            return _("Select an answer for \u201c{what}\u201d").format(what=what)
        if question.type == "multi":
            return _("Select at least one option for \u201c{what}\u201d").format(what=what)
        return _("Enter an answer for \u201c{what}\u201d").format(what=what)
    limit = question.max_length if question.type == "text" else None
    if limit and isinstance(value, str) and graphemes.count(value) > limit:
        return ngettext("\u201c{what}\u201d must be {limit} character or fewer",
                        "\u201c{what}\u201d must be {limit} characters or fewer",
                        limit).format(what=what, limit=limit)
    return None


def date_problem(text: str, what: str) -> str | None:
    """None for a real date written day/month/year (27/3/2026, 27-03-2026 or 27.3.2026) or
    as 2026-03-27, or blank; else what is wrong, in GOV.UK wording."""
    import datetime
    import re

    if not text.strip():
        return None
    found = re.fullmatch(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*", text)
    iso = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", text)  # 2026-03-27
    if found is None and iso is None:
        return _("Enter {what} as day, month and year, like 27/3/2026").format(what=_(what))
    if found is not None:
        day, month, year = (int(g) for g in found.groups())
    else:
        assert iso is not None
        year, month, day = (int(g) for g in iso.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return _("Enter {what} as a real date, like 27/3/2026").format(what=_(what))
    return None


@dataclass
class Session:
    q: Questionnaire
    setup: Setup
    typed: dict[str, Any] = field(default_factory=dict)  # every page's, hidden ones too
    mode: str = "alone"
    notes: dict[str, str] = field(default_factory=dict)
    agreed_actions: str = ""
    sign_off: dict[str, str] = field(default_factory=dict)
    ticks: dict[str, bool] = field(default_factory=dict)
    bios: dict[str, str] = field(default_factory=dict)  # edited bios, by platform id
    saved_with: SavedWith | None = None  # the guidance the file was last saved with
    modified: bool = False
    path: Path | None = None  # the answers file it was opened from or saved to

    # Changes ---------------------------------------------------------------------------
    def _set(self, store: dict[str, Any], key: str, value: Any) -> None:
        if present(value) if store is self.typed else bool(value):
            if store.get(key) != value:
                store[key] = value
                self.modified = True
        elif key in store:
            del store[key]
            self.modified = True

    def set_answer(self, qid: str, value: Any) -> None:
        self._set(self.typed, qid, value)

    def set_note(self, step_id: str, text: str) -> None:
        self._set(self.notes, step_id, text if text.strip() else "")

    def set_agreed_actions(self, text: str) -> None:
        if text != self.agreed_actions:
            self.agreed_actions, self.modified = text, True

    def set_sign_off(self, key: str, text: str) -> None:
        self._set(self.sign_off, key, text)

    def tick(self, item_id: str, done: bool) -> None:
        self._set(self.ticks, item_id, done)

    def set_bio(self, platform_id: str, text: str | None) -> None:
        """An edited bio; None when it is back to the suggested one."""
        self._set(self.bios, platform_id, text)

    def set_mode(self, mode: str) -> str:
        """Change mode; returns a sentence to tell the person if their notes are now set
        aside (kept, but out of the plan), else ""."""
        if mode not in MODES or mode == self.mode:
            return ""
        self.mode, self.modified = mode, True
        kept = any(self.notes.values()) or self.agreed_actions.strip() \
            or any(self.sign_off.values())
        return _(KEPT_NOTES) if mode == "alone" and kept else ""

    # What follows from it ----------------------------------------------------------------
    def raw_answers(self) -> dict[str, Any]:
        """The typed answers with the preset's locked answers always on top."""
        return {**self.typed, **self.setup.locked()}

    def flow(self) -> Flow:
        return walk(self.q, self.raw_answers(), self.mode)

    def answers(self) -> Answers:
        """Everything to save: only answers to questions the person was asked, the notes
        whatever the mode, and the preset and organisation in use."""
        items = {it.id for it in self.q.items}
        preset, organisation = self.setup.records()
        return Answers(
            questionnaire=QuestionnaireRef(id=self.q.id, version=self.q.version),
            mode=self.mode,  # type: ignore[arg-type]
            answers=dict(self.flow().answers),
            ticks={k: v for k, v in self.ticks.items() if k in items and v},
            notes={k: v for k, v in self.notes.items() if v.strip()},
            agreed_actions=self.agreed_actions,
            sign_off=SignOff(**{k: self.sign_off.get(k, "") for k in SIGN_OFF_KEYS}),
            bios=dict(self.bios), preset=preset, organisation=organisation,
            saved_with=self.saved_with)

    def plan_answers(self) -> Answers:
        """The answers a plan is made from: a line manager's part only in that mode."""
        answers = self.answers()
        if self.mode == "line_manager":
            return answers
        return answers.model_copy(update={"notes": {}, "agreed_actions": "",
                                          "sign_off": SignOff()})

    def problems(self) -> list[tuple[str, str, str]]:
        """(message, step id, question id) for each question shown that needs an answer."""
        flow = self.flow()
        raw = self.raw_answers()
        shown = {qu.id for qu in flow.questions}
        return [(message, step.id, qu.id) for step in self.q.steps for qu in step.questions
                if qu.id in shown and (message := answer_problem(qu, raw.get(qu.id)))]

    def sign_off_problems(self) -> list[tuple[str, str]]:
        """(message, sign-off key) for each date that is not a real one (line managers)."""
        if self.mode != "line_manager":
            return []
        return [(message, key) for key, what in SIGN_OFF_DATES.items()
                if (message := date_problem(self.sign_off.get(key, ""), what))]

    def given(self) -> dict[str, Any]:
        """Values the setup puts in: the preset's answers and the organisation's names."""
        given: dict[str, Any] = {}
        loaded = self.setup.organisation
        if loaded is not None:
            names = {"organisation": loaded.org.name, "org_short": loaded.org.short_name}
            given.update({qu.id: names[qu.bio_field] for _, qu in self.setup.base.questions()
                          if qu.bio_field in names})
        if self.setup.preset is not None:
            given.update({qid: a.value for qid, a in self.setup.preset.answers.items()})
        return given

    def has_input(self) -> bool:
        """Whether the person entered anything (what the setup filled in does not count)."""
        given = self.given()
        typed = {k: v for k, v in self.typed.items() if v != given.get(k)}
        return bool(typed or self.mode != "alone" or any(self.notes.values())
                    or self.ticks or self.bios)

    # Whole-session changes ---------------------------------------------------------------
    def use_setup(self, setup: Setup) -> None:
        """Use another organisation pack or preset; empty answers take what it suggests."""
        self.setup = setup
        for qid, value in self.given().items():
            if not present(self.typed.get(qid)):
                self.typed[qid] = value

    def load(self, answers: Answers, path: Path | None = None) -> None:
        """Take over saved answers (the setup must already be the one they need)."""
        self.typed = dict(answers.answers)
        self.mode = answers.mode
        self.notes = dict(answers.notes)
        self.agreed_actions = answers.agreed_actions
        self.sign_off = {k: v for k, v in answers.sign_off.model_dump().items() if v}
        self.ticks = dict(answers.ticks)
        self.bios = dict(answers.bios)
        self.saved_with = answers.saved_with
        self.path = path
        self.modified = False

    def clear(self) -> None:
        """Forget everything entered; what the setup suggests is filled in again."""
        self.load(Answers.blank(self.q))
        self.use_setup(self.setup)
        self.modified = False

    def saved_to(self, path: Path) -> None:
        self.path, self.modified = path, False
