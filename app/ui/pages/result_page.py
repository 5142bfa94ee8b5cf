"""The result: risk level, checklist, bios and a PDF preview, with Save PDF, Export HTML and
Save answers."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.core import atomic
from app.core.engine import Plan, build_plan

from .. import background
from ..signals import emit
from ..widgets.bio_view import BioView
from ..widgets.boxes import documents_dir
from ..widgets.checklist_view import ChecklistView
from ..widgets.look import heading, para, qt
from ..widgets.pdf_preview import PdfPreview
from ..widgets.saved_note import SavedNote
from ..widgets.upkeep_view import IncidentsView, UpkeepPanel

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from ..background import Task
    from .host import Host

NOT_AVAILABLE = ("Making PDFs is not available in this copy of Profile Planner. "
                 "Your checklist and bios are shown here.")
NOT_MADE = ("The preview could not be made. Your checklist and bios are shown in the other "
            "tabs.")
PREVIEW_DELAY_MS = 300  # after a tick or a typed letter: one new PDF per pause, not per key


def report_function(name: str) -> Any:
    """render_pdf or render_html, imported when first needed; None if not installed."""
    module = {"render_pdf": "app.report.pdf", "render_html": "app.report.html"}[name]
    try:
        mod = __import__(module, fromlist=[name])
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise
    return getattr(mod, name, None)


def can_make_pdfs() -> bool:
    """Whether reportlab is installed, without importing it (it is slow to import)."""
    import importlib.util

    return importlib.util.find_spec("reportlab") is not None


def make_pdf(plan: Plan) -> bytes:
    """The PDF of a plan. Plain Python, no Qt: it runs in the worker."""
    render_pdf: Callable[[Plan], bytes] = report_function("render_pdf")
    return render_pdf(plan)


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while the person waits on the UI thread."""
    QApplication.setOverrideCursor(qt().CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ResultPage(QWizardPage):
    save_answers_requested = Signal()
    saved = Signal(str, object)  # what ("PDF", "web page") and its path

    def __init__(self, host: Host) -> None:
        super().__init__()
        self._wizard = host
        self.setObjectName("page-result")
        self.setTitle("Your plan")
        lay = QVBoxLayout(self)
        # Line up with the step pages, whose content sits inside a scroll area's margins.
        side = lay.contentsMargins().left()
        lay.setContentsMargins(side, 0, 0, 0)
        self.tier = heading("", self, 1.15)
        self.tier.setObjectName("risk-level")
        self.because = para("", self)
        lay.addWidget(self.tier)
        lay.addWidget(self.because)
        row = QHBoxLayout()
        self.save_pdf_button = QPushButton("Save &PDF\u2026", self)
        self.save_pdf_button.setAccessibleName("Save PDF")
        self.save_pdf_button.setAccessibleDescription("Save your checklist and bios as a PDF.")
        self.html_button = QPushButton("&Export HTML\u2026", self)
        self.html_button.setAccessibleName("Export HTML")
        self.html_button.setAccessibleDescription(
            "Save an accessible web page of your plan, for screen readers.")
        self.answers_button = QPushButton("Save &answers\u2026", self)
        self.answers_button.setAccessibleName("Save answers")
        self.answers_button.setAccessibleDescription("Save your answers to open them later.")
        for b in (self.save_pdf_button, self.html_button, self.answers_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.status = SavedNote(self)
        lay.addWidget(self.status)
        self.upkeep = UpkeepPanel(self)
        lay.addWidget(self.upkeep)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("result-tabs")
        self.tabs.setAccessibleName("Your plan")
        self.tabs.tabBar().setAccessibleName("Parts of your plan")
        self.checklist = ChecklistView(self)
        self.bios = BioView(self)
        self.preview = PdfPreview(self)
        self.tabs.addTab(self.checklist, "Chec&klist")
        self.tabs.addTab(self.bios, "B&ios")
        self.tabs.addTab(self.preview, "PDF pre&view")
        self.incidents = IncidentsView(self)
        self.tabs.addTab(self.incidents, "If something &goes wrong")
        lay.addWidget(self.tabs, 1)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.html_button.clicked.connect(self.export_html)
        self.answers_button.clicked.connect(lambda *_: emit(self.save_answers_requested))
        self.checklist.ticked.connect(self._on_tick)
        self.bios.edited.connect(self._on_bio_edited)
        self.tabs.currentChanged.connect(self._on_tab)
        self.plan: Plan | None = None
        self._pdf: tuple[str, bytes] | None = None  # the last PDF made, with its key
        self._rendering: tuple[str, Task] | None = None  # the PDF being made in the worker
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(PREVIEW_DELAY_MS)
        self._later.timeout.connect(self._update_preview)
        self.saved_pdf: Path | None = None
        self.pdfs = can_make_pdfs()
        if not self.pdfs:
            self.save_pdf_button.setEnabled(False)
            self.preview.show_message(NOT_AVAILABLE)
        if report_function("render_html") is None:
            self.html_button.setEnabled(False)

    # Showing the plan ----------------------------------------------------------------
    def refresh(self) -> None:
        session = self._wizard.session
        assert session is not None
        plan = self._wizard.plan(build_plan)  # with the organisation pack and preset applied
        self.plan = plan
        self.tier.setText(f"Risk level: {plan.tier.label}")
        self.tier.setAccessibleName(self.tier.text())
        because = plan.tier.summary
        if plan.tier_because:
            because += " This is because you said: " + "; ".join(plan.tier_because) + "."
        musts = sum(1 for pi in plan.items if pi.item.priority == "must")
        because += (f" Your checklist has {len(plan.items)} item"
                    f"{'' if len(plan.items) == 1 else 's'}, {musts} of them a must. Start "
                    "with \u201cDo now\u201d.")
        blank = plan.unanswered()
        if blank:
            # Never silently "no": say which were left blank and what that means.
            because += (" You left blank: " + "; ".join(qu.summary_label for qu in blank)
                        + ". Your plan treats a blank as \u201cNo\u201d; if any could be yes, "
                        "answer \u201cNot sure\u201d.")
        self.because.setText(because)
        self.checklist.show_plan(plan, session.ticks)
        self.bios.show_bios(plan.bios)
        self.upkeep.show_plan(plan)
        self.incidents.show_plan(plan)
        self.status.hide()
        self._on_tab(self.tabs.currentIndex())

    def first_focus(self) -> QWidget | None:
        return self.checklist.tree

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

    def _on_output_changed(self) -> None:
        if self.tabs.currentWidget() is self.preview:
            self._later.start()  # (again): the PDF is made once the ticking or typing pauses

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self._later.stop()
            self._update_preview()

    def _update_preview(self) -> None:
        """Show the PDF for the answers as they are now, making it in the worker if need be."""
        if not self.pdfs or self.plan is None:
            return
        key = self.pdf_key()
        if self._pdf is not None and self._pdf[0] == key:
            self.preview.show_pdf(self._pdf[1])
            return
        self.preview.show_waiting()
        if self._rendering is not None:
            return  # one at a time: when it arrives, this state is made next if still wanted
        task = background.run(make_pdf, self.output_plan(), then=self._on_rendered, owner=self)
        self._rendering = (key, task)

    def _on_rendered(self, task: Task) -> None:
        if self._rendering is None or self._rendering[1] is not task:
            return  # Save PDF took it first
        key, _ = self._rendering
        self._rendering = None
        try:
            self._pdf = (key, task.result())
        except Exception:
            self.preview.show_message(NOT_MADE)
            raise  # to the exception hook, which logs it and says so
        if self.tabs.currentWidget() is self.preview:
            self._update_preview()  # shows it, or makes a newer one if it is already stale

    # What is saved -------------------------------------------------------------------
    def output_plan(self) -> Plan:
        """The plan with the person's edited bios (part of the answers), as it goes into the
        PDF and HTML."""
        return self._wizard.plan()

    def pdf_key(self) -> str:
        """What the PDF depends on: the answers (edited bios and ticks included) and setup."""
        assert self._wizard.session is not None
        key = self._wizard.session.answers().to_json()
        return key + f"#{self._wizard.setup_version}"  # another organisation or preset

    def pdf_bytes(self) -> bytes:
        """The PDF for the answers as they are now: the preview's if it is current, else
        made here (after any PDF the worker is making, so reportlab is used by one thread
        at a time)."""
        key = self.pdf_key()
        if self._rendering is not None:
            made_for, task = self._rendering
            self._rendering = None
            task.drop()
            with busy():
                try:
                    self._pdf = (made_for, task.result())
                except Exception:
                    self._pdf = None
        if self._pdf is None or self._pdf[0] != key:
            with busy():
                self._pdf = (key, make_pdf(self.output_plan()))
        if self.tabs.currentWidget() is self.preview:
            self.preview.show_pdf(self._pdf[1])
        return self._pdf[1]

    def _ask_path(self, title: str, name: str, kind: str, suffix: str) -> Path | None:
        start = str((self.saved_pdf.parent if self.saved_pdf else documents_dir()) / name)
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, f"{kind} (*{suffix})")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _saved(self, what: str, path: Path) -> None:
        self.status.show_saved(what, path)
        emit(self.saved, what, path)

    def _failed(self, what: str, exc: OSError) -> None:
        QMessageBox.warning(self, "Could not save", f"Your {what} could not be saved: "
                            f"{exc.strerror or exc}. Try another folder or name.")

    def save_pdf(self) -> Path | None:
        path = self._ask_path("Save PDF", "social-media-plan.pdf", "PDF files", ".pdf")
        if path is None:
            return None
        data = self.pdf_bytes()
        try:
            atomic.write_bytes(path, data)
        except OSError as exc:
            self._failed("PDF", exc)
            return None
        self.preview.show_pdf(data)
        self.saved_pdf = path
        self._saved("PDF", path)
        return path

    def export_html(self) -> Path | None:
        path = self._ask_path("Export HTML", "social-media-plan.html", "Web pages", ".html")
        if path is None:
            return None
        try:
            atomic.write_text(path, report_function("render_html")(self.output_plan()))
        except OSError as exc:
            self._failed("web page", exc)
            return None
        self._saved("web page", path)
        return path
