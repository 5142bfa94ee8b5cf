"""A page that keeps the PDF of the plan as it is now (made in the worker for the preview)
and saves it as a PDF or a web page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QWizardPage

from app.core import atomic
from app.core.engine import Plan
from app.core.i18n import N_, _

from .. import background
from ..signals import emit
from ..widgets.boxes import documents_dir
from ..widgets.pdf_preview import PdfPreview, loaded_document
from ..widgets.saved_note import SavedNote
from .report_making import busy, make_pdf, report_function

if TYPE_CHECKING:
    from app.core.answers import Answers
    from app.core.session import Setup

    from ..background import Task
    from .host import Host

NOT_MADE = N_("The preview could not be made. Your checklist and bios are shown in the other "
              "tabs.")
PREVIEW_DELAY_MS = 300  # after a tick or a typed letter: one new PDF per pause, not per key


def plan_pdf(setup: Setup, answers: Answers) -> bytes:
    """The PDF of the plan for these answers (as Host.plan makes it). Plain Python, for the
    worker."""
    return make_pdf(setup.plan(answers))


def preview_pdf(setup: Setup, answers: Answers, home: QThread) -> tuple[bytes, Any]:
    """The PDF, and the preview's document of it opened for the UI thread (home): in the
    worker, both."""
    data = plan_pdf(setup, answers)
    return data, loaded_document(data, home)


class PlanOutputsPage(QWizardPage):
    """The result page's PDF preview and saving; the page itself lays out `tabs`, `preview`
    and `status` and calls `_start_outputs` once they exist."""

    saved = Signal(str, object)  # what ("PDF", "web page") and its path

    _wizard: Host
    tabs: QTabWidget
    preview: PdfPreview
    status: SavedNote
    plan: Plan | None
    pdfs: bool  # whether reportlab is installed

    def _start_outputs(self) -> None:
        self._pdf: tuple[str, bytes] | None = None  # the last PDF made, with its key
        self._document: tuple[bytes, Any] | None = None  # the worker's, not yet shown
        self._rendering: tuple[str, Task] | None = None  # the PDF being made in the worker
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(PREVIEW_DELAY_MS)
        self._later.timeout.connect(self._update_preview)
        self.saved_pdf: Path | None = None

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
            self._show(self._pdf[1])
            return
        self.preview.show_waiting()
        if self._rendering is not None:
            return  # one at a time: when it arrives, this state is made next if still wanted
        session = self._wizard.session
        assert session is not None
        # The plan is made in the worker too, from the answers as they are now: on the UI
        # thread it took 20-50 ms after each tick with 1,000 items.
        task = background.run(preview_pdf, session.setup, session.plan_answers(),
                              self.thread(), then=self._on_rendered, owner=self)
        self._rendering = (key, task)

    def _on_rendered(self, task: Task) -> None:
        if self._rendering is None or self._rendering[1] is not task:
            return  # Save PDF took it first
        key, _task = self._rendering
        self._rendering = None
        try:
            data, document = task.result()
        except Exception:
            self.preview.show_message(_(NOT_MADE))
            raise  # to the exception hook, which logs it and says so
        self._pdf = (key, data)
        self._keep_document(data, document)
        if self.tabs.currentWidget() is self.preview:
            self._update_preview()  # shows it, or makes a newer one if it is already stale

    def _keep_document(self, data: bytes, document: Any) -> None:
        """Keep the worker's opened document of data until it is shown (or replaced)."""
        if self._document is not None:
            self._document[1].deleteLater()
        self._document = (data, document)

    def _show(self, data: bytes) -> None:
        """Show data in the preview, with the worker's document of it if there is one."""
        kept, self._document = self._document, None
        if kept is not None and kept[0] is not data and kept[0] != data:
            kept[1].deleteLater()
            kept = None
        self.preview.show_pdf(data, kept[1] if kept is not None else None)

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
                    data, document = task.result()
                    self._pdf = (made_for, data)
                    self._keep_document(data, document)
                except Exception:
                    self._pdf = None
        if self._pdf is None or self._pdf[0] != key:
            with busy():
                self._pdf = (key, make_pdf(self.output_plan()))
        if self.tabs.currentWidget() is self.preview:
            self._show(self._pdf[1])
        return self._pdf[1]

    def _ask_path(self, title: str, name: str, kind: str, suffix: str) -> Path | None:
        start = str((self.saved_pdf.parent if self.saved_pdf else documents_dir()) / name)
        chosen, _filter = QFileDialog.getSaveFileName(self, title, start,
                                                      f"{kind} (*{suffix})")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def _saved(self, what: str, path: Path) -> None:
        self.status.show_saved(what, path)
        emit(self.saved, what, path)

    def _failed(self, what: str, exc: OSError) -> None:
        # Translators: {what} is "PDF" or "web page", translated on their own.
        QMessageBox.warning(self, _("Could not save"), _(
            "Your {what} could not be saved: {why}. Try another folder or name.").format(
            what=_(what), why=exc.strerror or exc))

    def save_pdf(self) -> Path | None:
        path = self._ask_path(_("Save PDF"), _("social-media-plan.pdf"), _("PDF files"), ".pdf")
        if path is None:
            return None
        data = self.pdf_bytes()
        try:
            atomic.write_bytes(path, data)
        except OSError as exc:
            self._failed(N_("PDF"), exc)
            return None
        self._show(data)
        self.saved_pdf = path
        self._saved(N_("PDF"), path)
        return path

    def export_html(self) -> Path | None:
        path = self._ask_path(_("Export HTML"), _("social-media-plan.html"), _("Web pages"),
                              ".html")
        if path is None:
            return None
        try:
            atomic.write_text(path, report_function("render_html")(self.output_plan()))
        except OSError as exc:
            self._failed(N_("web page"), exc)
            return None
        self._saved(N_("web page"), path)
        return path
