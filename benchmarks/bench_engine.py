"""The engine on the shipped questionnaire: 1,000 random answer sets, and loading the
questionnaire from the cache against parsing and checking it in full."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks import Row, fastest_ms
from benchmarks.generated import random_answers

SETS = 1000


def run() -> list[Row]:
    from app.core import cache
    from app.core.answers import Answers, check_against
    from app.core.engine import build_plan
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire

    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        real_dir = cache.cache_dir
        cache.cache_dir = lambda: Path(tmp)  # type: ignore[assignment]  # not the user's
        try:
            path = default_questionnaire()
            full = fastest_ms(lambda: load_questionnaire(path, use_cache=False), 3, warm=True)
            cached = fastest_ms(lambda: load_questionnaire(path), 9, warm=True)
        finally:
            cache.cache_dir = real_dir  # type: ignore[assignment]
    rows.append(Row("questionnaire load from cache (shipped)", cached, full,
                    note="baseline: full parse with line numbers and every check"))

    q = load_questionnaire(default_questionnaire())
    rnd = random.Random(8)
    sets = [Answers.model_validate(random_answers(q, rnd)) for _ in range(SETS)]
    for answers in sets:
        check_against(answers, q)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for answers in sets:
            build_plan(q, answers)
        times.append(time.perf_counter() - start)
    total = min(times) * 1000
    sizes = [len(build_plan(q, a).items) for a in sets[:100]]
    rows.append(Row(f"engine: {SETS:,} random answer sets (shipped)", total, None,
                    note=f"{total / SETS * 1000:.0f} \u00b5s per plan of "
                         f"{statistics.mean(sizes):.0f} items on average"))
    return rows
