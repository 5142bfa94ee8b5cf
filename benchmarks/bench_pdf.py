"""The PDF for the largest example, against a bare reportlab document of as many paragraphs.

In-process: build_plan + render_pdf, warm (fonts registered), median of several runs.
Whole process: `python -m app generate`, against `python -c` that imports reportlab and
builds the bare document; both pay interpreter start-up, so the ratio shows our overhead.
"""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import Row

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.3
MEMORY_GOAL = 1.3  # as for start-up
RUNS = 7
PROCESS_RUNS = 5

# The high-water mark of this process image, written to stderr at exit. Not ru_maxrss:
# Linux carries that across exec, so a child would report the benchmark's own size.
PEAK = """
import atexit, sys
def _peak():
    with open("/proc/self/status") as fh:
        sys.stderr.write(next(x for x in fh if x.startswith("VmHWM:")).split()[1] + "\\n")
atexit.register(_peak)
"""

# `python -m app ARGS`, so the peak can be reported from inside.
APP = """
import runpy
sys.argv[0] = "app"
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""

BARE = """
import io, sys
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape
texts = open(sys.argv[1], encoding="utf-8").read().split("\\x00")
style = getSampleStyleSheet()["Normal"]
doc = SimpleDocTemplate(io.BytesIO())
doc.build([Paragraph(escape(t), style) for t in texts])
"""


def _largest() -> tuple[Path, Any]:
    from app.core.answers import load_answers
    from app.core.engine import build_plan
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire

    q = load_questionnaire(default_questionnaire())
    plans = [(path, build_plan(q, load_answers(path)))
             for path in sorted((ROOT / "examples").glob("*.json"))]
    return max(plans, key=lambda pair: len(pair[1].items))


def _paragraph_texts(plan: Any) -> list[str]:
    """The plain text of every Paragraph the PDF holds, so the baseline sets as much text."""
    from reportlab.platypus import Paragraph

    from app.report.blocks import Doc, story
    from app.report.content import made_on

    texts: list[str] = []

    def walk(flowable: Any) -> None:
        if isinstance(flowable, Paragraph):
            texts.append(flowable.getPlainText())
        for attr in ("_content", "title"):
            inner = getattr(flowable, attr, None)
            if isinstance(inner, list):
                for f in inner:
                    walk(f)
            elif inner is not None and not isinstance(inner, str):
                walk(inner)
        for row in getattr(flowable, "_cellvalues", []):
            for cell in row:
                for f in cell if isinstance(cell, list) else [cell]:
                    walk(f)

    for f in story(Doc(plan, made_on())):
        walk(f)
    return texts


def _bare(texts: list[str]) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["Normal"]
    SimpleDocTemplate(io.BytesIO()).build([Paragraph(escape(t), style) for t in texts])


def _interleaved_ms(ours: Any, bare: Any, runs: int) -> tuple[float, float]:
    """Median times of both, run turn about so a busy machine slows both alike."""
    ours(), bare()  # warm: imports, font registration
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for fn, times in ((ours, a), (bare, b)):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(a) * 1000, statistics.median(b) * 1000


def _process(argv: list[str]) -> Any:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
    return lambda: subprocess.run(argv, cwd=ROOT, env=env, check=True,
                                  stdout=subprocess.DEVNULL)


def _peak_mb(code: str, args: list[str]) -> float:
    """Peak resident memory of `python -c code args`, told by the child as it exits."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600"}
    out = subprocess.run([sys.executable, "-c", PEAK + code, *args], cwd=ROOT, env=env,
                         check=True, capture_output=True, text=True)
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def run() -> list[Row]:
    from app.core.engine import build_plan
    from app.report.pdf import render_pdf

    path, plan = _largest()
    texts = _paragraph_texts(plan)
    ours, bare = _interleaved_ms(
        lambda: render_pdf(build_plan(plan.questionnaire, plan.answers)),
        lambda: _bare(texts), RUNS)
    rows = [Row(f"pdf {path.stem} in-process ({len(texts)} paragraphs)", ours, bare,
                goal=GOAL)]
    with tempfile.TemporaryDirectory() as tmp:
        text_file = Path(tmp) / "texts.txt"
        text_file.write_text("\x00".join(texts), encoding="utf-8")
        out = str(Path(tmp) / "out.pdf")
        ours_p, bare_p = _interleaved_ms(
            _process([sys.executable, "-m", "app", "generate", str(path), "-o", out]),
            _process([sys.executable, "-c", BARE, str(text_file)]), PROCESS_RUNS)
        ours_mb = _peak_mb(APP, ["generate", str(path), "-o", out])
        bare_mb = _peak_mb(BARE, [str(text_file)])
    rows.append(Row(f"pdf {path.stem} whole process", ours_p, bare_p, goal=GOAL,
                    note="questionnaire read from the cache after the first run"))
    rows.append(Row("peak memory, pdf whole process", ours_mb, bare_mb, "MB",
                    goal=MEMORY_GOAL))
    return rows
