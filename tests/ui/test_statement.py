"""Help > Accessibility statement shows the statement shipped with the app, offline."""

from __future__ import annotations

import tomllib

from PySide6.QtWidgets import QTextBrowser

from tests.helpers import ROOT


def test_help_menu_opens_the_accessibility_statement_in_the_app(make_window, qtbot,
                                                                 monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = make_window()
    window._fill_menus()
    action = next(a for a in window._help_menu.actions()
                  if a.text().replace("&", "") == "Accessibility statement")
    action.trigger()
    dialog = window._statement
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Accessibility statement"
    browser = dialog.findChild(QTextBrowser, "statement")
    shown = browser.toPlainText()
    statement = (ROOT / "docs" / "accessibility.md").read_text(encoding="utf-8")
    first = statement.splitlines()[0].lstrip("# ").strip()
    assert shown.startswith(first)
    assert "How accessible this app is" in shown
    assert "#" not in shown.splitlines()[0]  # Markdown shown as text, not its markup
    assert opened == []  # nothing opened on the way, no internet


def test_the_statement_travels_with_the_wheel_and_the_bundle():
    from app.core.paths import accessibility_statement

    assert accessibility_statement() == ROOT / "docs" / "accessibility.md"  # a checkout
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hatch = project["tool"]["hatch"]["build"]["targets"]
    assert hatch["wheel"]["force-include"]["docs/accessibility.md"] == \
        "app/_data/docs/accessibility.md"
    assert "docs/accessibility.md" in hatch["sdist"]["include"]
    spec = (ROOT / "packaging" / "profile-planner.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "docs" / "accessibility.md"), "app/_data/docs")' in spec


def test_a_missing_statement_is_said_plainly(monkeypatch, tmp_path):
    from app.ui.dialogs import statement

    monkeypatch.setattr(statement, "accessibility_statement", lambda: tmp_path / "gone.md")
    assert statement.statement_text().startswith(
        "The accessibility statement is missing from this installation")
