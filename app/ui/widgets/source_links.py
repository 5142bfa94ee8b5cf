"""The sources of a checklist item as real links, under its details, in reading order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.core.i18n import _

from .links import LinkButton
from .look import heading, para


class SourceLinks(QWidget):
    """A "Sources" heading, then one link per source with a web address (role link, reached
    by Tab, opened by Enter or a click, only ever then) and plain text for the others."""

    def __init__(self, parent: QWidget | None, open_link: Callable[[QUrl], None]) -> None:
        super().__init__(parent)
        self.setObjectName("checklist-sources")
        self._open = open_link
        self._layout = QVBoxLayout(self)
        self._layout.setSpacing(0)
        self._layout.setContentsMargins(0, self.fontMetrics().height() // 3, 0, 0)
        self._rows: list[QWidget] = []
        self.hide()

    def show_sources(self, citations: Sequence[Any]) -> None:
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        if citations:
            self._add(heading(_("Sources"), self, 1.0))
        for c in citations:
            source = c.source
            extra = ", ".join(x for x in (source.publisher, c.section) if x)
            if source.url:
                link = LinkButton(source.title, self)
                link.setObjectName(f"source-{source.id}")
                link.setToolTip(source.url)
                link.setAccessibleDescription(
                    f"{extra}. {_('Opens in your browser.')}" if extra
                    else _("Opens in your browser."))
                link.clicked.connect(lambda _c=False, url=source.url: self._open(QUrl(url)))
                self._add(link)
                if extra:
                    self._add(self._note(extra))
            else:
                self._add(self._note(f"{source.title} ({extra})" if extra else source.title))
        self.setVisible(bool(citations))

    def _note(self, text: str) -> QLabel:
        label = para(text, self)
        label.setContentsMargins(6, 0, 0, 4)
        return label

    def _add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)
        self._rows.append(widget)

    def links(self) -> list[LinkButton]:
        return [w for w in self._rows if isinstance(w, LinkButton)]
