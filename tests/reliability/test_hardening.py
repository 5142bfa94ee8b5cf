"""Issue 16: bounded reads, bounded work, no stray copies of answers.

One test (or a few) per finding of the attack run; each failed on the code before the fix.
Anything that could hang on the old code runs in a subprocess with a timeout, so a
regression fails instead of stopping the suite.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core.answers import AnswersError, check_against, load_answers, parse_answers
from app.core.organisation import load_organisation
from app.core.problems import ProblemsError
from tests.helpers import ROOT, attacks
from tests.helpers.roles import png

HANG = 120  # seconds: only a guard against a hang; the runs take a second or two


def cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=HANG,
                          env=dict(os.environ, **(env or {})))


@pytest.fixture(scope="module")
def shipped():
    from app.core.loader import load_questionnaire
    from app.core.paths import default_questionnaire

    return load_questionnaire(default_questionnaire())


# 1. Devices and FIFOs are refused, never read ----------------------------------------------
def test_a_device_is_refused_without_reading_it():
    from app.core import safe_read

    with pytest.raises(safe_read.Unreadable, match="is a device, not a file"):
        safe_read.read_bytes("/dev/zero", 1024)
    with pytest.raises(AnswersError, match="is a device"):
        load_answers("/dev/urandom")


def test_a_device_logo_is_left_out_with_a_note(tmp_path):
    done = cli("validate", str(attacks.pack(tmp_path, "/dev/zero")))
    assert "unexpected error" not in done.stderr and done.returncode == 1
    assert "/dev/zero" in done.stdout and "own folder" in done.stdout


def test_a_device_linked_from_inside_the_pack_is_refused(tmp_path, shipped):
    (tmp_path / "logo.png").symlink_to("/dev/zero")
    loaded = load_organisation(attacks.pack(tmp_path, "logo.png"), shipped)
    assert loaded.logo is None and "outside" in loaded.notes[0]


@pytest.mark.parametrize("what", ["answers", "questionnaire", "logo"])
def test_a_fifo_never_blocks(what, tmp_path):
    fifo = tmp_path / {"answers": "a.json", "questionnaire": "q.yaml", "logo": "logo.png"}[what]
    os.mkfifo(fifo)
    if what == "answers":
        done = cli("plan", str(fifo))
    elif what == "questionnaire":
        done = cli("--questionnaire", str(fifo), "plan", str(attacks.answers(tmp_path)))
    else:
        done = cli("--org", str(attacks.pack(tmp_path, "logo.png")), "plan",
                   str(attacks.answers(tmp_path)))
    assert "is a pipe (FIFO), not" in done.stderr + done.stdout
    assert "unexpected error" not in done.stderr


def test_a_file_that_grows_past_its_size_is_cut_off(tmp_path, monkeypatch):
    from app.core import safe_read

    path = tmp_path / "a.json"
    path.write_bytes(b"x" * 100)
    monkeypatch.setattr(safe_read.os, "fstat", lambda fd: os.stat_result(
        (stat.S_IFREG | 0o600, 0, 0, 1, 0, 0, 0, 0, 0, 0)))  # stat says 0 bytes
    with pytest.raises(safe_read.Unreadable) as caught:
        safe_read.read_bytes(path, 50)
    assert caught.value.too_large


# 2. An SVG that would draw for hours is refused --------------------------------------------
def test_an_svg_use_bomb_is_refused_before_it_is_drawn(tmp_path, shipped):
    from app.core.logo_file import svg_problem

    bomb = attacks.svg_bomb()
    assert len(bomb) < 4096
    assert "simplify" in (svg_problem(bomb) or "")
    (tmp_path / "logo.svg").write_bytes(bomb)
    loaded = load_organisation(attacks.pack(tmp_path, "logo.svg"), shipped)
    assert loaded.logo is None and "simplify" in loaded.notes[0]


def test_the_wizard_does_not_draw_an_svg_bomb(qtbot):
    from app.core.logo_file import svg_problem
    from app.ui.logo import svg_to_png

    bomb = attacks.svg_bomb()
    assert svg_problem(bomb)  # on the old code this was drawn: hours on the UI thread
    assert svg_to_png(bomb) is None


def test_an_ordinary_svg_logo_still_draws(qtbot, tmp_path, shipped):
    from app.ui.logo import svg_to_png

    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
           b' width="40" height="20"><defs><rect id="r" width="5" height="5" fill="#00f"/>'
           b'</defs><use xlink:href="#r"/><use xlink:href="#r" x="10"/>'
           b'<rect style="fill:url(#g)" width="1" height="1"/></svg>')
    (tmp_path / "logo.svg").write_bytes(svg)
    loaded = load_organisation(attacks.pack(tmp_path, "logo.svg"), shipped)
    assert loaded.logo_kind == "svg" and loaded.notes == []
    assert (svg_to_png(svg) or b"").startswith(b"\x89PNG")


# 3. Outputs never replace a device, an input or each other -----------------------------------
def _special(tmp_path: Path) -> Path:
    """A private stand-in for /dev/null (a real character device where allowed)."""
    path = tmp_path / "null"
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError, OSError):
        os.mkfifo(path)
    return path


def test_generate_never_replaces_a_device(tmp_path):
    null = _special(tmp_path)
    kind = stat.S_IFMT(null.lstat().st_mode)
    done = cli("generate", str(attacks.answers(tmp_path)), "-o", str(null))
    assert done.returncode == 1 and "not a file" in done.stderr
    assert stat.S_IFMT(null.lstat().st_mode) == kind
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_link_to_a_system_device_path_is_refused(tmp_path):
    from app.core import safe_write

    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    with pytest.raises(safe_write.WriteRefused, match="system device"):
        safe_write.write_bytes(link, b"x")
    assert link.is_symlink()


def test_generate_never_overwrites_its_input(tmp_path):
    answers = attacks.answers(tmp_path)
    before = answers.read_bytes()
    done = cli("generate", str(answers), "-o", str(answers))
    assert done.returncode == 1 and "being read" in done.stderr
    assert answers.read_bytes() == before


def test_two_outputs_at_one_path_are_refused_before_writing(tmp_path):
    out = tmp_path / "a.pdf"
    done = cli("generate", str(attacks.answers(tmp_path)), "-o", str(out), "--html", str(out))
    assert done.returncode == 1 and "named twice" in done.stderr
    assert not out.exists()


# 4. Answers files that broke the loader ------------------------------------------------------
GOOD = (ROOT / "examples" / "mixed-new-starter.json").read_text("utf-8")


@pytest.mark.parametrize("text, words", [
    (GOOD.rstrip()[:-1] + ', "x": ' + "9" * 5000 + "}", "number 5,000 characters long"),
    ('{"answers": ' + "[" * 900 + "]" * 900 + "}", "nested too deeply"),
    (GOOD.rstrip()[:-1] + ', "mode": "line_manager"}', 'the key "mode" twice (line'),
    ('{"schema_version": NaN}', "not a JSON number"),
])
def test_hostile_json_gets_a_located_one_line_reason(text, words):
    with pytest.raises(AnswersError) as caught:
        parse_answers(text)
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_a_duplicate_key_names_its_line():
    text = '{\n"schema_version": 1,\n"mode": "alone",\n"mode": "line_manager"\n}'
    with pytest.raises(AnswersError, match=r'"mode" twice \(line 4\)'):
        parse_answers(text)


# 5. The questionnaire's text limits apply to answers from anywhere ---------------------------
def test_a_name_over_its_limit_is_refused_from_a_file(tmp_path, shipped):
    answers = load_answers(attacks.answers(tmp_path, name="N" * 400_000))
    with pytest.raises(AnswersError, match=r'"name" is too long \(400,000 characters; the '
                       r"limit is 80\)"):
        check_against(answers, shipped)
    done = cli("generate", str(attacks.answers(tmp_path, name="N" * 81)), "-o",
               str(tmp_path / "a.pdf"))
    assert done.returncode == 2 and '"name" is too long' in done.stderr
    assert done.stderr.count("\n") == 1


def test_limits_count_characters_a_person_sees(shipped):
    from app.core.answers import Answers, QuestionnaireRef

    flag = "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"  # 7 code points
    ok = Answers(questionnaire=QuestionnaireRef(id=shipped.id), answers={"name": flag * 80})
    check_against(ok, shipped)


def test_a_preset_value_over_its_limit_is_refused(shipped):
    from app.core.preset import parse_preset

    text = ("schema_version: 1\nkind: preset\nid: p\ntitle: P\nquestionnaire: civil-service\n"
            "set_by: {name: Sam}\nanswers:\n  org_short: {value: ABCDEFGHIJKLMNOP}\n")
    with pytest.raises(ProblemsError) as caught:
        parse_preset(text, shipped)
    assert "too long" in str(caught.value) and ":8:" in str(caught.value)


# 6. No stray copies of answers ---------------------------------------------------------------
def test_sigterm_during_a_write_leaves_no_temporary_file(tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "answers.json"
    target.write_text("old", "utf-8")
    code = f"""
import os, sys, time
from app.core import safe_write
real = os.fsync
def slow(fd):
    print("writing", flush=True)
    time.sleep(60)
safe_write.os.fsync = slow
safe_write.write_bytes({str(target)!r}, b"new answers, Sam Jones")
"""
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "writing\n"
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=HANG) == -signal.SIGTERM  # still ends as SIGTERM asks
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.json"]
    assert target.read_text("utf-8") == "old"


def test_stale_temporary_files_are_swept_and_nothing_else(tmp_path, monkeypatch):
    from app.core import safe_write

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    stale = tmp_path / ".plan.pdf.pp-1a2b3c4d.tmp"
    fresh = tmp_path / ".plan.pdf.pp-5e6f7a8b.tmp"
    other = tmp_path / ".someone-else.tmp"
    for p in (stale, fresh, other):
        p.write_text("Sam Jones", "utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    monkeypatch.setattr(safe_write, "_swept", set())
    safe_write.write_bytes(tmp_path / "plan.pdf", b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [fresh.name, other.name, "plan.pdf"])


def test_start_up_sweeps_the_apps_own_folders(tmp_path, monkeypatch):
    from app.core import safe_write

    for kind in ("DATA", "CACHE", "CONFIG"):
        monkeypatch.setenv(f"XDG_{kind}_HOME", str(tmp_path / kind))
    monkeypatch.setattr(safe_write, "_swept", set())
    data = tmp_path / "DATA" / "profile-planner"
    data.mkdir(parents=True)
    stray = data / ".unfinished-session.json.pp-00112233.tmp"
    stray.write_text("{}", "utf-8")
    os.utime(stray, (1, 1))
    assert safe_write.sweep_own_folders() == 1 and not stray.exists()


def test_a_set_of_outputs_is_written_under_one_lock(tmp_path, shipped, monkeypatch):
    fcntl = pytest.importorskip("fcntl")
    from app.report import html, pdf
    from app.report.generate import write_outputs

    # Rendered at once, so only the lock can hold the writing back.
    monkeypatch.setattr(pdf, "render_pdf", lambda plan: b"%PDF-1.4")
    monkeypatch.setattr(html, "render_html", lambda plan: "<html></html>")

    held = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(held, fcntl.LOCK_EX)  # another run is writing here
    from app.core.engine import build_plan

    plan = build_plan(shipped, parse_answers(GOOD))
    writer = threading.Thread(target=write_outputs, args=(plan, tmp_path / "p.pdf",
                                                          tmp_path / "p.html"))
    writer.start()
    writer.join(timeout=3)
    waited = writer.is_alive() and not (tmp_path / "p.pdf").exists()
    os.close(held)
    writer.join(timeout=HANG)
    assert waited, "wrote while another run held the folder"
    assert (tmp_path / "p.pdf").exists() and (tmp_path / "p.html").exists()


# 7. Crafted packs and presets cannot take minutes --------------------------------------------
def test_a_pack_that_exhausts_the_search_is_too_complex_to_check(tmp_path, shipped):
    path = attacks.pack(tmp_path, items=attacks.hard_items(count=3, padding=16))
    with pytest.raises(ProblemsError) as caught:
        load_organisation(path, shipped)
    [problem] = caught.value.problems
    assert problem.message.startswith("too complex to check: simplify")
    assert problem.line > 6  # at the first item's condition


def test_the_work_budget_is_shared_across_conditions(shipped, monkeypatch):
    from app.core import reachability

    monkeypatch.setattr(reachability, "WORK_BUDGET", 50)
    r = reachability.Reachability(shipped)
    for item in shipped.items:
        r.satisfiable(item.when)
    assert r.too_complex and r.work < 50 + 10_000


def test_a_preset_full_of_unknown_items_stops_early(tmp_path, shipped):
    from app.core.preset import MAX_PROBLEMS, load_preset

    path = attacks.big_preset(tmp_path, count=500)
    with pytest.raises(ProblemsError) as caught:
        load_preset(path, shipped)
    problems = caught.value.problems
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[-1].message.startswith("too complex to check: simplify")


@pytest.mark.parametrize("kind, bound", [("preset", "MAX_PARSED_PRESET"),
                                         ("organisation", "MAX_PARSED")])
def test_a_file_with_too_many_values_is_refused_while_parsing(kind, bound, monkeypatch):
    from app.core import yamlfile

    monkeypatch.setattr(yamlfile, bound, 1000)
    text = f"kind: {kind}\nraise_to_must:\n" + "- zz\n" * 2000
    with pytest.raises(ProblemsError) as caught:
        yamlfile.parse_yaml(text, "p.yaml")
    [problem] = caught.value.problems
    assert "more than 1,000 values" in problem.message and 900 < problem.line < 1100


def test_a_preset_is_bounded_more_tightly_than_a_questionnaire():
    from app.core import yamlfile

    items = "- zz\n" * (yamlfile.MAX_PARSED_PRESET + 10)
    yamlfile.parse_yaml("kind: questionnaire\nx:\n" + items, "q.yaml")
    with pytest.raises(ProblemsError, match="too many to check"):
        yamlfile.parse_yaml("kind: preset\nx:\n" + items, "p.yaml")


# 8. A logo cannot be any picture on disk ----------------------------------------------------
@pytest.mark.parametrize("where", ["absolute", "dotdot", "symlink"])
def test_a_logo_outside_the_pack_is_left_out(where, tmp_path, shipped):
    private = tmp_path / "private" / "photo.png"
    private.parent.mkdir()
    private.write_bytes(png())
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    name = {"absolute": str(private), "dotdot": "../private/photo.png",
            "symlink": "logo.png"}[where]
    if where == "symlink":
        (pack_dir / "logo.png").symlink_to(private)
    loaded = load_organisation(attacks.pack(pack_dir, name), shipped)
    assert loaded.logo is None
    assert "folder" in loaded.notes[0]


def test_a_logo_in_a_subfolder_of_the_pack_is_fine(tmp_path, shipped):
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "logo.png").write_bytes(png())
    loaded = load_organisation(attacks.pack(tmp_path, "images/logo.png"), shipped)
    assert loaded.logo_kind == "png" and loaded.notes == []


@pytest.mark.parametrize("inside", [
    '<image xlink:href="/home/sam/photo.png" width="10" height="10"/>',
    '<image href="file:///home/sam/photo.png" width="10" height="10"/>',
    '<rect style="fill:url(/home/sam/p.svg#g)" width="1" height="1"/>',
    '<style>@import url("https://example.org/x.css");</style>',
])
def test_an_svg_that_refers_elsewhere_is_refused(inside, tmp_path, shipped):
    (tmp_path / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="10" height="10">{inside}</svg>', "utf-8")
    loaded = load_organisation(attacks.pack(tmp_path, "logo.svg"), shipped)
    assert loaded.logo is None and "self-contained" in loaded.notes[0]


# 9. Smaller ----------------------------------------------------------------------------------
def test_validate_escapes_control_characters_in_file_names(tmp_path, capsys):
    from app.cli import main

    (tmp_path / "q\x1b[2J\nforged: ok.yaml").write_text("not: [valid", "utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err
    assert "\\u001b[2J\\nforged" in out
    assert not any(line.startswith("forged") for line in out.splitlines())


def test_plan_text_escapes_control_characters_in_answers(tmp_path, capsys):
    from app.cli import main

    path = tmp_path / "a.json"
    data = json.loads(GOOD)
    data["answers"]["topics"] = "tax \x1b]0;owned\x07 policy"
    path.write_text(json.dumps(data), "utf-8")
    assert main(["plan", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out


def test_the_wizard_checks_the_start_up_pack_off_the_ui_thread(make_window, qtbot, tmp_path,
                                                               monkeypatch):
    from app.core import organisation

    threads: list[str] = []
    real = organisation.from_located

    def watched(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(organisation, "from_located", watched)
    (tmp_path / "logo.svg").write_bytes(attacks.svg_bomb())
    window = make_window(load=False, organisation_path=attacks.pack(tmp_path, "logo.svg"))
    window.wizard.load_in_background()
    qtbot.waitUntil(lambda: window.wizard.q is not None, timeout=HANG * 1000)
    assert threads and threading.main_thread().name not in threads
    assert window.wizard.setup is not None and window.wizard.setup.organisation is not None
    assert "simplify" in " ".join(window.wizard.setup.notes)


def test_describe_never_overwrites_the_questionnaire(tmp_path):
    q = tmp_path / "q.yaml"
    q.write_bytes((ROOT / "questionnaires" / "default.yaml").read_bytes())
    before = q.read_bytes()
    done = cli("--questionnaire", str(q), "describe", "-o", str(q))
    assert done.returncode == 1 and "being read" in done.stderr
    assert q.read_bytes() == before


def test_file_open_checks_a_pack_off_the_ui_thread(make_window, tmp_path, monkeypatch):
    from app.core import organisation
    from app.ui.roles import open_organisation

    threads: list[str] = []
    real = organisation.from_located

    def watched(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(organisation, "from_located", watched)
    window = make_window()
    (tmp_path / "logo.png").write_bytes(png())
    assert open_organisation(window, attacks.pack(tmp_path, "logo.png"))
    assert threads and threading.main_thread().name not in threads
    assert window.isEnabled() and window.wizard.setup.organisation.logo_kind == "png"
