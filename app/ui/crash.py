"""The last line of defence: log an unexpected error and say so plainly, keeping the session."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from app.core.i18n import _

LOG_NAME = "profile-planner.log"


def default_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir("profile-planner", appauthor=False))


LEFT_OUT = "(message left out: it may quote your answers)"


def private_traceback(exc_type: type[BaseException], exc: BaseException | None,
                      tb: TracebackType | None) -> str:
    """Where an error happened (types, files, lines, code) but never its message or values.

    Messages can quote what the person typed (a validation error repeats the input), and the
    log outlives the session, so only the shape of the error is kept.
    """
    import traceback

    chain: list[tuple[str, type[BaseException], TracebackType | None]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    kind, where, link = exc_type, tb, ""
    while True:
        chain.append((link, kind, where))
        if current is None:
            break
        seen.add(id(current))
        if current.__cause__ is not None:
            nxt, link = current.__cause__, ("The above exception was the direct cause of the "
                                            "following exception:")
        elif current.__context__ is not None and not current.__suppress_context__:
            nxt, link = current.__context__, ("During handling of the above exception, "
                                              "another exception occurred:")
        else:
            break
        if id(nxt) in seen:
            break
        current, kind, where = nxt, type(nxt), nxt.__traceback__
    lines: list[str] = []
    # Oldest first, as Python prints it; each link says how the next one came about.
    for link, kind, where in reversed(chain):
        if where is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_list(traceback.extract_tb(where)))
        lines.append(f"{kind.__module__}.{kind.__qualname__} {LEFT_OUT}\n")
        if link:
            lines.append(f"\n{link}\n\n")
    return "".join(lines)


def write_log(log_dir: Path, exc_type: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    text = private_traceback(exc_type, exc, tb)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    # A log made earlier by something else may be readable by others: make it private.
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as fh:
        fh.write(f"--- {time.strftime('%Y-%m-%d %H:%M:%S')} ---\n{text}\n")
    return path


def message_for(log: Path | None) -> str:
    if log:
        return _("Something went wrong that Profile Planner did not expect. Your answers are "
                 "still here, so you can carry on or save them. The details are saved in "
                 "{log}. If it keeps happening, send that file to whoever gave you this app."
                 ).format(log=log)
    return _("Something went wrong that Profile Planner did not expect. Your answers are still "
             "here, so you can carry on or save them. The details could not be saved.")


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
        stream = sys.stderr
        if stream is not None:
            import traceback

            # A terminal is the developer's own screen; anything else (a frozen windowed
            # build sends stderr to the log) gets the private form.
            tty = getattr(stream, "isatty", lambda: False)()
            stream.write("".join(traceback.format_exception(exc_type, exc, tb)) if tty
                         else private_traceback(exc_type, exc, tb))
        on_error(message_for(log))

    sys.excepthook = hook
