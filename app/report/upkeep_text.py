"""Words shared by the PDF, the HTML and the app for platform steps and the incident log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core.i18n import N_, _
from ..core.platform_steps import ShownStep, valid_day

LOG_COLUMNS = (N_("Date"), N_("What happened"), N_("Where"), N_("Screenshot taken?"),
               N_("Reported to"), N_("Reference"))
LOG_INTRO = N_("Write down each incident as it happens. A record with dates, screenshots and "
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
        head=_("{platform}, {setting}").format(
            platform=shown.platform, setting=f"{shown.setting[:1].lower()}{shown.setting[1:]}"
            if not shown.setting[:1].isdigit() else shown.setting),
        how=s.how,
        cannot=_("Not possible on {platform}.").format(platform=shown.platform)
        if s.not_possible else None,
        not_possible=s.not_possible,
        instead=s.instead,
        checked=valid_day(s.checked) or dt.date.min)
