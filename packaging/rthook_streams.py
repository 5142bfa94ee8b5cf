"""PyInstaller runtime hook: give a windowed build somewhere to write.

A windowed build on Windows (and on macOS when started from Finder) starts with
`sys.stdout` and `sys.stderr` set to None, so a plain `print` raises and every error vanishes.
This hook runs before the app:

- On Windows, a command given arguments (`profile-planner generate ...` typed in a terminal)
  attaches to the terminal it was started from, so its output and errors appear there.
- Otherwise, missing streams write to the log file, `profile-planner.log` in the user's log
  folder (the same file app/ui/crash.py writes), and an error that stops the app names that
  file in a message box (Windows).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

LOG_NAME = "profile-planner.log"


def log_folder() -> Path:
    try:
        from platformdirs import user_log_path

        return user_log_path("profile-planner", appauthor=False)
    except Exception:  # a log in the temporary folder beats no log at all
        return Path(tempfile.gettempdir())


def open_log():
    folder = log_folder()
    try:
        # Private, as app/ui/crash.py writes the same file: errors may quote answers.
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(folder / LOG_NAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        stream = os.fdopen(fd, "a", encoding="utf-8", errors="replace", buffering=1)
    except OSError:
        return open(os.devnull, "w", encoding="utf-8")
    stream.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} profile-planner "
                 f"{' '.join(sys.argv[1:])}\n")
    return stream


def attach_parent_console() -> bool:
    """Windows: reuse the console of the terminal that started us, if there is one."""
    if sys.platform != "win32":
        return False
    import ctypes

    if not ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        return False
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)
    return True


def show_error(message: str) -> None:
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, message, "Profile Planner", 0x10)


def install() -> None:
    if sys.stdout is not None and sys.stderr is not None:
        return
    if len(sys.argv) > 1 and attach_parent_console():
        return
    log = open_log()
    if sys.stdout is None:
        sys.stdout = log
    if sys.stderr is None:
        sys.stderr = log
    def excepthook(kind, value, tb) -> None:
        # Where it failed, never the message: a message can quote the person's answers.
        from app.ui.crash import private_traceback

        log.write(private_traceback(kind, value, tb))
        log.flush()
        show_error("Profile Planner stopped because of an error.\n\n"
                   f"Details are in {getattr(log, 'name', 'the log')}.")

    sys.excepthook = excepthook


install()
