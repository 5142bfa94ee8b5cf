"""Shared fixtures. Every test runs with no network: the app must never need one."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


class NetworkUsed(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkUsed("the app tried to open a network connection")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test whose code opens an internet socket (local Unix sockets are fine)."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address, *a, **k):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse()
        return real_connect(self, address, *a, **k)

    def connect_ex(self: socket.socket, address, *a, **k):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _refuse()
        return real_connect_ex(self, address, *a, **k)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


@pytest.fixture(scope="session")
def questionnaire():
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire

    return load_questionnaire(default_questionnaire())


@pytest.fixture(scope="session")
def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.json"))
