"""Start the GUI, or explain plainly why it cannot start here. No Qt import until then."""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable
from pathlib import Path

from .core.i18n import _

# Libraries Qt's xcb platform plugin loads, and the Debian package that provides each.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-shape": "libxcb-shape0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-image": "libxcb-image0",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}


def _bundled(lib: str) -> bool:
    """True when a frozen bundle carries the library itself."""
    bundle: str | None = getattr(sys, "_MEIPASS", None)
    return bundle is not None and any(Path(bundle).glob(f"lib{lib}.so*"))


def platform_name(env: dict[str, str]) -> str:
    explicit = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0]
    if explicit:
        return explicit
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def display_problem(env: dict[str, str] | None = None,
                    find: Callable[[str], str | None] = ctypes.util.find_library,
                    system: str = sys.platform) -> str | None:
    """A plain reason the wizard cannot open a window here, or None if it can."""
    env = dict(os.environ if env is None else env)
    if not system.startswith("linux"):
        return None
    name = platform_name(env)
    if name in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return _("No display was found, so the wizard cannot open a window here.\n"
                 "To make the example PDFs without a display, run: make demo\n"
                 "To make your own: profile-planner generate ANSWERS.json -o checklist.pdf")
    if name == "xcb":
        missing = sorted({pkg for lib, pkg in XCB_LIBRARIES.items()
                          if not _bundled(lib) and not find(lib)})
        if missing:
            return _("Qt cannot open a window: system libraries are missing.\n"
                     "Install them with: {command}").format(
                command="sudo apt-get install " + " ".join(missing))
    return None


def run_gui(argv: list[str]) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from app.core.safe_write import sweep_own_folders
    from app.ui.main import main as ui_main

    sweep_own_folders()  # what a killed run left half-written, holding answers

    return ui_main(argv)
