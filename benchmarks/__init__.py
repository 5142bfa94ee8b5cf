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


def child_env(home: str | None = None) -> dict[str, str]:
    """The environment for a measured child process: bytecode cached as in an installed
    copy (pip compiles it), even if this shell says not to write it; offscreen Qt; fixed
    dates; and, given home, private XDG folders (no organisation pack of the user's)."""
    import os

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env["SOURCE_DATE_EPOCH"] = "1767225600"
    if home is not None:
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = f"{home}/{var.lower()}"
    return env


def precompile() -> None:
    """Compile the app's and the benchmarks' bytecode, as installing the app does."""
    import compileall
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    for folder in ("app", "benchmarks"):
        compileall.compile_dir(root / folder, quiet=1)
