"""`make demo`: the PDF, HTML and bios for every example answers file.

Usage: python -m app.demo EXAMPLES_DIR OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m app.demo EXAMPLES_DIR OUT_DIR", file=sys.stderr)
        return 2
    from .core.answers import AnswersError, check_against, load_answers
    from .core.engine import build_plan
    from .core.loader import load_questionnaire
    from .core.paths import default_questionnaire
    from .core.problems import ProblemsError
    from .report.generate import OutputError, write_outputs

    examples, out = Path(argv[0]), Path(argv[1])
    files = sorted(examples.glob("*.json"))
    if not files:
        print(f"demo: no answers files (*.json) in {examples}", file=sys.stderr)
        return 1
    try:
        q = load_questionnaire(default_questionnaire())
    except ProblemsError as exc:
        print(f"demo: the built-in questionnaire has {len(exc.problems)} problem(s); first: "
              f"{exc.problems[0]}", file=sys.stderr)
        return 1
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"demo: cannot create {out}: {(exc.strerror or str(exc)).lower()}",
              file=sys.stderr)
        return 1
    failed = 0
    for path in files:
        try:
            answers = load_answers(path)
            check_against(answers, q)
            write_outputs(build_plan(q, answers), pdf=out / f"{path.stem}.pdf",
                          html=out / f"{path.stem}.html", bio=out / f"{path.stem}.txt")
        except (AnswersError, OutputError) as exc:
            failed += 1
            print(f"demo: {path}: {exc}", file=sys.stderr)
            continue
        print(f"wrote {out / path.stem}.pdf, .html and .txt")
    print(f"{len(files) - failed} of {len(files)} example(s) written to {out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
