"""Real check boxes on the checklist's rows, for screen readers and for fingers.

A QTreeWidget's own check state is exposed as a "table cell" that is "checkable": Orca never
says ticked or not ticked. Each row gets a QCheckBox (role check box, checked state, named by
the item's title) beside its wrapped title, at least 24 px high. The row's own check state
stays the one source of truth, so Space in the tree, `row_for(...).checkState(0)` and the
`ticked` signal work as before; box and row follow each other."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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
            row.setData(0, A11Y_TEXT, f"{row.text(0)}, {state_words(row)}")


class _NoIndicator(QStyledItemDelegate):
    """The row's check box and title are drawn by its TickRow (or heading): the tree draws no
    second, smaller box and no second copy of the text beneath, only row and selection."""

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        option.text = ""


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


def attach(tree: QTreeWidget) -> None:
    """Give every checkable row a TickRow and every section a heading."""
    heads = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    for head in (h for h in heads if h is not None):
        for column in range(1, tree.columnCount()):
            head.setData(column, A11Y_TEXT, head.text(0))
        tree.setItemWidget(head, 0, _heading(head, tree))
        for row in (head.child(j) for j in range(head.childCount())):
            if row is not None and row.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                row.setData(0, A11Y_TEXT, f"{row.text(0)}, {state_words(row)}")
                tree.setItemWidget(row, 0, TickRow(row, tree))
