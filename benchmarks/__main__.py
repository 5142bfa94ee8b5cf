"""Run every benchmark module and print one table of ratios against bare baselines."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from benchmarks import Row


def main(argv: list[str]) -> int:
    only = set(argv)
    here = Path(__file__).parent
    rows: list[Row] = []
    for mod in sorted(m.name for m in pkgutil.iter_modules([str(here)])):
        if not mod.startswith("bench_") or (only and mod not in only):
            continue
        rows.extend(importlib.import_module(f"benchmarks.{mod}").run())
    width = max((len(r.name) for r in rows), default=10)
    print(f"{'benchmark':<{width}}  {'value':>10}  {'baseline':>10}  {'ratio':>6}  goal")
    missed = 0
    for r in rows:
        goal = f"<= {r.goal:.2f}x" if r.goal else ""
        flag = ""
        if r.goal and r.ratio > r.goal:
            flag, missed = "  (over goal)", missed + 1
        print(f"{r.name:<{width}}  {r.value:>8.1f}{r.unit:<2}  {r.baseline:>8.1f}{r.unit:<2}  "
              f"{r.ratio:>5.2f}x  {goal}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
