"""A preview of the PDF, from the very bytes that Save PDF writes. QtPdf loads on first use.

The PDF is made in the background: until the first one arrives the preview says it is being
prepared; while a newer one is made, the last one stays in view under a short note.

The worker also opens it (`loaded_document`): with a 1,000-item checklist, opening the PDF
and reading its 180 page sizes held the UI thread for about 100 ms. A document opened there
is moved to the UI thread before it is handed over, and QPdfView then needs about 3 ms.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QThread
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.i18n import N_, _

from .a11y import unheard
from .look import para, qt

WAITING = N_("The preview appears here.")
PREPARING = N_("Preparing the preview\u2026")
UPDATING = N_("Updating the preview with your changes\u2026")


def loaded_document(data: bytes, home: QThread | None = None) -> Any:
    """A QPdfDocument of data, opened and with every page's size read (pdfium keeps them,
    and QPdfView reads them all to lay out its pages). Made in the worker, it is given to
    home, the UI thread, which alone uses it afterwards; QtPdf serialises pdfium itself."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    # QPdfDocument does not own the device: parent the buffer to the document so it lives
    # exactly as long as it is needed.
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    for page in range(document.pageCount()):
        document.pagePointSize(page)
    if home is not None:
        document.moveToThread(home)
    return document


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        em = self.fontMetrics().height()
        self.message = para(_(WAITING), self)
        self.message.setObjectName("preview-message")
        self.message.setAlignment(qt().AlignmentFlag.AlignCenter)
        self.message.setContentsMargins(em, em, em, em)
        self._layout.addWidget(self.message)
        self.note = para(_(UPDATING), self, static=True)
        self.note.setObjectName("preview-note")
        self.note.setContentsMargins(em // 2, em // 4, em // 2, em // 4)
        self.note.hide()
        self._layout.addWidget(self.note)
        self.document: Any = None
        self.view: Any = None
        self.shown_bytes: bytes | None = None
        self._previous: Any = None  # the document shown before, freed at the next change

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf-preview")
        self.view.setAccessibleName(_("Preview of your PDF"))
        self.view.setAccessibleDescription(_("Exactly what Save PDF writes. Scroll with the arrow "
                                           "and Page Up and Page Down keys."))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self._layout.addWidget(self.view, 1)
        from .a11y import forget_interface

        forget_interface(self.view)  # made while QPdfView was still being built: a document

    def show_pdf(self, data: bytes, document: Any = None) -> None:
        """Show data: document is it already opened (loaded_document), else it is opened
        here."""
        self._ensure_view()
        self.note.hide()
        on_message = self.message.hasFocus()
        if on_message:
            with unheard():  # not on to the next control as the message hides
                self.message.clearFocus()
        self.message.hide()
        self.view.show()
        if on_message:
            self.view.setFocus(qt().FocusReason.OtherFocusReason)
        if data == self.shown_bytes:
            if document is not None:
                document.deleteLater()
            return
        document = loaded_document(data) if document is None else document
        document.setParent(self)
        old, self.document = self.document, document
        bar = self.view.verticalScrollBar()
        where = bar.value()
        self.view.setDocument(document)
        bar.setValue(where)  # the same place in a newer PDF, as far as it goes
        self.shown_bytes = data
        # QPdfView renders pages in a thread of its own: a render of the old document may
        # still be running, so it is freed one change later, long after that has ended.
        if self._previous is not None:
            self._previous.deleteLater()
        self._previous = old

    def show_waiting(self) -> None:
        """A PDF is being made: keep the last one in view with a note, or say it is coming."""
        if self.view is None:
            # The (empty) preview is there from the start, so focus coming to the tab lands
            # on it once, not on the message and again on the preview when it hides.
            self._ensure_view()
            self._show_empty()
            return
        if self.view is not None and self.view.isVisibleTo(self):
            self.note.show()
        else:
            self.show_message(_(PREPARING))

    def _show_empty(self) -> None:
        self.view.show()
        self.message.setText(_(PREPARING))
        self.message.show()

    def show_message(self, text: str) -> None:
        self.note.hide()
        self.message.setText(text)
        self.message.show()
        if self.view is not None:
            self.view.hide()

    def first_focus(self) -> QWidget:
        """Where focus goes when the preview's tab is shown: the preview, made now if it
        will come (not the message, which hides when the preview is ready)."""
        if self.view is None and self.message.text() == _(WAITING):
            self.show_waiting()
        return self.view if self.view is not None else self.message

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0
