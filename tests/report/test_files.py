"""The files people keep: valid PDFs, fonts embedded, reproducible, written atomically."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.helpers.pdf import check_problems, fonts


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    done = _demo(ROOT / "examples", out)
    assert done.returncode == 0, done.stderr
    return out


def _demo(examples: Path, out: Path) -> subprocess.CompletedProcess:
    """What `make demo` runs: one batch over the examples, PDF, HTML and bios."""
    return subprocess.run([sys.executable, "-m", "app", "batch", str(examples), "--html",
                           "--bio", "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_demo_writes_pdf_html_and_bios_for_every_example(demo_out, example_files):
    assert example_files
    for f in example_files:
        for ext in (".pdf", ".html", ".txt"):
            assert (demo_out / (f.stem + ext)).stat().st_size > 0


@pytest.mark.slow
def test_every_demo_pdf_passes_qpdf_check(demo_out):
    for pdf in sorted(demo_out.glob("*.pdf")):
        assert check_problems(pdf) == [], pdf.name


@pytest.mark.slow
def test_the_check_finds_a_damaged_pdf(demo_out):
    """Without this, a check that reads nothing would pass every PDF."""
    data = next(demo_out.glob("*.pdf")).read_bytes()
    assert check_problems(data[: len(data) // 2])  # cut short, as by a full disk
    start = data.index(b"stream", 1000) + 20
    assert check_problems(data[:start] + b"\x00" * 40 + data[start + 40:])  # a stream damaged


@pytest.mark.slow
def test_every_font_is_embedded(demo_out):
    for pdf in sorted(demo_out.glob("*.pdf")):
        found = fonts(pdf)
        assert found, pdf.name
        assert all(found.values()), f"{pdf.name}: not embedded: {found}"


def test_demo_reports_a_bad_example_and_fails(tmp_path):
    examples = tmp_path / "ex"
    examples.mkdir()
    (examples / "broken.json").write_text("{ not json", encoding="utf-8")
    done = _demo(examples, tmp_path / "out")
    assert done.returncode == 1
    assert "broken.json: not valid JSON" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def _generate(example: Path, out: Path, epoch: str = "1767225600") -> subprocess.CompletedProcess:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    return subprocess.run([sys.executable, "-m", "app", "generate", str(example), "-o", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_same_answers_and_date_give_the_same_bytes(example_files, tmp_path):
    example = max(example_files, key=lambda p: p.stat().st_size)
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert _generate(example, a).returncode == 0
    assert _generate(example, b).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_same_bytes_in_process(plan_of, render, monkeypatch):
    from tests.helpers.report import pdf_text

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    plan = plan_of(text={"name": "Siân Jones"}, mode="line_manager")
    first = render(plan)
    assert render(plan) == first
    assert "1 January 2026" in pdf_text(first)  # the header's date follows SOURCE_DATE_EPOCH


def test_a_failed_write_leaves_the_old_file_untouched(plan_of, tmp_path, monkeypatch):
    from app.core import safe_write
    from app.report.generate import OutputError, write_outputs

    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the old plan")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_write.os, "fsync", disk_full)
    with pytest.raises(OutputError, match="no space left on device"):
        write_outputs(plan_of(), pdf=target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the old plan"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # no temporary file left


def test_written_files_are_private_and_complete(plan_of, tmp_path):
    from app.report.generate import write_outputs

    pdf, html, bio = tmp_path / "p.pdf", tmp_path / "p.html", tmp_path / "p.txt"
    write_outputs(plan_of(), pdf=pdf, html=html, bio=bio)
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.read_bytes().rstrip().endswith(b"%%EOF")
    assert html.read_text(encoding="utf-8").rstrip().endswith("</html>")
    for p in (pdf, html, bio):
        assert p.stat().st_mode & 0o777 == 0o600


@pytest.mark.slow
def test_cli_generate_exit_codes(example_files, tmp_path):
    example = example_files[0]
    ok = _generate(example, tmp_path / "ok.pdf")
    assert ok.returncode == 0 and (tmp_path / "ok.pdf").exists()

    unwritable = _generate(example, tmp_path / "missing-folder" / "x.pdf")
    assert unwritable.returncode == 1
    assert unwritable.stderr.count("\n") == 1 and "folder does not exist" in unwritable.stderr

    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": 1, "questionnaire": {"id": "civil-service"}, '
                   '"answers": {"purpose": "nonsense"}}', encoding="utf-8")
    refused = _generate(bad, tmp_path / "bad.pdf")
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert not (tmp_path / "bad.pdf").exists()
