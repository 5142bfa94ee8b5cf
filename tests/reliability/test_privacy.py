"""What holds answers is private to the user (mode 0600, in their own folders), and the error
log never repeats what they typed."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from app.core.answers import Answers
from tests.helpers import EXAMPLES
from tests.helpers.gui import drive, load_example

NAME = "Zebedee Quux-Privacy"
NOTE = "Threatened by a former partner, Mallory Quince-Vex, who knows my street"
AGREED = "Orla Pemberton-Skye will review the privacy settings"
SECRETS = ("Zebedee", "Quux", "Mallory", "Quince-Vex", "Pemberton")


def distinctive_session() -> dict:
    data = load_example(EXAMPLES / "line-manager-session.json")
    data["answers"]["name"] = NAME
    step = next(iter(data.get("notes") or {"security": ""}))
    data["notes"] = {step: NOTE}
    data["agreed_actions"] = AGREED
    return data


@pytest.fixture
def umask_zero():
    """Modes must not depend on a careful umask: with 0, only the app's own mode protects."""
    old = os.umask(0)
    try:
        yield
    finally:
        os.umask(old)


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) == 0o600


def test_every_file_that_holds_answers_is_private(make_window, qtbot, dialogs, tmp_path,
                                                 private_dirs, umask_zero):
    window = make_window()
    drive(qtbot, window, distinctive_session())
    out = tmp_path / "out"
    out.mkdir()
    # Save answers, then the PDF and the web page from the result page.
    dialogs.save_as.append(out / "answers.json")
    assert window.save_answers_as() == out / "answers.json"
    page = window.wizard.result_page
    dialogs.save_as += [out / "plan.pdf", out / "plan.html"]
    assert page.save_pdf() == out / "plan.pdf"
    assert page.export_html() == out / "plan.html"
    assert window.write_autosave()
    written = [out / "answers.json", out / "plan.pdf", out / "plan.html", window.autosave.path]
    for path in written:
        assert private(path), path
    assert NAME in (out / "answers.json").read_text("utf-8")
    # By default the autosave sits in the user's own data folder, which only they can open.
    from app.ui.autosave import Autosave

    default = Autosave()
    default.write(window.wizard.answers().to_json(), "check")
    assert default.path.is_relative_to(private_dirs) and private(default.path)
    assert stat.S_IMODE(default.folder.stat().st_mode) == 0o700
    # Saving again over a file keeps it private.
    assert window.save_answers() == out / "answers.json" and private(out / "answers.json")


def test_the_command_line_writes_private_files(tmp_path, umask_zero):
    from app.cli import main

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(distinctive_session()), "utf-8")
    pdf, html, bio = tmp_path / "p.pdf", tmp_path / "p.html", tmp_path / "b.txt"
    assert main(["generate", str(answers), "-o", str(pdf), "--html", str(html),
                 "--bio", str(bio)]) == 0
    for path in (pdf, html, bio):
        assert private(path), path


def failing_plan(q, answers: Answers):
    """A bug that quotes the answers in its messages, as pydantic errors do."""
    try:
        Answers.model_validate({**answers.model_dump(), "mode": answers.answers["name"]})
    except Exception as exc:
        raise RuntimeError(f"could not plan for {answers.answers['name']}: "
                           f"{answers.notes}") from exc
    raise AssertionError("the model accepted a bad mode")


def test_an_error_log_never_holds_answers(make_window, qtbot, dialogs, tmp_path, monkeypatch,
                                          capfd, umask_zero):
    from app.ui import crash
    from app.ui.pages import result_page

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = make_window()
    logs = tmp_path / "logs"
    crash.install(window.show_error, logs)
    data = distinctive_session()
    monkeypatch.setattr(result_page, "build_plan", failing_plan)
    # Through the wizard to the plan, which fails as it is shown.
    drive(qtbot, window, data)
    wizard = window.wizard
    assert NAME in wizard.answers().answers.values()  # the session really held the answers
    log = logs / crash.LOG_NAME
    text = log.read_text("utf-8")
    assert "RuntimeError" in text and "ValidationError" in text  # the log is still useful
    assert "failing_plan" in text  # where it happened
    for secret in SECRETS:
        assert secret not in text
    assert private(log)
    assert stat.S_IMODE(logs.stat().st_mode) == 0o700
    # What went to stderr (a log file in a windowed build) holds none of it either.
    err = capfd.readouterr().err
    assert "RuntimeError" in err
    assert not any(secret in err for secret in SECRETS)
    # The person was told, and kept their answers.
    assert any(kind == "critical" and str(log) in text_ for kind, _, text_ in dialogs.shown)
    assert window.autosave.exists()
    assert NAME in window.autosave.path.read_text("utf-8")


def test_a_log_made_readable_by_others_is_made_private_again(tmp_path, umask_zero):
    from app.ui import crash

    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / crash.LOG_NAME).write_text("old\n", "utf-8")
    os.chmod(logs / crash.LOG_NAME, 0o644)
    try:
        raise ValueError(NAME)
    except ValueError as exc:
        crash.write_log(logs, ValueError, exc, exc.__traceback__)
    text = (logs / crash.LOG_NAME).read_text("utf-8")
    assert text.startswith("old\n") and "ValueError" in text and NAME not in text
    assert private(logs / crash.LOG_NAME)


def test_the_private_traceback_keeps_the_chain_but_no_message():
    from app.ui.crash import private_traceback

    try:
        try:
            {}[NAME]
        except KeyError:
            raise ValueError(NOTE)  # noqa: B904 - the implicit chain is what is tested
    except ValueError as exc:
        exc.add_note(AGREED)
        text = private_traceback(type(exc), exc, exc.__traceback__)
    assert text.index("builtins.KeyError") < text.index("During handling") \
        < text.index("builtins.ValueError")
    assert text.count("Traceback (most recent call last)") == 2
    assert not any(secret in text for secret in SECRETS)

