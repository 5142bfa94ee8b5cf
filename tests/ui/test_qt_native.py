"""The colour scheme read from Qt's library before the first page agrees with PySide6's."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.ui import qt_native


def test_native_scheme_is_what_pyside_says(qapp: QApplication) -> None:
    hints = qapp.styleHints()
    native = qt_native.native_scheme(hints)
    assert native is not None  # Linux: read through the library
    assert native == hints.colorScheme().value
    assert qt_native.asks_dark(hints) == (hints.colorScheme().name == "Dark")


def test_without_the_library_pyside_answers(qapp: QApplication, monkeypatch) -> None:
    monkeypatch.setattr(qt_native, "_SYMBOL", "no_such_symbol")
    hints = qapp.styleHints()
    assert qt_native.native_scheme(hints) is None
    assert qt_native.asks_dark(hints) == (hints.colorScheme().name == "Dark")
