"""Keeping a plan true over time: when the guidance was checked, when to review the plan,
what changed since it was saved, and the routes to follow if something goes wrong.

Setup.plan attaches an Upkeep to every plan (plan.upkeep); the app, PDF and HTML read it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import changes as changesmod
from . import platform_steps as stepsmod
from .guidance import Guidance
from .i18n import N_, _, current_language
from .incidents import Footprint, Incidents
from .questionnaire import Source

if TYPE_CHECKING:
    from .engine import Plan

REVIEW_MONTHS = 3  # review the plan every three months unless a pack or preset says otherwise
STALE_MONTHS = 12  # content older than this is flagged in the app


def today() -> dt.date:
    """Today, or the fixed date SOURCE_DATE_EPOCH names, so builds can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month, months later (the last day if the month is shorter)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, d))
        except ValueError:
            continue
    return dt.date(year, month, 28)


# Month names through the catalogue, so a translation needs no system locale.
MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"),
          N_("July"), N_("August"), N_("September"), N_("October"), N_("November"),
          N_("December"))


def long_date(day: dt.date) -> str:
    """GOV.UK style, 5 November 2026, in the current language (5 Tachwedd 2026)."""
    if current_language() == "en":
        return f"{day.day} {day:%B %Y}"
    return f"{day.day} {_(MONTHS[day.month - 1])} {day.year}"


@dataclass
class TellLine:
    who: str
    what: str | None = None
    phone: str | None = None
    url: str | None = None


@dataclass
class RouteView:
    id: str
    title: str
    first_steps: list[str]
    tell: list[TellLine]
    sources: list[Source]


@dataclass
class Upkeep:
    made_on: dt.date
    checked_on: dt.date | None  # the oldest review date of the content the plan rests on
    stale_after_months: int
    review_every_months: int
    review_by: dt.date
    done: int
    total: int
    changes: changesmod.Changes | None = None
    routes: list[RouteView] = field(default_factory=list)
    footprint: Footprint | None = None  # only at the risk levels it is for
    footprint_sources: dict[str, Source] = field(default_factory=dict)
    steps: stepsmod.PlatformSteps | None = None

    @property
    def stale(self) -> bool:
        return self.checked_on is not None and \
            add_months(self.checked_on, self.stale_after_months) < self.made_on

    def checked_words(self) -> str | None:
        return None if self.checked_on is None else \
            _("Guidance checked on {date}.").format(date=long_date(self.checked_on))

    def stale_words(self) -> str | None:
        if not self.stale or self.checked_on is None:
            return None
        return _("This guidance was last checked on {date}, more than {months} months ago. "
                 "Platforms change their settings: check each step against the platform's "
                 "help page, and ask for an updated version of Profile Planner.").format(
                     date=long_date(self.checked_on), months=self.stale_after_months)

    def review_words(self) -> str:
        return _("Review this plan by {date}: check your settings, and whether your job or "
                 "circumstances have changed.").format(date=long_date(self.review_by))

    def progress_words(self) -> str:
        return changesmod.progress_words(self.done, self.total)


def _day(text: str | None) -> dt.date | None:
    return stepsmod.valid_day(text) if text else None


def _routes(plan: Plan, inc: Incidents, steps: stepsmod.PlatformSteps | None,
            contact_line: Callable[[str], str | None]) -> list[RouteView]:
    chosen = stepsmod.chosen_platforms(plan)
    out = []
    for r in inc.routes:
        lines: list[TellLine] = []
        for t in r.tell:
            if t.platform:
                entries = [steps.platform(pid) for pid in chosen] if steps else []
                named = [e for e in entries if e is not None]
                lines += [TellLine(e.name, t.what, None, e.help_centre) for e in named] or \
                    [TellLine(t.who, t.what, t.phone, t.url)]
                continue
            line = contact_line(t.contact) if t.contact else None
            lines.append(TellLine(line, t.what) if line else
                         TellLine(t.who, t.what, t.phone, t.url))
        sources = [s for sid in r.sources if (s := inc.source(sid)) is not None]
        out.append(RouteView(r.id, r.title, list(r.first_steps), lines, sources))
    return out


def attach(plan: Plan, guidance: Guidance, contact_line: Callable[[str], str | None],
           day: dt.date | None = None) -> Upkeep:
    """Fill plan.upkeep (and each item's platform steps) for this plan."""
    day = day or today()
    steps, inc = guidance.steps, guidance.incidents
    stepsmod.attach(plan, steps)
    org = plan.organisation.org if plan.organisation else None
    preset = plan.preset
    dates = [_day(plan.questionnaire.reviewed), _day(steps.reviewed if steps else None),
             _day(inc.reviewed if inc else None), _day(getattr(org, "reviewed", None))]
    known = [d for d in dates if d is not None]
    review_every = getattr(preset, "review_every_months", None) \
        or getattr(org, "review_every_months", None) or REVIEW_MONTHS
    stale_after = getattr(org, "stale_after_months", None) or STALE_MONTHS
    done, total = changesmod.progress(plan)
    up = Upkeep(made_on=day, checked_on=min(known) if known else None,
                stale_after_months=stale_after, review_every_months=review_every,
                review_by=add_months(day, review_every), done=done, total=total, steps=steps)
    up.changes = changesmod.compare(plan.answers.saved_with, plan.answers.questionnaire.version,
                                    plan, steps)
    if inc is not None:
        up.routes = _routes(plan, inc, steps, contact_line)
        if inc.footprint is not None and plan.tier.id in inc.footprint.tiers:
            up.footprint = inc.footprint
            up.footprint_sources = {s.id: s for s in inc.sources}
    plan.upkeep = up
    return up
