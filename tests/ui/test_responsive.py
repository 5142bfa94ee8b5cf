"""The window keeps answering while the slow work happens in the background: the questions
are read after the first paint, and the PDF preview is made in a worker. What the person
sees meanwhile is a calm "getting ready" note, never a frozen window or a wrong PDF."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.helpers import EXAMPLES
from tests.helpers.gui import click, load_example, next_button

WAIT_MS = 30_000  # a PDF takes well under a second here; a busy machine gets room


def example() -> Path:
    files = sorted(EXAMPLES.glob("*.json"))
    return next((p for p in files if load_example(p).get("mode", "alone") == "alone"), files[0])


class Gate:
    """Holds a function in the worker until the test lets it go."""

    def __init__(self, fn) -> None:
        self.fn = fn
        self.opened = threading.Event()
        self.entered = threading.Event()
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        self.entered.set()
        assert self.opened.wait(WAIT_MS / 1000), "the test never opened the gate"
        return self.fn(*args)


def ticked_titles(data: bytes) -> list[str]:
    from pypdf import PdfReader

    fields = PdfReader(io.BytesIO(data)).get_fields() or {}
    return sorted(v["/TU"] for v in fields.values() if v.get("/V") == "/Yes")


def to_result(qtbot, window):
    """Open the example answers (File > Open goes to Check your answers) and Continue."""
    assert window.open_path(example())
    click(qtbot, next_button(window.wizard))
    result = window.wizard.result_page
    assert window.wizard.currentPage() is result
    return result


def show_preview_tab(qtbot, result) -> None:
    bar = result.tabs.tabBar()
    index = result.tabs.indexOf(result.preview)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert result.tabs.currentWidget() is result.preview


def tick_first_item(qtbot, result) -> str:
    """Tick the first checklist item with the keyboard, as a person would; returns its title."""
    tree = result.checklist.tree
    row = tree.topLevelItem(0).child(0)
    tree.setFocus()
    tree.setCurrentItem(row)
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert row.checkState(0) == Qt.CheckState.Checked
    item_id = row.data(0, Qt.ItemDataRole.UserRole)
    return next(pi.item.title for pi in result.plan.items if pi.item.id == item_id)


def test_the_preview_is_prepared_in_the_background_then_shown(make_window, qtbot, dialogs,
                                                              tmp_path):
    pytest.importorskip("app.report.pdf")
    window = make_window()
    result = to_result(qtbot, window)
    show_preview_tab(qtbot, result)
    # The click came back before the PDF was made: the preview says it is on its way.
    assert result.preview.message.isVisible()
    assert result.preview.message.text() == "Preparing the preview\u2026"
    qtbot.waitUntil(lambda: result.preview.shown_bytes is not None, timeout=WAIT_MS)
    assert not result.preview.message.isVisible()
    assert result.preview.page_count() >= 1
    # Save PDF writes the very bytes on screen.
    dialogs.save_as.append(tmp_path / "plan.pdf")
    click(qtbot, result.save_pdf_button)
    assert (tmp_path / "plan.pdf").read_bytes() == result.preview.shown_bytes


def test_a_tick_while_the_preview_shows_leads_to_a_new_pdf_with_it(make_window, qtbot):
    pytest.importorskip("app.report.pdf")
    window = make_window()
    result = to_result(qtbot, window)
    show_preview_tab(qtbot, result)
    qtbot.waitUntil(lambda: result.preview.shown_bytes is not None, timeout=WAIT_MS)
    before = result.preview.shown_bytes
    assert ticked_titles(before) == []
    title = tick_first_item(qtbot, result)
    # The old PDF stays in view under a note until the new one is ready.
    assert result.preview.shown_bytes == before
    qtbot.waitUntil(lambda: result.preview.shown_bytes != before, timeout=WAIT_MS)
    assert ticked_titles(result.preview.shown_bytes) == [title]
    assert not result.preview.note.isVisible()


def test_the_preview_opens_its_pdf_in_the_worker_and_keeps_one_document(make_window, qtbot,
                                                                         monkeypatch):
    """Opening a long PDF held the UI thread for about 100 ms: the worker opens it now, and
    the document then lives on the UI thread like any other; replaced ones are freed."""
    pytest.importorskip("app.report.pdf")
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    from app.ui.pages import plan_outputs

    opened_on: list[str] = []
    real = plan_outputs.loaded_document

    def loaded_document(data, home=None):
        opened_on.append(threading.current_thread().name)
        return real(data, home)

    monkeypatch.setattr(plan_outputs, "loaded_document", loaded_document)
    window = make_window()
    result = to_result(qtbot, window)
    show_preview_tab(qtbot, result)
    qtbot.waitUntil(lambda: result.preview.shown_bytes is not None, timeout=WAIT_MS)
    first = result.preview.shown_bytes
    tick_first_item(qtbot, result)
    qtbot.waitUntil(lambda: result.preview.shown_bytes != first, timeout=WAIT_MS)
    assert opened_on and all(name != threading.main_thread().name for name in opened_on)
    document = result.preview.document
    assert document.thread() is QApplication.instance().thread()
    assert document.pageCount() >= 1 and result.preview.view.document() is document
    # The one shown and the one before it (QPdfView may still be drawing it): no more.
    qtbot.waitUntil(lambda: len(result.preview.findChildren(QPdfDocument)) == 2, timeout=WAIT_MS)
    tree = result.checklist.tree  # the second item ticked too: a third PDF
    tree.setCurrentItem(tree.topLevelItem(0).child(1))
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    shown = result.preview.shown_bytes
    qtbot.waitUntil(lambda: result.preview.shown_bytes != shown, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(result.preview.findChildren(QPdfDocument)) == 2, timeout=WAIT_MS)


def test_a_pdf_made_for_answers_since_changed_is_never_shown(make_window, qtbot, monkeypatch):
    pytest.importorskip("app.report.pdf")
    from app.ui.pages import plan_outputs
    from app.ui.widgets import pdf_preview

    gate = Gate(plan_outputs.make_pdf)
    monkeypatch.setattr(plan_outputs, "make_pdf", gate)
    shown: list[bytes] = []
    real_show = pdf_preview.PdfPreview.show_pdf

    def show_pdf(self, data: bytes, document=None) -> None:
        shown.append(data)
        real_show(self, data, document)

    monkeypatch.setattr(pdf_preview.PdfPreview, "show_pdf", show_pdf)
    window = make_window()
    result = to_result(qtbot, window)
    show_preview_tab(qtbot, result)
    assert gate.entered.wait(WAIT_MS / 1000)  # the first PDF is being made, without the tick
    title = tick_first_item(qtbot, result)
    qtbot.wait(plan_outputs.PREVIEW_DELAY_MS + 100)  # the pause after the tick has passed
    assert shown == [] and result.preview.message.isVisible()
    gate.opened.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    # Only the PDF with the tick was ever shown; the stale one was made again, not shown.
    assert gate.calls == 2
    assert len(shown) == 1
    assert ticked_titles(shown[0]) == [title]


def test_closing_the_window_while_the_pdf_is_made_does_not_crash(qtbot, tmp_path, monkeypatch):
    pytest.importorskip("app.report.pdf")
    from app.ui.pages import plan_outputs
    from app.ui.window import MainWindow

    gate = Gate(plan_outputs.make_pdf)
    monkeypatch.setattr(plan_outputs, "make_pdf", gate)
    arrived: list[object] = []
    monkeypatch.setattr(plan_outputs.PlanOutputsPage, "_on_rendered",
                        lambda self, task: arrived.append(task))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, data_dir=tmp_path / "data")
    window.show()
    qtbot.waitExposed(window)
    window.after_first_paint()
    result = to_result(qtbot, window)
    show_preview_tab(qtbot, result)
    assert gate.entered.wait(WAIT_MS / 1000)
    task = result._rendering[1]
    window.finished = True
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not _alive(result), timeout=WAIT_MS)
    gate.opened.set()
    data, document = task.result()
    assert data.startswith(b"%PDF")  # the worker finished its PDF and opened it...
    assert document.pageCount() >= 1
    qtbot.wait(200)  # ...and its delivery, now for a page that is gone, is dropped
    assert arrived == []
    del document, task  # the document no window took is freed on the UI thread
    qtbot.wait(50)


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_continue_waits_for_the_questions_then_goes_on(make_window, qtbot, monkeypatch):
    from app.ui import loading as wizard_module

    gate = Gate(wizard_module.read_questions)
    monkeypatch.setattr(wizard_module, "read_questions", gate)
    window = make_window(load=False)  # as at a real start: read after the first paint
    wizard = window.wizard
    assert gate.entered.wait(WAIT_MS / 1000)
    click(qtbot, next_button(wizard))
    # Still reading: the start page says so and stays; the window keeps answering.
    assert wizard.currentId() == wizard.START_ID
    assert wizard.start.loading.isVisible()
    click(qtbot, wizard.start.mode_buttons["line_manager"])
    assert wizard.start.mode() == "line_manager"
    gate.opened.set()
    qtbot.waitUntil(lambda: wizard.currentId() != wizard.START_ID, timeout=WAIT_MS)
    assert wizard.currentPage() is wizard.step_pages[0]
    assert not wizard.start.loading.isVisible()
    assert gate.calls == 1


def test_the_questions_arrive_by_themselves_after_the_first_paint(make_window, qtbot):
    window = make_window(load=False)
    qtbot.waitUntil(lambda: window.wizard.q is not None, timeout=WAIT_MS)
    assert window.wizard.step_pages
    click(qtbot, next_button(window.wizard))
    assert window.wizard.currentPage() is window.wizard.step_pages[0]


def test_a_broken_questionnaire_read_in_the_background_is_said_plainly(make_window, qtbot,
                                                                      tmp_path):
    broken = tmp_path / "questions.yaml"
    broken.write_text("schema_version: 1\nid: x\nsteps: [\n", encoding="utf-8")
    window = make_window(load=False, questionnaire_path=broken)
    start = window.wizard.start
    qtbot.waitUntil(start.problem.isVisible, timeout=WAIT_MS)
    assert start.problem.text().startswith(f"The questions could not be loaded from {broken}:")
    assert "Traceback" not in start.problem.text()
    assert not next_button(window.wizard).isEnabled()
