"""The pieces of the frozen build that run outside PyInstaller: what ships, streams, smoke test."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from app import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str) -> ModuleType:
    # packaging/ is deliberately not a Python package: it would shadow PyPI's `packaging`.
    spec = importlib.util.spec_from_file_location(f"_pp_{name}", PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle_filter() -> ModuleType:
    return load("bundle_filter")


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", True),
    ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", False),
    ("PySide6/Qt/plugins/some-new-type/libqsomething.so", True),  # unknown: kept
    ("PySide6/QtWidgets.abi3.so", True),
])
def test_plugins_kept_and_left_out(bundle_filter: ModuleType, dest: str, kept: bool) -> None:
    assert bundle_filter.keep_plugin(dest) is kept


def test_qt_translations_are_left_out_and_app_data_kept(bundle_filter: ModuleType) -> None:
    assert not bundle_filter.keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle_filter.keep_data("PySide6/translations/qtbase_fr.qm")
    assert bundle_filter.keep_data("app/_data/resources/fonts/DejaVuSans.ttf")
    assert bundle_filter.keep_data("app/_data/questionnaires/default.yaml")
    # The app's own translations (gettext catalogues) are data it reads: they stay.
    assert bundle_filter.keep_data("app/_data/resources/locale/cy/LC_MESSAGES/ui.mo")
    assert not bundle_filter.keep_data("app/_data/resources/locale/cy/LC_MESSAGES/ui.po")
    assert not bundle_filter.keep_data("app/_data/resources/locale/ui.pot")


def test_libraries_only_a_left_out_plugin_needed_are_dropped(bundle_filter: ModuleType) -> None:
    links = {
        "/s/QtWidgets.abi3.so": {"libQt6Widgets.so.6"},
        "/s/libQt6Widgets.so.6": {"libQt6Core.so.6"},
        "/s/libQt6Core.so.6": {"libicuuc.so.73"},
        "/s/libicuuc.so.73": set(),
        "/s/libqxcb.so": {"libxcb-cursor.so.0"},
        "/s/libxcb-cursor.so.0": set(),
        "/s/libcups.so.2": {"libgnutls.so.30"},  # was needed by the CUPS plugin only
        "/s/libgnutls.so.30": set(),
        "/s/libpython3.11.so.1.0": set(),
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/s/libicuuc.so.73", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libcups.so.2", "/s/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/s/libgnutls.so.30", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),
    ]
    assert bundle_filter.unreachable_libraries(binaries, links.__getitem__) == {
        "libcups.so.2", "libgnutls.so.30"}


def test_swap_library_replaces_by_file_name(bundle_filter: ModuleType) -> None:
    binaries = [("PySide6/Qt/lib/libicudata.so.73", "/qt/libicudata.so.73", "BINARY"),
                ("PySide6/Qt/lib/libicuuc.so.73", "/qt/libicuuc.so.73", "BINARY")]
    swapped = bundle_filter.swap_library(binaries, "/build/icu-stub/libicudata.so.73")
    assert swapped == [
        ("PySide6/Qt/lib/libicudata.so.73", "/build/icu-stub/libicudata.so.73", "BINARY"),
        ("PySide6/Qt/lib/libicuuc.so.73", "/qt/libicuuc.so.73", "BINARY")]
    with pytest.raises(SystemExit, match="libicudata.so.72"):
        bundle_filter.swap_library(binaries, "/build/libicudata.so.72")


def close_streams() -> None:
    os.close(1)
    os.close(2)


def run_with_no_streams(code: str, tmp_path: Path) -> tuple[int, str]:
    """Run `code` after the runtime hook, with stdout and stderr closed as in a windowed app."""
    script = (f"import runpy, sys; runpy.run_path({str(PACKAGING / 'rthook_streams.py')!r})\n"
              + code)
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", script, "plan", "x.json"], env=env,
                          preexec_fn=close_streams, timeout=60)
    log = tmp_path / "state" / "profile-planner" / "log" / "profile-planner.log"
    return done.returncode, log.read_text(encoding="utf-8") if log.exists() else ""


def test_with_no_terminal_output_and_errors_go_to_the_log(tmp_path: Path) -> None:
    code = ("print('the plan')\n"
            "print('profile-planner: x.json: no such file', file=sys.stderr)\n"
            "raise SystemExit(2)\n")
    status, log = run_with_no_streams(code, tmp_path)
    assert status == 2
    assert "profile-planner plan x.json" in log  # which command wrote what follows
    assert "the plan\n" in log
    assert "profile-planner: x.json: no such file\n" in log
    mode = (tmp_path / "state" / "profile-planner" / "log" / "profile-planner.log").stat().st_mode
    assert mode & 0o077 == 0  # the log may quote answers: private to the user


def test_with_no_terminal_a_crash_leaves_its_traceback_in_the_log(tmp_path: Path) -> None:
    status, log = run_with_no_streams("raise RuntimeError('broken start-up')\n", tmp_path)
    assert status == 1
    assert "Traceback" in log and "RuntimeError (message left out" in log
    assert "broken start-up" not in log  # a message can quote answers: it stays out


def test_with_a_terminal_the_hook_changes_nothing(tmp_path: Path) -> None:
    script = (f"import runpy, sys; runpy.run_path({str(PACKAGING / 'rthook_streams.py')!r})\n"
              "print('to the terminal')")
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout == "to the terminal\n"
    assert not (tmp_path / "state").exists()


def test_smoke_mode_opens_the_wizard_and_quits(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    pdf = Canvas(str(tmp_path / "two.pdf"))
    for page in ("one", "two"):
        pdf.drawString(72, 720, page)
        pdf.showPage()
    pdf.save()
    shot = tmp_path / "wizard.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROFILE_PLANNER_SMOKE": "0.2",
           "PROFILE_PLANNER_SMOKE_SHOT": str(shot),
           "PROFILE_PLANNER_SMOKE_PDF": str(tmp_path / "two.pdf"),
           "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_STATE_HOME": str(tmp_path / "s"), "XDG_DATA_HOME": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, str(PACKAGING / "launcher.py")], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"smoke test: window showed: ['{APP_NAME}']" in done.stderr
    assert shot.stat().st_size > 1000  # a picture of the window, not an empty file
    assert "smoke test: PDF preview: 2 pages" in done.stderr
