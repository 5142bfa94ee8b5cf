"""`profile-planner check-bio`: what the plan's rules say about a bio you already have."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core.i18n import _, ngettext

MAX_BIO_BYTES = 64 * 1024
USAGE_ERROR = 2


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    c = sub.add_parser("check-bio", help=_(
        "check a bio (your current one, or a draft you edited) against the plan's rules; "
        "exit 1 if something is flagged"))
    c.add_argument("text", nargs="*", metavar="TEXT", help=_("the bio (or use --file)"))
    c.add_argument("--platform", required=True, metavar="ID",
                   help=_("x, linkedin, bluesky, mastodon, instagram, threads or facebook"))
    c.add_argument("--file", metavar="FILE", help=_(
        "read the bio from this file ('-' for standard input)"))
    c.add_argument("--answers", metavar="ANSWERS.json", help=_(
        "also check against your plan's rules: whether it may name your employer, job or "
        "town"))
    c.add_argument("--org", metavar="FILE", default=argparse.SUPPRESS,
                   help=_("use this organisation pack"))
    c.add_argument("--preset", metavar="FILE", default=argparse.SUPPRESS,
                   help=_("apply a security officer's preset"))
    return c


def _read(args: argparse.Namespace) -> str:
    if args.file is None:
        if not args.text:
            raise ValueError(_("give the bio as TEXT or with --file."))
        return " ".join(args.text)
    if args.text:
        raise ValueError(_("give the bio as TEXT or with --file, not both."))
    if args.file == "-":
        data = sys.stdin.buffer.read(MAX_BIO_BYTES + 1)
    else:
        path = Path(args.file)
        if not path.is_file():  # a FIFO or a device would block or never end
            raise ValueError(_("{file}: not a file that can be read.").format(file=args.file))
        with path.open("rb") as fh:
            data = fh.read(MAX_BIO_BYTES + 1)
    if len(data) > MAX_BIO_BYTES:
        raise ValueError(_("{file}: too long for a bio (more than 64 KB).").format(
            file=args.file))
    try:
        return data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise ValueError(_("{file}: not UTF-8 text.").format(file=args.file)) from None


def run(args: argparse.Namespace) -> int:
    from .cli import load_plan_or_exit, load_setup_or_exit
    from .core import bio, graphemes, screening

    try:
        text = _read(args)
    except (OSError, ValueError) as exc:
        print(f"profile-planner: {exc}", file=sys.stderr)
        return USAGE_ERROR
    if args.answers:
        plan = load_plan_or_exit(args)
        q = plan.questionnaire
        # The answers as typed: a job title typed before the plan hid the question still counts.
        forbidden, known = bio.plan_rules(q, plan.answers.answers,
                                          plan.flow.context(plan.answers.mode))
    else:
        q = load_setup_or_exit(args).questionnaire
        forbidden, known = frozenset(), {}
    platform = next((p for p in q.bio.platforms if p.id == args.platform.lower()), None)
    if platform is None:
        ids = ", ".join(p.id for p in q.bio.platforms)
        print("profile-planner: " + _('unknown platform "{platform}"; use one of: {ids}.').format(
            platform=args.platform, ids=ids), file=sys.stderr)
        return USAGE_ERROR
    findings = screening.check_bio(text, platform.bio_limit, platform.name, forbidden, known)
    n = graphemes.count(text)
    head = _("{platform} {bio}, {n} of {limit} characters").format(
        platform=platform.name, bio=platform.bio_label, n=n, limit=platform.bio_limit)
    if not findings:
        print(_("{head}: nothing to change.").format(head=head))
    else:
        print(ngettext("{head}: {n} thing to look at.", "{head}: {n} things to look at.",
                       len(findings)).format(head=head, n=len(findings)))
        for f in findings:
            print(f"- {f.message}")
    if not args.answers:
        print(_("To check it against your plan too (employer, job, town), add "
                "--answers ANSWERS.json."))
    return 1 if findings else 0
