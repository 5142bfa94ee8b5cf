"""The accessible interfaces a11y.py's factory makes: a heading, a holder that shows only
its children on screen, and the checklist tree exposed through its rows' check boxes."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QTreeWidget, QWidget


class HeadingLabel(QAccessibleWidget):
    """A label with the heading role, named by its text when it has no name of its own."""

    def text(self, kind: QAccessible.Text) -> str:
        said = super().text(kind)
        label = self.object()
        if kind == QAccessible.Text.Name and not said and isinstance(label, QLabel):
            return label.text().replace("&&", "&")
        return said


class ShownOnly(QAccessibleWidget):
    """Only the children on screen: the wizard's hidden pages are not just 'invisible' to a
    screen reader but absent, so nothing on them is ever read or reached."""

    def _shown(self) -> list[QWidget]:
        holder = self.object()
        if not isinstance(holder, QWidget):
            return []
        return [c for c in holder.children() if isinstance(c, QWidget) and not c.isHidden()]

    def childCount(self) -> int:
        return len(self._shown())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        shown = self._shown()
        return QAccessible.queryAccessibleInterface(shown[index]) \
            if 0 <= index < len(shown) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        shown = self._shown()
        obj = child.object() if child is not None else None
        return shown.index(obj) if obj in shown else -1


class ChecklistTree(QAccessibleWidget):
    """The checklist as a list of its rows' check boxes (its viewport's children)."""

    def _viewport(self) -> QWidget | None:
        tree = self.object()
        if not isinstance(tree, QTreeWidget):
            return None
        from .tick_boxes import fill_all

        fill_all(tree)  # rows get their check boxes as they are shown; here, all are wanted
        return tree.viewport()

    def childCount(self) -> int:
        return 1 if self._viewport() is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        viewport = self._viewport()
        if index == 0 and viewport is not None:
            return QAccessible.queryAccessibleInterface(viewport)
        return None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return 0 if child is not None and child.object() is self._viewport() else -1
