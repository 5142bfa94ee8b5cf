"""`make screenshots` writes every page and the result, without touching the user's folders."""

from __future__ import annotations

from PySide6.QtGui import QImage

from tests.helpers import EXAMPLES


def test_screenshots_cover_every_page(tmp_path, qapp, questionnaire, private_dirs):
    from app.core.answers import load_answers
    from app.core.engine import build_plan
    from tools.screenshots import capture

    example = EXAMPLES / "line-manager-session.json"
    if not example.exists():
        example = sorted(EXAMPLES.glob("*.json"))[0]
    written = capture(tmp_path / "shots", example)
    steps = build_plan(questionnaire, load_answers(example)).flow.steps
    names = [p.stem.split("-", 1)[1] for p in written]
    assert names[:2] == ["start", f"step-{steps[0].id}-error"]
    assert names[2:2 + len(steps)] == [f"step-{s.id}" for s in steps]
    assert names[-4:] == ["check-your-answers", "result-checklist", "result-bios",
                          "result-pdf-preview"]
    for path in written:
        image = QImage(str(path))
        assert image.width() >= 800 and image.height() >= 600
    assert not any((private_dirs / "config").iterdir())
    assert not any((private_dirs / "data").iterdir())
