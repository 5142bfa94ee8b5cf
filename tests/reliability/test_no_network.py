"""The app never opens a network connection: the suite's guard really fails a test that tries,
and the real processes (command line and wizard) make no connection and look up no host."""

from __future__ import annotations

import _socket
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.helpers.network import EXAMPLE, GUI, NetworkUsed, run


# The guard in tests/conftest.py ------------------------------------------------------------
@pytest.mark.parametrize("attempt", [
    lambda: socket.create_connection(("127.0.0.1", 9), timeout=0.1),
    lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9)),
    lambda: socket.socket(socket.AF_INET6, socket.SOCK_STREAM).connect_ex(("::1", 9)),
    lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b"x", ("127.0.0.1", 9)),
    lambda: socket.getaddrinfo("example.org", 443),
    lambda: socket.gethostbyname("example.org"),
    # A socket made below the socket module, which the patched methods never see.
    lambda: _socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9)),
], ids=["create_connection", "connect", "connect_ex-v6", "udp-sendto", "getaddrinfo",
        "gethostbyname", "raw-_socket"])
def test_the_guard_refuses_every_way_out(attempt):
    with pytest.raises(NetworkUsed):
        attempt()


def test_the_guard_leaves_local_sockets_alone():
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        a.sendall(b"ping")
        assert b.recv(4) == b"ping"


@pytest.mark.slow
def test_the_guard_fails_a_test_that_connects(tmp_path: Path):
    test = tmp_path / "test_connects.py"
    test.write_text("import socket\n\ndef test_phones_home():\n"
                    "    socket.create_connection(('127.0.0.1', 9), timeout=0.1)\n", "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-p", "no:cacheprovider",
         str(test)], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "NetworkUsed" in result.stdout
    assert "1 failed" in result.stdout


# The real processes ----------------------------------------------------------------------
def test_the_childs_hook_really_stops_a_connection(tmp_path: Path):
    """Without this, a silent hook would make the tests below pass for nothing."""
    result = run(["-c", "import socket; socket.getaddrinfo('localhost', 80)"], tmp_path)
    assert result.returncode == 97
    assert "NETWORK USED: socket.getaddrinfo" in result.stderr


def test_generate_makes_no_connection(tmp_path: Path):
    result = run(["-m", "app", "generate", str(EXAMPLE), "-o", "plan.pdf", "--html",
                  "plan.html", "--bio", "bios.txt"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "plan.html").stat().st_size > 0


@pytest.mark.slow
def test_the_wizard_makes_no_connection(tmp_path: Path):
    """Start the wizard, open answers, show the plan and its PDF preview and the sources."""
    (tmp_path / "gui.py").write_text(GUI, "utf-8")
    result = run(["gui.py", str(EXAMPLE)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "wizard ok" in result.stdout
