"""`generate` with its content in the cache never imports pydantic.

pydantic and the schema classes were a third of the command's instructions and its peak
memory; a plan from checked, cached content and a usual answers file needs neither
(app/core/record.py, app/core/answers_check.py). The first run checks the files and fills
the cache; the second must read them back as plain records.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "line-manager-session.json"

# `python -m app ARGS`, reporting at exit which of the checking modules were imported.
RUN = """
import atexit, runpy, sys
def report():
    names = ("pydantic", "app.core.schemas.questionnaire", "app.core.validation")
    sys.stderr.write("imported:" + ",".join(n for n in names if n in sys.modules) + "\\n")
atexit.register(report)
sys.argv[0] = "app"
runpy.run_module("app", run_name="__main__", alter_sys=True)
"""


def _generate(tmp_path: Path, answers: Path, *extra: str) -> tuple[str, bytes]:
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    env["SOURCE_DATE_EPOCH"] = "1700000000"
    out = tmp_path / "plan.pdf"
    done = subprocess.run([sys.executable, "-c", RUN, "generate", str(answers), "-o", str(out),
                           *extra], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stderr.splitlines() if x.startswith("imported:"))
    return line.removeprefix("imported:"), out.read_bytes()


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_a_second_run_reads_everything_back_without_pydantic(tmp_path, lang):
    first, made = _generate(tmp_path, EXAMPLE, "--lang", lang)
    assert "pydantic" in first  # the files were checked once, in full
    second, again = _generate(tmp_path, EXAMPLE, "--lang", lang)
    assert second == ""
    assert again == made


def test_an_unusual_answers_file_still_gets_the_full_check(tmp_path):
    """A file the quick check does not know gets pydantic's check and message."""
    _generate(tmp_path, EXAMPLE)  # fill the cache
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["notes"]["general"] = "x" * 20_001
    bad = tmp_path / "long.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "xdg_cache_home"))
    done = subprocess.run([sys.executable, "-m", "app", "generate", str(bad), "-o",
                           str(tmp_path / "no.pdf")], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert '"notes.general" is too long (20,001 characters; the limit is 20,000)' in done.stderr
    assert not (tmp_path / "no.pdf").exists()
