"""Words shared by the PDF, the HTML and the app for platform steps and the incident log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core.platform_steps import ShownStep, valid_day

LOG_COLUMNS = ("Date", "What happened", "Where", "Screenshot taken?", "Reported to",
               "Reference")
LOG_INTRO = ("Write down each incident as it happens. A record with dates, screenshots and "
             "reference numbers helps your security team, the platform and the police.")


@dataclass
class StepParts:
    head: str  # "LinkedIn, 2-step verification"
    how: str | None
    cannot: str | None  # "Not possible on Bluesky."
    not_possible: str | None  # why, in the platform's terms
    instead: str | None  # the nearest alternative
    checked: dt.date


def step_parts(shown: ShownStep) -> StepParts:
    s = shown.step
    return StepParts(
        head=f"{shown.platform}, {shown.setting[:1].lower()}{shown.setting[1:]}"
        if not shown.setting[:1].isdigit() else f"{shown.platform}, {shown.setting}",
        how=s.how,
        cannot=f"Not possible on {shown.platform}." if s.not_possible else None,
        not_possible=s.not_possible,
        instead=s.instead,
        checked=valid_day(s.checked) or dt.date.min)
