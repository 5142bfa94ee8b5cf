"""`profile-planner batch`: many answers files, each planned as `generate` would, into one
folder; a bad file is refused with its reason and never stops the others."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from app.cli import main
from tests.helpers import EXAMPLES, ROOT

EPOCH = "1767225600"
PRESET = EXAMPLES / "presets" / "high-risk.yaml"


def _inputs(folder: Path) -> Path:
    """The examples, an answers file that is not JSON and one with a wrong answer."""
    inputs = folder / "team"
    inputs.mkdir()
    for path in sorted(EXAMPLES.glob("*.json")):
        shutil.copy(path, inputs)
    (inputs / "broken.json").write_text('{"schema_version": 1,', encoding="utf-8")
    wrong = json.loads((EXAMPLES / "mixed-new-starter.json").read_text(encoding="utf-8"))
    wrong["answers"]["purpose"] = "nonsense"
    (inputs / "wrong.json").write_text(json.dumps(wrong), encoding="utf-8")
    return inputs


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH,
            "XDG_CONFIG_HOME": str(tmp_path / "config")}


def test_batch_on_two_workers_writes_what_generate_writes_and_refuses_bad_files(tmp_path):
    inputs = _inputs(tmp_path)
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "app", "batch", str(inputs), "-o", str(out),
                           "--html", "--bio", "--jobs", "2", "--preset", str(PRESET)],
                          cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 1, done.stderr  # two files were refused
    assert "Traceback" not in done.stderr
    examples = sorted(EXAMPLES.glob("*.json"))
    assert f"Made {len(examples)} of {len(examples) + 2} plans" in done.stdout
    assert "broken.json: not valid JSON" in done.stdout
    assert 'wrong.json: question "purpose"' in done.stdout
    assert "\r" not in done.stderr  # no progress bar when the output is not a terminal
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{p.stem}{ext}" for p in examples for ext in (".pdf", ".html", ".txt"))
    # The same bytes as `generate` with the same preset, for two of them.
    for path in examples[:2]:
        single = tmp_path / f"{path.stem}.pdf"
        subprocess.run([sys.executable, "-m", "app", "generate", str(path), "-o", str(single),
                        "--preset", str(PRESET)], cwd=ROOT, env=_env(tmp_path), check=True,
                       capture_output=True, timeout=300)
        assert (out / f"{path.stem}.pdf").read_bytes() == single.read_bytes(), path.name


def test_the_preset_is_applied_to_every_plan(tmp_path, monkeypatch, capsys):
    from pypdf import PdfReader

    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    out = tmp_path / "out"
    files = [str(p) for p in sorted(EXAMPLES.glob("*.json"))[:3]]
    assert main(["batch", *files, "-o", str(out), "--jobs", "1", "--preset", str(PRESET)]) == 0
    for name in files:
        text = "".join(page.extract_text() for page in
                       PdfReader(out / f"{Path(name).stem}.pdf").pages)
        assert "Sam Patel" in text, name  # who set the preset, as the PDF says
    assert "Made 3 of 3 plans" in capsys.readouterr().out


def test_two_inputs_of_the_same_name_never_overwrite_each_other(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    shutil.copy(EXAMPLES / "mixed-new-starter.json", a / "alex.json")
    shutil.copy(EXAMPLES / "personal-new-starter.json", b / "alex.json")
    out = tmp_path / "out"
    assert main(["batch", str(a / "alex.json"), str(b / "alex.json"), "-o", str(out),
                 "--jobs", "1"]) == 1
    said = capsys.readouterr().out
    assert "Made 1 of 2 plans" in said
    assert f"{b / 'alex.json'}: its outputs would have the same names as those of " \
        f"{a / 'alex.json'}" in said
    assert [p.name for p in out.iterdir()] == ["alex.pdf"]


def test_a_missing_input_is_refused_and_the_rest_made(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["batch", str(tmp_path / "nobody.json"), str(EXAMPLES / "mixed-new-starter.json"),
                 "-o", str(out), "--jobs", "1"]) == 1
    said = capsys.readouterr().out
    assert "nobody.json: no such file or folder" in said
    assert (out / "mixed-new-starter.pdf").exists()


def test_a_broken_preset_stops_before_anything_is_written(tmp_path, capsys):
    preset = tmp_path / "preset.yaml"
    preset.write_text("schema_version: 1\nkind: preset\nid: x\n", encoding="utf-8")
    out = tmp_path / "out"
    try:
        code = main(["batch", str(EXAMPLES), "-o", str(out), "--preset", str(preset)])
    except SystemExit as exc:
        code = exc.code
    assert code == 1
    assert "preset.yaml" in capsys.readouterr().err
    assert not out.exists()


def test_jobs_must_be_a_positive_number(capsys):
    try:
        main(["batch", str(EXAMPLES), "-o", "out", "--jobs", "0"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "--jobs: must be a whole number of 1 or more" in capsys.readouterr().err


def test_a_progress_bar_shows_on_a_terminal(tmp_path):
    import fcntl
    import pty
    import struct
    import termios
    import threading

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    said: list[bytes] = []

    def read() -> None:  # as the terminal does, while the command runs
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the command has ended and closed the terminal
                return
            if not chunk:
                return
            said.append(chunk)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        done = subprocess.run([sys.executable, "-m", "app", "batch", str(EXAMPLES), "-o",
                               str(tmp_path / "out"), "--jobs", "2"], cwd=ROOT,
                              env=_env(tmp_path), stdout=subprocess.PIPE, stderr=follower,
                              timeout=600)
    finally:
        os.close(follower)
        reader.join(10)
        os.close(leader)
    assert done.returncode == 0
    n = len(list(EXAMPLES.glob("*.json")))
    assert f"{n}/{n}" in b"".join(said).decode("utf-8", "replace")  # the bar reached the end
