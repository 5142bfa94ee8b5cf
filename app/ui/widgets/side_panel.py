"""The list of steps beside the page, with the current one marked: a sense of place."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core.i18n import _

from .look import heading, qt, scaled_font

MARK = "\u25b6"  # a shape, not a colour, marks the current step


class SidePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side-panel")
        self.setAccessibleName(_("Steps"))
        em = self.fontMetrics().height()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, em, 0)
        outer.addWidget(heading(_("Steps"), self, 1.1))
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(em // 3)
        self._grid.setVerticalSpacing(em // 2)
        self._grid.setColumnStretch(1, 1)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self._rows: list[tuple[QLabel, QLabel]] = []
        self._titles: list[str] = []
        self._current = -1
        width = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(width * 26)
        self.setMaximumWidth(width * 34)

    def show_steps(self, titles: list[str], current: int) -> None:
        if titles == self._titles and current == self._current:
            return
        self._titles, self._current = list(titles), current
        Qt = qt()
        while len(self._rows) < len(titles):
            mark, label = QLabel(self), QLabel(self)
            for lab in (mark, label):
                lab.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            row = len(self._rows)
            self._grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignTop)
            self._rows.append((mark, label))
        for n, (mark, label) in enumerate(self._rows):
            if n >= len(titles):
                mark.hide()
                label.hide()
                continue
            here = n == current
            mark.setText(MARK if here else "")
            label.setText(titles[n])
            label.setFont(scaled_font(self, bold=here))
            label.setAccessibleName(_("{step} (current step)").format(step=titles[n]) if here
                                    else titles[n])
            mark.show()
            label.show()
            label.updateGeometry()
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()

    def titles(self) -> list[str]:
        return list(self._titles)

    def current(self) -> str:
        return self._titles[self._current] if 0 <= self._current < len(self._titles) else ""
