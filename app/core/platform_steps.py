"""Platform steps: where each setting the checklist asks for lives on each platform.

The data is questionnaires/platform-steps.yaml. Items name the settings they need
(`settings: [two-step]`); a plan shows the steps for the person's chosen platforms only.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .problems import Problem, did_you_mean
from .questionnaire import Questionnaire
from .record import Record, field
from .yamlfile import Located

if TYPE_CHECKING:
    from .engine import Plan

STEPS_VERSIONS = (1,)
# seen: the platform's own help page says so; cited: a government guide or peer cites the
# page; unverified: the likely place, not confirmed ("Look for ... in Settings").
Sure = Literal["seen", "cited", "unverified"]


class Setting(Record):
    id: str
    label: str


class PlatformStep(Record):
    setting: str
    how: str | None = None
    not_possible: str | None = None
    instead: str | None = None
    help: str
    checked: str
    sure: Sure


class PlatformEntry(Record):
    platform: str
    name: str
    help_centre: str
    note: str | None = None
    steps: list[PlatformStep] = field(default_factory=list)

    def step(self, setting: str) -> PlatformStep | None:
        return next((s for s in self.steps if s.setting == setting), None)


class PlatformSteps(Record):
    schema_version: Literal[1]
    kind: Literal["platform-steps"]
    reviewed: str
    settings: list[Setting]
    platforms: list[PlatformEntry]

    def setting(self, setting_id: str) -> Setting | None:
        return next((s for s in self.settings if s.id == setting_id), None)

    def platform(self, platform_id: str) -> PlatformEntry | None:
        return next((p for p in self.platforms if p.platform == platform_id), None)


def valid_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def check(steps: PlatformSteps, located: Located) -> list[Problem]:
    """What the schema cannot say: ids unique and known, real dates, a how or a note."""
    problems: list[Problem] = []

    def add(path: tuple[Any, ...], message: str) -> None:
        problems.append(located.problem(path, message))

    if valid_day(steps.reviewed) is None:
        add(("reviewed",), f'"{steps.reviewed}" is not a real date (use YYYY-MM-DD).')
    known = [s.id for s in steps.settings]
    for i, n in enumerate(known):
        if Counter(known)[n] > 1 and known.index(n) != i:
            add(("settings", i, "id"), f'duplicate setting id "{n}".')
    platforms = [p.platform for p in steps.platforms]
    for i, p in enumerate(steps.platforms):
        if platforms.index(p.platform) != i:
            add(("platforms", i, "platform"), f'duplicate platform "{p.platform}".')
        seen: set[str] = set()
        for j, s in enumerate(p.steps):
            path = ("platforms", i, "steps", j)
            if s.setting not in known:
                add(path + ("setting",), f'unknown setting "{s.setting}".'
                    + did_you_mean(s.setting, known))
            elif s.setting in seen:
                add(path + ("setting",), f'{p.name} has two steps for "{s.setting}".')
            seen.add(s.setting)
            if s.how is None and s.not_possible is None:
                add(path, 'a step needs "how" (where the setting is) or "not_possible" (why '
                    "it cannot be done).")
            if s.instead is not None and s.not_possible is None:
                add(path + ("instead",), '"instead" goes with "not_possible".')
            if valid_day(s.checked) is None:
                add(path + ("checked",), f'"{s.checked}" is not a real date (use YYYY-MM-DD).')
    return sorted(set(problems))


def platform_ids(q: Questionnaire) -> list[str]:
    """The platforms the questionnaire knows, in its order."""
    return [p.id for p in q.bio.platforms]


def check_items(q: Questionnaire, steps: PlatformSteps, located: Located | None,
                name: str = "questionnaire") -> list[Problem]:
    """Each setting an item asks for must be known, and every platform the questionnaire
    offers must say how to make it (or why it cannot). Problems point at the item."""
    problems: list[Problem] = []
    known = [s.id for s in steps.settings]
    names = {p.id: p.name for p in q.bio.platforms}
    for i, it in enumerate(q.items):
        for k, sid in enumerate(it.settings):
            path = ("items", i, "settings", k)
            if sid not in known:
                message = f'item "{it.id}" asks for unknown setting "{sid}".' \
                    + did_you_mean(sid, known)
            else:
                missing = [names[pid] for pid in platform_ids(q)
                           if (e := steps.platform(pid)) is None or e.step(sid) is None]
                if not missing:
                    continue
                message = (f'item "{it.id}" asks for setting "{sid}", but the platform steps '
                           f"have no entry for {', '.join(missing)}: add a step (or a "
                           '"not_possible" note) for each.')
            problems.append(located.problem(path, message) if located is not None
                            else Problem(name, 0, 0, message))
    return problems


@dataclass(frozen=True)
class ShownStep:
    """One platform's step for one setting, as a plan shows it."""
    platform: str  # its name: "LinkedIn"
    setting: str  # the setting's label
    step: PlatformStep
    note: str | None  # the platform's own note, if any (Mastodon depends on the server)


def steps_for(item_settings: list[str], chosen: list[str],
              steps: PlatformSteps) -> list[ShownStep]:
    """The steps for these settings on the chosen platforms only, setting by setting."""
    out: list[ShownStep] = []
    for sid in item_settings:
        setting = steps.setting(sid)
        if setting is None:
            continue
        for pid in chosen:
            entry = steps.platform(pid)
            step = entry.step(sid) if entry else None
            if entry is not None and step is not None:
                out.append(ShownStep(entry.name, setting.label, step, entry.note))
    return out


def chosen_platforms(plan: Plan) -> list[str]:
    """The platforms the person chose, in the questionnaire's order."""
    q = plan.questionnaire
    value = plan.flow.answers.get(q.bio.platform_question)
    picked = set(value) if isinstance(value, list) else {value} if isinstance(value, str) \
        else set()
    return [pid for pid in platform_ids(q) if pid in picked]


def attach(plan: Plan, steps: PlatformSteps | None) -> None:
    """Put each item's steps for the chosen platforms on it (PlanItem.steps)."""
    if steps is None:
        return
    chosen = chosen_platforms(plan)
    for pi in plan.items:
        pi.steps = steps_for(list(pi.item.settings), chosen, steps)
