"""The last line of defence: log an unexpected error and say so plainly, keeping the session."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_NAME = "profile-planner.log"


def default_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("profile-planner", appauthor=False))


def write_log(log_dir: Path, exc_type: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> Path:
    import traceback

    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n{text}\n")
    return path


def message_for(log: Path | None) -> str:
    where = f"The details are saved in {log}." if log else "The details could not be saved."
    return ("Something went wrong that Profile Planner did not expect. Your answers are still "
            f"here, so you can carry on or save them. {where} If it keeps happening, send that "
            "file to whoever gave you this app.")


def install(on_error: Callable[[str], None], log_dir: Path | None = None) -> None:
    """Replace sys.excepthook: write the error to the log, then call on_error(message)."""

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            log: Path | None = write_log(log_dir or default_log_dir(), exc_type, exc, tb)
        except OSError:
            log = None
        if sys.stderr is not None:
            import traceback

            traceback.print_exception(exc_type, exc, tb)
        on_error(message_for(log))

    sys.excepthook = hook
