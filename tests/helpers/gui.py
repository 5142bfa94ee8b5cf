"""Drive the wizard as a person would: click where a person clicks, type key by key."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QRadioButton, QWizard


def load_example(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def next_button(wizard: QWizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def click(qtbot, widget) -> None:
    """Click where a person would: on the box or circle of a check box or radio button (a
    stretched button ignores clicks beyond its text), in the middle of anything else."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        pos = QPoint(widget.fontMetrics().height() // 2, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:
    """Click into a text box, clear it as a person would, and type, line by line."""
    click(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        for ch in line:
            type_char(widget, ch)


def type_char(widget, ch: str) -> None:
    """One key press. QTest maps only Latin-1 characters to keys (others abort the process),
    so anything else arrives as a key event carrying just its text, as an input method sends."""
    if ord(ch) < 128:
        QTest.keyClicks(widget, ch)
    else:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def answer_page_by_mouse(qtbot, page, answers: dict[str, Any], notes: dict[str, str]) -> None:
    """Click and type the given answers into the visible questions of one step page."""
    for qid, fld in page.fields.items():
        if not fld.isVisible() or qid not in answers:
            continue
        value = answers[qid]
        qtype = fld.question.type
        if qtype == "yesno":
            click(qtbot, page.findChild(QRadioButton, f"q-{qid}-{'yes' if value else 'no'}"))
        elif qtype == "single":
            click(qtbot, page.findChild(QRadioButton, f"q-{qid}-{value}"))
        elif qtype == "multi":
            for oid in value:
                box = page.findChild(QCheckBox, f"q-{qid}-{oid}")
                if not box.isChecked():
                    click(qtbot, box)
        elif qtype == "text":
            type_into(qtbot, page.findChild(QLineEdit, f"q-{qid}"), value)
        else:
            type_into(qtbot, page.findChild(QPlainTextEdit, f"q-{qid}"), value)
    note = notes.get(page.step.id)
    if note and page.notes.isVisible():
        type_into(qtbot, page.notes, note)


def in_option_order(example: Path, q, folder: Path) -> Path:
    """The example with every list of choices in the questionnaire's option order: the same
    answers, in the order a person ticking boxes down the page gives them."""
    data = load_example(example)
    for qid, value in data["answers"].items():
        question = q.question(qid)
        if isinstance(value, list) and question is not None:
            order = [o.id for o in question.options]
            data["answers"][qid] = sorted(value, key=lambda v: order.index(v) if v in order
                                          else len(order))
    path = folder / example.name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def tick_by_mouse(qtbot, tree, row) -> None:
    from PySide6.QtCore import Qt

    tree.scrollToItem(row)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(row).center())
    qtbot.keyClick(tree, Qt.Key.Key_Space)


def drive(qtbot, window, data: dict) -> list[str]:
    """From the start page to the result page; returns the step ids visited."""
    from app.ui.pages.step_page import StepPage

    wizard = window.wizard
    click(qtbot, wizard.start.mode_buttons[data.get("mode", "alone")])
    click(qtbot, next_button(wizard))
    visited = []
    while isinstance(wizard.currentPage(), StepPage):
        page = wizard.currentPage()
        visited.append(page.step.id)
        answer_page_by_mouse(qtbot, page, data["answers"], data.get("notes", {}))
        click(qtbot, next_button(wizard))
        assert wizard.currentPage() is not page, (page.step.id, page.summary.messages())
    assert wizard.currentId() == wizard.CHECK_ID
    check = wizard.check_page
    if data.get("mode") == "line_manager":
        if data.get("agreed_actions"):
            type_into(qtbot, check.agreed, data["agreed_actions"])
        for key, value in data.get("sign_off", {}).items():
            if value:
                type_into(qtbot, check.sign_off_edits[key], value)
    click(qtbot, next_button(wizard))
    assert wizard.currentId() == wizard.RESULT_ID, check.summary.messages()
    result = wizard.result_page
    for item_id, done in data.get("ticks", {}).items():
        row = result.checklist.row_for(item_id)
        if done and row is not None:
            tick_by_mouse(qtbot, result.checklist.tree, row)
    return visited
