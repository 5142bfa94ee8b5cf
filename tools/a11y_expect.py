"""What the AT-SPI walk (tools/a11y_walk.py) should find for one answers file, as JSON.

    python -m tools.a11y_expect ANSWERS.json

The walk runs under the system Python (pyatspi is a Debian package, not a wheel), so it
cannot import the app; this prints the figures it measures against: the checklist's items
and ticks, the sources with a link, and a text question with a character limit.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def expected(answers_path: Path) -> dict[str, object]:
    from app.core.answers import load_answers
    from app.core.engine import build_plan
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire

    q = load_questionnaire(default_questionnaire())
    answers = load_answers(answers_path)
    plan = build_plan(q, answers)
    items = [pi for _, members in plan.groups() for pi in members]
    limited = next(qu for step in q.steps for qu in step.questions
                   if qu.type == "text" and qu.max_length)
    return {
        "checklist_items": len(items),
        "checklist_ticked": sum(bool(answers.ticks.get(pi.item.id)) for pi in items),
        "checklist_sections": [group.title for group, _ in plan.groups()],
        "sources_with_link": sum(1 for s in q.sources if s.url),
        "limited_question": limited.label,
        "limited_max": limited.max_length,
        "step_titles": [step.title for step in q.steps],
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tools.a11y_expect ANSWERS.json", file=sys.stderr)
        return 2
    print(json.dumps(expected(Path(args[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
