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


def _no_plugin_search() -> None:
    """Spare the import of importlib.metadata (with email, csv, socket ...) that pydantic's
    plugin loader makes before it reads PYDANTIC_DISABLE_PLUGINS, for plugins that are
    disabled anyway: 34 M instructions, about 1% of a `generate` run (callgrind).

    The stand-in returns what the real `get_plugins()` returns with every plugin disabled,
    no plugins. Should pydantic move or rename its loader, the stand-in is simply never
    used.
    """
    import types

    loader = types.ModuleType("pydantic.plugin._loader")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", loader)


def main() -> None:
    """The `profile-planner` command."""
    # Pydantic plugins installed alongside would see every answer as it is checked; the app
    # uses none, and looking for them reads every installed package's metadata.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__":
        _no_plugin_search()
    from .cli import main as cli_main

    exit_now(cli_main())
