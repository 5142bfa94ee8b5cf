"""The preview benchmark's child drives the real wizard: when the wizard's interface moves
on (ticks moved into the session), the benchmark must fail here, not hang in `make bench`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks import fair_pdf
from benchmarks.bench_pdf import largest

ROOT = Path(__file__).resolve().parents[2]


def test_the_preview_benchmark_child_runs_and_reports(tmp_path):
    path, plan = largest()
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(fair_pdf.spec(plan)), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_CONFIG_DIRS=str(tmp_path / "etc"))
    done = subprocess.run([sys.executable, "-m", "benchmarks.preview_child", str(path),
                           str(spec), "2"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(next(x for x in done.stdout.splitlines() if x.startswith("{")))
    assert set(found) == {"preview_first", "preview", "fair", "hold", "warm_wait"}
    assert all(value > 0 for value in found.values())
