"""The command line: `profile-planner` opens the wizard; subcommands work without a display."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .core.gcpause import paused_gc
from .core.i18n import LANG_CHOICES, _, language_from, set_language, system_language

if TYPE_CHECKING:  # the command line imports its parts only when a command needs them
    from .core.engine import Plan
    from .core.problems import Problem
    from .core.questionnaire import Questionnaire
    from .core.session import Setup

USAGE_ERROR = 2


def _setup_options(p: argparse.ArgumentParser, default: object) -> None:
    """--org and --preset, accepted before the command and after it."""
    p.add_argument("--org", metavar="FILE", default=default, help=_(
        "use this organisation pack (default: organisation.yaml in your configuration "
        "folder, if there)"))
    p.add_argument("--preset", metavar="FILE", default=default,
                   help=_("apply a security officer's preset"))
    _lang_option(p, default)


def _lang_option(p: argparse.ArgumentParser, default: object) -> None:
    p.add_argument("--lang", metavar="CODE", choices=LANG_CHOICES, default=default,
                   help=_("the language to use: en (English), cy (Cymraeg) or qps (a test "
                          "language for translators); default: the system's"))


def apply_lang(args: argparse.Namespace) -> None:
    """Switch to the --lang given, if any (main() has already read it from the command line;
    this is for callers that build args themselves)."""
    lang = getattr(args, "lang", None)
    if lang:
        set_language(lang)


def _parser() -> argparse.ArgumentParser:
    from .argparse_words import install

    install()
    p = argparse.ArgumentParser(
        prog="profile-planner",
        description=_("Plan a safe, well-set-up social media account. With no command, "
                      "opens the wizard."))
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                   help=_("show program's version number and exit"))
    p.add_argument("--questionnaire", metavar="FILE", help=_(
        "use this questionnaire instead of the built-in one"))
    _setup_options(p, None)
    p.add_argument("--open", metavar="FILE", help=_(
        "open the wizard with this answers file, preset or organisation pack (also: "
        "profile-planner FILE)"))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    v = sub.add_parser("validate", help=_(
        "check questionnaire, preset and organisation files and report every problem"))
    v.add_argument("paths", nargs="*", metavar="PATH", help=_(
        "questionnaire, preset or organisation files, or folders (default: the built-in "
        "questionnaires)"))
    v.add_argument("--org", metavar="FILE", default=argparse.SUPPRESS,
                   help=_("check presets against this organisation's items too"))
    _lang_option(v, argparse.SUPPRESS)

    s = sub.add_parser("schema", help=_("print the JSON Schema for editors"))
    s.add_argument("kind", choices=["questionnaire", "answers", "platform-steps", "incidents"])
    _lang_option(s, argparse.SUPPRESS)

    pl = sub.add_parser("plan", help=_("print the risk level, checklist and bios for answers"))
    pl.add_argument("answers", metavar="ANSWERS.json")
    pl.add_argument("--json", action="store_true", help=_("print JSON instead of text"))
    _setup_options(pl, argparse.SUPPRESS)

    g = sub.add_parser("generate", help=_("write the PDF checklist (and HTML, bios)"))
    g.add_argument("answers", metavar="ANSWERS.json")
    g.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    g.add_argument("--html", metavar="OUT.html",
                   help=_("also write the accessible HTML version"))
    g.add_argument("--bio", metavar="OUT.txt", help=_("also write the bios as text"))
    g.add_argument("--ics", metavar="OUT.ics", help=_(
        "also write a calendar reminder to review the plan"))
    g.add_argument("--bilingual", action="store_true", help=_(
        "a PDF in the chosen language (Welsh if none is chosen) followed by English, as Welsh "
        "public bodies publish"))
    _setup_options(g, argparse.SUPPRESS)

    d = sub.add_parser("describe", help=_("write a reviewer's view of the questionnaire"))
    d.add_argument("-o", "--output", metavar="OUT.md", help=_("write here instead of printing"))
    _lang_option(d, argparse.SUPPRESS)

    from . import batch

    b = sub.add_parser("batch", help=_(batch.HELP))
    batch.add_arguments(b)
    _lang_option(b, argparse.SUPPRESS)

    from .checkbio import add_parser as add_check_bio

    _lang_option(add_check_bio(sub), argparse.SUPPRESS)
    return p


def _questionnaire_path(args: argparse.Namespace) -> Path:
    from .core.paths import default_questionnaire

    return Path(args.questionnaire) if args.questionnaire else default_questionnaire()


def load_questionnaire_or_exit(args: argparse.Namespace) -> Questionnaire:
    from .core.loader import load_questionnaire
    from .core.problems import ProblemsError

    try:
        return load_questionnaire(_questionnaire_path(args))
    except ProblemsError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(1) from None


def _safe(text: str) -> str:
    """Text for the terminal: control characters in file names or answers shown escaped."""
    from .core.problems import one_line

    return one_line(str(text))


def _print_problems(problems: Iterable[Problem]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


def load_setup_or_exit(args: argparse.Namespace) -> Setup:
    """The questionnaire with --org (or the configured organisation) and --preset applied."""
    from .core.problems import ProblemsError
    from .core.session import Setup

    q = load_questionnaire_or_exit(args)
    try:
        setup = Setup.load(q, organisation=getattr(args, "org", None),
                           preset=getattr(args, "preset", None))
    except ProblemsError as exc:
        _print_problems(exc.problems)
        raise SystemExit(1) from None
    for note in setup.notes:
        print(f"profile-planner: {_safe(note)}", file=sys.stderr)
    return setup


def load_plan_or_exit(args: argparse.Namespace) -> Plan:
    from .core.answers import AnswersError, check_against, load_answers
    from .core.session_state import restore_setup

    setup = load_setup_or_exit(args)
    try:
        answers = load_answers(args.answers)
        # The preset and organisation pack the answers were made with apply again.
        setup, told = restore_setup(setup, answers)
        check_against(answers, setup.questionnaire)
    except AnswersError as exc:
        print(f"profile-planner: {_safe(args.answers)}: {exc}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR) from None
    for line in told:
        print(f"profile-planner: {line}", file=sys.stderr)
    return setup.plan(answers)


def cmd_validate(args: argparse.Namespace) -> int:
    from .core.paths import questionnaires_dir
    from .core.session import check_files

    targets = [Path(p) for p in args.paths] or [questionnaires_dir()]
    files: list[Path] = []
    for t in targets:
        if t.is_dir():
            files.extend(sorted(t.glob("*.yaml")) + sorted(t.glob("*.yml")))
        else:
            files.append(t)
    if not files:
        print(_("{places}: no questionnaire files (*.yaml) found.").format(
            places=_safe(", ".join(map(str, targets)))), file=sys.stderr)
        return 1
    org = getattr(args, "org", None)
    problems = check_files(files, _questionnaire_path(args), Path(org) if org else None)
    for problem in problems:
        print(problem)
    bad = len({p.file for p in problems})
    # Translators: scripts and tests read this summary line in English, so it keeps "(s)"
    # rather than a plural form per number.
    print(_("{files} file(s) checked, {problems} problem(s) in {bad} file(s).").format(
        files=len(files), problems=len(problems), bad=bad), file=sys.stderr)
    return 1 if problems else 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .core.schema import schema_text

    sys.stdout.write(schema_text(args.kind))
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from .core.plantext import render

    plan = load_plan_or_exit(args)
    if args.json:
        print(json.dumps(plan.to_dict(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write("\n".join(map(_safe, render(plan).split("\n"))))
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    from .core.i18n import SOURCE, current_language, set_language
    from .report.generate import OutputError, write_outputs
    from .report.logo import logo_problem

    apply_lang(args)
    english = None
    if args.bilingual:
        if current_language() == SOURCE:
            set_language("cy")
        lang = current_language()
        set_language(SOURCE)
        english = load_plan_or_exit(args)
        set_language(lang)
    plan = load_plan_or_exit(args)
    problem = logo_problem(plan.organisation)
    if problem:
        print(f"profile-planner: {_safe(problem)}", file=sys.stderr)
    try:
        write_outputs(plan, pdf=Path(args.output),
                      html=Path(args.html) if args.html else None,
                      bio=Path(args.bio) if args.bio else None,
                      ics=Path(args.ics) if args.ics else None, english=english,
                      inputs=[args.answers, args.questionnaire, getattr(args, "org", None),
                              getattr(args, "preset", None)])
    except OutputError as exc:
        print(f"profile-planner: {_safe(str(exc))}", file=sys.stderr)
        return 1
    return 0


def cmd_describe(args: argparse.Namespace) -> int:
    from .core import safe_write
    from .core.describe import describe

    text = describe(load_questionnaire_or_exit(args))
    if args.output:
        try:
            safe_write.write_set([(args.output, text.encode("utf-8"))], mode=0o644,
                                 inputs=[_questionnaire_path(args)])
        except OSError as exc:
            why = str(exc) if isinstance(exc, safe_write.WriteRefused) else \
                f"{args.output}: {(exc.strerror or str(exc)).lower()}"
            print("profile-planner: " + _("cannot write {what}").format(what=_safe(why)),
                  file=sys.stderr)
            return 1
    else:
        sys.stdout.write(text)
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    from .batch import cmd_batch

    return cmd_batch(args)


def cmd_check_bio(args: argparse.Namespace) -> int:
    from .checkbio import run

    return run(args)


COMMANDS = {"validate": cmd_validate, "schema": cmd_schema, "plan": cmd_plan,
            "generate": cmd_generate, "describe": cmd_describe, "batch": cmd_batch,
            "check-bio": cmd_check_bio}


OPENS = (".json", ".yaml", ".yml")  # answers, presets and organisation packs


def file_to_open(argv: list[str]) -> list[str]:
    """`profile-planner FILE` (a double-click, or the desktop file's %f) opens the wizard
    with that answers file, preset or organisation pack: argv with it as `--open FILE`."""
    takes_value = {"--org", "--preset", "--questionnaire", "--open"}
    for n, arg in enumerate(argv):
        if arg.startswith("-"):
            continue
        if n and argv[n - 1] in takes_value:
            continue
        if arg in COMMANDS or Path(arg).suffix.lower() not in OPENS:
            return argv
        return [*argv[:n], "--open", arg, *argv[n + 1:]]
    return argv


def main(argv: list[str] | None = None) -> int:
    argv = file_to_open(list(sys.argv[1:] if argv is None else argv))
    # The wizard also remembers a choice made in its Language menu (launch.py).
    set_language(language_from(argv) or system_language())
    args = _parser().parse_args(argv)
    if args.command is None:
        from .launch import run_gui

        return run_gui(argv)
    try:
        # A short run: its objects all live until it ends, so cycle collection would find
        # nothing worth the scans (about a twentieth of `generate`). batch collects itself.
        with paused_gc():
            return COMMANDS[args.command](args)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback for the person
        # The type only: a message can quote answers, and stderr may be the log.
        print("profile-planner: " + _("unexpected error ({kind}). Please report this.").format(
            kind=type(exc).__name__), file=sys.stderr)
        return 70


def main_gui() -> int:
    from .launch import run_gui

    argv = file_to_open(sys.argv[1:])
    set_language(language_from(argv) or system_language())
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
