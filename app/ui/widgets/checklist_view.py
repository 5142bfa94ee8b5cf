"""The checklist by when to act (Do now, Set up this week, Good habits): tick boxes in a
keyboard-friendly tree, a musts-only filter and a progress count, details of the selected item
below, with sources whose links open only when clicked."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.engine import Plan, PlanItem
from app.core.i18n import N_, _
from app.core.startwith import time_words

from ..signals import emit
from . import tick_boxes
from .look import scaled_font, scrolling
from .source_links import SourceLinks
from .upkeep_view import steps_html

PRIORITY_WORDS = {"must": N_("Must do"), "should": N_("Should do"), "consider": N_("Consider")}
ITEM_ROLE = Qt.ItemDataRole.UserRole


def open_link(url: QUrl) -> None:
    """Open a source in the browser, only ever on the person's click, and only https."""
    if url.scheme() == "https":
        QDesktopServices.openUrl(url)


def item_html(pi: PlanItem, line_manager: bool, why_first: str | None = None,
              sources: bool = True) -> str:
    """The item's details; `sources=False` leaves its sources to links shown beside it."""
    e = html.escape
    it = pi.item
    time = time_words(it.minutes)
    parts = [f"<h3>{e(it.title)}</h3>",
             f"<p><b>{e(_(PRIORITY_WORDS[it.priority]))}</b> \u2013 {e(pi.section.title)}"
             + (f" \u2013 {e(time)}" if time else "") + "</p>"]
    if why_first:
        label = e(_("Why first:"))
        parts.append(f"<p><b>{label}</b> {e(why_first)}</p>")
    parts.append(f"<p>{e(it.detail)}</p>")
    if it.how:
        label = e(_("How:"))
        parts.append(f"<p><b>{label}</b> {e(it.how)}</p>")
    parts.append(steps_html(pi))
    if pi.because:
        label = e(_("Because you said:"))
        parts.append(f"<p><b>{label}</b> {e('; '.join(pi.because))}</p>")
    if line_manager and it.discussion:
        label = e(_("Talk about:"))
        parts.append(f"<p><b>{label}</b> {e(it.discussion)}</p>")
    if not sources:
        return "".join(parts)
    cites = []
    for c in pi.sources:
        title = e(c.source.title)
        if c.source.url:
            title = f'<a href="{e(c.source.url, quote=True)}">{title}</a>'
        extra = ", ".join(e(x) for x in (c.source.publisher, c.section) if x)
        cites.append(f"<li>{title}{' (' + extra + ')' if extra else ''}</li>")
    label = e(_("Sources"))
    parts.append(f"<p><b>{label}</b></p><ul>" + "".join(cites) + "</ul>")
    return "".join(parts)


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """An item's children (Qt types child() as maybe None; within the count it is not)."""
    return [row for j in range(item.childCount()) if (row := item.child(j)) is not None]


class ChecklistView(QWidget):
    ticked = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.musts_only = QCheckBox(_("Show &musts only"), self)
        self.musts_only.setObjectName("musts-only")
        self.musts_only.setAccessibleName(_("Show musts only"))
        self.musts_only.setAccessibleDescription(
            _("Hide the items that are not a must. Untick to show the whole checklist."))
        self.musts_only.toggled.connect(self._apply_filter)
        self.progress = QLabel("", self)
        self.progress.setObjectName("checklist-progress")
        # The count first: on a narrow window it is the part that must not be cut off.
        bar.addWidget(self.progress)
        bar.addSpacing(self.fontMetrics().height())
        bar.addWidget(self.musts_only)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.tree = QTreeWidget(self)
        tick_boxes.prepare(self.tree)  # names it "checklist"; real check boxes on rows
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([_("What to do"), _("Priority")])
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(_("Checklist"))
        self.tree.setAccessibleDescription(
            _("Use the up and down arrow keys to move through the checklist and Space to tick "
            "an item. The details of the selected item are shown below the list."))
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("checklist-detail")
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        self.detail.setAccessibleName(_("Details of the selected item"))
        self.detail.setAccessibleDescription(_(
            "Press Tab to move to a link and Enter to open it in your browser."))
        # The sources follow the details as real links: a screen reader says "link" and Tab
        # and Enter reach them (links inside the text are only announced as text).
        below = QWidget(self)
        below_lay = QVBoxLayout(below)
        below_lay.setContentsMargins(0, 0, 0, 0)
        below_lay.addWidget(self.detail, 1)
        self.sources = SourceLinks(below, self._on_link)
        below_lay.addWidget(self.sources)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        # In its own scrolling area, so the sources never make the window taller.
        split.addWidget(scrolling(below, self))
        split.setChildrenCollapsible(False)
        # Room for the focus ring, drawn just outside the list: at the splitter's edges it
        # was cut off.
        from .focus_ring import RING_PX

        split.setContentsMargins(RING_PX + 1, RING_PX + 1, RING_PX + 1, RING_PX + 1)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.open_link: Callable[[QUrl], None] = open_link
        self._plan: Plan | None = None
        self._filling = False
        self._why: dict[str, str] = {}
        self._intros: dict[str, str] = {}

    def first_focus(self) -> QWidget:
        """Where focus goes when the checklist's tab is shown: the list itself."""
        return self.tree

    def _on_link(self, url: QUrl) -> None:
        self.open_link(url)

    def show_plan(self, plan: Plan, ticks: dict[str, bool]) -> None:
        self._plan = plan
        self._filling = True
        self.tree.clear()
        first: QTreeWidgetItem | None = None
        heads: list[QTreeWidgetItem] = []
        kinds: dict[str, QTreeWidgetItem] = {}  # the first row of each priority
        self._why = {pi.item.id: plan.start_why(pi) for pi in plan.start_here()}
        self._intros = {}
        bold = scaled_font(self.tree, bold=True)
        head_flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row_flags = head_flags | Qt.ItemFlag.ItemIsUserCheckable
        words = {key: _(text) for key, text in PRIORITY_WORDS.items()}
        states = {True: Qt.CheckState.Checked, False: Qt.CheckState.Unchecked}
        for group, members in plan.groups():
            self._intros[group.title] = group.intro
            # Filled apart from the tree and added at once: each item added to a shown tree
            # lays it out again (a 1,000-item checklist took 80 ms more).
            head = QTreeWidgetItem([group.title, ""])
            heads.append(head)
            head.setFont(0, bold)
            head.setFlags(head_flags)
            for pi in members:
                it = pi.item
                row = QTreeWidgetItem(head, [it.title, words[it.priority]])
                row.setData(0, ITEM_ROLE, it.id)
                row.setFlags(row_flags)
                row.setCheckState(0, states[bool(ticks.get(it.id, False))])
                row.setToolTip(0, it.detail)
                if it.priority == "must":
                    row.setFont(1, bold)
                kinds.setdefault(it.priority, row)
                first = first or row
        self.tree.addTopLevelItems(heads)
        # Laid out once, later (when painted), rather than here and again for each change
        # (about 25 ms each at 800 rows): spans are set while only the headings are laid out,
        # then a layout is asked for (setHidden does), so each expand just notes itself.
        # The rows' check boxes are made as each row comes into view (tick_boxes).
        for head in heads:
            head.setFirstColumnSpanned(True)
        if heads:
            heads[0].setHidden(False)
        for head in heads:
            head.setExpanded(True)
        self._fit_priority_column(list(kinds.values()))
        self._filling = False
        if self.musts_only.isChecked():
            self._apply_filter()
        else:  # nothing to hide in a new list: count from the plan, not the 800 rows
            done = sum(bool(ticks.get(pi.item.id)) for pi in plan.items)
            self._show_progress(done, len(plan.items))
        if first is not None:
            # A new list starts at its top: no need to lay it all out now to scroll there.
            self.tree.verticalScrollBar().setValue(0)
            scrolls = self.tree.hasAutoScroll()
            self.tree.setAutoScroll(False)
            self.tree.setCurrentItem(first)
            self.tree.setAutoScroll(scrolls)
        else:
            self.detail.setPlainText(_("Nothing on your checklist."))

    def _fit_priority_column(self, kinds: list[QTreeWidgetItem]) -> None:
        """The priority column as wide as its widest word (kinds: a row of each). Qt's
        ResizeToContents measured every row's text at each layout of the tree (half its
        cost at 800 rows)."""
        width = self.tree.header().sectionSizeHint(1)
        for row in kinds:
            width = max(width, self.tree.sizeHintForIndex(self.tree.indexFromItem(row, 1)).width())
        self.tree.header().resizeSection(1, width)

    def _heads(self) -> list[QTreeWidgetItem]:
        """The group rows (Qt types topLevelItem as maybe None; within the count it is not)."""
        return [head for i in range(self.tree.topLevelItemCount())
                if (head := self.tree.topLevelItem(i)) is not None]

    def _rows(self) -> list[QTreeWidgetItem]:
        return [row for head in self._heads() for row in children(head)]

    def _apply_filter(self, *_: object) -> None:
        """Musts only, or everything; a group with nothing left to show is hidden too."""
        if self._plan is None:
            return
        only = self.musts_only.isChecked()
        musts = {pi.item.id for pi in self._plan.items if pi.item.priority == "must"}
        for head in self._heads():
            shown = 0
            for row in children(head):
                hide = only and row.data(0, ITEM_ROLE) not in musts
                if row.isHidden() != hide:  # each call lays the whole tree out again
                    row.setHidden(hide)
                shown += not hide
            if head.isHidden() != (shown == 0):
                head.setHidden(shown == 0)
        self._update_progress()

    def _update_progress(self) -> None:
        rows = [r for r in self._rows() if not r.isHidden()]
        done = sum(r.checkState(0) == Qt.CheckState.Checked for r in rows)
        self._show_progress(done, len(rows))

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setText(_("{done} of {total} done").format(done=done, total=total))
        self.progress.setAccessibleName(
            (_("{done} of {total} musts done") if self.musts_only.isChecked() else
             _("{done} of {total} items done")).format(done=done, total=total))

    def _plan_item(self, item_id: str) -> PlanItem | None:
        assert self._plan is not None
        return next((pi for pi in self._plan.items if pi.item.id == item_id), None)

    def _on_current(self, current: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if current is None or self._plan is None:
            return
        item_id = current.data(0, ITEM_ROLE)
        if not item_id:
            intro = self._intros.get(current.text(0), "")
            self.detail.setHtml(f"<h3>{html.escape(current.text(0))}</h3>"
                                f"<p>{html.escape(intro)}</p>")
            self.sources.show_sources([])
            return
        pi = self._plan_item(item_id)
        if pi is not None:
            self.detail.setHtml(item_html(pi, self._plan.answers.mode == "line_manager",
                                          self._why.get(item_id), sources=False))
            self.sources.show_sources(pi.sources)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        item_id = item.data(0, ITEM_ROLE)
        if self._filling or column != 0 or not item_id:
            return
        self._update_progress()
        emit(self.ticked, item_id, item.checkState(0) == Qt.CheckState.Checked)

    def titles(self) -> list[tuple[str, list[str]]]:
        """What is shown: group titles, each with its item titles, in order (hidden left out)."""
        out = []
        for head in self._heads():
            if head.isHidden():
                continue
            out.append((head.text(0), [row.text(0) for row in children(head)
                                       if not row.isHidden()]))
        return out

    def row_for(self, item_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount() if head is not None else 0):
                row = head.child(j) if head is not None else None
                if row is not None and row.data(0, ITEM_ROLE) == item_id:
                    return row
        return None
