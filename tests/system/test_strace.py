"""Below Python: a system-call trace sees any connection Qt's C++ code might make, which the
audit hook in tests/reliability/test_no_network.py cannot. Needs strace: `make check-system`
runs this (and installs strace where it can); `make test` leaves it out."""

from __future__ import annotations

import os
import re
import subprocess
import textwrap
from pathlib import Path

import pytest

from tests.helpers.network import EXAMPLE, GUI, run
from tests.helpers.system import require

pytestmark = pytest.mark.system

INET_CONNECT = re.compile(r"(connect|sendto|sendmsg)\(\d+, \{sa_family=AF_INET6?,")


def traced(args: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    strace = require("strace", "strace")
    probe = subprocess.run([strace, "-o", os.devnull, "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.fail(f"strace cannot trace here (is ptrace allowed?): {probe.stderr.strip()}",
                    pytrace=False)
    log = tmp_path / "strace.txt"
    result = run(args, tmp_path, [strace, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg",
                                  "-o", str(log)])
    return result, log.read_text("utf-8", errors="replace")


def test_strace_sees_an_inet_connect_when_there_is_one(tmp_path: Path):
    code = ("import socket; s = socket.socket(); s.setblocking(False)\n"
            "try: s.connect(('127.0.0.1', 9))\nexcept OSError: pass")
    # -S: no site, so no hook in this child; the trace alone must see the connection.
    _, trace = traced(["-S", "-c", code], tmp_path)
    assert INET_CONNECT.search(trace), trace[-2000:]


def test_no_system_call_reaches_the_network(tmp_path: Path):
    (tmp_path / "gui.py").write_text(GUI, "utf-8")
    for args in (["-m", "app", "generate", str(EXAMPLE), "-o", "plan.pdf"],
                 ["gui.py", str(EXAMPLE)]):
        result, trace = traced(args, tmp_path)
        assert result.returncode == 0, result.stderr
        found = [line for line in trace.splitlines() if INET_CONNECT.search(line)]
        assert found == [], textwrap.shorten(" | ".join(found), 2000)
