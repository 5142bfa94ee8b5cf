"""At 200% (QT_SCALE_FACTOR=2) on a 1366x768 screen, and at 800x600, the window opens within
the screen, the start page with a preset, an organisation and the resume offer scrolls, and
every page keeps Continue (or Finish) in view. Each size runs in its own process: the scale
and screen are fixed when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("width, height, scale", [(1366, 768, "2"), (800, 600, "1")])
def test_the_window_fits_small_and_magnified_screens(tmp_path, width, height, scale):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "test", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96,
                                               "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               QT_SCALE_FACTOR=scale, XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_DIRS=str(tmp_path / "etc"))
    run = subprocess.run([sys.executable, "-m", "tests.ui.layout_probe", str(tmp_path)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["fits"], found
    assert found["offer_shown"] and found["setup_shown"], found
    assert found["page_scrolls"] and found["continue_in_view"], found
    assert found["too_small"] == [] and "buttons_out_of_view" not in found, found
    # No page makes the window grow past the screen (the result page did at 200%), and every
    # control on every page, in each tab of the result page too, can be scrolled into view.
    assert "off_screen" not in found and found.get("out_of_reach", []) == [], found
