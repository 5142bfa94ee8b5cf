"""Scaling: checking, planning and printing generated questionnaires of 100, 1,000 and
10,000 items, and how long the wizard's heaviest handlers hold the UI thread.

The sizes are timed in turn, round after round, in one process, so a machine that gets
busier slows each alike; the 10,000-item PDF is made once, in its own process, which also
gives its memory. For 1,000 and 10,000 items the baseline is the 100-item time scaled up in
proportion: a ratio at or under 1.00x means the time grew no faster than the number of items.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import Row, child_env

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100, 1_000, 10_000)
PDF_TIMED = (100, 1_000)  # timed in turn, round after round; 10,000 once, in its own process
LINEAR = 1.25  # room for noise above "no worse than linear"
UI_ITEMS = 1_000
UI_BUDGET_MS = 100.0


def _child(args: list[str], home: str) -> dict[str, float]:
    env = {**child_env(), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "SOURCE_DATE_EPOCH": "1767225600"}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(Path(home) / var.lower())
    out = subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=900, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("{"))
    return json.loads(line)


def _scaled(label: str, key: str, found: dict[int, dict[str, float]], per: str = "item"
            ) -> list[Row]:
    rows = []
    small = SIZES[0]
    for n in SIZES:
        value = found[n][key]
        count = found[n]["items"] if per == "item in the PDF" else n
        baseline = found[small][key] * n / small if n != small else None
        note = f"{value / count * 1000:.0f} \u00b5s per {per}"
        if n == small:
            note += "; the baseline for the larger sizes"
        if per == "item in the PDF":
            note += f" ({found[n]['items']:.0f} items, {found[n]['pages']:.0f} pages)"
        rows.append(Row(f"{label}, {n:,} items", value, baseline,
                        goal=LINEAR if baseline else None, note=note))
    return rows


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as home:
        timed = _child(["benchmarks.sized", "timing", *map(str, SIZES), "--pdf",
                        *map(str, PDF_TIMED)], home)
        found = {n: timed[str(n)] for n in SIZES}
        small_pdf = _child(["benchmarks.sized", "pdf", str(SIZES[0])], home)
        big_pdf = _child(["benchmarks.sized", "pdf", str(SIZES[-1])], home)
        found[SIZES[-1]].update(big_pdf)
        ui = _child(["benchmarks.wizard_handlers", str(UI_ITEMS)], home)
    rows = _scaled("check questionnaire", "check_ms", found)
    rows += _scaled("engine build_plan", "plan_ms", found)
    rows += _scaled("pdf", "pdf_ms", found, per="item in the PDF")
    grown = (big_pdf["peak_kb"] - big_pdf["rss_before_kb"]) / big_pdf["items"]
    rows.append(Row(f"peak memory, pdf of {SIZES[-1]:,} items", big_pdf["peak_kb"] / 1024,
                    small_pdf["peak_kb"] / 1024, "MB",
                    note=f"baseline: {SIZES[0]} items; {grown:.1f} KB more per item printed"))
    rows += [
        Row(f"wizard: load {UI_ITEMS:,} items, first time", ui["load_cold"], UI_BUDGET_MS,
            goal=1.0, note="longest UI-thread pause: read in the background, pages built on "
                           f"the UI thread; ready in {ui['load_cold_wait']:.0f} ms"),
        Row(f"wizard: load {UI_ITEMS:,} items, cached", ui["load_cached"], UI_BUDGET_MS,
            goal=1.0, note=f"from the questionnaire cache; ready in {ui['load_cached_wait']:.0f} ms"),
        Row("wizard: an answer changes (per keystroke)", ui["keystroke"], UI_BUDGET_MS,
            goal=1.0),
        Row("wizard: autosave", ui["autosave"], UI_BUDGET_MS, goal=1.0),
        Row(f"wizard: show the result page ({ui['items']:.0f} items)", ui["result_page"],
            UI_BUDGET_MS, goal=1.0, note="longest UI-thread pause from Continue on the check "
                                         "page to the plan and checklist painted"),
        Row(f"wizard: PDF preview ({ui['items']:.0f} items)", ui["preview"], UI_BUDGET_MS,
            goal=1.0, note="longest UI-thread pause from a tick to the new PDF shown (made in the "
                           f"background in {ui['preview_wait']:.0f} ms); first time "
                           f"{ui['preview_first']:.0f} ms"),
        Row("wizard: longest hold of the UI thread", ui["longest_ui"], UI_BUDGET_MS, goal=1.0,
            note=f"{UI_ITEMS:,} items; it was {ui['longest_ui_what']}"),
    ]
    return rows
