"""Shared fixtures. Every test runs with no network: the app must never need one."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import sys
import tempfile
from pathlib import Path

import pytest

import app.ui  # noqa: F401  # first, so PySide6 6.12.0's lost references are covered
from tests.helpers import EXAMPLES
from tests.helpers.network import NetworkUsed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app follows the system's language: tests (and the processes they start) check English
# whatever the machine's locale; tests of other languages choose theirs.
os.environ["LANGUAGE"] = "en"

# Tests (and the processes they start) keep the questionnaire cache out of the real
# user's folder.
_CACHE = tempfile.mkdtemp(prefix="profile-planner-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

_INET = (socket.AF_INET, socket.AF_INET6)
# Set while a test runs. The audit hook below sees sockets that bypass the patched methods
# (made from _socket directly, or by a library holding its own reference); hooks cannot be
# removed, so it stays installed and only acts while this is true.
_guarding = False


def _refuse(*args, **kwargs):
    raise NetworkUsed("the app tried to open a network connection")


def _audit(event: str, args: tuple) -> None:
    if not _guarding:
        return
    if event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        _refuse()
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg") and args \
            and getattr(args[0], "family", None) in _INET:
        _refuse()


sys.addaudithook(_audit)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch):
    """Fail any test whose code opens an internet socket or looks up a host name (local Unix
    sockets are fine)."""
    global _guarding
    real = {name: getattr(socket.socket, name)
            for name in ("connect", "connect_ex", "sendto", "sendmsg")}

    def guarded(name: str):
        def method(self: socket.socket, *a, **k):
            if self.family in _INET:
                _refuse()
            return real[name](self, *a, **k)
        return method

    for name in real:
        monkeypatch.setattr(socket.socket, name, guarded(name))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr"):
        monkeypatch.setattr(socket, name, _refuse)
    _guarding = True
    try:
        yield
    finally:
        _guarding = False


@pytest.fixture(autouse=True)
def english_after_each_test():
    """A test that switches language (Welsh, the pseudo-language) leaves English behind."""
    yield
    from app.core.i18n import current_language, set_language

    if current_language() != "en":
        set_language("en")


@pytest.fixture(scope="session")
def questionnaire():
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire

    return load_questionnaire(default_questionnaire())


@pytest.fixture(scope="session")
def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))
