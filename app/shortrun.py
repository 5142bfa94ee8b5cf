"""Leave a command-line run quickly once its work is safely done.

Freeing every object at exit (interpreter teardown) took about a tenth of a `generate` run,
and achieves nothing the operating system does not do anyway. Every file the commands
write is complete, flushed and synced before they return (see core/atomic.py), so after
the exit handlers have run and the standard streams are flushed the process can simply
end. The wizard is left to exit as usual: Qt writes settings as its objects are destroyed.
"""

from __future__ import annotations

import atexit
import os
import sys


def exit_now(code: int) -> None:
    if "PySide6" in sys.modules:
        sys.exit(code)
    atexit._run_exitfuncs()  # what a normal exit would run: logging's shutdown, for one
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe: the output has nowhere to go
            code = code or 1
    os._exit(code)


def main() -> None:
    """The `profile-planner` command."""
    # Pydantic plugins installed alongside would see every answer as it is checked; the app
    # uses none, and looking for them reads every installed package's metadata.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from .cli import main as cli_main

    exit_now(cli_main())
