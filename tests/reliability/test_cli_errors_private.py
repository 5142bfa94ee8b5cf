"""An unexpected error on the command line says what kind it was, never what it quoted."""

from __future__ import annotations

from app import cli


def test_unexpected_error_names_its_type_but_not_its_message(monkeypatch, capsys):
    def broken(args):
        raise ValueError("input_value='Zebedee Quux-Privacy, under threat'")

    monkeypatch.setitem(cli.COMMANDS, "schema", broken)
    assert cli.main(["schema", "answers"]) == 70
    err = capsys.readouterr().err
    assert "unexpected error (ValueError)" in err
    assert "Zebedee" not in err and "Traceback" not in err
