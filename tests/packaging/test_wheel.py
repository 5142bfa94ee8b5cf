"""The wheel installs into a fresh virtual environment and works there, away from the source.

Slow (about a minute): it builds the wheel, makes a venv and installs the wheel with its
dependencies (from the package index or pip's cache), then runs the installed command.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    if importlib.util.find_spec("build"):  # sdist, then the wheel from the sdist
        done = run(sys.executable, "-m", "build", "--outdir", out, ROOT, cwd=ROOT)
    else:
        done = run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", out, ROOT,
                   cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    (found,) = out.glob("profile_planner-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh venv with only the wheel and its dependencies."""
    venv = tmp_path_factory.mktemp("venv")
    assert run(sys.executable, "-m", "venv", venv, cwd=venv).returncode == 0
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    done = run(bin_dir / "python", "-m", "pip", "install", "--quiet",
               "--disable-pip-version-check", wheel, cwd=venv)
    assert done.returncode == 0, done.stdout + done.stderr
    return bin_dir


def test_wheel_carries_the_questionnaires_and_resources(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert f"profile_planner-{app.__version__}.dist-info/METADATA" in names
    data = {n.removeprefix("app/_data/") for n in names if n.startswith("app/_data/")}
    for folder in ("questionnaires", "resources"):
        shipped = {str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*") if p.is_file()
                   and "__pycache__" not in p.parts}
        assert shipped and shipped <= data, f"missing from the wheel: {shipped - data}"
    assert "docs/accessibility.md" in data  # Help > Accessibility statement, offline
    assert not [n for n in names if n.startswith(("tests/", "packaging/", "tools/"))]
    assert not [n for n in names if "screenshots" in n]  # development tools stay behind


def test_installed_app_finds_its_data_inside_the_package(installed: Path,
                                                         tmp_path: Path) -> None:
    done = run(installed / "python", "-c",
               "from app.core.paths import data_root; print(data_root())", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    root = Path(done.stdout.strip())
    assert root.parts[-2:] == ("app", "_data")
    assert ROOT not in root.parents  # not the source checkout
    assert (root / "questionnaires" / "default.yaml").is_file()


def test_installed_command_validates_and_reports_its_version(installed: Path,
                                                             tmp_path: Path) -> None:
    done = run(installed / "profile-planner", "--version", cwd=tmp_path)
    assert done.stdout.strip() == f"profile-planner {app.__version__}"
    done = run(installed / "profile-planner", "validate", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 problem(s)" in done.stderr


def test_installed_command_writes_the_same_pdf_as_the_source(installed: Path, tmp_path: Path,
                                                            example_files: list[Path]) -> None:
    from pypdf import PdfReader

    example = example_files[0]
    done = run(installed / "profile-planner", "generate", example, "-o", tmp_path / "out.pdf",
               "--html", tmp_path / "out.html", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    here = run(sys.executable, "-m", "app", "generate", example, "-o", tmp_path / "dev.pdf",
               cwd=ROOT)
    assert here.returncode == 0, here.stderr

    installed_pdf, source_pdf = PdfReader(tmp_path / "out.pdf"), PdfReader(tmp_path / "dev.pdf")
    assert len(installed_pdf.pages) == len(source_pdf.pages) >= 1
    for mine, theirs in zip(installed_pdf.pages, source_pdf.pages, strict=True):
        assert mine.extract_text() == theirs.extract_text()
    fonts = {f["/BaseFont"] for page in installed_pdf.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in str(f) for f in fonts), fonts  # the bundled font was found
    assert (tmp_path / "out.html").read_text(encoding="utf-8").lstrip().startswith("<!")
