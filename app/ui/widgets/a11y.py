"""Roles Qt's widgets cannot give themselves: links, headings, and a checklist of real
check boxes. One accessibility factory, installed once, makes the interfaces.

- `LinkButton` (links.py) is a link: focusable, role "link", activated by Enter.
- `Heading` is a label with the heading role, so screen readers can jump between them.
- A tree named "checklist" is exposed through its viewport's child widgets (the per-row
  check boxes of tick_boxes.py and the section headings) instead of as table cells, which
  Orca reads as "table cell, checkable" and never as ticked or not ticked."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QWidget

# Interfaces made here stay referenced: Qt's accessibility cache owns them and deletes each
# with its widget, so Python must never collect one first.
_made: list[Any] = []
_installed = False
CHECKLIST_NAME = "checklist"
ERROR_SUMMARY_NAME = "error-summary"


class Heading(QLabel):
    """A QLabel that says it is a heading."""


HEADING_PROPERTY = "a11yHeading"  # set on a label Qt makes (the wizard's page title)
SHOWN_ONLY_NAME = "wizard-pages"  # a holder whose hidden children are left out of the tree


def _factory(class_name: str, obj: object) -> QAccessibleInterface | None:
    try:
        return _make(class_name, obj)
    except RuntimeError:  # asked about an object on its way out: Qt's own interface
        return None


def _make(_class_name: str, obj: object) -> QAccessibleInterface | None:
    # Imported when assistive technology first asks: their Qt classes (QAccessibleWidget,
    # the item views') are not made before the first page.
    from PySide6.QtWidgets import QAccessibleWidget, QTreeWidget

    from .a11y_roles import ChecklistTree, HeadingLabel, ShownOnly
    from .links import LinkButton

    iface: QAccessibleInterface | None = None
    if isinstance(obj, LinkButton):
        iface = QAccessibleWidget(obj, QAccessible.Role.Link)
    elif isinstance(obj, Heading) or (isinstance(obj, QLabel)
                                      and bool(obj.property(HEADING_PROPERTY))):
        iface = HeadingLabel(obj, QAccessible.Role.Heading)
    elif isinstance(obj, QWidget) and obj.objectName() == SHOWN_ONLY_NAME:
        iface = ShownOnly(obj, QAccessible.Role.Client)
    elif isinstance(obj, QWidget) and obj.objectName() == ERROR_SUMMARY_NAME:
        # GOV.UK's error summary: focused when it appears, and read whole as an alert (a
        # "panel" taking focus is read as "There is a problem: panel").
        iface = QAccessibleWidget(obj, QAccessible.Role.AlertMessage)
    elif isinstance(obj, QWidget) and _class_name == "QPdfView":
        # A scroll area is a "filler" to AT-SPI, which screen readers pass over in silence.
        iface = QAccessibleWidget(obj, QAccessible.Role.Document)
    elif isinstance(obj, QTreeWidget) and obj.objectName() == CHECKLIST_NAME:
        iface = ChecklistTree(obj, QAccessible.Role.List)
    if iface is not None:
        _made.append(iface)
    return iface


def install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def forget_interface(widget: QWidget) -> None:
    """With a screen reader on, Qt makes a widget's interface as soon as a child is added,
    before the factory can know the widget: drop it, so the next query asks the factory."""
    if QAccessible.isActive():
        made = QAccessible.queryAccessibleInterface(widget)
        if made is not None:
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))


@contextmanager
def unheard() -> Iterator[None]:
    """Focus put down in this block is not told to assistive technology: Qt's clearFocus
    sends a focus event for the widget losing focus, so a screen reader spoke the control of
    the page being left once more, as if focus had landed there."""
    from PySide6.QtGui import QAccessible as Hub  # Qt's own, even where a test stands in

    active = Hub.isActive()
    if active:
        Hub.setActive(False)
    try:
        yield
    finally:
        if active:
            Hub.setActive(True)


def announce_focus(widget: QWidget) -> None:
    """Tell assistive technology that `widget` is where the person is, when keyboard focus
    stays on its container (the checklist's rows are moved through in the tree)."""
    if QAccessible.isActive():
        from PySide6.QtGui import QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))


def announce(widget: QWidget, message: str) -> None:
    """A status message a screen reader should speak without moving focus (Qt 6.8+)."""
    if QAccessible.isActive():
        from PySide6.QtGui import QAccessibleAnnouncementEvent

        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
