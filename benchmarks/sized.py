"""Child process for bench_scaling: check, plan and print one generated questionnaire of
N items. Prints one JSON line: milliseconds, item and page counts, memory in KB.

Run as `python -m benchmarks.sized N_ITEMS PDF_RUNS`.
"""

from __future__ import annotations

import json
import re
import resource
import sys
import time
from typing import Any


def _rss_kb() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() // 1024


def _best_ms(fn: Any, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def main(n_items: int, pdf_runs: int) -> dict[str, float]:
    from app.core.answers import Answers, check_against
    from app.core.engine import build_plan
    from app.core.loader import from_located
    from app.core.yamlfile import Located
    from app.report.pdf import render_pdf
    from benchmarks.generated import questionnaire

    render_pdf(build_plan(from_located(Located("warm", questionnaire(10)[0])),
                          Answers.model_validate(questionnaire(10)[1])))  # imports, fonts
    data, answers_data = questionnaire(n_items)
    out: dict[str, float] = {}
    # The fastest of several runs: other work on the machine only ever adds time.
    runs = max(2, 2_000 // n_items)
    q = from_located(Located("generated", data))  # every schema and cross-reference check
    out["check_ms"] = _best_ms(lambda: from_located(Located("generated", data)), runs)
    answers = Answers.model_validate(answers_data)
    check_against(answers, q)
    out["plan_ms"] = _best_ms(lambda: build_plan(q, answers), max(5, 20_000 // n_items))
    plan = build_plan(q, answers)
    out["items"] = len(plan.items)
    out["rss_before_kb"] = _rss_kb()
    pdf = b""

    def render() -> None:
        nonlocal pdf
        pdf = render_pdf(plan)

    out["pdf_ms"] = _best_ms(render, pdf_runs)
    out["pages"] = len(re.findall(rb"/Type /Page(?!s)", pdf))
    out["peak_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return out


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]))), flush=True)
