"""Child process for bench_preview: the wizard as a person meets it, warmed as it warms
itself after the first page is shown, then Continue on Check your answers until the PDF
preview shows, against the fair bare document built in this same process (warm).

Prints one JSON line: preview_first (ms, the first preview after Continue), preview (median
of all), fair (median), hold (the UI thread's longest gap while warming) and warm_wait.

Run as `python -m benchmarks.preview_child ANSWERS.json SPEC.json RUNS` with
QT_QPA_PLATFORM=offscreen and private XDG folders (bench_preview does both).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def main(answers: Path, spec: Path, runs: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from app.ui import warmup
    from app.ui.main import configure, create_window
    from benchmarks import fair_pdf
    from benchmarks.wizard_handlers import _gaps

    app = QApplication([])
    configure(app)
    start = warmup.start
    warmup.start = lambda owner: None  # started by hand below, to time it on its own
    window = create_window()
    wizard = window.wizard
    _gaps(window.show, lambda: wizard.q is not None)  # shown, questions read and built
    warmup.start = start
    hold, warm_wait = _gaps(lambda: warmup.start(window),
                            lambda: warmup.task is not None and warmup.task.done())
    assert warmup.task.future.exception() is None
    result = wizard.result_page
    assert result is not None
    result.tabs.setCurrentWidget(result.preview)  # the tab the person looked at before
    assert window.open_path(answers)  # Check your answers, the last step
    data = json.loads(spec.read_text(encoding="utf-8"))
    fair_pdf.build(data)  # warm, as the app is: fonts in, reportlab's first use done
    previews: list[float] = []
    fairs: list[float] = []
    for n in range(runs):
        if n:  # back to Check your answers with one tick changed: a new PDF is needed
            wizard.back()
            item = result.plan.items[0].item.id
            session = wizard.session
            assert session is not None
            session.tick(item, not session.ticks.get(item, False))
        shown = result.preview.shown_bytes
        _, wait = _gaps(wizard.next, lambda s=shown: result.preview.shown_bytes not in (None, s))
        assert wizard.currentId() == wizard.RESULT_ID
        previews.append(wait)
        began = time.perf_counter()
        fair_pdf.build(data)
        fairs.append((time.perf_counter() - began) * 1000)
    window.finished = True  # nothing to keep
    return {"preview_first": previews[0], "preview": statistics.median(previews),
            "fair": statistics.median(fairs), "hold": hold, "warm_wait": warm_wait}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))), flush=True)
