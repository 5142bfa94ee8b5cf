"""The suite's network guard's error, and children run with a hook that ends them at their
first attempt at the network (tests/reliability/test_no_network.py, tests/system/)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT


class NetworkUsed(AssertionError):
    pass


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
