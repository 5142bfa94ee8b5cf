"""The app's view of a plan that stays true: platform steps in an item's details, the
review panel (guidance date, review-by date, reminder, progress, what changed) and the
'If something goes wrong' tab."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core import atomic
from app.core.i18n import _
from app.core.upkeep import long_date
from app.report.upkeep_text import step_parts

from .look import para, qt

if TYPE_CHECKING:
    from app.core.answers import Answers
    from app.core.engine import Plan, PlanItem

    from ..wizard import PlannerWizard

e = html.escape


def steps_html(pi: PlanItem) -> str:
    """The item's steps on the chosen platforms, for the checklist's details pane."""
    if not pi.steps:
        return ""
    rows = []
    notes: list[str] = []
    for shown in pi.steps:
        p = step_parts(shown)
        instead, help_page = e(_("Instead:")), e(_("Help page"))
        body = f"<b>{e(p.cannot)}</b> {e(p.not_possible or '')}" + (
            f" <b>{instead}</b> {e(p.instead)}" if p.instead else "") if p.cannot \
            else e(p.how or "")
        checked = e(_("(checked {date})").format(date=long_date(p.checked)))
        rows.append(f"<li><b>{e(p.head)}:</b> {body}<br/>"
                    f'<a href="{e(shown.step.help, quote=True)}">{help_page}</a> '
                    f"{checked}</li>")
        if shown.note and shown.note not in notes:
            notes.append(shown.note)
    extra = "".join(f"<p><i>{e(n)}</i></p>" for n in notes)
    heading = e(_("On your platforms"))
    return f"<p><b>{heading}</b></p><ul>" + "".join(rows) + "</ul>" + extra


def routes_html(plan: Plan) -> str:
    up = plan.upkeep
    if up is None or not up.routes:
        return "<p>" + e(_("No guidance for incidents is installed.")) + "</p>"
    how = _("Find what happened, do the first steps, then tell the people listed, in order. "
            "The PDF has an incident log page to keep a record.")
    out = [f"<p>{e(how)}</p>"]
    if up.footprint is not None:
        fp = up.footprint
        out.append(f"<h3>{e(fp.title)}</h3>")
        if fp.intro:
            out.append(f"<p>{e(fp.intro)}</p>")
        out.append("<ul>" + "".join(f"<li><b>{e(s.title)}.</b> {e(s.detail)}" + (
            f' <a href="{e(src.url, quote=True)}">{e(src.title)}</a>'
            if (src := up.footprint_sources.get(s.source)) and src.url else "") + "</li>"
            for s in fp.steps) + "</ul>")
    for r in up.routes:
        first, tell = e(_("First steps")), e(_("Who to tell"))
        out.append(f"<h3>{e(r.title)}</h3><p><b>{first}</b></p><ol>")
        out += [f"<li>{e(t)}</li>" for t in r.first_steps]
        out.append(f"</ol><p><b>{tell}</b></p><ol>")
        for t in r.tell:
            line = f"<b>{e(t.who)}</b>" + (f": {e(t.what)}" if t.what else "")
            if t.phone:
                line += " " + e(_("Phone {number}.").format(number=t.phone))
            if t.url:
                line += f' <a href="{e(t.url, quote=True)}">{e(t.url)}</a>'
            out.append(f"<li>{line}</li>")
        out.append("</ol>")
    return "".join(out)


class IncidentsView(QTextBrowser):
    """What to do if something goes wrong; links open in the browser only when clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from .checklist_view import open_link

        super().__init__(parent)
        self.setObjectName("incidents")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: open_link(url))
        self.setAccessibleName(_("If something goes wrong"))

    def show_plan(self, plan: Plan) -> None:
        self.setHtml(routes_html(plan))


class UpkeepPanel(QFrame):
    """Guidance date (and a warning when old), review-by date with a calendar reminder,
    progress, and what changed since the answers were saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upkeep")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Never squeezed below its text: the tabs under it take what room is left.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 6, 8, 6)
        self.checked = para("", self)
        self.checked.setObjectName("guidance-checked")
        self.stale = para("", self)
        self.stale.setObjectName("guidance-stale")
        self.stale.setStyleSheet("font-weight: bold")
        row = QHBoxLayout()
        self.review = para("", self)
        self.review.setObjectName("review-by")
        self.checked.hide()  # said with the review date, in one paragraph (see show_plan)
        self.reminder_button = QPushButton(_("Save calendar &reminder\u2026"), self)
        self.reminder_button.setAccessibleName(_("Save calendar reminder"))
        self.reminder_button.setAccessibleDescription(
            _("Save a calendar file that reminds you to review this plan."))
        self.progress = para("", self)
        self.progress.setObjectName("progress")
        row.addWidget(self.progress, 1)
        row.addWidget(self.reminder_button)
        self.changes = QLabel(self)
        self.changes.setObjectName("changes")
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(qt().TextFormat.RichText)
        for w in (self.stale, self.review):
            lay.addWidget(w)
        lay.addLayout(row)
        lay.addWidget(self.changes)
        self.reminder_button.clicked.connect(lambda *_: self.save_reminder())
        self._plan: Plan | None = None

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        up = plan.upkeep
        self.setVisible(up is not None)
        if up is None:
            return
        self.checked.setText(up.checked_words() or "")
        self.stale.setText(up.stale_words() or "")
        self.stale.setVisible(up.stale)
        self.review.setText(" ".join(w for w in (up.checked_words(), up.review_words()) if w))
        self.update_progress(plan.answers.ticks)
        ch = up.changes
        if ch is None:
            self.changes.hide()
        else:
            heading = e(_("What changed since you saved this plan"))
            self.changes.setText(f"<b>{heading}</b><ul>"
                                 + "".join(f"<li>{e(x)}</li>" for x in ch.lines()) + "</ul>")
            self.changes.setAccessibleName(_("What changed since you saved this plan: {changes}")
                                           .format(changes=" ".join(ch.lines())))
            self.changes.show()

    def update_progress(self, ticks: dict[str, bool]) -> None:
        plan = self._plan
        if plan is None:
            return
        done = sum(1 for pi in plan.items if ticks.get(pi.item.id))
        self.progress.setText(_("Your progress: {done} of {total} done.").format(
            done=done, total=len(plan.items)))

    def save_reminder(self) -> Path | None:
        from app.core.reminder import reminder_ics

        up = self._plan.upkeep if self._plan else None
        if up is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(self, _("Save calendar reminder"),
                                                str(Path.home() / "review-my-plan.ics"),
                                                _("Calendar files (*.ics)"))
        if not chosen:
            return None
        path = Path(chosen)
        path = path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
        try:
            atomic.write_bytes(path, reminder_ics(up.review_by, up.made_on))
        except OSError as exc:
            QMessageBox.warning(self, _("Could not save"), _(
                "Your reminder could not be saved: {why}. Try another folder or name.").format(
                why=exc.strerror or exc))
            return None
        return path


def stamped(wizard: PlannerWizard) -> Answers:
    """The wizard's answers with a fingerprint of the guidance they are saved with now."""
    from app.core.changes import stamp

    plan = wizard.plan()
    up = plan.upkeep
    saved = stamp(plan, up.steps if up is not None else None)
    assert wizard.session is not None
    wizard.session.saved_with = saved
    return wizard.answers()


def opened_summary(plan: Plan) -> tuple[str, list[str]]:
    """('12 of 24 done', [what changed]) for a plan just opened from a file."""
    up = plan.upkeep
    if up is None:
        return "", []
    return up.progress_words(), up.changes.lines() if up.changes else []
