"""The PDF preview after the last Continue, against the fair bare document built in-process.

The wizard warms reportlab and the fonts in the background after its first page is shown
(app/ui/warmup.py); a person then answers, which takes far longer than the warming. The
child (preview_child.py) waits for that, opens the largest example, which lands on Check
your answers, and presses Continue: the time runs until the PDF preview shows it. The fair
document (fair_pdf.py) is built in the same process, warm, turn about with the previews.
Also: the longest the UI thread went without answering while the warming ran.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import Row, child_env, fair_pdf, precompile
from benchmarks.bench_pdf import largest

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.5
HOLD_BUDGET_MS = 50.0
RUNS = 9


def run() -> list[Row]:
    precompile()
    path, plan = largest()
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "spec.json"
        spec.write_text(json.dumps(fair_pdf.spec(plan)), encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "benchmarks.preview_child", str(path),
                               str(spec), str(RUNS)], cwd=ROOT, env=child_env(tmp),
                              capture_output=True, text=True, timeout=900, check=True)
    found = json.loads(next(x for x in done.stdout.splitlines() if x.startswith("{")))
    return [
        Row("pdf preview after the last Continue", found["preview"], found["fair"],
            goal=GOAL, note=f"median of {RUNS}; the first {found['preview_first']:.0f} ms; "
            "against the fair document built in-process"),
        Row("UI thread's longest hold while warming", found["hold"], HOLD_BUDGET_MS,
            goal=1.0, note=f"budget {HOLD_BUDGET_MS:.0f} ms; warming took "
            f"{found['warm_wait']:.0f} ms in the background"),
    ]
