"""The app never opens a network connection: the suite's guard really fails a test that tries,
and the real processes (command line and wizard) make no connection and look up no host."""

from __future__ import annotations

import _socket
import os
import re
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers.network import NetworkUsed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "high-risk-under-threat.json"

# Installed in each child through sitecustomize: any attempt at the network ends the process
# at once with status 97 and says what it tried.
SITECUSTOMIZE = r'''
import os
import socket
import sys

INET = (socket.AF_INET, socket.AF_INET6)
LOOKUPS = ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr")
SENDS = ("socket.connect", "socket.sendto", "socket.sendmsg")


def hook(event, args):
    inet = event in SENDS and args and getattr(args[0], "family", None) in INET
    if event in LOOKUPS or inet:
        os.write(2, ("NETWORK USED: %s %r\n" % (event, args[1:])).encode())
        os._exit(97)


sys.addaudithook(hook)
'''

GUI = r'''
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.ui.main import configure, create_window

app = QApplication([sys.argv[0]])
configure(app)
window = create_window()
window.show()
app.processEvents()
window.after_first_paint()
assert window.open_path(Path(sys.argv[1]))
wizard = window.wizard
wizard.next()  # check your answers -> your plan
assert wizard.currentId() == wizard.RESULT_ID, wizard.currentId()
page = wizard.result_page
page.tabs.setCurrentWidget(page.preview)  # the PDF preview renders through QtPdf
for _ in range(20):
    app.processEvents()
assert page.pdf_bytes().startswith(b"%PDF")
window.show_sources()
app.processEvents()
window.finished = True
window.close()
print("wizard ok", flush=True)
'''


def child_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, "utf-8")
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]),
               HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen")
    # Proxies would only matter if something connected; leave none to tempt it.
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        env.pop(var, None)
    return env


def run(args: list[str], tmp_path: Path, prefix: list[str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*(prefix or []), sys.executable, *args], cwd=tmp_path,
                          env=child_env(tmp_path), capture_output=True, text=True, timeout=180)


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


# Below Python: a system-call trace sees connections Qt's C++ code might make. -----------
INET_CONNECT = re.compile(r"(connect|sendto|sendmsg)\(\d+, \{sa_family=AF_INET6?,")


def traced(args: list[str], tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed")
    probe = subprocess.run(["strace", "-o", os.devnull, "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("strace cannot trace here (ptrace not permitted)")
    log = tmp_path / "strace.txt"
    result = run(args, tmp_path, ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg",
                                  "-o", str(log)])
    return result, log.read_text("utf-8", errors="replace")


def test_strace_sees_an_inet_connect_when_there_is_one(tmp_path: Path):
    code = ("import socket; s = socket.socket(); s.setblocking(False)\n"
            "try: s.connect(('127.0.0.1', 9))\nexcept OSError: pass")
    # -S: no site, so no hook in this child; the trace alone must see the connection.
    _, trace = traced(["-S", "-c", code], tmp_path)
    assert INET_CONNECT.search(trace), trace[-2000:]


@pytest.mark.slow
def test_no_system_call_reaches_the_network(tmp_path: Path):
    (tmp_path / "gui.py").write_text(GUI, "utf-8")
    for args in (["-m", "app", "generate", str(EXAMPLE), "-o", "plan.pdf"],
                 ["gui.py", str(EXAMPLE)]):
        result, trace = traced(args, tmp_path)
        assert result.returncode == 0, result.stderr
        found = [line for line in trace.splitlines() if INET_CONNECT.search(line)]
        assert found == [], textwrap.shorten(" | ".join(found), 2000)
