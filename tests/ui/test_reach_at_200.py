"""At 200% text (QT_SCALE_FACTOR=2) on a 1366x768 screen, every control on every wizard page
of a full line-manager session (each option, text box, Change button, link, and Back and
Continue) can be brought into view inside the window and the screen, as Tab brings it. Runs
in its own process: the scale and the screen are fixed when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_control_on_every_page_can_be_scrolled_into_view_at_200_percent(tmp_path):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "test", "x": 0, "y": 0, "width": 1366,
                                               "height": 768, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               QT_SCALE_FACTOR="2", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_DIRS=str(tmp_path / "etc"))
    run = subprocess.run([sys.executable, "-m", "tests.ui.reach_probe", str(tmp_path)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["screen"] == [683, 384]  # 1366x768 at 200%
    # Every page was walked, each with its controls (Back and Continue among them).
    assert {"start", "check", "result"} <= set(found["counts"]) and len(found["counts"]) >= 7
    assert min(found["counts"].values()) >= 3
    missed = {page: names for page, names in found["out_of_reach"].items() if names}
    assert missed == {}, found
