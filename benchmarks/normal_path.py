"""The everyday reads and writes, timed in-process, for comparing two versions of the app.

`python -m benchmarks.normal_path [--base DIR] [--rounds N]` runs this file's measure()
in a fresh process for this checkout and (with --base) for the app in DIR, alternating
rounds so machine load falls on both alike, and prints the best time of each row.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def measure() -> dict[str, float]:
    from app.core.answers import load_answers
    from app.core.loader import load_questionnaire
    from app.core.organisation import load_organisation
    from app.core.paths import default_questionnaire
    from app.core.session import Setup
    from app.report.generate import write_outputs

    examples = ROOT / "examples"
    answers_file = examples / "high-risk-under-threat.json"
    q = load_questionnaire(default_questionnaire())
    out = Path(tempfile.mkdtemp(prefix="pp-normal-"))
    answers = load_answers(answers_file)
    plan = Setup(q).plan(answers)
    pack = examples / "organisations" / "department-for-example" / "organisation.yaml"
    return {
        "load an answers file (x100)": _best(
            lambda: [load_answers(answers_file) for _ in range(100)], 5),
        "save answers (x50)": _best(
            lambda: [answers.save(out / "a.json") for _ in range(50)], 5),
        "questionnaire from the cache (x20)": _best(
            lambda: [load_questionnaire(default_questionnaire()) for _ in range(20)], 5),
        "questionnaire, full check": _best(
            lambda: load_questionnaire(default_questionnaire(), use_cache=False), 3),
        "organisation pack with logo (x5)": _best(
            lambda: [load_organisation(pack, q) for _ in range(5)], 3),
        "write PDF + HTML + bios": _best(
            lambda: write_outputs(plan, out / "p.pdf", out / "p.html", out / "p.txt"), 5),
    }


def main(argv: list[str]) -> int:
    import argparse

    p = argparse.ArgumentParser()
    p.add_argument("--base", type=Path)
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args(argv)
    variants = {"this": ROOT} | ({"base": args.base} if args.base else {})
    best: dict[str, dict[str, float]] = {v: {} for v in variants}
    for _ in range(args.rounds):
        for name, root in variants.items():
            env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen")
            # This file run by path: `app` is the variant's, found from its folder.
            code = (f"import json, runpy; m = runpy.run_path({__file__!r})['measure']; "
                    "print(json.dumps(m()))")
            done = subprocess.run([sys.executable, "-c", code], cwd=root, env=env,
                                  capture_output=True, text=True, check=True)
            for row, ms in json.loads(done.stdout.strip().splitlines()[-1]).items():
                best[name][row] = min(best[name].get(row, float("inf")), ms)
    rows = list(best["this"])
    print(f"{'row':<38} " + " ".join(f"{v + ' ms':>10}" for v in variants)
          + ("   ratio" if args.base else ""))
    for row in rows:
        cells = " ".join(f"{best[v][row]:>10.1f}" for v in variants)
        ratio = f"  {best['this'][row] / best['base'][row]:>5.2f}x" if args.base else ""
        print(f"{row:<38} {cells}{ratio}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
