"""Qt's own words (Yes, No, Cancel, Close, the file dialog's labels) from our catalogues.

Qt ships no Welsh translation of its own, and its standard buttons take their text from
`QCoreApplication.translate` when they are made. One translator installed on the
application answers for the texts listed here from the app's gettext catalogues (so the
translator of ui.po translates them with everything else) and leaves every other text, such
as Qt's layout direction, to Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.core.i18n import N_, _

# Qt's source texts, by the context Qt asks in. Marked so extraction puts them in ui.pot;
# a translator keeps the & (the access key) on a letter of the translation.
QT_WORDS: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": (
        N_("OK"), N_("Save"), N_("Save All"), N_("Open"), N_("&Yes"), N_("Yes to &All"),
        N_("&No"), N_("N&o to All"), N_("Abort"), N_("Retry"), N_("Ignore"), N_("Close"),
        N_("Cancel"), N_("Discard"), N_("Help"), N_("Apply"), N_("Reset"),
        N_("Restore Defaults"), N_("Don't Save"), N_("Close without Saving"),
    ),
    "QMessageBox": (N_("Show Details..."), N_("Hide Details..."), N_("OK")),
    "QWizard": (N_("< &Back"), N_("&Next >"), N_("&Finish"), N_("Cancel"), N_("Help"),
                N_("Commit")),
    "QFileDialog": (
        N_("Look in:"), N_("File &name:"), N_("Files of type:"), N_("&Open"), N_("&Save"),
        N_("&Choose"), N_("Open"), N_("Save As"), N_("All Files (*)"), N_("Back"),
        N_("Forward"), N_("Parent Directory"), N_("Create New Folder"), N_("List View"),
        N_("Detail View"), N_("New Folder"), N_("&New Folder"), N_("&Rename"),
        N_("&Delete"), N_("Show &hidden files"), N_("Recent Places"), N_("Directory:"),
        N_("Directories"), N_("Sidebar"), N_("List of places and bookmarks"),
        N_("%1 already exists.\nDo you want to replace it?"),
    ),
    "QFileSystemModel": (N_("Name"), N_("Size"), N_("Type"), N_("Date Modified")),
    "QLineEdit": (N_("&Undo"), N_("&Redo"), N_("Cu&t"), N_("&Copy"), N_("&Paste"),
                  N_("Delete"), N_("Select All")),
    "QWidgetTextControl": (N_("&Undo"), N_("&Redo"), N_("Cu&t"), N_("&Copy"), N_("&Paste"),
                           N_("Delete"), N_("Select All"), N_("Copy &Link Location")),
}
_KNOWN = {(context, text) for context, texts in QT_WORDS.items() for text in texts}


class QtWords(QTranslator):
    """Answers for the texts in QT_WORDS only; None lets Qt use its own."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if (context, source) not in _KNOWN:
            return None
        return _(source)

    def isEmpty(self) -> bool:
        return False


_installed: QtWords | None = None


def install() -> None:
    """Once per application: every standard button made after a change of language (a
    message box, a file dialog) speaks the new one."""
    global _installed
    app = QCoreApplication.instance()
    if app is None or _installed is not None:
        return
    _installed = QtWords(app)
    app.installTranslator(_installed)
