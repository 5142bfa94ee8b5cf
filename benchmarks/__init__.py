"""Benchmarks: each `bench_*.py` module has `run() -> list[Row]`; `python -m benchmarks` prints one table."""

from __future__ import annotations

from dataclasses import dataclass


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
