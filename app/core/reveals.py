"""What a plan must not reveal about the person, from the questionnaire's reveal rules.

One set of rules drives both sides: `validate` refuses a checklist item whose `reveals` can
meet a plan that forbids them, and the bio drafts leave out parts that would reveal them.

A rule with `forbids` forbids those things outright while its `when` holds (always, without
`when`). A rule with `together` forbids the combination: when every other member is revealed,
the last member is forbidden (for example employer then location: with the employer named,
the town goes).
"""

from __future__ import annotations

from collections.abc import Iterable

from .conditions import Context, evaluate
from .questionnaire import REVEALS, Questionnaire, RevealRule

__all__ = ["REVEALS", "active_rules", "forbidden_reveals", "reveal_reason", "item_conflicts"]


def active_rules(q: Questionnaire, ctx: Context) -> list[RevealRule]:
    """The reveal rules whose condition holds for this person, in the questionnaire's order."""
    return [r for r in q.reveal_rules if evaluate(r.when, ctx)]


def _forbidden_by(rule: RevealRule, revealed: frozenset[str] | None) -> frozenset[str]:
    out = set(rule.forbids)
    if rule.together:
        *others, last = rule.together
        # Not told what else is revealed: assume the worst, so the last one goes.
        if revealed is None or set(others) <= revealed:
            out.add(last)
    return frozenset(out)


def forbidden_reveals(q: Questionnaire, ctx: Context,
                      revealed: Iterable[str] | None = None) -> frozenset[str]:
    """Everything this person's plan must not reveal.

    revealed: what the text already reveals (for `together` rules); None assumes the other
    members of each combination are revealed, so the last member is forbidden.
    """
    shown = None if revealed is None else frozenset(revealed)
    out: set[str] = set()
    for rule in active_rules(q, ctx):
        out |= _forbidden_by(rule, shown)
    return frozenset(out)


def reveal_reason(q: Questionnaire, ctx: Context, kind: str,
                  revealed: Iterable[str] | None = None) -> str | None:
    """Why `kind` is forbidden, to finish "left out because ..."; None if it is allowed."""
    shown = None if revealed is None else frozenset(revealed)
    for rule in active_rules(q, ctx):
        if kind in _forbidden_by(rule, shown):
            return rule.reason
    return None


def item_conflicts(reveals: Iterable[str], rule: RevealRule) -> list[str]:
    """What a text revealing these things reveals against one rule (empty: no conflict)."""
    mine = set(reveals)
    hit: list[str] = [k for k in rule.forbids if k in mine]
    if rule.together and set(rule.together) <= mine:
        hit.append(" together with ".join(rule.together))
    return hit
