"""With a screen reader on, Qt builds accessible interfaces as widgets are made, not when
first asked (found by `make check-a11y` through AT-SPI): the checklist must still reach
assistive technology as a list of check boxes, not as a tree of table cells."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from app.ui.widgets.checklist_view import ChecklistView


def test_the_checklist_is_a_list_of_check_boxes_when_a_screen_reader_was_on_first(qtbot):
    QAccessible.setActive(True)  # what Qt's AT-SPI bridge does once a client listens
    try:
        view = ChecklistView()
        qtbot.addWidget(view)
        iface = QAccessible.queryAccessibleInterface(view.tree)
        assert iface.role() == QAccessible.Role.List
        assert iface.child(0).object() is view.tree.viewport()
    finally:
        QAccessible.setActive(False)
