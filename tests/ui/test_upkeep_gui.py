"""Issue 17 in the app: an item's platform steps in the checklist details, the review panel
with its calendar reminder, the 'If something goes wrong' tab, and what changed when an
answers file saved with older guidance is opened. Driven as a person would.

"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from app.core.paths import default_questionnaire
from tests.helpers.gui import click, next_button

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "mixed-new-starter.json"
SHOTS = os.environ.get("PP_UPKEEP_SHOTS")  # a folder: also save the screenshots there


def shot(widget, tmp_path: Path, name: str) -> Path:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # let layouts settle, as before a person sees the window
    path = tmp_path / name
    widget.grab().save(str(path))
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))
    return path


def to_result(qtbot, window) -> None:
    wizard = window.wizard
    while wizard.currentId() != wizard.RESULT_ID:
        click(qtbot, next_button(wizard))


def select_item(tree, item_id: str):
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        for j in range(head.childCount()):
            if head.child(j).data(0, Qt.ItemDataRole.UserRole) == item_id:
                row = head.child(j)
                tree.scrollToItem(row)
                tree.setCurrentItem(row)
                return row
    raise AssertionError(item_id)


@pytest.fixture(autouse=True)
def after_the_guidance_was_checked(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1796083200")  # 1 December 2026


def test_item_shows_its_steps_for_the_chosen_platforms(make_window, qtbot, dialogs, tmp_path):
    window = make_window()
    window.resize(1000, 900)
    assert window.open_path(EXAMPLE)  # X, LinkedIn and Bluesky
    to_result(qtbot, window)
    page = window.wizard.result_page
    select_item(page.checklist.tree, "privacy-settings")
    detail = page.checklist.detail.toPlainText()
    assert "On your platforms" in detail
    assert "LinkedIn, who can see your posts and profile:" in detail
    assert "Not possible on Bluesky. Bluesky has no private accounts." in detail
    for other in ("Mastodon", "Instagram", "Threads", "Facebook"):
        assert other not in detail
    assert 'href="https://help.x.com/en/safety-and-security/how-to-make-x-private-and-public"' \
        in page.checklist.detail.toHtml()
    page.checklist.findChild(QSplitter).setSizes([220, 480])
    shot(window, tmp_path, "15-result-item-platform-steps.png")
    # The review panel, and a reminder a calendar can read.
    assert page.upkeep.review.text().startswith("Guidance checked on ")
    assert "Review this plan by 1 March 2027" in page.upkeep.review.text()
    dialogs.save_as.append(tmp_path / "remind-me")
    click(qtbot, page.upkeep.reminder_button)
    cal = Calendar.from_ical((tmp_path / "remind-me.ics").read_bytes())
    event = next(iter(cal.walk("VEVENT")))
    assert event.decoded("dtstart") == dt.date(2027, 3, 1)
    # What to do if something goes wrong, with the chosen platforms' help centres.
    page.tabs.setCurrentWidget(page.incidents)
    routes = page.incidents.toPlainText()
    assert "Your account is hacked" in routes and "Report Fraud" in routes
    assert "https://help.x.com/en" in routes and "Facebook" not in routes


def older_answers(tmp_path: Path) -> Path:
    """The example, saved with guidance version 2026.10: the advice on small details did not exist,
    privacy settings were only worth considering, and a monthly check has since gone."""
    from app.core.loader import load_questionnaire

    q = load_questionnaire(default_questionnaire(), use_cache=False)
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["questionnaire"]["version"] = "2026.10"
    items = {it.id: it.priority for it in q.items if it.id != "aggregation"}
    items["privacy-settings"] = "consider"
    items["monthly-check"] = "should"
    data["saved_with"] = {"version": "2026.10", "items": items,
                          "titles": {"monthly-check": "Check your settings once a month",
                                     "two-step": "Turn on 2-step verification"},
                          "steps": {}}
    data["ticks"] = {"two-step": True, "monthly-check": True}
    path = tmp_path / "saved-last-year.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_opening_an_older_file_says_what_changed_and_keeps_ticks(make_window, qtbot, dialogs,
                                                                  tmp_path):
    window = make_window()
    window.resize(1000, 900)
    assert window.open_path(older_answers(tmp_path))
    kind, title, text = dialogs.shown[-1]
    assert (kind, title) == ("information", "The guidance has changed")
    assert "New: Think about what small details add up to" in text
    assert "No longer in the guidance: Check your settings once a month" in text
    assert "Now should do (was worth considering): Check who can see your posts and profile" \
        in text
    assert "New steps for X: 2-step verification; who can see your posts and profile" in text
    assert " done." in window.statusBar().currentMessage()
    to_result(qtbot, window)
    page = window.wizard.result_page
    changes = page.upkeep.changes
    assert changes.isVisible() and "New: Think about what small details add up to" in changes.text()
    row = select_item(page.checklist.tree, "two-step")
    assert row.checkState(0) == Qt.CheckState.Checked  # the tick is kept
    assert window.wizard.answers().ticks == {"two-step": True}
    total = sum(page.checklist.tree.topLevelItem(i).childCount()
                for i in range(page.checklist.tree.topLevelItemCount()))
    assert page.upkeep.progress.text() == f"Your progress: 1 of {total} done."
    select_item(page.checklist.tree, "aggregation")
    shot(window, tmp_path, "16-result-what-changed.png")
    # Saving records today's guidance, so the next opening has nothing new to say.
    dialogs.save_as.append(tmp_path / "saved-now.json")
    window.save_answers_as()
    saved = json.loads((tmp_path / "saved-now.json").read_text(encoding="utf-8"))
    assert saved["saved_with"]["version"] == "2026.11"
    assert "aggregation" in saved["saved_with"]["items"]
    shown = len(dialogs.shown)
    assert window.open_path(tmp_path / "saved-now.json")
    assert len(dialogs.shown) == shown


def test_old_content_is_flagged_in_the_app(make_window, qtbot, tmp_path):
    org = tmp_path / "organisation.yaml"
    org.write_text("schema_version: 1\nkind: organisation\nname: Department for Example\n"
                   "short_name: DfEx\nreviewed: \"2025-03-01\"\nstale_after_months: 6\n"
                   "review_every_months: 1\n", encoding="utf-8")
    window = make_window(organisation_path=org)
    assert window.open_path(EXAMPLE)
    to_result(qtbot, window)
    panel = window.wizard.result_page.upkeep
    assert panel.stale.isVisible()
    assert panel.stale.text().startswith("This guidance was last checked on 1 March 2025, "
                                         "more than 6 months ago.")
    assert "Review this plan by 1 January 2027" in panel.review.text()
