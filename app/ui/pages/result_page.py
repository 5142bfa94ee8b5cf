"""The result: risk level, checklist, bios and a PDF preview, with Save PDF, Export HTML and
Save answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.engine import Plan, build_plan
from app.core.i18n import N_, _, ngettext

from .. import background
from ..signals import emit
from ..widgets.bio_view import BioView
from ..widgets.checklist_view import ChecklistView
from ..widgets.look import heading, para, scrolling
from ..widgets.pdf_preview import PdfPreview
from ..widgets.plan_tabs import PlanTabs
from ..widgets.saved_note import SavedNote
from ..widgets.upkeep_view import IncidentsView, UpkeepPanel
from ..widgets.view_fit import FitToView
from .plan_outputs import PlanOutputsPage
from .report_making import can_make_pdfs, report_function

if TYPE_CHECKING:
    from PySide6.QtWidgets import QScrollArea

    from app.core.answers import Answers

    from ..background import Task
    from .host import Host

NOT_AVAILABLE = N_("Making PDFs is not available in this copy of Profile Planner. "
                   "Your checklist and bios are shown here.")
TAB_LINES = 16  # the tabs' height when the window allows: a few checklist rows and details


class ResultPage(PlanOutputsPage):
    save_answers_requested = Signal()

    def __init__(self, host: Host) -> None:
        super().__init__()
        self._wizard = host
        self.setObjectName("page-result")
        self.setTitle(_("Your plan"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Everything scrolls, as on the step pages: at 200% text or 800x600 the risk level
        # and the save buttons scroll away and the tabs get the whole view.
        content = QWidget()
        lay = QVBoxLayout(content)
        margins = lay.contentsMargins()
        lay.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        self.tier = heading("", self, 1.15)
        self.tier.setObjectName("risk-level")
        self.because = para("", self)
        lay.addWidget(self.tier)
        lay.addWidget(self.because)
        row = QHBoxLayout()
        self.save_pdf_button = QPushButton(_("Save &PDF\u2026"), self)
        self.save_pdf_button.setAccessibleName(_("Save PDF"))
        self.save_pdf_button.setAccessibleDescription(_("Save your checklist and bios as a PDF."))
        self.html_button = QPushButton(_("&Export HTML\u2026"), self)
        self.html_button.setAccessibleName(_("Export HTML"))
        self.html_button.setAccessibleDescription(
            _("Save an accessible web page of your plan, for screen readers."))
        self.answers_button = QPushButton(_("Save &answers\u2026"), self)
        self.answers_button.setAccessibleName(_("Save answers"))
        self.answers_button.setAccessibleDescription(_("Save your answers to open them later."))
        for b in (self.save_pdf_button, self.html_button, self.answers_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.status = SavedNote(self)
        lay.addWidget(self.status)
        self.upkeep = UpkeepPanel(self)
        lay.addWidget(self.upkeep)
        self.tabs = PlanTabs(self)
        self.tabs.setObjectName("result-tabs")
        self.tabs.setAccessibleName(_("Your plan"))
        self.tabs.tabBar().setAccessibleName(_("Parts of your plan"))
        self.checklist = ChecklistView(self)
        self.bios = BioView(self)
        self.preview = PdfPreview(self)
        self.tabs.addTab(self.checklist, _("Chec&klist"))
        self.tabs.addTab(self.bios, _("B&ios"))
        self.tabs.addTab(self.preview, _("PDF pre&view"))
        self.incidents = IncidentsView(self)
        self.tabs.addTab(self.incidents, _("If something &goes wrong"))
        lay.addWidget(self.tabs, 1)
        area = cast("QScrollArea", scrolling(content, self))
        outer.addWidget(area, 1)
        FitToView(self.tabs, area, TAB_LINES)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.html_button.clicked.connect(self.export_html)
        self.answers_button.clicked.connect(lambda *_: emit(self.save_answers_requested))
        self.checklist.ticked.connect(self._on_tick)
        self.bios.edited.connect(self._on_bio_edited)
        self.tabs.currentChanged.connect(self._on_tab)
        self.plan: Plan | None = None
        self._ahead: tuple[str, Task] | None = None  # the plan made ahead, for these answers
        moved = getattr(host, "currentIdChanged", None)  # a QWizard's; absent from test hosts
        if moved is not None:
            moved.connect(self._on_wizard_page)
        self._start_outputs()
        self.pdfs = can_make_pdfs()
        if not self.pdfs:
            self.save_pdf_button.setEnabled(False)
            self.preview.show_message(_(NOT_AVAILABLE))
        if report_function("render_html") is None:
            self.html_button.setEnabled(False)

    # Showing the plan ----------------------------------------------------------------
    def _on_wizard_page(self, page_id: int) -> None:
        """On Check your answers, make the plan in the worker while the person reads: with
        1,000 items it took 25-50 ms of the UI thread's time after Continue."""
        session = self._wizard.session
        if page_id != self._wizard.CHECK_ID or session is None:
            return
        if self._ahead is not None:
            self._ahead[1].drop()
        answers = session.plan_answers()
        task = background.run(session.setup.plan, answers, build_plan, then=lambda _t: None,
                              owner=self)
        self._ahead = (self._plan_key(answers), task)

    def _plan_key(self, answers: Answers) -> str:
        return answers.to_json() + f"#{self._wizard.setup_version}"

    def _made_plan(self) -> Plan:
        """The plan for the answers as they are now, with the organisation pack and preset
        applied: the one made ahead if the answers have not changed since and it is ready."""
        ahead, self._ahead = self._ahead, None
        session = self._wizard.session
        assert session is not None
        if ahead is not None:
            key, task = ahead
            task.drop()
            answers = session.plan_answers()
            if task.done() and key == self._plan_key(answers):
                try:
                    return cast("Plan", task.result())
                except Exception:  # made again below, where a failure is reported
                    pass
        return self._wizard.plan(build_plan)

    def refresh(self) -> None:
        session = self._wizard.session
        assert session is not None
        plan = self._made_plan()
        self.plan = plan
        # The PDF first: the worker makes it while the plan's widgets are built below.
        self._on_tab(self.tabs.currentIndex())
        self.tier.setText(_("Risk level: {level}").format(level=plan.tier.label))
        self.tier.setAccessibleName(self.tier.text())
        because = plan.tier.summary
        if plan.tier_because:
            because += " " + _("This is because you said: {answers}.").format(
                answers="; ".join(plan.tier_because))
        musts = sum(1 for pi in plan.items if pi.item.priority == "must")
        because += " " + ngettext(
            "Your checklist has {n} item, {musts} of them a must. Start with \u201cDo now\u201d.",
            "Your checklist has {n} items, {musts} of them a must. Start with \u201cDo now\u201d.",
            len(plan.items)).format(n=len(plan.items), musts=musts)
        blank = plan.unanswered()
        if blank:
            # Never silently "no": say which were left blank and what that means.
            because += " " + _("You left blank: {questions}. Your plan treats a blank as "
                               "\u201cNo\u201d; if any could be yes, answer \u201cNot sure\u201d."
                               ).format(questions="; ".join(qu.summary_label for qu in blank))
        self.because.setText(because)
        self.checklist.show_plan(plan, session.ticks)
        self.bios.show_bios(plan.bios)
        self.upkeep.show_plan(plan)
        self.incidents.show_plan(plan)
        self.status.hide()

    def first_focus(self) -> QWidget | None:
        return self.checklist.first_focus()

    def _on_tick(self, item_id: str, done: bool) -> None:
        assert self._wizard.session is not None
        self._wizard.session.tick(item_id, done)
        self.upkeep.update_progress(self._wizard.session.ticks)
        self._wizard.entered()
        self._on_output_changed()

    def _on_bio_edited(self) -> None:
        """Keep an edited bio in the answers (so Save answers and autosave keep it); one
        edited back to the suggestion is no longer an edit."""
        session = self._wizard.session
        assert session is not None
        for pid, editor in self.bios.editors.items():
            # Another variant chosen counts as an edit too, so the choice is kept.
            session.set_bio(pid, editor.text() if editor.text() != editor.baseline() else None)
            for key, (extra, box) in editor.extras.items():
                drafted = extra.suggested if extra.suggested is not None else extra.text
                session.set_bio(key, box.text() if box.text() != drafted else None)
        self._wizard.entered()
        self._on_output_changed()
