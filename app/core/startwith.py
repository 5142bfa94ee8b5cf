"""Where a person starts: up to five actions chosen for them, and the plan in three groups.

"Start here" ranks candidates (items with a `start_rank`, and every must): first the ones
this person's own answers triggered, then universal ones, each by `start_rank`. An item
marked `start_always` (2-step verification) is always in the list unless it is ticked done.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import i18n
from .conditions import TierIs, questions_named, triggers
from .i18n import N_, _, ngettext
from .questionnaire import PRIORITY_ORDER

if TYPE_CHECKING:
    from .engine import Plan, PlanItem

UNRANKED = 99  # a must without a start_rank comes after every ranked candidate


@dataclass(frozen=True)
class Group:
    id: str
    source_title: str  # English, marked for translation; read `title` and `intro`
    source_intro: str

    @property
    def title(self) -> str:
        return _(self.source_title)

    @property
    def intro(self) -> str:
        return _(self.source_intro)


GROUPS = (
    Group("now", N_("Do now"), N_("Start with these. They matter most for you.")),
    Group("week", N_("Set up this week"),
          N_("One-off actions. Each shows about how long it takes.")),
    Group("habit", N_("Good habits"), N_("Keep these in mind whenever you post.")),
)


def _triggered(plan: Plan, pi: PlanItem) -> bool:
    """Raised by this person's circumstances (or their security officer), not universal.

    The first question says what the account is for; an item that only that answer or the
    session mode brings in is general advice for such accounts, not a personal concern.
    """
    if pi.item.id in getattr(plan.preset, "raise_to_must", ()):
        return True
    if pi.item.start_rank is None or not pi.because:
        return False
    q = plan.questionnaire
    purpose_step = {q.steps[0].questions[0].id}
    ctx = plan.flow.context(plan.answers.mode)
    for leaf in triggers(pi.item.when, ctx):
        if isinstance(leaf, TierIs):
            return True
        if questions_named(leaf) - purpose_step:
            return True
    return False


def _key(plan: Plan, n: int, pi: PlanItem) -> tuple[int, int, int, int]:
    rank = pi.item.start_rank if pi.item.start_rank is not None else UNRANKED
    return (0 if _triggered(plan, pi) else 1, rank, PRIORITY_ORDER[pi.item.priority], n)


def start_here(plan: Plan, most: int = 5) -> list[PlanItem]:
    ticked = plan.answers.ticks
    # A start_always action the person has ticked as done has no claim on a place.
    candidates = [(_key(plan, n, pi), pi) for n, pi in enumerate(plan.items)
                  if (pi.item.start_rank is not None or pi.item.priority == "must")
                  and not (pi.item.start_always and ticked.get(pi.item.id))]
    candidates.sort(key=lambda pair: pair[0])
    always = [c for c in candidates if c[1].item.start_always]
    chosen = candidates[:most]
    if always and not any(c[1].item.start_always for c in chosen) and most > 0:
        chosen = chosen[:most - 1] + always[:1]
    chosen.sort(key=lambda pair: pair[0])
    return [pi for _, pi in chosen]


def why_first(plan: Plan, pi: PlanItem) -> str:
    if pi.item.id in getattr(plan.preset, "raise_to_must", ()) and not pi.because:
        return i18n._("Your security officer made this a must.")
    if _triggered(plan, pi) and pi.because:
        said = i18n._("Because you said {answers}.").format(answers="; ".join(pi.because))
        # The answers alone read the same for every action; the item's own reason says why
        # this one comes first.
        return f"{said} {pi.item.why_first}" if pi.item.why_first else said
    if pi.item.why_first:
        return pi.item.why_first
    return i18n._("Everyone should do this, whatever they answered.")


def groups(plan: Plan) -> list[tuple[Group, list[PlanItem]]]:
    first = plan.start_here()
    now = {pi.item.id for pi in first}
    week = [pi for pi in plan.items if pi.item.id not in now and pi.item.minutes is not None]
    habit = [pi for pi in plan.items if pi.item.id not in now and pi.item.minutes is None]
    out = [(GROUPS[0], first), (GROUPS[1], week), (GROUPS[2], habit)]
    return [(g, members) for g, members in out if members]


def time_words(minutes: int | None) -> str | None:
    """'About 5 minutes', 'About 1 hour'; None for a habit."""
    if minutes is None:
        return None
    if minutes < 60:
        return ngettext("About {n} minute", "About {n} minutes", minutes).format(n=minutes)
    hours, rest = divmod(minutes, 60)
    if rest:
        return ngettext("About {hours} hour {minutes} minutes",
                        "About {hours} hours {minutes} minutes", hours).format(
            hours=hours, minutes=rest)
    return ngettext("About {n} hour", "About {n} hours", hours).format(n=hours)
