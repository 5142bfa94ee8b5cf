"""Colours as drawn: the app follows the system's light or dark scheme, and in each palette
(light, dark, high contrast) control edges stand out at 3:1, links at 4.5:1, the focus ring
at 3:1. Edges are measured on rendered pixels, not on the colours meant."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import scheme
from app.ui.widgets.focus_ring import contrast, ring_colour

Role = QPalette.ColorRole
SCHEMES = {
    "light": scheme.palette_for(Qt.ColorScheme.Light),
    "dark": scheme.palette_for(Qt.ColorScheme.Dark),
    "high contrast": scheme.palette_for(Qt.ColorScheme.Dark, high_contrast=True),
}


def edge_contrast(image, rect, inside, outside) -> float:
    """The best contrast of an edge pixel (a 3 px band at the left and right of rect, at
    mid-height) with the colours either side of it."""
    y = rect.center().y()
    best = 0.0
    for x in [*range(rect.left(), rect.left() + 3), *range(rect.right() - 2, rect.right() + 1)]:
        pixel = image.pixelColor(x, y)
        best = max(best, min(contrast(pixel, inside), contrast(pixel, outside)))
    return best


def indicator(button) -> object:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = QStyle.SubElement.SE_CheckBoxIndicator if isinstance(button, QCheckBox) \
        else QStyle.SubElement.SE_RadioButtonIndicator
    return button.style().subElementRect(element, option, button).translated(button.pos())


@pytest.mark.parametrize("name", list(SCHEMES))
def test_text_links_and_focus_ring_meet_wcag_in_each_palette(name):
    palette = SCHEMES[name]
    for back in (Role.Window, Role.Base):
        assert contrast(palette.color(Role.Link), palette.color(back)) >= 4.5, back
        assert contrast(palette.color(Role.Text), palette.color(back)) >= 4.5, back
        assert contrast(ring_colour(palette), palette.color(back)) >= 3, back
    assert contrast(palette.color(Role.HighlightedText), palette.color(Role.Highlight)) >= 4.5
    assert contrast(palette.color(Role.PlaceholderText), palette.color(Role.Base)) >= 4.5


@pytest.mark.parametrize("name", list(SCHEMES))
def test_control_edges_as_drawn_stand_out_at_3_to_1(qtbot, name):
    from PySide6.QtWidgets import QStyleFactory

    palette = SCHEMES[name]
    style = scheme.BorderStyle(QStyleFactory.create("Fusion"))
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyle(style)
    holder.setPalette(palette)
    holder.setAutoFillBackground(True)
    lay = QVBoxLayout(holder)
    edit, button = QLineEdit("Cardiff"), QPushButton("Save PDF")
    box, radio = QCheckBox("LinkedIn"), QRadioButton("Completely personal")
    for w in (edit, button, box, radio):
        w.setStyle(style)
        lay.addWidget(w)
    holder.resize(300, 200)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    measured = {
        "text box": edge_contrast(image, edit.geometry(), base, window),
        "button": edge_contrast(image, button.geometry(), palette.color(Role.Button), window),
        "check box": edge_contrast(image, indicator(box), base, window),
        "radio button": edge_contrast(image, indicator(radio), base, window),
    }
    assert all(v >= 3 for v in measured.values()), measured


def test_the_app_follows_the_system_colour_scheme_as_it_changes(make_window, qtbot):
    window = make_window()
    app = QApplication.instance()
    hints = app.styleHints()
    dark = scheme.palette_for(Qt.ColorScheme.Dark).color(Role.Window)
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        qtbot.wait(1)
        assert app.palette().color(Role.Window) == dark
        assert window.palette().color(Role.Window) == dark
        assert window.wizard.palette().color(Role.Link) == \
            scheme.palette_for(Qt.ColorScheme.Dark).color(Role.Link)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        qtbot.wait(1)
        assert window.palette().color(Role.Window) != dark
        assert contrast(window.palette().color(Role.Window),
                        window.palette().color(Role.WindowText)) >= 7
    finally:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)


def test_a_readable_system_palette_is_kept_and_only_what_falls_short_is_mended():
    from PySide6.QtGui import QColor

    system = QPalette(QColor("#3c3f41"))  # a dark theme of a person's own
    system.setColor(Role.Window, QColor("#102030"))
    system.setColor(Role.WindowText, QColor("#f0f0f0"))
    system.setColor(Role.Base, QColor("#0a1520"))
    system.setColor(Role.Text, QColor("#f0f0f0"))
    system.setColor(Role.Link, QColor("#2a4a8a"))  # 2:1 on its base
    fitted = scheme.fitted(system, Qt.ColorScheme.Dark)
    assert fitted.color(Role.Window) == QColor("#102030")  # theirs
    assert contrast(fitted.color(Role.Link), fitted.color(Role.Base)) >= 4.5  # mended
    # A light system palette while the system asks for dark: ours.
    light = scheme.palette_for(Qt.ColorScheme.Light)
    assert scheme.fitted(light, Qt.ColorScheme.Dark).color(Role.Window) == \
        scheme.palette_for(Qt.ColorScheme.Dark).color(Role.Window)
    # More contrast asked for: the high-contrast palette.
    assert scheme.fitted(light, Qt.ColorScheme.Light, True).color(Role.Window) == QColor("#000")
