"""Child process for bench_scaling: how long the wizard's heaviest handlers hold the UI thread
with a big generated questionnaire. Prints one JSON line of milliseconds.

Run as `python -m benchmarks.wizard_handlers N_ITEMS` with QT_QPA_PLATFORM=offscreen and
private XDG folders (bench_scaling does both).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _ms(fn: Callable[[], Any], runs: int = 1) -> float:
    """The fastest of runs: other work on the machine only ever adds time."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main(n_items: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from app.core.answers import Answers
    from app.ui.main import configure, create_window
    from benchmarks.generated import questionnaire

    data, answers = questionnaire(n_items)
    folder = Path(tempfile.mkdtemp())
    path = folder / "generated.yaml"
    path.write_text(json.dumps(data), encoding="utf-8")  # JSON is YAML 1.2
    app = QApplication([])
    configure(app)
    out: dict[str, float] = {}
    for load in ("cold", "cached", "cached", "cached"):
        window = create_window(questionnaire=path)
        window.show()
        app.processEvents()
        wizard = window.wizard
        took = _ms(wizard.ensure_loaded)
        out[f"load_{load}"] = min(took, out.get(f"load_{load}", took))
    wizard.set_answers(Answers.model_validate(answers))
    page = wizard.step_pages[0]
    out["keystroke"] = _ms(page._on_field_changed, runs=20)
    out["autosave"] = _ms(window.write_autosave, runs=10)
    out["result_page"] = _ms(wizard.result_page.refresh, runs=3)
    out["items"] = len(wizard.result_page.plan.items) if wizard.result_page.plan else 0
    out["preview_first"] = _ms(wizard.result_page.pdf_bytes)  # with imports and fonts
    first = wizard.result_page.plan.items[0].item.id if out["items"] else ""

    def changed_preview() -> None:
        wizard.ticks[first] = not wizard.ticks.get(first, False)  # a new PDF, not the cached
        wizard.result_page.pdf_bytes()

    out["preview"] = _ms(changed_preview, runs=2)
    window.finished = True  # nothing to keep
    return out


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]))), flush=True)
