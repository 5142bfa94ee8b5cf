"""Saving is crash-safe: a process killed mid-save leaves the old or the new file, whole."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.answers import load_answers

WRITER = r"""
import sys
from app.core.answers import Answers, QuestionnaireRef
path = sys.argv[1]
versions = []
for n in range(2):
    a = Answers(questionnaire=QuestionnaireRef(id="civil-service", version=str(n)))
    # Big enough that a write takes a while, so kills land mid-write.
    a.notes["general"] = ("version %d " % n) * 1500
    versions.append(a)
print("ready", flush=True)
i = 0
while True:
    versions[i % 2].save(path)
    i += 1
"""


@pytest.mark.slow
def test_killing_a_saving_process_never_leaves_a_broken_file(tmp_path: Path):
    target = tmp_path / "session.json"
    rng = random.Random(1234)
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root))
    kills = 0
    for _ in range(50):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], env=env,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.03))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        if not target.exists():
            continue  # killed before the first save finished: nothing was replaced
        answers = load_answers(target)  # raises if the file is partial or corrupt
        assert answers.questionnaire.version in ("0", "1")
        body = answers.notes["general"]
        assert body == f"version {answers.questionnaire.version} " * 1500
        assert (target.stat().st_mode & 0o777) == 0o600
    leftovers = [p.name for p in tmp_path.iterdir() if p.is_file() and p.name != "session.json"]
    assert kills == 50
    # Temporary files from killed writes may remain, but never in place of the real one.
    assert all(name.startswith(".session.json.") for name in leftovers)
    json.loads(target.read_text())
