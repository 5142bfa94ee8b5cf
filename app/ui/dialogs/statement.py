"""Help > Accessibility statement: docs/accessibility.md, shipped with the app and shown in a
window of its own, never fetched from the internet."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from app.core.i18n import _
from app.core.paths import accessibility_statement


def statement_text() -> str:
    """The statement as Markdown, or a plain sentence saying it is missing."""
    path = accessibility_statement()
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return _("The accessibility statement is missing from this installation ({path}). "
                 "Please tell whoever gave you the app.").format(path=path)


def _open(url: QUrl) -> None:
    from ..widgets.checklist_view import open_link

    open_link(url)  # https only, and only on the person's choice


def show_statement(parent: QWidget) -> QDialog:
    from .help import _close_and_show

    title = _("Accessibility statement")
    dialog = QDialog(parent)
    dialog.setObjectName("accessibility-statement")
    dialog.setWindowTitle(title)
    lay = QVBoxLayout(dialog)
    browser = QTextBrowser(dialog)
    browser.setObjectName("statement")
    browser.setAccessibleName(title)
    browser.setOpenLinks(False)
    browser.anchorClicked.connect(_open)
    browser.setMarkdown(statement_text())
    lay.addWidget(browser)
    return _close_and_show(dialog, lay, parent)
