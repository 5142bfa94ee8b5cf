"""What changed since a plan was saved, and how far the person has got.

An answers file records, at save time, the questionnaire's version and a compact
fingerprint: each item's id and priority, the titles of the items the person's plan held,
and the date each platform step was checked. Opening the file later compares that with the
guidance now. Ticks are kept by item id, so an unchanged item stays ticked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import i18n
from .questionnaire import Priority
from .record import Record
from .record import field as record_field

if TYPE_CHECKING:
    from .engine import Plan
    from .platform_steps import PlatformSteps
    from .questionnaire import Questionnaire


class SavedWith(Record, frozen=False):
    """The answers file's record of the guidance it was saved with (see module docstring)."""
    version: str = ""
    items: dict[str, Priority] = record_field(default_factory=dict)  # every item's priority, by id
    titles: dict[str, str] = record_field(default_factory=dict)  # the titles of the plan's items
    steps: dict[str, str] = record_field(default_factory=dict)  # "platform/setting" -> date checked


def stamp(plan: Plan, steps: PlatformSteps | None = None) -> SavedWith:
    """The fingerprint of the guidance this plan was made with."""
    q = plan.questionnaire
    keys: dict[str, str] = {}
    if steps is not None:
        for entry in steps.platforms:
            for s in entry.steps:
                keys[f"{entry.platform}/{s.setting}"] = s.checked
    return SavedWith(version=q.version, items={it.id: it.priority for it in q.items},
                     titles={pi.item.id: pi.item.title for pi in plan.items}, steps=keys)


@dataclass
class Changes:
    version_then: str
    version_now: str
    new_items: list[str] = field(default_factory=list)  # titles, in the plan's order
    removed_items: list[str] = field(default_factory=list)  # titles (or ids if unknown)
    priority: list[tuple[str, str, str]] = field(default_factory=list)  # (title, then, now)
    new_steps: list[str] = field(default_factory=list)  # "LinkedIn: 2-step verification"
    updated_steps: list[str] = field(default_factory=list)
    unknown: bool = False  # the file records a different version but no fingerprint

    def any(self) -> bool:
        return bool(self.unknown or self.new_items or self.removed_items or self.priority
                    or self.new_steps or self.updated_steps)

    def lines(self) -> list[str]:
        """Plain sentences, one per change, for the app, the PDF and the HTML."""
        tr = i18n._
        words = {"must": tr("must do"), "should": tr("should do"),
                 "consider": tr("worth considering")}
        out: list[str] = []
        if self.unknown:
            out.append(tr("The guidance has changed since you saved (version {then}, now "
                          "{now}). Your file does not say what changed, so read your "
                          "checklist again.").format(then=self.version_then,
                                                     now=self.version_now))
        out += [tr("New: {item}").format(item=t) for t in self.new_items]
        out += [tr("No longer in the guidance: {item}").format(item=t)
                for t in self.removed_items]
        out += [tr("Now {now} (was {then}): {item}").format(now=words[now], then=words[then],
                                                            item=t)
                for t, then, now in self.priority]
        out += _by_platform(tr("New steps for {platform}: {settings}"), self.new_steps)
        out += _by_platform(tr("Steps checked again for {platform}: {settings}"),
                            self.updated_steps)
        return out


def _by_platform(template: str, steps: list[str]) -> list[str]:
    """'New steps for X: 2-step verification; location on posts', one line per platform."""
    grouped: dict[str, list[str]] = {}
    for s in steps:
        platform, _colon, setting = s.partition(": ")
        grouped.setdefault(platform, []).append(setting[:1].lower() + setting[1:]
                                                if not setting[:1].isdigit() else setting)
    return [template.format(platform=p, settings="; ".join(settings))
            for p, settings in grouped.items()]


def compare(saved: SavedWith | None, version_then: str, plan: Plan,
            steps: PlatformSteps | None = None) -> Changes | None:
    """What changed between the guidance the answers were saved with and this plan's.

    None when the answers record nothing to compare with and the version is the same.
    """
    q: Questionnaire = plan.questionnaire
    now = Changes(version_then=saved.version if saved and saved.version else version_then,
                  version_now=q.version)
    if saved is None or not saved.items:
        if version_then and version_then != q.version:
            now.unknown = True
            return now
        return None
    current = {it.id: it for it in q.items}
    for pi in plan.items:
        iid = pi.item.id
        if iid not in saved.items:
            now.new_items.append(pi.item.title)
        elif saved.items[iid] != pi.item.priority:
            now.priority.append((pi.item.title, saved.items[iid], pi.item.priority))
    now.removed_items = [saved.titles.get(iid, iid) for iid in saved.items
                         if iid not in current and iid in saved.titles]
    if steps is not None:
        seen: set[str] = set()
        for pi in plan.items:
            for shown in pi.steps:
                entry = next((p for p in steps.platforms if p.name == shown.platform), None)
                if entry is None:
                    continue
                key = f"{entry.platform}/{shown.step.setting}"
                label = f"{shown.platform}: {shown.setting}"
                if key in seen:
                    continue
                seen.add(key)
                if key not in saved.steps:
                    now.new_steps.append(label)
                elif saved.steps[key] != shown.step.checked:
                    now.updated_steps.append(label)
    return now if now.any() else None


def progress(plan: Plan) -> tuple[int, int]:
    """(items ticked, items in the plan)."""
    ticks = plan.answers.ticks
    return sum(1 for pi in plan.items if ticks.get(pi.item.id)), len(plan.items)


def progress_words(done: int, total: int) -> str:
    return i18n._("{done} of {total} done").format(done=done, total=total)
