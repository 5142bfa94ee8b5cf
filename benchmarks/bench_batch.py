"""`profile-planner batch` on many answers files, against one `generate` process per file.

FILES answers files (the examples, over and over, under their own names) are made by
`batch --jobs 2` and by FILES `python -m app generate` processes one after another, which
is what a script looping over the files would do. The separate processes run in two
halves, with a batch run after each, so a machine that gets busier slows both alike; the
batch time is the mean of its two runs.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import Row, child_env, precompile

ROOT = Path(__file__).resolve().parent.parent
FILES = 200
JOBS = 2
GOAL = 0.15


def _inputs(folder: Path) -> list[Path]:
    examples = sorted((ROOT / "examples").glob("*.json"))
    folder.mkdir()
    files = []
    for n in range(FILES):
        source = examples[n % len(examples)]
        files.append(folder / f"{n:03d}-{source.name}")
        shutil.copy(source, files[-1])
    return files


def run() -> list[Row]:
    precompile()
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(tmp)
        files = _inputs(Path(tmp) / "in")
        out = Path(tmp) / "out"
        out.mkdir()

        cpu = {"alone": 0.0, "batch": 0.0}

        def used() -> float:
            own = resource.getrusage(resource.RUSAGE_CHILDREN)
            return own.ru_utime + own.ru_stime

        def separate(part: list[Path]) -> float:
            start, was = time.perf_counter(), used()
            for f in part:
                subprocess.run([sys.executable, "-m", "app", "generate", str(f), "-o",
                                str(out / f"{f.stem}.pdf")], cwd=ROOT, env=env, check=True,
                               stdout=subprocess.DEVNULL)
            cpu["alone"] += used() - was
            return time.perf_counter() - start

        def batch() -> float:
            start, was = time.perf_counter(), used()
            subprocess.run([sys.executable, "-m", "app", "batch", str(Path(tmp) / "in"), "-o",
                            str(Path(tmp) / "batch"), "--jobs", str(JOBS)], cwd=ROOT, env=env,
                           check=True, stdout=subprocess.DEVNULL)
            cpu["batch"] += used() - was
            return time.perf_counter() - start

        separate(files[:2])  # warm: the questionnaire cache, the disk cache
        cpu["alone"] = 0.0
        half = FILES // 2
        alone = separate(files[:half])
        together = [batch()]
        alone += separate(files[half:])
        together.append(batch())
    mean = sum(together) / len(together)
    return [Row(f"batch of {FILES} answers files, --jobs {JOBS}", mean * 1000, alone * 1000,
                goal=GOAL, note=f"{mean / FILES * 1000:.0f} ms a plan; baseline: {FILES} "
                "separate generate processes, one after another; processor time "
                f"{cpu['batch'] / len(together):.1f} s against {cpu['alone']:.1f} s")]
