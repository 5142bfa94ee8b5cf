"""Real check boxes on the checklist's rows, for screen readers and for fingers.

A QTreeWidget's own check state is exposed as a "table cell" that is "checkable": Orca never
says ticked or not ticked. Each row gets a QCheckBox (role check box, checked state, named by
the item's title) beside its wrapped title, at least 24 px high. The row's own check state
stays the one source of truth, so Space in the tree, `row_for(...).checkState(0)` and the
`ticked` signal work as before; box and row follow each other.

A row gets its widgets when it is first about to be painted, or reached by the keyboard, or
when assistive technology asks for the list's children (then all at once): made for all 800
rows of a big checklist, they held the UI thread for over 400 ms, and every layout after
went over all of them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.core.i18n import _

from . import a11y

MIN_TARGET = 24  # px: WCAG 2.2 target size (minimum)
A11Y_TEXT = Qt.ItemDataRole.AccessibleTextRole
CHECKED = Qt.CheckState.Checked
ROWS_FILLER_NAME = "tick-rows"
UNCHECKED = Qt.CheckState.Unchecked


def state_words(row: QTreeWidgetItem) -> str:
    return _("ticked") if row.checkState(0) == CHECKED else _("not ticked")


class _Title(QLabel):
    """The row's wrapped title; a click on it ticks, as a click on a check box label does."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.click()
        super().mouseReleaseEvent(event)


class TickRow(QWidget):
    def __init__(self, row: QTreeWidgetItem, parent: QWidget) -> None:
        super().__init__(parent)
        self.setMinimumHeight(MIN_TARGET)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(2, 0, 2, 0)
        self.box = QCheckBox(self)
        self.box.setObjectName("tick")
        self.box.setAccessibleName(row.text(0))
        # The tree keeps keyboard focus (arrow keys move, Space ticks); the box is for the
        # mouse and for assistive technology, which sees a real check box with its state.
        self.box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.box.setStyleSheet(f"QCheckBox::indicator {{ width: {MIN_TARGET}px; "
                               f"height: {MIN_TARGET}px; }}")
        self.box.setChecked(row.checkState(0) == CHECKED)
        self.title = _Title(row.text(0), self.box, self)
        self.title.setFont(row.font(0))
        lay.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.title, 1)
        self.box.toggled.connect(
            lambda on, r=row: r.setCheckState(0, CHECKED if on else UNCHECKED)
            if (r.checkState(0) == CHECKED) != on else None)


def _follow(tree: QTreeWidget, row: QTreeWidgetItem, column: int) -> None:
    """The row's tick changed (Space, or the API): the box and the spoken name follow."""
    if column != 0:
        return
    widget = tree.itemWidget(row, 0)
    if isinstance(widget, TickRow):
        on = row.checkState(0) == CHECKED
        if widget.box.isChecked() != on:
            widget.box.setChecked(on)
        if row.data(0, A11Y_TEXT) != f"{row.text(0)}, {state_words(row)}":
            describe(row)  # quietly: else the checklist heard one tick twice


class _NoIndicator(QStyledItemDelegate):
    """The row's check box and title are drawn by its TickRow (or heading): the tree draws no
    second, smaller box and no second copy of the text beneath, only row and selection. A row
    without its widgets yet is drawn by the tree as a plain checkable row."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        super().initStyleOption(option, index)
        if self._tree.indexWidget(index) is not None:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
            option.text = ""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[no-untyped-def]
        if self._tree.indexWidget(index) is not None:
            return super().sizeHint(option, index)
        # A row not yet shown: the height its widgets will have for a one-line title. Each
        # layout of the tree asks every row (the scroll bar needs the total), and laying
        # out 800 wrapped titles held the UI thread for about 30 ms each time.
        return QSize(0, max(MIN_TARGET, option.fontMetrics.height()))


class _Rows(QObject):
    """Gives rows their widgets as they come into view (see the module's docstring)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.setObjectName(ROWS_FILLER_NAME)
        self._tree = tree
        self._all = False  # every row has its widgets (a screen reader asked)
        tree.model().modelAboutToBeReset.connect(self._forget)  # clear()
        tree.model().rowsInserted.connect(self._forget)
        tree.viewport().installEventFilter(self)

    def _forget(self, *_args: object) -> None:
        self._all = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the rows are painted: whatever brought them into view (showing, scrolling,
        # a resize, the musts-only filter), each gets its check box first.
        if event.type() == QEvent.Type.Paint:
            self.fill_shown()
        return False

    def fill_shown(self) -> None:
        tree = self._tree
        bottom = tree.viewport().height()
        shown = []
        row = tree.itemAt(QPoint(1, 1))
        while row is not None and tree.visualItemRect(row).top() < bottom:
            shown.append(row)
            row = tree.itemBelow(row)
        # Filled after the walk: each new widget asks the tree for a new layout, which the
        # next itemBelow would make at once, over every row.
        for row in shown:
            self.fill(row)

    def fill(self, row: QTreeWidgetItem) -> None:
        """The row's widgets, if it has none yet."""
        tree = self._tree
        if tree.itemWidget(row, 0) is not None:
            return
        if row.parent() is None:
            widget: QWidget = _heading(row, tree)
        elif row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            widget = TickRow(row, tree)
        else:
            return
        describe(row)
        tree.setItemWidget(row, 0, widget)
        if row is tree.currentItem():
            _show_selected(widget, True)

    def fill_all(self) -> None:
        if self._all:
            return
        self._all = True
        tree = self._tree
        for i in range(tree.topLevelItemCount()):
            head = tree.topLevelItem(i)
            if head is None:
                continue
            self.fill(head)
            for j in range(head.childCount()):
                row = head.child(j)
                if row is not None:
                    self.fill(row)


def _rows(tree: QTreeWidget) -> _Rows | None:
    found = tree.findChild(_Rows, ROWS_FILLER_NAME,
                           Qt.FindChildOption.FindDirectChildrenOnly)
    return found if isinstance(found, _Rows) else None


def prepare(tree: QTreeWidget) -> None:
    """Before the tree is first shown or asked about: its accessible interface is made once."""
    a11y.install()
    tree.setObjectName(a11y.CHECKLIST_NAME)
    a11y.forget_interface(tree)  # the live bridge made a plain tree's already
    # Index widgets scroll per pixel smoothly; per item, a tall wrapped row jumps.
    tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    tree.itemChanged.connect(lambda row, column: _follow(tree, row, column))
    tree.currentItemChanged.connect(lambda row, prev: _focus(tree, row, prev))
    tree.installEventFilter(_SpaceTicks(tree))
    tree.setItemDelegateForColumn(0, _NoIndicator(tree))
    _Rows(tree)


class _SpaceTicks(QObject):
    """Space ticks the current row. A row with an index widget is a "persistent editor" to
    the view, so the view's own Space handling would try to focus the box and stop there."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) \
                and not event.modifiers():
            row = self._tree.currentItem()
            widget = self._tree.itemWidget(row, 0) if row is not None else None
            if isinstance(widget, TickRow):
                widget.box.click()
                return True
            if row is not None and row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                row.setCheckState(0, UNCHECKED if row.checkState(0) == CHECKED else CHECKED)
                return True
        return False


def _show_selected(widget: QWidget | None, selected: bool) -> None:
    """The tree paints the selection behind the row widget; its text must stand out on it."""
    if widget is None:
        return
    widget.setForegroundRole(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
    for label in widget.findChildren(QLabel) + ([widget] if isinstance(widget, QLabel) else []):
        label.setForegroundRole(widget.foregroundRole())


def _focus(tree: QTreeWidget, row: QTreeWidgetItem | None,
           prev: QTreeWidgetItem | None = None) -> None:
    """Arrow keys move through the tree: the screen reader hears the row's check box."""
    if prev is not None:
        _show_selected(tree.itemWidget(prev, 0), False)
    rows = _rows(tree)
    if row is not None and rows is not None:
        rows.fill(row)  # reached by the keyboard before it was ever shown
    widget = tree.itemWidget(row, 0) if row is not None else None
    _show_selected(widget, True)
    if tree.hasFocus() and widget is not None:
        target = widget.box if isinstance(widget, TickRow) else widget
        a11y.announce_focus(target)


def _heading(head: QTreeWidgetItem, tree: QTreeWidget) -> a11y.Heading:
    label = a11y.Heading(tree)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(head.text(0))
    label.setAccessibleName(head.text(0))
    label.setFont(head.font(0))
    label.setMinimumHeight(MIN_TARGET)
    return label


def describe(row: QTreeWidgetItem) -> None:
    """The row's text for assistive technology, set when it gets its widgets. Quietly: the
    tree's itemChanged does not say which data changed, and the checklist takes it as a
    tick."""
    tree = row.treeWidget()
    quiet = tree.blockSignals(True) if tree is not None else False
    try:
        if row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            row.setData(0, A11Y_TEXT, f"{row.text(0)}, {state_words(row)}")
        else:
            for column in range(1, row.columnCount()):
                row.setData(column, A11Y_TEXT, row.text(0))
    finally:
        if tree is not None:
            tree.blockSignals(quiet)


def fill_all(tree: QTreeWidget) -> None:
    """Every row's widgets now (assistive technology is asking for the list's children)."""
    rows = _rows(tree)
    if rows is not None:
        rows.fill_all()
