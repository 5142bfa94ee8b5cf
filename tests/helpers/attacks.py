"""The hostile inputs of issue 16, made small and on demand, for the tests and the table.

Each attack writes its files into a folder and returns the command-line arguments that run
it. `python -m tests.helpers.attacks [--tries N] [--base DIR]` runs every attack in a
subprocess under /usr/bin/time -v, with a timeout and a memory limit, and prints one row
each: tries, failures, the longest time and the largest peak memory. With --base, the app
in DIR (an export of an older commit) is run instead, to compare before and after.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ANSWERS = {"schema_version": 1, "questionnaire": {"id": "civil-service"},
           "answers": {"purpose": "personal", "platforms": ["linkedin"], "name": "Sam"}}


def answers(folder: Path, **changes: object) -> Path:
    data = json.loads(json.dumps(ANSWERS))
    data["answers"].update(changes)
    path = folder / "answers.json"
    path.write_text(json.dumps(data), "utf-8")
    return path


def pack(folder: Path, logo: str | None = None, items: str = "") -> Path:
    text = ("schema_version: 1\nkind: organisation\nname: Department for Testing\n"
            "short_name: DfT\n")
    if logo is not None:
        text += f"logo: {json.dumps(logo)}\n"
    if items:
        text += "content:\n  items:\n" + items
    path = folder / "org.yaml"
    path.write_text(text, "utf-8")
    return path


def svg_bomb(depth: int = 12, fan: int = 10) -> bytes:
    """A few kilobytes of nested <use>: fan**depth shapes."""
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" '
             'xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="40">',
             '<defs><rect id="l0" width="1" height="1"/>']
    for d in range(1, depth + 1):
        uses = "".join(f'<use xlink:href="#l{d - 1}"/>' for _ in range(fan))
        parts.append(f'<g id="l{d}">{uses}</g>')
    parts.append(f'</defs><use xlink:href="#l{depth}"/></svg>')
    return "".join(parts).encode()


def hard_items(count: int = 20, padding: int = 100) -> str:
    """Organisation items whose conditions cannot be met, in a way only a search over
    every earlier answer finds: each ends by asking one text answer to be two things."""
    pad = " " * 10
    always = []
    for qid in ("sensitive_info", "clearance", "public_role", "threat", "officer_flag",
                "family_exposed"):
        always.append(f"{pad}- any:\n{pad}  - equals: {{question: {qid}, value: true}}\n"
                      f"{pad}  - equals: {{question: {qid}, value: false}}\n"
                      f"{pad}  - not: {{answered: {qid}}}\n")
    for qid, opts in (("activities", "network, promote, share"),
                      ("platforms", "x, linkedin, bluesky")):
        always.append(f"{pad}- any:\n{pad}  - in: {{question: {qid}, values: [{opts}]}}\n"
                      f"{pad}  - not: {{answered: {qid}}}\n{pad}  - answered: {qid}\n")
    body = "".join((always * (padding // len(always) + 1))[:padding])
    lines = []
    for i in range(count):
        lines.append(
            f"    - id: hard-{i}\n      section: start\n      title: Hard {i}\n"
            f"      detail: Never shown.\n      priority: should\n"
            f"      sources: [{{source: bis-2013}}]\n"
            f"      when:\n        all:\n{body}"
            f"{pad}- equals: {{question: announcements, value: a}}\n"
            f"{pad}- equals: {{question: announcements, value: b}}\n")
    return "".join(lines)


def big_preset(folder: Path, count: int = 990_000) -> Path:
    path = folder / "preset.yaml"
    path.write_text("schema_version: 1\nkind: preset\nid: big\ntitle: Big\n"
                    "questionnaire: civil-service\nset_by: {name: Sam}\nraise_to_must: ["
                    + ",".join(["zz"] * count) + "]\n", "utf-8")
    return path


@dataclass
class Attack:
    name: str
    finding: int
    make: Callable[[Path], list[str]]  # writes files, returns the CLI arguments
    handled: Callable[[Path, int, str], bool]  # (folder, exit code, output) -> no failure


def _clean_exit(folder: Path, code: int, err: str) -> bool:
    """Refused with a plain message, no traceback, no crash."""
    return code in (0, 1, 2) and "unexpected error" not in err and "Traceback" not in err


def _refused(folder: Path, code: int, err: str) -> bool:
    return code in (1, 2) and _clean_exit(folder, code, err)


def _logo_device(folder: Path) -> list[str]:
    return ["validate", str(pack(folder, "/dev/zero"))]


def _fifo(folder: Path, name: str) -> Path:
    path = folder / name
    os.mkfifo(path)
    return path


def _fifo_answers(folder: Path) -> list[str]:
    return ["plan", str(_fifo(folder, "answers.json"))]


def _fifo_questionnaire(folder: Path) -> list[str]:
    return ["validate", str(_fifo(folder, "q.yaml"))]


def _fifo_logo(folder: Path) -> list[str]:
    _fifo(folder, "logo.png")
    return ["--org", str(pack(folder, "logo.png")), "plan", str(answers(folder))]


def _null_device(folder: Path) -> list[str]:
    # A private stand-in for /dev/null: never replace the real one while testing.
    try:
        os.mknod(folder / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        os.mkfifo(folder / "null")
    return ["generate", str(answers(folder)), "-o", str(folder / "null")]


def _device_kept(folder: Path, code: int, err: str) -> bool:
    return not (folder / "null").is_file() and _refused(folder, code, err)


def _output_is_input(folder: Path) -> list[str]:
    a = answers(folder)
    return ["generate", str(a), "-o", str(a)]


def _input_kept(folder: Path, code: int, err: str) -> bool:
    return (folder / "answers.json").read_bytes() == json.dumps(ANSWERS).encode() \
        and _refused(folder, code, err)


def _html_is_pdf(folder: Path) -> list[str]:
    return ["generate", str(answers(folder)), "-o", str(folder / "a.pdf"), "--html",
            str(folder / "a.pdf")]


def _pdf_kept(folder: Path, code: int, err: str) -> bool:
    out = folder / "a.pdf"
    return (not out.exists() or out.read_bytes().startswith(b"%PDF")) and _refused(
        folder, code, err)


def _long_number(folder: Path) -> list[str]:
    path = folder / "answers.json"
    path.write_text('{"schema_version": ' + "9" * 5000 + "}", "utf-8")
    return ["plan", str(path)]


def _deep(folder: Path) -> list[str]:
    path = folder / "answers.json"
    path.write_text('{"answers": ' + "[" * 900 + "]" * 900 + "}", "utf-8")
    return ["plan", str(path)]


def _duplicate_key(folder: Path) -> list[str]:
    path = folder / "answers.json"
    path.write_text(json.dumps(ANSWERS)[:-1] + ', "mode": "alone", "mode": "line_manager"}',
                    "utf-8")
    return ["plan", str(path)]


def _says_duplicate(folder: Path, code: int, err: str) -> bool:
    return "twice" in err and _refused(folder, code, err)


def _long_name(folder: Path) -> list[str]:
    return ["generate", str(answers(folder, name="N" * 400_000)), "-o", str(folder / "a.pdf")]


def _hard_pack(folder: Path) -> list[str]:
    return ["validate", str(pack(folder, items=hard_items()))]


def _says_too_complex(folder: Path, code: int, err: str) -> bool:
    return "too complex to check" in err


def _big_preset(folder: Path) -> list[str]:
    return ["validate", str(big_preset(folder))]


def _absolute_logo(folder: Path) -> list[str]:
    private = folder / "private" / "photo.png"
    private.parent.mkdir()
    from tests.helpers.roles import png

    private.write_bytes(png())
    (folder / "pack").mkdir()
    return ["--org", str(pack(folder / "pack", str(private))), "generate",
            str(answers(folder)), "-o", str(folder / "a.pdf")]


def _logo_left_out(folder: Path, code: int, err: str) -> bool:
    return "own folder" in err and _clean_exit(folder, code, err)


def _svg_external(folder: Path) -> list[str]:
    (folder / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="10" height="10"><image xlink:href="/etc/photo.png" width="10" height="10"/>'
        "</svg>", "utf-8")
    return ["validate", str(pack(folder, "logo.svg"))]


def _says_external(folder: Path, code: int, err: str) -> bool:
    return "another file" in err


def _svg_bomb(folder: Path) -> list[str]:
    (folder / "logo.svg").write_bytes(svg_bomb())
    return ["validate", str(pack(folder, "logo.svg"))]


def _says_simplify(folder: Path, code: int, err: str) -> bool:
    return "simplify" in err


def _escape_name(folder: Path) -> list[str]:
    bad = folder / "q\x1b[2J\nforged.yaml"
    bad.write_text("not: [valid", "utf-8")
    return ["validate", str(folder)]


def _escaped(folder: Path, code: int, err: str) -> bool:
    return "\x1b" not in err and "\nforged" not in err


ATTACKS = [
    Attack("logo: /dev/zero, validate", 1, _logo_device, _clean_exit),
    Attack("FIFO answers file, plan", 1, _fifo_answers, _refused),
    Attack("FIFO questionnaire, validate", 1, _fifo_questionnaire, _refused),
    Attack("FIFO logo, plan", 1, _fifo_logo, _clean_exit),
    Attack("SVG <use> bomb logo, validate", 2, _svg_bomb, _says_simplify),
    Attack("generate -o a device (as root)", 3, _null_device, _device_kept),
    Attack("generate a.json -o a.json", 3, _output_is_input, _input_kept),
    Attack("generate --html same as -o", 3, _html_is_pdf, _pdf_kept),
    Attack("answers: 5,000-digit number", 4, _long_number, _refused),
    Attack("answers: 900-deep nesting", 4, _deep, _refused),
    Attack("answers: duplicate key", 4, _duplicate_key, _says_duplicate),
    Attack("answers: 400,000-character name", 5, _long_name, _refused),
    Attack("pack: 20 conditions that exhaust the search", 7, _hard_pack, _says_too_complex),
    Attack("preset: 990,000 unknown items", 7, _big_preset, _refused),
    Attack("logo: absolute path to a private picture", 8, _absolute_logo, _logo_left_out),
    Attack("SVG logo <image href=/path>", 8, _svg_external, _says_external),
    Attack("validate DIR with an escape in a file name", 9, _escape_name, _escaped),
]


def run_one(attack: Attack, folder: Path, base: Path | None, timeout: float,
            memory_mb: int) -> tuple[bool, float, int, str]:
    """(handled, seconds, peak KB, output) for one try, in its own process."""
    import re
    import resource
    import subprocess
    import sys
    import time

    args = attack.make(folder)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = base or Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = str(root)
    for kind in ("CACHE", "CONFIG", "DATA", "STATE"):  # never the real user's folders
        env[f"XDG_{kind}_HOME"] = str(folder / f"xdg-{kind.lower()}")

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))

    start = time.perf_counter()
    try:
        done = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "app", *args],
                              cwd=root, env=env, capture_output=True, text=True,
                              errors="replace", timeout=timeout, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return False, time.perf_counter() - start, 0, "timed out"
    seconds = time.perf_counter() - start
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    peak = int(found.group(1)) if found else 0
    err = done.stdout + "".join(line for line in done.stderr.split(
        "\tCommand being timed")[0].splitlines(keepends=True)
        if not line.startswith("Command exited"))
    code = done.returncode
    return attack.handled(folder, code, err), seconds, peak, err


SAVE_LOOP = """
import json, sys
from app.core.answers import parse_answers
answers = parse_answers(json.dumps({answers!r}))
print("ready", flush=True)
while True:
    answers.save(sys.argv[1])
"""


def kill_saves(tries: int, sig: int, base: Path | None) -> tuple[int, int, int]:
    """Kill a process saving answers in a loop at a random moment, `tries` times.

    Returns (runs, runs that left a temporary file, temporary files left after the next
    start-up sweep, with the strays made to look old)."""
    import random
    import subprocess
    import sys
    import tempfile
    import time

    root = base or Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    strays = left = 0
    for _ in range(tries):
        folder = Path(tempfile.mkdtemp(prefix="pp-kill-"))
        proc = subprocess.Popen([sys.executable, "-c", SAVE_LOOP.format(answers=ANSWERS),
                                 str(folder / "answers.json")], cwd=root, env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()
        time.sleep(random.uniform(0.05, 0.5))
        proc.send_signal(sig)
        proc.wait()
        temps = [p for p in folder.iterdir() if p.name.startswith(".")]
        strays += bool(temps)
        for p in temps:
            os.utime(p, (1, 1))
        # The next run: writing the same file sweeps its folder (in the fixed code).
        subprocess.run([sys.executable, "-c", SAVE_LOOP.replace("while True:", "for _ in [1]:")
                        .format(answers=ANSWERS), str(folder / "answers.json")], cwd=root,
                       env=env, capture_output=True)
        left += len([p for p in folder.iterdir() if p.name.startswith(".")])
        for p in folder.iterdir():
            p.unlink()
        folder.rmdir()
    return tries, strays, left


def main(argv: list[str]) -> int:
    import argparse
    import shutil
    import tempfile

    p = argparse.ArgumentParser()
    p.add_argument("--tries", type=int, default=3)
    p.add_argument("--base", type=Path)
    p.add_argument("--timeout", type=float, default=60)
    p.add_argument("--memory-mb", type=int, default=2048)
    p.add_argument("--only", default="")
    p.add_argument("--kills", type=int, default=0, help="only kill saves, this many times")
    args = p.parse_args(argv)
    if args.kills:
        import signal

        for name in ("SIGTERM", "SIGKILL"):
            runs, strays, left = kill_saves(args.kills, getattr(signal, name), args.base)
            print(f"6 {name} during saves: {runs} runs, {strays} left a temporary file, "
                  f"{left} still there after the next run", flush=True)
        return 0
    print(f"{'#':>2} {'attack':<46} {'tries':>5} {'failed':>6} {'max s':>7} {'peak MB':>8}  "
          "first message")
    for attack in ATTACKS:
        if args.only and not any(part in attack.name for part in args.only.split(",")):
            continue
        failed, worst, peak, said = 0, 0.0, 0, ""
        for _ in range(args.tries):
            folder = Path(tempfile.mkdtemp(prefix="pp-attack-"))
            try:
                ok, seconds, kb, err = run_one(attack, folder, args.base, args.timeout,
                                               args.memory_mb)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
            failed += not ok
            worst, peak = max(worst, seconds), max(peak, kb)
            said = said or (err.strip().splitlines() or [""])[-1][:70]
        print(f"{attack.finding:>2} {attack.name:<46} {args.tries:>5} {failed:>6} "
              f"{worst:>7.1f} {peak / 1024:>8.0f}  {said!r}", flush=True)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
