"""The wizard opens a real X11 window (Qt's xcb platform, not offscreen) under Xvfb, from the
source tree: the libraries the xcb plugin loads are there, and launch.py's check agrees. Needs
Xvfb: `make check-system` runs this (and installs it where it can); `make test` leaves it out.
`make package-check` does the same for the stand-alone bundle."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import APP_NAME
from tests.helpers import ROOT
from tests.helpers.system import require

pytestmark = pytest.mark.system


def test_the_wizard_opens_a_real_x11_window_under_xvfb(tmp_path: Path) -> None:
    xvfb_run = require("xvfb-run", "xvfb xauth")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PROFILE_PLANNER_SMOKE="0.2", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_STATE_HOME=str(tmp_path / "s"), XDG_DATA_HOME=str(tmp_path / "d"))
    done = subprocess.run([xvfb_run, "-a", "-s", "-screen 0 1280x800x24", sys.executable,
                           str(ROOT / "packaging" / "launcher.py")], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"smoke test: window showed: ['{APP_NAME}']" in done.stderr
