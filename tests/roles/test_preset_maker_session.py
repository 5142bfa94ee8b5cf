"""The preset maker talks to the session as the pages do: it needs nothing of the wizard
but the session its host holds, and it follows changes made in the wizard while it is open,
keeping what the officer already ticked."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

pytest.importorskip("PySide6.QtWidgets")

from app.core.session import Setup
from app.core.session_state import Session
from tests.helpers import EXAMPLES
from tests.helpers.gui import click
from tests.helpers.wizard_fixtures import dialogs, make_window, private_dirs  # noqa: F401


@dataclass
class OnlyASession:
    """A host that offers the session and nothing else of the wizard."""

    session: Session


def shown_answer(maker, qid: str) -> str:
    """The answer the maker shows in the row for this question."""
    row, *_ = maker.grid.getItemPosition(maker.grid.indexOf(maker.include[qid]))
    return maker.grid.itemAtPosition(row, 1).widget().text()


def test_the_maker_needs_only_the_session(qtbot, questionnaire):
    from app.ui.dialogs.preset_maker import PresetMaker

    session = Session(questionnaire, Setup(questionnaire))
    session.set_answer("purpose", "professional")
    session.set_answer("threat", True)
    maker = PresetMaker(OnlyASession(session))  # type: ignore[arg-type]
    qtbot.addWidget(maker)
    assert set(maker.include) == {"purpose", "threat"}
    maker.lock["threat"].setChecked(True)
    maker.title_edit.setText("Staff at risk")
    data = maker.data()
    assert data["questionnaire"] == questionnaire.id
    assert data["answers"]["threat"] == {"value": True, "locked": True}
    assert data["answers"]["purpose"] == {"value": "professional"}


def test_an_answer_changed_in_the_wizard_shows_in_the_open_maker(make_window, qtbot,  # noqa: F811
                                                                 questionnaire):
    window = make_window()
    window.open_path(EXAMPLES / "mixed-new-starter.json")
    window.make_preset_action.trigger()
    maker = window.preset_maker
    qtbot.waitExposed(maker)
    assert shown_answer(maker, "threat") == "No"
    click(qtbot, maker.lock["purpose"])  # the officer's choice, made before the change
    # Back in the wizard, the officer changes another answer by clicking it.
    window.wizard.go_to(window.wizard.page_id_for(questionnaire.steps[1].id))
    security = window.wizard.step_pages[1]
    threat = security.fields["threat"]
    click(qtbot, threat.buttons["yes"])
    qtbot.waitUntil(lambda: shown_answer(maker, "threat") == "Yes", timeout=3000)
    # What the officer ticked before the change is still ticked.
    assert maker.lock["purpose"].isChecked() and maker.include["purpose"].isChecked()
    assert maker.data()["answers"]["threat"] == {"value": True}
