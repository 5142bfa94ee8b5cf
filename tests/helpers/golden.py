"""The outputs `generate` writes for every example, so faster code can be shown to write the
same bytes.

Each case runs `python -m app generate` in a fresh process (the path people use) with
SOURCE_DATE_EPOCH set, and records a SHA-256 of the PDF, HTML and bio text. The hashes in
tests/data/golden-outputs.json were made on the code before the speed work of issue 19
(commit d8bc92b). When the content or the look changes on purpose, make them again with
`python -m tests.helpers.golden` and say why in the commit.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
GOLDEN = ROOT / "tests" / "data" / "golden-outputs.json"
EPOCH = "1767225600"
PRESET = EXAMPLES / "presets" / "high-risk.yaml"
ORG = EXAMPLES / "organisations" / "department-for-example" / "organisation.yaml"
# Text that must be escaped, a character the font lacks and letters beyond Latin-1.
HOSTILE = {"name": 'Siân "Ŵyn" <img src="/etc/passwd"/> & Łucja',
           "topics": "x < y & z, <a href=\"javascript:x\">click</a>, café 😀 'quoted'",
           "location": "Αθήνα & Київ"}


def hostile_answers(folder: Path) -> Path:
    data = json.loads((EXAMPLES / "mixed-new-starter.json").read_text(encoding="utf-8"))
    data["answers"].update(HOSTILE)
    path = folder / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def cases(folder: Path) -> Iterator[tuple[str, Path, list[str]]]:
    """(name, answers file, extra options) for each example alone, with the preset, with
    the organisation pack and with both; and one answers file of hostile text."""
    for path in sorted(EXAMPLES.glob("*.json")):
        yield path.stem, path, []
        yield f"{path.stem}+preset", path, ["--preset", str(PRESET)]
        yield f"{path.stem}+org", path, ["--org", str(ORG)]
        yield f"{path.stem}+org+preset", path, ["--org", str(ORG), "--preset", str(PRESET)]
    yield "hostile", hostile_answers(folder), []


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def run_case(folder: Path, name: str, answers: Path, extra: list[str]) -> dict[str, object]:
    out = folder / name
    out.mkdir()
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "XDG_CACHE_HOME": str(folder / "cache"),
           "XDG_CONFIG_HOME": str(folder / "config")}
    done = subprocess.run(
        [sys.executable, "-m", "app", "generate", str(answers), "-o", str(out / "plan.pdf"),
         "--html", str(out / "plan.html"), "--bio", str(out / "plan.txt"), *extra],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    return {"exit": done.returncode,
            **{kind: _digest(out / f"plan.{kind}") for kind in ("pdf", "html", "txt")}}


def outputs(jobs: int = 2) -> dict[str, dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        todo = list(cases(folder))
        with ThreadPoolExecutor(jobs) as pool:
            found = pool.map(lambda case: run_case(folder, *case), todo)
            return dict(zip((c[0] for c in todo), found, strict=True))


def batch_outputs(extra: list[str], suffix: str = "") -> dict[str, dict[str, object]]:
    """The same hashes for every example (and the hostile text, without options) made by
    one `batch` process, plan after plan, named as in cases() with suffix."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = folder / "in"
        inputs.mkdir()
        names = {}
        for name, path, options in cases(folder):
            if options == extra:
                (inputs / path.name).write_bytes(path.read_bytes())
                names[path.stem] = name
        env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH,
               "XDG_CACHE_HOME": str(folder / "cache"), "XDG_CONFIG_HOME": str(folder / "config")}
        done = subprocess.run(
            [sys.executable, "-m", "app", "batch", str(inputs), "-o", str(folder / "out"),
             "--html", "--bio", "--jobs", "1", *extra],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
        return {names[stem] + suffix: {
            "exit": done.returncode,
            **{kind: _digest(folder / "out" / f"{stem}.{ext}")
               for kind, ext in (("pdf", "pdf"), ("html", "html"), ("txt", "txt"))}}
            for stem in names}


def versions() -> dict[str, str]:
    """What else decides the bytes: a different reportlab writes different PDFs."""
    import reportlab

    return {"reportlab": reportlab.Version}


def main() -> int:
    GOLDEN.write_text(json.dumps({"versions": versions(), "outputs": outputs()}, indent=1,
                                 sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
