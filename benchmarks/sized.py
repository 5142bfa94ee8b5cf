"""Child process for bench_scaling: check, plan and print generated questionnaires.

`python -m benchmarks.sized timing N1 N2 ... --pdf N1 N2` times every size in turn, round
after round, so a machine that gets busier slows every size alike; the fastest round counts
(other work only ever adds time). `python -m benchmarks.sized pdf N` prints one PDF of N
items in a fresh process and reports its memory. Each prints one JSON line.
"""

from __future__ import annotations

import json
import re
import resource
import sys
import time
from typing import Any

from benchmarks import fastest_ms

ROUNDS = 3


def _rss_kb() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() // 1024


def _peak_kb() -> int:
    # Not ru_maxrss: Linux carries that across exec, so it may be the parent's size.
    with open("/proc/self/status") as fh:
        return int(next(x for x in fh if x.startswith("VmHWM:")).split()[1])


def _prepared(n_items: int) -> tuple[Any, Any, Any]:
    """(questionnaire data, checked questionnaire, answers) for n_items."""
    from app.core.answers import Answers, check_against
    from app.core.loader import from_located
    from app.core.yamlfile import Located
    from benchmarks.generated import questionnaire

    data, answers_data = questionnaire(n_items)
    q = from_located(Located("generated", data))
    answers = Answers.model_validate(answers_data)
    check_against(answers, q)
    return data, q, answers


def _warm() -> None:
    from app.core.engine import build_plan
    from app.report.pdf import render_pdf

    _, q, answers = _prepared(10)
    render_pdf(build_plan(q, answers))  # imports and fonts


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page(?!s)", pdf))


def timing(sizes: list[int], pdf_sizes: list[int]) -> dict[str, dict[str, float]]:
    from app.core.engine import build_plan
    from app.core.loader import from_located
    from app.core.yamlfile import Located
    from app.report.pdf import render_pdf

    _warm()
    ready = {n: _prepared(n) for n in sizes}
    out: dict[str, dict[str, float]] = {str(n): {} for n in sizes}
    for _ in range(ROUNDS):
        for n, (data, q, answers) in ready.items():
            found = out[str(n)]
            check = fastest_ms(lambda: from_located(Located("generated", data)))  # noqa: B023
            plan_runs = max(3, 10_000 // n)
            plan = fastest_ms(lambda: build_plan(q, answers), runs=plan_runs)  # noqa: B023
            found["check_ms"] = min(check, found.get("check_ms", check))
            found["plan_ms"] = min(plan, found.get("plan_ms", plan))
            found["items"] = len(build_plan(q, answers).items)
            if n in pdf_sizes:
                made = build_plan(q, answers)
                pdf = b""

                def render(made: Any = made) -> None:
                    nonlocal pdf
                    pdf = render_pdf(made)

                took = fastest_ms(render)
                found["pdf_ms"] = min(took, found.get("pdf_ms", took))
                found["pages"] = _pages(pdf)
    return out


def one_pdf(n_items: int) -> dict[str, float]:
    from app.core.engine import build_plan
    from app.report.pdf import render_pdf

    _warm()
    _, q, answers = _prepared(n_items)
    plan = build_plan(q, answers)
    before = _rss_kb()
    start = time.perf_counter()
    pdf = render_pdf(plan)
    took = (time.perf_counter() - start) * 1000
    return {"pdf_ms": took, "items": len(plan.items), "pages": _pages(pdf),
            "rss_before_kb": before, "peak_kb": _peak_kb()}


if __name__ == "__main__":
    if sys.argv[1] == "pdf":
        print(json.dumps(one_pdf(int(sys.argv[2]))), flush=True)
    else:
        args = sys.argv[2:]
        cut = args.index("--pdf") if "--pdf" in args else len(args)
        print(json.dumps(timing([int(a) for a in args[:cut]],
                                [int(a) for a in args[cut + 1:]])), flush=True)
