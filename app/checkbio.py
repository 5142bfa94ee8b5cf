"""`profile-planner check-bio`: what the plan's rules say about a bio you already have."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

MAX_BIO_BYTES = 64 * 1024
USAGE_ERROR = 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    c = sub.add_parser("check-bio", help="check a bio (your current one, or a draft you "
                       "edited) against the plan's rules; exit 1 if something is flagged")
    c.add_argument("text", nargs="*", metavar="TEXT", help="the bio (or use --file)")
    c.add_argument("--platform", required=True, metavar="ID",
                   help="x, linkedin, bluesky, mastodon, instagram, threads or facebook")
    c.add_argument("--file", metavar="FILE", help="read the bio from this file ('-' for "
                   "standard input)")
    c.add_argument("--answers", metavar="ANSWERS.json", help="also check against your "
                   "plan's rules: whether it may name your employer, job or town")
    c.add_argument("--org", metavar="FILE", default=argparse.SUPPRESS,
                   help="use this organisation pack")
    c.add_argument("--preset", metavar="FILE", default=argparse.SUPPRESS,
                   help="apply a security officer's preset")


def _read(args: argparse.Namespace) -> str:
    if args.file is None:
        if not args.text:
            raise ValueError("give the bio as TEXT or with --file.")
        return " ".join(args.text)
    if args.text:
        raise ValueError("give the bio as TEXT or with --file, not both.")
    if args.file == "-":
        data = sys.stdin.buffer.read(MAX_BIO_BYTES + 1)
    else:
        path = Path(args.file)
        if not path.is_file():  # a FIFO or a device would block or never end
            raise ValueError(f"{args.file}: not a file that can be read.")
        with path.open("rb") as fh:
            data = fh.read(MAX_BIO_BYTES + 1)
    if len(data) > MAX_BIO_BYTES:
        raise ValueError(f"{args.file}: too long for a bio (more than 64 KB).")
    try:
        return data.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise ValueError(f"{args.file}: not UTF-8 text.") from None


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
        print(f"profile-planner: unknown platform \"{args.platform}\"; use one of: {ids}.",
              file=sys.stderr)
        return USAGE_ERROR
    findings = screening.check_bio(text, platform.bio_limit, platform.name, forbidden, known)
    n = graphemes.count(text)
    head = f"{platform.name} {platform.bio_label}, {n} of {platform.bio_limit} characters"
    if not findings:
        print(f"{head}: nothing to change.")
    else:
        print(f"{head}: {len(findings)} thing{'s' if len(findings) != 1 else ''} to look at.")
        for f in findings:
            print(f"- {f.message}")
    if not args.answers:
        print("To check it against your plan too (employer, job, town), add "
              "--answers ANSWERS.json.")
    return 1 if findings else 0
