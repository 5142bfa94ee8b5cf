"""Walk Qt's own accessibility tree on every page state, as a screen reader would see it.

Offscreen, `QAccessible.queryAccessibleInterface(window)` and `child(i)` give the same roles,
names and states that AT-SPI passes on to Orca. Problems are counted per kind, so a failure
says how far off each measure is."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget, QWizardPage

from app.ui.widgets.checklist_view import ChecklistView
from app.ui.widgets.error_summary import ErrorSummary
from app.ui.widgets.fields import ChoiceField, Field
from tests.helpers import EXAMPLES
from tests.helpers.gui import click, drive, load_example, next_button

R = QAccessible.Role
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.EditableText, R.Link, R.MenuBar,
               R.MenuItem, R.ComboBox, R.PageTab, R.SpinBox, R.Slider}


def walk(iface: QAccessibleInterface, parents: tuple[QAccessibleInterface, ...] = ()
         ) -> Iterator[tuple[QAccessibleInterface, tuple[QAccessibleInterface, ...]]]:
    """Every shown object under iface, with its ancestors; hidden branches are skipped."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    yield iface, parents
    for i in range(iface.childCount()):
        yield from walk(iface.child(i), (*parents, iface))


def shown(widget: QWidget) -> bool:
    return widget.isVisible()


def problems(window: QWidget) -> Counter[str]:
    """What a screen-reader user would miss on the page state shown now, counted by kind."""
    found: Counter[str] = Counter()
    nodes = list(walk(QAccessible.queryAccessibleInterface(window)))
    for iface, _ in nodes:
        if iface.role() in INTERACTIVE and not iface.text(QAccessible.Text.Name).strip():
            found["unnamed interactive object"] += 1

    # Checklist: each shown row is a check box, named by its title, with its checked state.
    for view in window.findChildren(ChecklistView):
        if not shown(view):
            continue
        boxes = {iface.text(QAccessible.Text.Name): iface.state().checked
                 for iface, _ in walk(QAccessible.queryAccessibleInterface(view.tree))
                 if iface.role() == R.CheckBox}
        headings = {iface.text(QAccessible.Text.Name)
                    for iface, _ in walk(QAccessible.queryAccessibleInterface(view.tree))
                    if iface.role() == R.Heading}
        for head_title, titles in view.titles():
            found["checklist section not a heading"] += head_title not in headings
            for title in titles:
                row = next(r for r in view._rows() if r.text(0) == title)
                ticked = row.checkState(0).value == 2
                if title not in boxes or boxes[title] != ticked:
                    found["checklist tick not a check box with its state"] += 1

    # Options: named by their own label, inside a group named by the question.
    by_object = {id(iface.object()): (iface, parents) for iface, parents in nodes
                 if iface.object() is not None}
    for fld in window.findChildren(ChoiceField):
        if not shown(fld):
            continue
        question = fld.question.label
        for button in fld.buttons.values():
            iface, parents = by_object.get(id(button), (None, ()))
            own = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            grouped = any(p.role() == R.Grouping and p.text(QAccessible.Text.Name) == question
                          for p in parents)
            if iface is None or iface.text(QAccessible.Text.Name) != own or not grouped:
                found["option not named by its label in a named group"] += 1

    # The wizard: only the page on screen in the tree, its title a heading, and each
    # required question saying so to a screen reader.
    from app.ui.wizard import PlannerWizard

    for wizard in window.findChildren(PlannerWizard):
        page = wizard.currentPage()
        if page is None or not shown(page):
            continue
        holder = QAccessible.queryAccessibleInterface(page.parentWidget())
        found["hidden page in the tree"] += holder.childCount() - 1
        title = wizard.title_label()
        if title is not None and QWizardPage.title(page):
            heading = QAccessible.queryAccessibleInterface(title)
            found["page title not a heading"] += heading.role() != R.Heading
    for fld in window.findChildren(Field):
        if shown(fld) and fld.question.required and not fld.locked:
            said = QAccessible.queryAccessibleInterface(fld.focus_target()).text(
                QAccessible.Text.Description)
            found["required question not said to be required"] += "Required." not in said

    # Error summary links: each message a link.
    links = [iface.text(QAccessible.Text.Name) for iface, _ in nodes if iface.role() == R.Link]
    for summary in window.findChildren(ErrorSummary):
        if shown(summary):
            found["error summary message not a link"] += sum(
                m not in links for m in summary.messages())
    return +found  # kinds with nothing found left out


def test_accessibility_tree_on_every_page_state(make_window, qtbot):
    window = make_window()
    wizard = window.wizard
    seen: dict[str, Counter[str]] = {"start": problems(window)}

    click(qtbot, wizard.start.mode_buttons["line_manager"])
    click(qtbot, next_button(wizard))
    click(qtbot, next_button(wizard))  # nothing answered: the error summary shows
    assert wizard.currentPage().summary.isVisible()
    seen["errors"] = problems(window)
    wizard.back()

    examples = sorted(EXAMPLES.glob("*.json"))
    lm = next((p for p in examples if load_example(p).get("mode") == "line_manager"),
              examples[0])
    wizard.currentIdChanged.connect(
        lambda _id: seen.__setitem__(f"step {wizard.current_step_id()}", problems(window)))
    wizard.restart()
    drive(qtbot, window, load_example(lm))
    result = wizard.result_page
    for n in range(result.tabs.count()):
        result.tabs.setCurrentIndex(n)
        seen[f"result tab {result.tabs.tabText(n)}"] = problems(window)
    sources = window.show_sources()
    qtbot.addWidget(sources)
    seen["sources"] = problems(sources)
    links = {iface.text(QAccessible.Text.Name) for iface, _ in
             walk(QAccessible.queryAccessibleInterface(sources)) if iface.role() == R.Link}
    seen["sources"]["source not a link"] = sum(
        s.title not in links for s in wizard.q.sources if s.url)

    assert len(seen) >= 6
    totals = sum(seen.values(), Counter())
    assert dict(totals) == {}, {page: dict(c) for page, c in seen.items() if c}


def test_checklist_ticks_are_check_boxes_at_least_24px_that_follow_keys_and_clicks(
        make_window, qtbot):
    from PySide6.QtCore import Qt

    from app.ui.widgets.tick_boxes import TickRow

    window = make_window()
    examples = sorted(EXAMPLES.glob("*.json"))
    drive(qtbot, window, load_example(examples[0]))
    result = window.wizard.result_page
    view = result.checklist
    result.tabs.setCurrentWidget(next(w for w in [result.tabs.widget(i) for i in
                                                  range(result.tabs.count())]
                                      if view in w.findChildren(ChecklistView) or w is view))
    tree = view.tree
    first = tree.topLevelItem(0).child(0)
    widget = tree.itemWidget(first, 0)
    assert isinstance(widget, TickRow)
    assert tree.visualItemRect(first).height() >= 24
    assert widget.box.style().subElementRect(
        widget.box.style().SubElement.SE_CheckBoxIndicator, _option(widget.box),
        widget.box).height() >= 24
    # Space in the tree ticks the row and its box; a click on the box unticks both.
    tree.setFocus()
    tree.setCurrentItem(first)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert first.checkState(0) == Qt.CheckState.Checked and widget.box.isChecked()
    item_id = first.data(0, Qt.ItemDataRole.UserRole)
    assert window.wizard.session.ticks[item_id] is True
    qtbot.mouseClick(widget.box, Qt.MouseButton.LeftButton)
    assert first.checkState(0) == Qt.CheckState.Unchecked
    assert window.wizard.session.ticks.get(item_id) is not True


def _option(box):
    from PySide6.QtWidgets import QStyleOptionButton

    opt = QStyleOptionButton()
    box.initStyleOption(opt)
    return opt


def test_focus_ring_is_3_to_1_in_light_and_dark_and_follows_focus(make_window, qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.ui.widgets import focus_ring

    light = QApplication.style().standardPalette()
    dark = QPalette(QColor("#2b2b2b"))  # a dark window and the colours Qt derives from it
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#2a5a8a"))  # dim, like many themes
    for palette in (light, dark):
        window_colour = palette.color(QPalette.ColorRole.Window)
        assert focus_ring.contrast(focus_ring.ring_colour(palette), window_colour) >= 3

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    click(qtbot, window.wizard.start.mode_buttons["line_manager"])
    target = window.wizard.start.mode_buttons["line_manager"]
    target.setFocus()
    qtbot.waitUntil(lambda: any(r.widget() is target
                                for r in window.findChildren(focus_ring.FocusRing)))


def test_status_messages_are_announced(monkeypatch, tmp_path, qtbot):
    from app.ui.widgets import saved_note

    said: list[str] = []
    monkeypatch.setattr(saved_note, "announce", lambda _w, words: said.append(words))
    note = saved_note.SavedNote()
    qtbot.addWidget(note)
    words = note.show_saved("PDF", tmp_path / "plan.pdf")
    assert said == [words] and words.startswith("Saved your PDF to ")


def test_going_over_a_character_limit_and_back_is_announced_once_each_way(
        monkeypatch, qtbot, questionnaire):
    from app.ui.widgets import a11y, fields

    question = next(q for step in questionnaire.steps for q in step.questions
                    if q.type == "text" and q.max_length)
    said: list[str] = []

    class Spy:  # stands in for Qt's accessibility hub, which is off without a screen reader
        Event = a11y.QAccessible.Event

        @staticmethod
        def isActive() -> bool:
            return True

        @staticmethod
        def updateAccessibility(event) -> None:
            said.append(event.message())

    monkeypatch.setattr(a11y, "QAccessible", Spy)
    field = fields.make_field(question)
    qtbot.addWidget(field)
    limit = question.max_length
    field.set_value("x" * limit)
    field.set_value("x" * (limit + 2))
    field.set_value("x" * (limit + 3))
    field.set_value("x")
    assert said == ["You have 2 characters too many",
                    f"You have {limit - 1} characters remaining"]
