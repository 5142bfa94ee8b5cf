"""A command-line run never searches the installed packages for pydantic plugins, and its
answers are still checked as strictly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "line-manager-session.json"

# `python -m app ARGS`, reporting at exit whether importlib.metadata was ever imported.
RUN = """
import atexit, runpy, sys
atexit.register(lambda: sys.stderr.write(f"metadata:{'importlib.metadata' in sys.modules}\\n"))
sys.argv[0] = "app"
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""


def _run(tmp_path: Path, *args: str, plugins: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if plugins is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = plugins
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    return subprocess.run([sys.executable, "-c", RUN, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_generate_makes_the_pdf_without_reading_package_metadata(tmp_path):
    out = tmp_path / "plan.pdf"
    done = _run(tmp_path, "generate", str(EXAMPLE), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "metadata:False" in done.stderr


def test_a_bad_answers_file_is_refused_with_the_same_message_either_way(tmp_path):
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["answers"]["purpose"] = 7  # a number where the file must hold words or a list
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    args = ("generate", str(bad), "-o", str(tmp_path / "plan.pdf"))
    stand_in = _run(tmp_path, *args)
    # "1" disables the plugins too, but through pydantic's own loader.
    real = _run(tmp_path, *args, plugins="1")
    assert stand_in.returncode == real.returncode == 2
    assert "bad.json" in stand_in.stderr
    assert stand_in.stderr.replace("metadata:False", "") == \
        real.stderr.replace("metadata:True", "")
    assert not (tmp_path / "plan.pdf").exists()
