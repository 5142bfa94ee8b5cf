"""From the start page to a saved PDF with the keyboard alone: Tab, arrows, Space, Enter and
mnemonics. Not one mouse event."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton

from tests.helpers import EXAMPLES
from tests.helpers.gui import in_option_order, load_example, type_char

MOUSE_EVENTS = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                QEvent.Type.MouseButtonDblClick}


class MouseWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.count += 1
        return False


class Keyboard:
    def __init__(self, qtbot, window) -> None:
        self.qtbot = qtbot
        self.window = window

    def focus(self):
        return QApplication.focusWidget() or self.window

    def key(self, key: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
            ) -> None:
        self.qtbot.keyClick(self.focus(), key, mod)

    def mnemonic(self, letter: Qt.Key) -> None:
        self.key(letter, Qt.KeyboardModifier.AltModifier)
        self.qtbot.wait(250)  # a button's shortcut clicks it after a short animation

    def tab_to(self, targets: list, limit: int = 120) -> None:
        for _ in range(limit):
            if self.focus() in targets:
                return
            self.key(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {targets[0].objectName()}; "
                             f"stuck at {self.focus().objectName()}")

    def choose(self, buttons: list, wanted) -> None:
        """Tab into a radio group, arrow to the wanted button, Space to select it."""
        self.tab_to(buttons)
        for _ in range(len(buttons) * 2):
            if self.focus() is wanted:
                break
            before = self.focus()
            self.key(Qt.Key.Key_Down)
            if self.focus() is before:  # side-by-side buttons (Yes, No) go with Right
                self.key(Qt.Key.Key_Right)
        assert self.focus() is wanted
        self.key(Qt.Key.Key_Space)
        assert wanted.isChecked()

    def type(self, text: str) -> None:
        for ch in text:
            type_char(self.focus(), ch)


def answer_page_by_keyboard(kb: Keyboard, page, answers: dict) -> None:
    for qid, fld in page.fields.items():
        if not fld.isVisible() or qid not in answers:
            continue
        value = answers[qid]
        kind = fld.question.type
        if kind in ("single", "yesno"):
            buttons = page.findChildren(QRadioButton)
            group = [b for b in buttons if b.objectName().startswith(f"q-{qid}-")]
            oid = ("yes" if value else "no") if kind == "yesno" else value
            kb.choose(group, page.findChild(QRadioButton, f"q-{qid}-{oid}"))
        elif kind == "multi":
            for oid in value:
                box = page.findChild(QCheckBox, f"q-{qid}-{oid}")
                kb.tab_to([box])
                kb.key(Qt.Key.Key_Space)
                assert box.isChecked()
        else:
            kb.tab_to([fld.focus_target()])
            kb.type(value)


def test_keyboard_alone_from_start_page_to_saved_pdf(make_window, qtbot, dialogs, tmp_path,
                                                     questionnaire):
    pytest.importorskip("app.report.pdf")
    from app.cli import main as cli_main
    from app.ui.pages.step_page import StepPage

    example = EXAMPLES / "mixed-new-starter.json"
    if not example.exists():
        example = sorted(EXAMPLES.glob("*.json"))[0]
    data = load_example(example)
    data["mode"] = "alone"
    watch = MouseWatch()
    QApplication.instance().installEventFilter(watch)
    try:
        window = make_window()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        wizard = window.wizard
        kb = Keyboard(qtbot, window)
        start = wizard.start
        kb.choose(list(start.mode_buttons.values()), start.mode_buttons["alone"])
        kb.mnemonic(Qt.Key.Key_C)  # &Continue
        pages = 0
        while isinstance(wizard.currentPage(), StepPage):
            page = wizard.currentPage()
            answer_page_by_keyboard(kb, page, data["answers"])
            # Alternate Enter (the default button) and Alt+C, both ways a person goes on.
            if pages % 2:
                kb.mnemonic(Qt.Key.Key_C)
            else:
                kb.key(Qt.Key.Key_Return)
                qtbot.wait(50)
            assert wizard.currentPage() is not page, page.summary.messages()
            pages += 1
        assert wizard.currentId() == wizard.CHECK_ID
        kb.mnemonic(Qt.Key.Key_C)
        assert wizard.currentId() == wizard.RESULT_ID
        result = wizard.result_page

        # Tick the first checklist item: arrow keys move through the list, Space ticks.
        tree = result.checklist.tree
        kb.tab_to([tree])
        first = tree.topLevelItem(0).child(0)
        for _ in range(5):
            if tree.currentItem() is first:
                break
            kb.key(Qt.Key.Key_Down)
        assert tree.currentItem() is first
        kb.key(Qt.Key.Key_Space)
        item_id = first.data(0, Qt.ItemDataRole.UserRole)
        assert wizard.session.ticks[item_id] is True

        dialogs.save_as.append(tmp_path / "keyboard.pdf")
        kb.mnemonic(Qt.Key.Key_P)  # Save &PDF…
        assert (tmp_path / "keyboard.pdf").exists()
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert watch.count == 0

    # What was saved is what `generate` makes for the same answers and tick.
    same = in_option_order(example, questionnaire, tmp_path)
    expected = json.loads(same.read_text(encoding="utf-8"))
    expected["mode"] = "alone"
    expected["ticks"] = {item_id: True}
    same.write_text(json.dumps(expected), encoding="utf-8")
    assert cli_main(["generate", str(same), "-o", str(tmp_path / "cli.pdf")]) == 0
    assert (tmp_path / "keyboard.pdf").read_bytes() == (tmp_path / "cli.pdf").read_bytes()
