"""Where focus lands when the wizard changes page (a mixin for PlannerWizard).

A screen reader hears every focus change. QWizard moves focus twice on its own when it
changes page (off the hidden old page, then to the new page's first Tab stop) before the
page says where focus belongs, and Change on Check your answers walks back through several
pages. So while a page change is under way focus is put down and the pages that are not on
screen are disabled (QWizard's own setFocus then does nothing); once the new page is shown,
focus goes once to its first field, or to its heading, and the step's title is announced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from .widgets import a11y
from .widgets.look import qt

if TYPE_CHECKING:
    _Base = QWizard
else:
    _Base = object


class PageFocus(_Base):
    """Focus and announcements on page changes; the page title as a heading."""

    _switching = False
    _around: QWidget | None = None  # holds the page frame and QWizard's title label
    _put_down: QWidget | None = None  # where focus was when a page change began
    back_to_row: str | None = None  # the Check your answers row Change was used from

    def init_page_focus(self) -> None:
        """Once, after the start page is set: hidden pages leave the accessibility tree, the
        title QWizard shows becomes a heading, and the buttons begin page changes."""
        a11y.install()
        page = self.page(self.startId()) or self.currentPage()
        # parent(), not parentWidget(): QWizard's holders are private classes, and wrapping
        # one as a QWidget makes shiboken load every widget class of QtWidgets to find its
        # type (~20 ms before the first page); as a QObject it is found by its meta-object.
        holder = page.parent() if page is not None else None
        if isinstance(holder, QWidget):
            holder.setObjectName(a11y.SHOWN_ONLY_NAME)
            # Held for the wizard's life: shiboken invalidates the wrappers of children found
            # through a wrapper it then collects, which left the title label "deleted".
            around = holder.parent()
            self._around = around if isinstance(around, QWidget) else None
        which = QWizard.WizardButton
        for kind in (which.BackButton, which.NextButton, which.FinishButton):
            button = self.button(kind)
            # pressed comes before clicked, where QWizard changes page; our clicked slot
            # runs after QWizard's. A press let go off the button never clicks.
            button.pressed.connect(self.begin_page_change)
            button.clicked.connect(self._page_change_ended)
            # The button is looked up again when let go, never kept in the slot: with a
            # screen reader on, shiboken had dropped the wrapper kept here by then (a
            # RuntimeError on every Back from the plan, shown as "Something went wrong").
            button.released.connect(lambda k=kind: QTimer.singleShot(
                0, lambda: self._released(k)))

    def title_label(self) -> QLabel | None:
        """The label where QWizard shows the page title, marked as a heading. Looked up each
        time: QWizard makes its labels again when its layout changes."""
        page = self.currentPage()
        around = self._around
        if page is None or around is None:
            return None
        # children(), not findChildren(): no Qt namespace (its enums) before the first page.
        for label in around.children():
            if isinstance(label, QLabel) and label.text() == QWizardPage.title(page):
                if not label.property(a11y.HEADING_PROPERTY):
                    label.setObjectName("page-title")
                    label.setProperty(a11y.HEADING_PROPERTY, True)
                return label
        return None

    def begin_page_change(self) -> None:
        """Put focus down and disable the pages not shown, until the new page is on screen."""
        focused = QApplication.focusWidget()
        self._put_down = focused
        self._switching = True
        current = self.currentPage()
        if focused is not None and current is not None and current.isAncestorOf(focused):
            # Only focus on the page about to hide: a wizard button that loses focus while
            # pressed lets go without clicking.
            with a11y.unheard():
                focused.clearFocus()
        for page_id in self.pageIds():
            page = self.page(page_id)
            if page is not None and page is not current:
                page.setEnabled(False)

    def end_page_change(self) -> None:
        if not self._switching:
            return
        self._switching = False
        for page_id in self.pageIds():
            page = self.page(page_id)
            if page is not None:
                page.setEnabled(True)

    def _released(self, kind: QWizard.WizardButton) -> None:
        if not self.button(kind).isDown():
            self._page_change_ended()

    def _page_change_ended(self) -> None:
        """After a button press that did not change page (a problem, or still loading):
        everything back as it was."""
        self.end_page_change()
        before, self._put_down = self._put_down, None
        if QApplication.focusWidget() is None and before is not None:
            try:
                if before.isVisible():
                    before.setFocus(qt().FocusReason.OtherFocusReason)
            except RuntimeError:  # deleted with a rebuilt page
                pass

    def focus_page(self, page: QWizardPage | None, target: QWidget | None = None,
                   _again: bool = False) -> None:
        """Focus on target, else the page's first field, else its heading; say the title."""
        if page is None:
            return
        heading = self.title_label()  # marked a heading before anything asks for its role
        if not self.isVisible():
            return  # before the window shows, Qt gives focus to the page's first control
        if not page.isVisible() and not _again:
            # QWizard's restart emits before the page is shown again: once it is.
            def later() -> None:
                if self.currentPage() is page:
                    self.focus_page(page, target, _again=True)

            QTimer.singleShot(0, later)
            return
        title = QWizardPage.title(page)
        if heading is not None:
            heading.setAccessibleName(title)
        if target is None or not target.isVisible():
            focus = getattr(page, "first_focus", None)
            target = focus() if focus is not None else None
        if target is None or not target.isVisible():
            target = heading
        if target is not None:
            target.setFocus(qt().FocusReason.OtherFocusReason)
            # Programmatic focus does not scroll (Tab does): bring it into view, once the
            # page (its rows perhaps just made) is laid out.
            bring_into_view(target)
            QTimer.singleShot(0, lambda t=target: bring_into_view(t))
        # Enter means Continue (or Finish) wherever focus lands; QWizard's default button
        # is lost once Continue itself was pressed with Space or a click.
        which = QWizard.WizardButton
        go_on = self.button(which.NextButton)
        if not go_on.isVisible():
            go_on = self.button(which.FinishButton)
        if isinstance(go_on, QPushButton) and go_on.isVisible() \
                and not self.testOption(QWizard.WizardOption.NoDefaultButton):
            go_on.setDefault(True)
        if title:
            a11y.announce(self, title)


def bring_into_view(widget: QWidget) -> None:
    """Scroll every scrolling area widget is in so that it shows, as Tab would."""
    from PySide6.QtWidgets import QScrollArea

    try:
        parent = widget.parentWidget()
    except RuntimeError:  # gone with a rebuilt page
        return
    while parent is not None:
        if isinstance(parent, QScrollArea):
            inner = parent.widget()
            layout = inner.layout() if inner is not None else None
            if layout is not None:
                layout.activate()
            parent.ensureWidgetVisible(widget, 12, 12)  # room for the focus ring
        parent = parent.parentWidget()
