"""Run every benchmark module and print one table of ratios against bare baselines.

`python -m benchmarks [bench_pdf ...]` runs only the modules named.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

from benchmarks import Row


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return f"{'-':>8}{'':<2}"
    return f"{value:>8.1f}{unit:<2}"


def main(argv: list[str]) -> int:
    only = set(argv)
    here = Path(__file__).parent
    rows: list[Row] = []
    start = time.perf_counter()
    for mod in sorted(m.name for m in pkgutil.iter_modules([str(here)])):
        if not mod.startswith("bench_") or (only and mod not in only):
            continue
        rows.extend(importlib.import_module(f"benchmarks.{mod}").run())
    width = max((len(r.name) for r in rows), default=10)
    print(f"{'benchmark':<{width}}  {'value':>10}  {'baseline':>10}  {'ratio':>6}  "
          f"{'goal':<9} note")
    missed = 0
    for r in rows:
        goal = f"<= {r.goal:.2f}x" if r.goal else ""
        ratio = f"{r.ratio:>5.2f}x" if r.baseline else f"{'-':>6}"
        note = r.note
        if r.goal and r.ratio > r.goal:
            missed += 1
            note = f"OVER GOAL. {note}".strip()
        print(f"{r.name:<{width}}  {_cell(r.value, r.unit)}  {_cell(r.baseline, r.unit)}  "
              f"{ratio}  {goal:<9} {note}".rstrip())
    print(f"{len(rows)} rows, {missed} over goal, in {time.perf_counter() - start:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
