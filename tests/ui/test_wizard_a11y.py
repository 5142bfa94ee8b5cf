"""The wizard as a screen reader meets it, through Qt's own accessibility API: required and
invalid fields, page changes, Change on Check your answers, headings and links."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QWizard, QWizardPage

from app.ui.widgets import a11y
from tests.helpers import EXAMPLES
from tests.helpers.gui import answer_page_by_mouse, click, load_example, next_button

D = QAccessible.Text.Description
N = QAccessible.Text.Name


def iface(widget):
    return QAccessible.queryAccessibleInterface(widget)


class Hub:
    """Stands in for Qt's accessibility hub in a11y.py (off without a screen reader): records
    what the app asks to be spoken; everything else is Qt's own."""

    def __init__(self) -> None:
        self.said: list[str] = []

    def __getattr__(self, name: str):
        return getattr(QAccessible, name)

    @staticmethod
    def isActive() -> bool:
        return True

    def updateAccessibility(self, event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            self.said.append(event.message())


class FocusLog:
    """Every widget keyboard focus moved to, in order (each is a focus event Orca speaks)."""

    def __init__(self) -> None:
        self.moves: list = []
        QApplication.instance().focusChanged.connect(self._on)

    def _on(self, _old, new) -> None:
        if new is not None:
            self.moves.append(new)

    def take(self) -> list:
        moves, self.moves = self.moves, []
        return moves


def page_of(widget, wizard):
    """The wizard page a widget is on, or None outside every page."""
    while widget is not None and widget is not wizard:
        if isinstance(widget, QWizardPage):
            return widget
        widget = widget.parentWidget()
    return None


def whole_tree(iface):
    """Every object in the accessibility tree a screen reader is shown."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    yield iface
    for i in range(iface.childCount()):
        yield from whole_tree(iface.child(i))


def to_check_page(qtbot, window, data: dict) -> list:
    """Continue through every step, answering by mouse; returns the pages passed."""
    from app.ui.pages.step_page import StepPage

    wizard = window.wizard
    click(qtbot, wizard.start.mode_buttons[data.get("mode", "alone")])
    click(qtbot, next_button(wizard))
    passed = []
    while isinstance(wizard.currentPage(), StepPage):
        page = wizard.currentPage()
        passed.append(page)
        answer_page_by_mouse(qtbot, page, data["answers"], data.get("notes", {}))
        click(qtbot, next_button(wizard))
        assert wizard.currentPage() is not page, page.summary.messages()
    assert wizard.currentId() == wizard.CHECK_ID
    return passed


def to_first_step(qtbot, window):
    click(qtbot, next_button(window.wizard))
    return window.wizard.currentPage()


def shown_text(page) -> str:
    """Every word a sighted person can read on the page."""
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())


def test_required_questions_say_so_and_fields_in_error_say_what_is_wrong_in_words_shown(
        make_window, qtbot):
    window = make_window()
    page = to_first_step(qtbot, window)
    required = [f for f in page.fields.values() if f.isVisible() and f.question.required]
    optional = [f for f in page.fields.values() if f.isVisible() and not f.question.required]
    assert required
    for fld in required:
        for widget in fld.described():
            assert iface(widget).text(D).startswith("Required."), widget.objectName()
    for fld in optional:
        assert "Required" not in iface(fld.focus_target()).text(D)

    click(qtbot, next_button(window.wizard))
    on_screen = shown_text(page)
    for fld in required:
        message = fld.error.text.text().removeprefix("Error: ")
        # The question is named as the page shows it, never by a short label it does not.
        assert fld.question.label in message
        if fld.question.short_label:
            assert fld.question.short_label not in on_screen
            assert f"\u201c{fld.question.short_label}\u201d" not in message
        for widget in fld.described():
            said = iface(widget).text(D)
            assert said.startswith(f"Error: {message}."), (widget.objectName(), said)
            assert "Required." in said
    # Answered, the error goes from what is said too.
    fld = required[0]
    click(qtbot, next(iter(fld.buttons.values())))
    click(qtbot, next_button(window.wizard))
    if window.wizard.currentPage() is page:
        assert not iface(fld.focus_target()).text(D).startswith("Error")


def test_every_page_change_takes_focus_once_to_the_first_field_or_heading_and_says_the_title(
        make_window, qtbot, monkeypatch):
    from app.ui.pages.step_page import StepPage

    hub = Hub()
    monkeypatch.setattr(a11y, "QAccessible", hub)
    window = make_window()
    wizard = window.wizard
    log = FocusLog()
    data = load_example(EXAMPLES / "line-manager-session.json")

    def check(page) -> None:
        """What a screen reader meets as the page change ends."""
        assert wizard.currentPage() is page
        moves = log.take()
        focus = QApplication.focusWidget()
        holder = iface(page.parentWidget())
        pages = [holder.child(i).object() for i in range(holder.childCount())]
        # Hidden pages are out of the tree altogether, not just marked invisible.
        assert pages == [page], page.objectName()
        assert holder.indexOfChild(iface(page)) == 0
        # Focus lands once, on the page's first field or its heading, never on a control
        # of the page just left or an unnamed panel.
        assert focus is not None and focus.isVisible()
        assert focus is wizard.title_label() or page_of(focus, wizard) is page
        assert iface(focus).text(N).strip()
        assert moves == [focus], [w.objectName() for w in moves]
        if focus is wizard.title_label():
            assert iface(focus).role() == QAccessible.Role.Heading
            assert iface(focus).text(N) == QWizardPage.title(page)
        # The step's title is spoken.
        assert hub.said and hub.said[-1] == QWizardPage.title(page)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click(qtbot, wizard.start.mode_buttons[data["mode"]])
    visited = []
    while wizard.currentId() != wizard.CHECK_ID:
        page = wizard.currentPage()
        if isinstance(page, StepPage):
            visited.append(page)
            answer_page_by_mouse(qtbot, page, data["answers"], data.get("notes", {}))
            # Keyboard people press Enter where they are: focus starts on the page.
            page.first_focus().setFocus()
        log.take()
        if isinstance(page, StepPage):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: Continue
        else:  # Alt+C (Continue's access key)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C,
                           Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda p=page: wizard.currentPage() is not p)
            if log.moves[:1] == [next_button(wizard)]:
                log.moves = log.moves[1:]
        assert wizard.currentPage() is not page
        check(wizard.currentPage())
    # Back by its access key.
    log.take()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: wizard.currentPage() is visited[-1])
    back = wizard.button(QWizard.WizardButton.BackButton)
    if log.moves[:1] == [back]:
        log.moves = log.moves[1:]
    check(visited[-1])
    # Page titles are headings; so is each section on Check your answers.
    assert iface(wizard.title_label()).role() == QAccessible.Role.Heading
    click(qtbot, next_button(wizard))
    headings = {n.text(N) for n in whole_tree(iface(wizard.check_page))
                if n.role() == QAccessible.Role.Heading}
    assert {p.step.title for p in visited} <= headings, [
        (n.role(), n.text(N)[:20], type(n.object()).__name__)
        for n in whole_tree(iface(wizard.check_page))]


def test_change_goes_to_the_question_and_continue_comes_back_to_the_same_change_button(
        make_window, qtbot, monkeypatch):
    hub = Hub()
    monkeypatch.setattr(a11y, "QAccessible", hub)
    window = make_window()
    wizard = window.wizard
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    passed = to_check_page(qtbot, window, load_example(EXAMPLES / "line-manager-session.json"))
    check = wizard.check_page
    log = FocusLog()
    # The first step's question is four pages back: the walk there is silent.
    first = passed[0]
    for qid in [next(iter(first.fields)), f"notes-{first.step.id}",
                next(q for q in passed[-1].fields if q in check.change_buttons)]:
        button = check.change_buttons[qid]
        chain = []
        w = button
        while w is not None:
            chain.append((type(w).__name__, w.objectName(), w.isHidden()))
            w = w.parentWidget()
        assert button.isVisible(), chain
        button.setFocus()
        log.take()
        assert wizard.currentId() == wizard.CHECK_ID
        qtbot.keyClick(button, Qt.Key.Key_Space)
        page = wizard.currentPage()
        assert hasattr(page, "fields"), (qid, wizard.visitedIds(), button.objectName(), button.isVisible())
        focus = QApplication.focusWidget()
        field = page.fields.get(qid)
        wanted = field.inputs() if field is not None else [page.notes]
        assert focus in wanted, focus.objectName()
        assert log.take() == [focus]  # one focus event: nothing on the pages passed
        assert hub.said[-1] == QWizardPage.title(page)
        # Continue comes straight back to the row, focus on its Change button (Enter, or
        # a click in a box of several lines, where Enter is a new line).
        if isinstance(focus, QPlainTextEdit):
            click(qtbot, next_button(wizard))
        else:
            qtbot.keyClick(focus, Qt.Key.Key_Return)
        assert wizard.currentId() == wizard.CHECK_ID
        back = check.change_buttons[qid]
        assert QApplication.focusWidget() is back and back.isVisible()
        moves = log.take()
        if moves[:1] == [next_button(wizard)]:  # the click itself
            moves = moves[1:]
        assert moves == [back], [w.objectName() for w in moves]
        assert iface(back).text(N).startswith("Change ")


def test_checklist_sources_are_links_after_the_details_that_enter_opens(make_window, qtbot):
    from tests.helpers.gui import drive

    window = make_window()
    drive(qtbot, window, load_example(EXAMPLES / "personal-new-starter.json"))
    result = window.wizard.result_page
    result.tabs.setCurrentWidget(result.checklist)
    view = result.checklist
    opened = []
    view.open_link = opened.append
    row = next(r for r in view._rows()
               if any(c.source.url for c in view._plan_item(r.data(0, Qt.ItemDataRole.UserRole))
                      .sources))
    view.tree.setCurrentItem(row)
    pi = view._plan_item(row.data(0, Qt.ItemDataRole.UserRole))
    with_url = [c.source for c in pi.sources if c.source.url]
    links = view.sources.links()
    assert [link.accessibleName() for link in links] == [s.title for s in with_url]
    for link in links:
        assert link.isVisible()
        assert iface(link).role() == QAccessible.Role.Link
        assert iface(link).state().focusable
    # Not left as anchors in the text, where a screen reader does not say "link".
    assert "href" not in view.detail.toHtml() or all(
        s.url not in view.detail.toHtml() for s in with_url)
    # Reading order: Tab from the details reaches each source in turn; Enter opens it.
    view.detail.setFocus()
    for _ in range(30):
        if QApplication.focusWidget() is links[0]:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is links[0]
    qtbot.keyClick(links[0], Qt.Key.Key_Return)
    assert [u.toString() for u in opened] == [with_url[0].url]
    if len(links) > 1:
        qtbot.keyClick(links[0], Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is links[1]


def test_focus_moved_for_the_person_is_scrolled_into_view(make_window, qtbot):
    """Change to a question low on a long page, and back to a Change button low on Check your
    answers: each is on screen, not only focused."""
    from tests.helpers.reach import visible_rect

    window = make_window()
    window.resize(800, 480)
    passed = to_check_page(qtbot, window, load_example(EXAMPLES / "line-manager-session.json"))
    wizard = window.wizard
    shown = wizard.visible_question_ids() & set(wizard.check_page.change_buttons)
    page = max(passed, key=lambda p: len(shown & set(p.fields)))
    qid = [q for q in page.fields if q in shown][-1]
    change = wizard.check_page.change_buttons[qid]
    change.setFocus()
    qtbot.keyClick(change, Qt.Key.Key_Space)
    qtbot.wait(20)
    focus = QApplication.focusWidget()
    assert focus in page.fields[qid].inputs()
    assert visible_rect(focus, window).height() >= min(focus.height(), 16)
    click(qtbot, next_button(wizard))
    qtbot.wait(20)
    back = wizard.check_page.change_buttons[qid]
    assert QApplication.focusWidget() is back
    assert visible_rect(back, window).height() >= back.height() - 1


def test_enter_still_continues_after_continue_was_pressed_with_space(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wizard = window.wizard
    go_on = next_button(wizard)
    go_on.setFocus()
    qtbot.keyClick(go_on, Qt.Key.Key_Space)
    page = wizard.currentPage()
    assert QApplication.focusWidget() is page.first_focus()
    assert go_on.isDefault()  # QWizard had lost its default button: Enter did nothing
    for field in page.fields.values():
        if field.isVisible() and field.question.required:
            click(qtbot, next(iter(field.buttons.values())))
    page.first_focus().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage() is not page


def test_the_notes_box_is_named_by_the_words_shown_beside_it(make_window, qtbot):
    window = make_window()
    wizard = window.wizard
    click(qtbot, wizard.start.mode_buttons["line_manager"])
    page = to_first_step(qtbot, window)
    label = next(lb for lb in page.findChildren(QLabel) if lb.buddy() is page.notes)
    shown = label.text().replace("&", "")
    assert iface(page.notes).text(N) == shown
    assert page.step.title in iface(page.notes).text(D)


def test_ctrl_tab_on_the_plan_moves_focus_once_into_the_tab_shown(make_window, qtbot):
    """A screen reader hears each focus move: Ctrl+Tab from a tab's control goes straight to
    the next tab's first control, never through Back on the way."""
    from tests.helpers.gui import drive

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    drive(qtbot, window, load_example(EXAMPLES / "line-manager-session.json"))
    result = window.wizard.result_page
    tabs = result.tabs
    tabs.setCurrentIndex(0)
    result.checklist.tree.setFocus()
    log = FocusLog()
    for n in range(1, tabs.count() + 1):
        page = tabs.widget(n % tabs.count())
        log.take()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab,
                       Qt.KeyboardModifier.ControlModifier)
        assert tabs.currentWidget() is page
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus) and focus.isVisible()
        assert log.take() == [focus], type(page).__name__
        assert iface(focus).text(N).strip()
    assert QApplication.focusWidget() is result.checklist.tree


def test_closing_help_sources_gives_focus_back_where_it_was(make_window, qtbot):
    from tests.helpers.gui import drive

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    drive(qtbot, window, load_example(EXAMPLES / "line-manager-session.json"))
    tree = window.wizard.result_page.checklist.tree
    tree.setFocus()
    dialog = window.show_sources()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.isAncestorOf(QApplication.focusWidget())  # focus went into the dialog
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is tree


def test_the_checklist_leaves_room_for_the_focus_ring_all_round(make_window, qtbot):
    from app.ui.widgets.focus_ring import RING_PX
    from tests.helpers.gui import drive

    window = make_window()
    drive(qtbot, window, load_example(EXAMPLES / "line-manager-session.json"))
    tree = window.wizard.result_page.checklist.tree
    around = tree.parentWidget().rect()
    box = tree.geometry()
    # The ring is drawn just outside the list; the list's parent would cut off what falls
    # outside it.
    assert box.adjusted(-RING_PX, -RING_PX, RING_PX, RING_PX).intersected(around) == \
        box.adjusted(-RING_PX, -RING_PX, RING_PX, RING_PX)
