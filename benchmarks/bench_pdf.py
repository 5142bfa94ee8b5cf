"""The PDF for the largest example, against a fair bare reportlab document.

The fair document (fair_pdf.py) holds the same paragraphs and markup, the same three
DejaVu faces embedded, a stock tick box per item, the same links and outline entries, made
with stock reportlab alone. A document of plain paragraphs in Helvetica would be no fair
baseline: fonts, fields and links are most of a PDF's cost.

In-process: the plan (from the setup and answers `generate` has) + render_pdf against
building the fair document, both warm. The fair document holds what the PDF of `generate`
holds, the platform steps and incident routes included (tests/perf/test_fair_document.py).
Whole process: `python -m app generate` against `python benchmarks/fair_pdf.py`, each
writing its PDF, with bytecode compiled as after an install. Both are run turn about, a
median of PAIRS pairs, so a busy machine slows both alike. Peak memory: the high-water mark
of each process, the median of MEMORY_RUNS.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import Row, child_env, fair_pdf, precompile

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.25
IN_PROCESS_GOAL = 1.3
MEMORY_GOAL = 1.3
PAIRS = 9
MEMORY_RUNS = 3

# The high-water mark of this process image, written to stderr at exit (the app runs exit
# handlers before it ends). Not ru_maxrss: Linux carries that across exec, so a child would
# report the benchmark's own size.
PEAK = """
import atexit, sys
def _peak():
    with open("/proc/self/status") as fh:
        sys.stderr.write(next(x for x in fh if x.startswith("VmHWM:")).split()[1] + "\\n")
atexit.register(_peak)
"""

# `python -m app ARGS` and `python benchmarks/fair_pdf.py ARGS`, with the peak reported.
APP = """
import runpy
sys.argv[0] = "app"
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""
FAIR = """
import runpy
sys.argv[0] = "benchmarks/fair_pdf.py"
sys.path[0] = "benchmarks"
runpy.run_path("benchmarks/fair_pdf.py", run_name="__main__")
"""


def largest() -> tuple[Path, Any]:
    """The example with the most checklist items, and its plan, made as `generate` makes it:
    with the platform steps, incident routes and any recorded pack or preset. A plan built
    from the questionnaire alone has none of these, and a fair document made from it held
    two thirds of the text of the PDF it was measured against."""
    plans = [(path, plan_of(path)) for path in sorted((ROOT / "examples").glob("*.json"))]
    return max(plans, key=lambda pair: len(pair[1].items))


def plan_of(path: Path) -> Any:
    """The plan `generate` makes for this answers file (no organisation pack configured)."""
    setup, answers = prepared(path)
    return setup.plan(answers)


def prepared(path: Path) -> tuple[Any, Any]:
    """The setup (questionnaire, guidance, recorded pack and preset) and the answers that
    `generate` plans from."""
    from app.core.answers import check_against, load_answers
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire
    from app.core.session import Setup
    from app.core.session_state import restore_setup

    answers = load_answers(path)
    setup, _ = restore_setup(Setup.load(load_questionnaire(default_questionnaire()),
                                        use_config=False), answers)
    check_against(answers, setup.questionnaire)
    return setup, answers


def interleaved_ms(ours: Callable[[], Any], bare: Callable[[], Any], pairs: int
                   ) -> tuple[float, float]:
    """Median times of both, run turn about so a busy machine slows both alike."""
    ours(), bare()  # warm: imports, fonts, the disk cache
    a: list[float] = []
    b: list[float] = []
    for _ in range(pairs):
        for fn, times in ((ours, a), (bare, b)):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(a) * 1000, statistics.median(b) * 1000


def _process(argv: list[str], env: dict[str, str]) -> Callable[[], Any]:
    return lambda: subprocess.run(argv, cwd=ROOT, env=env, check=True,
                                  stdout=subprocess.DEVNULL)


def _peak_mb(code: str, args: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of `python -c code args`, told by the child as it exits."""
    found = []
    for _ in range(MEMORY_RUNS):
        out = subprocess.run([sys.executable, "-c", PEAK + code, *args], cwd=ROOT, env=env,
                             check=True, capture_output=True, text=True)
        found.append(int(out.stderr.strip().splitlines()[-1]) / 1024)
    return statistics.median(found)


def run() -> list[Row]:
    from app.report.pdf import render_pdf

    precompile()
    path, plan = largest()
    spec = fair_pdf.spec(plan)
    has = fair_pdf.counts(spec)
    what = (f"{has['paragraphs']} paragraphs, {has['ticks']} tick boxes, {has['links']} "
            f"links, {has['outline']} outline entries, 3 DejaVu faces")
    setup, answers = prepared(path)
    ours, bare = interleaved_ms(lambda: render_pdf(setup.plan(answers)),
                                lambda: fair_pdf.build(spec), PAIRS)
    rows = [Row(f"pdf {path.stem} in-process", ours, bare, goal=IN_PROCESS_GOAL,
                note=f"fair bare document: {what}")]
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(tmp)
        spec_file = Path(tmp) / "spec.json"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        out, fair_out = str(Path(tmp) / "out.pdf"), str(Path(tmp) / "fair.pdf")
        ours_p, bare_p = interleaved_ms(
            _process([sys.executable, "-m", "app", "generate", str(path), "-o", out], env),
            _process([sys.executable, "benchmarks/fair_pdf.py", str(spec_file), fair_out], env),
            PAIRS)
        ours_mb = _peak_mb(APP, ["generate", str(path), "-o", out], env)
        bare_mb = _peak_mb(FAIR, [str(spec_file), fair_out], env)
    rows.append(Row(f"pdf {path.stem} whole process (generate)", ours_p, bare_p, goal=GOAL,
                    note=f"median of {PAIRS} pairs; the questionnaire and fonts read from the cache"))
    rows.append(Row("peak memory, pdf whole process", ours_mb, bare_mb, "MB",
                    goal=MEMORY_GOAL))
    return rows
