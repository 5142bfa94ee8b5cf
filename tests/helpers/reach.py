"""Whether a person can bring each control on a page into view: scroll every scroll area
around it to it, then see how much of it the window really shows; and what part of a
widget a person can see, for tests of reach and focus at any scale."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea, QWidget


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def visible_rect(widget: QWidget, within: QWidget) -> QRect:
    """The part of widget a person can see, in within's coordinates: clipped by every parent
    up to within (so by each scroll area's viewport, and by any pane or frame too) and, when
    within is a window, by the part of the screen it may use."""
    rect = QRect(0, 0, widget.width(), widget.height())
    current = widget
    while current is not within and current.parentWidget() is not None:
        rect.translate(current.pos())
        current = current.parentWidget()
        rect = rect.intersected(QRect(0, 0, current.width(), current.height()))
    screen = within.screen() if within.isWindow() else None
    if screen is not None:
        free = screen.availableGeometry()
        rect = rect.intersected(QRect(within.mapFromGlobal(free.topLeft()), free.size()))
    return rect


def controls(page: QWidget) -> list[QWidget]:
    """What a person can Tab to on the page as it is now (rows inside lists and trees are
    reached by scrolling the list itself, so they are left out)."""
    return [w for w in page.findChildren(QWidget)
            if w.isVisibleTo(page) and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not any(isinstance(a, QAbstractItemView) for a in _ancestors(w, page))]


def out_of_reach(page: QWidget, window: QWidget) -> list[str]:
    """The controls that cannot be brought fully into view (or, when bigger than the view
    that scrolls them, into all of it)."""
    app = QApplication.instance()
    missing = []
    for widget in controls(page):
        if app is not None:
            app.processEvents()  # a page just shown lays out (and sizes its scroll bars) late
        areas = [a for a in _ancestors(widget, window) if isinstance(a, QScrollArea)]
        for area in areas:  # the innermost first, then the areas around it
            # As a person scrolls: to the whole control, not only its text cursor (which is
            # all that ensureWidgetVisible, used when tabbing, shows of a text box).
            content = area.widget()
            if content is None:
                continue
            part = visible_rect(widget, content)
            view = area.viewport()
            for bar, start, size, room in (
                    (area.verticalScrollBar(), part.top(), part.height(), view.height()),
                    (area.horizontalScrollBar(), part.left(), part.width(), view.width())):
                if start + size - bar.value() > room:  # below the view: scroll down to it
                    bar.setValue(start + size - room)
                if start < bar.value():  # above (or taller than) the view: its top in view
                    bar.setValue(start)
        if app is not None:
            app.processEvents()
        view = areas[0].viewport() if areas else window
        shown = visible_rect(widget, window)
        if shown.height() < min(widget.height(), view.height()) \
                or shown.width() < min(widget.width(), view.width()):
            missing.append(widget.objectName() or widget.accessibleName()
                           or type(widget).__name__)
    return missing
