"""Benchmarks: each `bench_*.py` module has `run() -> list[Row]`; `python -m benchmarks` prints one table."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass
class Row:
    name: str
    value: float  # what we measured
    baseline: float | None  # the bare baseline (or budget), measured in the same run
    unit: str = "ms"
    goal: float | None = None  # the ratio we aim to stay under
    note: str = ""  # what the baseline is, or a per-item cost

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("nan")


def fastest_ms(fn: Callable[[], Any], runs: int = 1, warm: bool = False) -> float:
    """The fastest of runs, in ms: other work on the machine only ever adds time."""
    if warm:
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000
