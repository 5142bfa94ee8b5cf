"""The wizard as a screen reader meets it, through Qt's own accessibility API: required and
invalid fields, page changes, Change on Check your answers, headings and links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel

from tests.helpers.gui import click, next_button

D = QAccessible.Text.Description
N = QAccessible.Text.Name


def iface(widget):
    return QAccessible.queryAccessibleInterface(widget)


def to_first_step(qtbot, window):
    click(qtbot, next_button(window.wizard))
    return window.wizard.currentPage()


def shown_text(page) -> str:
    """Every word a sighted person can read on the page."""
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def test_required_questions_say_so_and_fields_in_error_say_what_is_wrong_in_words_shown(
        make_window, qtbot):
    window = make_window()
    page = to_first_step(qtbot, window)
    required = [f for f in page.fields.values() if f.isVisible() and f.question.required]
    optional = [f for f in page.fields.values() if f.isVisible() and not f.question.required]
    assert required
    for fld in required:
        for widget in fld.described():
            assert iface(widget).text(D).startswith("Required."), widget.objectName()
    for fld in optional:
        assert "Required" not in iface(fld.focus_target()).text(D)

    click(qtbot, next_button(window.wizard))
    on_screen = shown_text(page)
    for fld in required:
        message = fld.error.text.text().removeprefix("Error: ")
        # The question is named as the page shows it, never by a short label it does not.
        assert fld.question.label in message
        if fld.question.short_label:
            assert fld.question.short_label not in on_screen
            assert f"\u201c{fld.question.short_label}\u201d" not in message
        for widget in fld.described():
            said = iface(widget).text(D)
            assert said.startswith(f"Error: {message}."), (widget.objectName(), said)
            assert "Required." in said
    # Answered, the error goes from what is said too.
    fld = required[0]
    click(qtbot, next(iter(fld.buttons.values())))
    click(qtbot, next_button(window.wizard))
    if window.wizard.currentPage() is page:
        assert not iface(fld.focus_target()).text(D).startswith("Error")
