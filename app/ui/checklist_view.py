"""The checklist by section: tick boxes in a keyboard-friendly tree, details of the selected item
below, with sources whose links open only when clicked."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.engine import Plan, PlanItem

from .look import scaled_font
from .signals import emit

PRIORITY_WORDS = {"must": "Must do", "should": "Should do", "consider": "Consider"}
ITEM_ROLE = Qt.ItemDataRole.UserRole


def open_link(url: QUrl) -> None:
    """Open a source in the browser, only ever on the person's click, and only https."""
    if url.scheme() == "https":
        QDesktopServices.openUrl(url)


def item_html(pi: PlanItem, line_manager: bool) -> str:
    e = html.escape
    it = pi.item
    parts = [f"<h3>{e(it.title)}</h3>",
             f"<p><b>{e(PRIORITY_WORDS[it.priority])}</b> \u2013 {e(pi.section.title)}</p>",
             f"<p>{e(it.detail)}</p>"]
    if it.how:
        parts.append(f"<p><b>How:</b> {e(it.how)}</p>")
    if pi.because:
        parts.append("<p><b>Because you said:</b> " + e("; ".join(pi.because)) + "</p>")
    if line_manager and it.discussion:
        parts.append(f"<p><b>Talk about:</b> {e(it.discussion)}</p>")
    cites = []
    for c in pi.sources:
        title = e(c.source.title)
        if c.source.url:
            title = f'<a href="{e(c.source.url, quote=True)}">{title}</a>'
        extra = ", ".join(e(x) for x in (c.source.publisher, c.section) if x)
        cites.append(f"<li>{title}{' (' + extra + ')' if extra else ''}</li>")
    parts.append("<p><b>Sources</b></p><ul>" + "".join(cites) + "</ul>")
    return "".join(parts)


class ChecklistView(QWidget):
    ticked = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checklist")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["What to do", "Priority"])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName("Checklist")
        self.tree.setAccessibleDescription(
            "Use the up and down arrow keys to move through the checklist and Space to tick "
            "an item. The details of the selected item are shown below the list.")
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("checklist-detail")
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.detail.setAccessibleName("Details of the selected item")
        self.detail.setAccessibleDescription("Press Tab to move to a source link and Enter to "
                                             "open it in your browser.")
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.open_link: Callable[[QUrl], None] = open_link
        self._plan: Plan | None = None
        self._filling = False

    def _on_link(self, url: QUrl) -> None:
        self.open_link(url)

    def show_plan(self, plan: Plan, ticks: dict[str, bool]) -> None:
        self._plan = plan
        self._filling = True
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        heads: list[QTreeWidgetItem] = []
        for section, members in plan.sections():
            # Filled apart from the tree and added at once: each item added to a shown tree
            # lays it out again (a 1,000-item checklist took 80 ms more).
            head = QTreeWidgetItem([section.title, ""])
            heads.append(head)
            head.setFont(0, scaled_font(self.tree, bold=True))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            for pi in members:
                row = QTreeWidgetItem(head, [pi.item.title, PRIORITY_WORDS[pi.item.priority]])
                row.setData(0, ITEM_ROLE, pi.item.id)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                             | Qt.ItemFlag.ItemIsUserCheckable)
                done = ticks.get(pi.item.id, False)
                row.setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                row.setToolTip(0, pi.item.detail)
                if pi.item.priority == "must":
                    row.setFont(1, scaled_font(self.tree, bold=True))
                first = first or row
        self.tree.addTopLevelItems(heads)
        for head in heads:
            head.setFirstColumnSpanned(True)
        self.tree.expandAll()
        self._filling = False
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self.detail.setPlainText("Nothing on your checklist.")

    def _plan_item(self, item_id: str) -> PlanItem | None:
        assert self._plan is not None
        return next((pi for pi in self._plan.items if pi.item.id == item_id), None)

    def _on_current(self, current: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if current is None or self._plan is None:
            return
        item_id = current.data(0, ITEM_ROLE)
        if not item_id:
            section = next((s for s, _ in self._plan.sections() if s.title == current.text(0)),
                           None)
            intro = section.intro if section is not None and section.intro else ""
            self.detail.setHtml(f"<h3>{html.escape(current.text(0))}</h3>"
                                f"<p>{html.escape(intro)}</p>")
            return
        pi = self._plan_item(item_id)
        if pi is not None:
            self.detail.setHtml(item_html(pi, self._plan.answers.mode == "line_manager"))

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        item_id = item.data(0, ITEM_ROLE)
        if self._filling or column != 0 or not item_id:
            return
        emit(self.ticked, item_id, item.checkState(0) == Qt.CheckState.Checked)

    def titles(self) -> list[tuple[str, list[str]]]:
        """What is shown: section titles, each with its item titles, in order."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is not None:
                rows = [head.child(j) for j in range(head.childCount())]
                out.append((head.text(0), [row.text(0) for row in rows if row is not None]))
        return out

    def row_for(self, item_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount() if head is not None else 0):
                row = head.child(j) if head is not None else None
                if row is not None and row.data(0, ITEM_ROLE) == item_id:
                    return row
        return None
