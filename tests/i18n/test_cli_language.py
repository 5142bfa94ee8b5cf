"""The command line speaks the language asked for: --lang anywhere, else the system's."""

from __future__ import annotations

import re

import pytest

from app import cli
from app.core import i18n
from tests.helpers import EXAMPLES

EXAMPLE = str(sorted(EXAMPLES.glob("*.json"))[0])


def test_plan_in_welsh_with_lang_after_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["plan", EXAMPLE, "--lang", "cy"]) == 0
    out = capsys.readouterr().out
    assert "\nDechreuwch yma\n" in out and "Lefel risg:" in out and "Rhestr wirio (" in out
    assert "Start here" not in out and "Risk level" not in out


def test_lang_before_the_command_and_in_equals_form(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--lang=cy", "plan", EXAMPLE]) == 0
    assert "Lefel risg:" in capsys.readouterr().out


def test_the_system_language_is_followed_without_lang(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "cy_GB:en")
    assert cli.main(["plan", EXAMPLE]) == 0
    assert "Lefel risg:" in capsys.readouterr().out
    monkeypatch.setenv("LANGUAGE", "de_DE")  # one we do not have: English
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert cli.main(["plan", EXAMPLE]) == 0
    assert "Risk level:" in capsys.readouterr().out


def test_lang_overrides_the_system(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "cy")
    assert cli.main(["--lang", "en", "plan", EXAMPLE]) == 0
    assert "Risk level:" in capsys.readouterr().out


def test_an_unknown_language_is_refused_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--lang", "xx", "plan", EXAMPLE])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--lang" in err and "'cy'" in err and "Traceback" not in err


def test_help_is_translated_in_the_pseudo_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--lang", "qps", "--help"])
    out = capsys.readouterr().out
    # Every command's and option's help went through the translation layer.
    helps = re.findall(r"^ {2,4}(?:-\S+(?: \S+)?|\w[\w-]*) {2,}(\S.*)$", out, re.M)
    assert helps and all(h.startswith(i18n.PSEUDO_OPEN) for h in helps), helps


def test_welsh_messages_keep_what_the_person_named(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--lang", "cy", "check-bio", "--platform", "x",
                     "Policy adviser, DV cleared. Views my own."])
    out = capsys.readouterr().out
    assert code == 1
    assert "peth i edrych arno" in out and "“DV cleared”" in out
