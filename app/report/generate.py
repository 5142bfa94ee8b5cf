"""Write the PDF, HTML and bio text for a plan, each complete or not at all."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from ..core import safe_write
from ..core.engine import Plan

# Private to the person (0600): the files record their security circumstances, such as
# a threat to their safety, and other users of a shared computer have no need to read them.
MODE = 0o600


class OutputError(Exception):
    """An output that cannot be written; str() is one plain line."""


def _reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "the folder does not exist"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return (exc.strerror or str(exc)).lower()


def write_outputs(plan: Plan, pdf: Path, html: Path | None = None,
                  bio: Path | None = None, ics: Path | None = None,
                  inputs: Iterable[Path | str | None] = (), english: Plan | None = None
                  ) -> None:
    """Render everything first, then write the set together (see safe_write.write_set):
    a rendering problem leaves no file changed, and no output may be an input or another
    output. With english (the same answers planned in English), the PDF is bilingual: the
    current language first, then English."""
    from .pdf import render_bilingual_pdf, render_pdf

    outputs: list[tuple[Path, bytes]] = [
        (pdf, render_bilingual_pdf(plan, english) if english is not None
         else render_pdf(plan))]
    if html is not None:
        from .html import render_html

        outputs.append((html, render_html(plan).encode("utf-8")))
    if bio is not None:
        from .biotext import render_bios

        outputs.append((bio, render_bios(plan).encode("utf-8")))
    if ics is not None and plan.upkeep is not None:
        from ..core.reminder import reminder_ics

        outputs.append((ics, reminder_ics(plan.upkeep.review_by, plan.upkeep.made_on)))
    try:
        safe_write.write_set(outputs, mode=MODE, inputs=inputs)
    except safe_write.WriteRefused as exc:
        raise OutputError(f"cannot write {exc}") from None
    except OSError as exc:
        path = getattr(exc, "filename", None) or pdf
        raise OutputError(f"cannot write {os.fspath(path)}: {_reason(exc)}") from None
