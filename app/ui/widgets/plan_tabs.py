"""The result page's tabs, where a change of tab moves focus once, into the tab shown."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTabBar, QTabWidget, QWidget

from .a11y import unheard


def first_focus(page: QWidget) -> QWidget:
    """Where focus goes when a tab is shown: the page's own choice, else the page."""
    choose = getattr(page, "first_focus", None)
    target = choose() if choose is not None else None
    return target if isinstance(target, QWidget) and target.isEnabled() else page


class PlanTabs(QTabWidget):
    """A QTabWidget whose change of tab (Ctrl+Tab, an access key, a click) with focus on the
    page being left moves focus once, to the new page's first control. Qt's own switch put
    focus down with a focus event for the page left, then moved it on to Back (the next
    control outside), then into the new page: a screen reader spoke all three."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = QTabBar(self)
        # Connected before QTabWidget's own slot (setTabBar), so it runs before the switch.
        bar.currentChanged.connect(self._before_switch)
        self.setTabBar(bar)
        self.currentChanged.connect(self._after_switch)
        self._target: QWidget | None = None

    def _before_switch(self, index: int) -> None:
        focused = QApplication.focusWidget()
        old = self.currentWidget()  # the stack still shows the page being left
        incoming = self.widget(index)
        self._target = None
        if focused is None or old is None or incoming is None or not old.isAncestorOf(focused):
            return
        self._target = first_focus(incoming)
        with unheard():
            focused.clearFocus()

    def _after_switch(self, _index: int) -> None:
        target, self._target = self._target, None
        if target is not None and target.isVisible():
            target.setFocus()
