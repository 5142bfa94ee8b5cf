"""Can any set of answers make a condition true? A bounded search that never guesses "no".

The search assigns the session mode, the tier (free over the tiers some answers reach)
and then the questions the conditions read, plus those their visibility reads, in the
order they are asked. A question whose step or `show_if` fails is hidden, so its answer
counts as missing. Conditions are evaluated three-valued on partial answers, so a branch
is dropped as soon as a condition is certainly false and the search stops at the first
set of answers that makes them all true. A multiple-choice question is one yes/no choice
per option named (plus one for "any other option"), so it costs one step per option,
not one per subset of options.

Before that, the same search runs on the questions the conditions read directly, as if
every question were shown: a cheap test that catches most contradictions. When a search
runs over its budget the condition is taken to be satisfiable, so the check may miss an
unreachable item but never calls a reachable one unreachable; `too_complex` then says so,
and the caller reports it. All searches of one Reachability also share a budget of work
(condition nodes evaluated), so a crafted file cannot make a check take minutes: once it is
spent, every later answer is "yes" at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .conditions import (
    SESSION_MODES,
    AllOf,
    Answered,
    AnyOf,
    Equals,
    In,
    ModeIs,
    Not,
    TierIs,
    _matches,
    is_answered,
    leaves,
    questions_named,
)
from .questionnaire import Questionnaire

OTHER = "\x00other"  # stands for any option or text the conditions do not name
BUDGET = 20_000  # assignments tried per search before giving up (and answering "yes")
# Condition nodes evaluated over every search of one check (about a second of work); the
# shipped questionnaire uses under a thousand.
WORK_BUDGET = 1_000_000
TOO_COMPLEX = ("too complex to check: simplify this condition (fewer questions, options or "
               "nested any/all), or split it over several items.")
_DONE = object()


class _GaveUp(Exception):
    pass


class Reachability:
    def __init__(self, q: Questionnaire) -> None:
        self.q = q
        self.order = {qu.id: i for i, (_, qu) in enumerate(q.questions())}
        self.by_id = {qu.id: qu for _, qu in q.questions()}
        self.step_of = {qu.id: s for s, qu in q.questions()}
        self._ids = frozenset(self.by_id)
        self._tiers: list[str] | None = None
        self._memo: dict[str, bool] = {}
        self._closures: dict[str, frozenset[str]] = {}
        self.work = 0  # condition nodes evaluated so far, over every search
        self.too_complex = False  # a search gave up: some "yes" was not proved

    def visibility(self, qid: str) -> list[Any]:
        step = self.step_of[qid]
        return [c for c in (step.show_if, self.by_id[qid].show_if) if c is not None]

    def closure(self, conds: Iterable[Any]) -> set[str]:
        """The questions the conditions read, and those their visibility reads, in turn."""
        found: set[str] = set()
        for c in conds:
            for qid in questions_named(c) & self._ids:
                found |= self._closure_of(qid)
        return found

    def _closure_of(self, qid: str) -> frozenset[str]:
        cached = self._closures.get(qid)
        if cached is None:
            # Visibility reads only earlier questions (the loader checks), so this recursion
            # follows the question order and ends; iterate to stay clear of Python's limit.
            todo, seen = [qid], {qid}
            while todo:
                cur = todo.pop()
                for c in self.visibility(cur):
                    for nxt in questions_named(c) & self._ids:
                        if nxt not in seen:
                            seen.add(nxt)
                            todo.append(nxt)
            cached = self._closures[qid] = frozenset(seen)
        return cached

    def reachable_tiers(self) -> list[str]:
        """The tiers some set of answers produces (every tier, if the search gives up)."""
        if self._tiers is None:
            rules = self.q.tier_rules
            ids = [t.id for t in self.q.tiers]
            found = []
            for rank, tid in enumerate(ids):
                higher = [r.when for r in rules if r.tier in ids[rank + 1:]]
                mine = [r.when for r in rules if r.tier == tid]
                targets: list[Any] = []
                if higher:
                    targets.append(Not(not_=AnyOf(any=higher)))
                if rank > 0:
                    if not mine:
                        continue
                    targets.append(AnyOf(any=mine))
                if self._search(targets, relaxed=False, tiers=None):
                    found.append(tid)
            self._tiers = found or ids[:1]
        return self._tiers

    def satisfiable(self, cond: Any, extra: list[Any] | None = None) -> bool:
        """True if some answers make cond (and every condition in extra) hold."""
        conds = [c for c in [cond, *(extra or [])] if c is not None]
        if not conds:
            return True
        if self.work > WORK_BUDGET:
            self.too_complex = True
            return True
        key = repr(conds)
        if key not in self._memo:
            tiers = self.reachable_tiers() if self._uses(conds, TierIs) else None
            self._memo[key] = (self._search(conds, relaxed=True, tiers=tiers)
                               and self._search(conds, relaxed=False, tiers=tiers))
        return self._memo[key]

    def _uses(self, conds: list[Any], kind: type) -> bool:
        every = conds + [c for qid in self.closure(conds) for c in self.visibility(qid)]
        return any(isinstance(leaf, kind) for c in every for leaf in leaves(c))

    def _search(self, targets: list[Any], relaxed: bool, tiers: list[str] | None) -> bool:
        try:
            return _Search(self, targets, relaxed, tiers).run()
        except _GaveUp:
            self.too_complex = True
            return True


class _Search:
    """One depth-first search for answers meeting every target condition."""

    def __init__(self, r: Reachability, targets: list[Any], relaxed: bool,
                 tiers: list[str] | None) -> None:
        self.r = r
        self.targets = targets
        self.relaxed = relaxed
        if relaxed:
            qids = set().union(*(questions_named(c) for c in targets)) & r._ids
        else:
            qids = r.closure(targets)
        ordered = sorted(qids, key=r.order.__getitem__)
        every = targets + ([] if relaxed else [c for q in ordered for c in r.visibility(q)])
        mentioned: dict[str, list[Any]] = {}
        uses_mode = False
        for c in every:
            for leaf in leaves(c):
                if isinstance(leaf, Equals):
                    _add(mentioned, leaf.equals.question, [leaf.equals.value])
                elif isinstance(leaf, In):
                    _add(mentioned, leaf.in_.question, leaf.in_.values)
                elif isinstance(leaf, ModeIs):
                    uses_mode = True
        self.mode: str | None = None
        self.tier: str | None = None
        self.cost = sum(_size(c) for c in every)  # nodes one evaluation may visit
        self.values: dict[str, Any] = {}  # decided single, yes/no and text answers
        self.hidden: set[str] = set()  # multiple-choice questions decided hidden
        self.ticked: dict[str, dict[str, bool]] = {}  # decided options of multiple choice
        self.options: dict[str, list[str]] = {}
        self.vars: list[tuple[str, ...]] = []
        self.domains: dict[str, list[Any]] = {}
        if uses_mode:
            self.vars.append(("mode",))
        if tiers is not None:
            self.vars.append(("tier",))
            self.tiers = tiers
        for qid in ordered:
            qu = r.by_id[qid]
            named = mentioned.get(qid, [])
            if qu.type == "multi":
                opts = [o.id for o in qu.options if o.id in named]
                if len(opts) < len(qu.options):
                    opts.append(OTHER)
                self.options[qid] = opts
                self.ticked[qid] = {}
                self.vars.append(("shown", qid))
                self.vars.extend(("option", qid, o) for o in opts)
                continue
            if qu.type == "yesno":
                domain: list[Any] = [True, False, *qu.choice_ids()]
            elif qu.type == "single":
                domain = [o.id for o in qu.options if o.id in named]
                if len(domain) < len(qu.options):
                    domain.append(OTHER)
            else:
                domain = [v for v in dict.fromkeys(named) if isinstance(v, str)] + [OTHER]
            self.domains[qid] = [*domain, None]
            self.vars.append(("answer", qid))

    # three-valued evaluation: True, False, or None for "not known yet" -------------
    def ev(self, c: Any) -> bool | None:
        if c is None:
            return True
        if isinstance(c, AllOf):
            return _all(self.ev(x) for x in c.all)
        if isinstance(c, AnyOf):
            return _any(self.ev(x) for x in c.any)
        if isinstance(c, Not):
            v = self.ev(c.not_)
            return None if v is None else not v
        if isinstance(c, Equals):
            return self._match(c.equals.question, [c.equals.value])
        if isinstance(c, In):
            return self._match(c.in_.question, c.in_.values)
        if isinstance(c, Answered):
            return self._answered(c.answered)
        if isinstance(c, TierIs):
            return None if self.tier is None else self.tier in c.tier
        if isinstance(c, ModeIs):
            return None if self.mode is None else self.mode in c.mode
        return None

    def _match(self, qid: str, wanted: list[Any]) -> bool | None:
        if qid in self.options:
            if qid in self.hidden:
                return False
            ticked = self.ticked[qid]
            states = [ticked.get(w, None if w in self.options[qid] else False) for w in wanted]
            return _any(states)
        if qid not in self.values:
            return None
        answer = self.values[qid]
        return any(_matches(answer, w) for w in wanted)

    def _answered(self, qid: str) -> bool | None:
        if qid in self.options:
            if qid in self.hidden:
                return False
            return _any(self.ticked[qid].get(o) for o in self.options[qid])
        if qid not in self.values:
            return None
        return is_answered(self.values[qid])

    def _shown(self, qid: str) -> bool | None:
        if self.relaxed:
            return True
        return _all(self.ev(c) for c in self.r.visibility(qid))

    # the search ------------------------------------------------------------------
    def _choices(self, var: tuple[str, ...]) -> list[Any]:
        kind = var[0]
        if kind == "mode":
            return list(SESSION_MODES)
        if kind == "tier":
            return list(self.tiers)
        if kind == "shown":
            shown = self._shown(var[1])
            return [True, False] if shown is None else [shown]
        if kind == "option":
            return [False] if var[1] in self.hidden else [True, False]
        shown = self._shown(var[1])
        return [None] if shown is False else self.domains[var[1]]

    def _set(self, var: tuple[str, ...], value: Any) -> None:
        kind = var[0]
        if kind == "mode":
            self.mode = value
        elif kind == "tier":
            self.tier = value
        elif kind == "shown":
            if not value:
                self.hidden.add(var[1])
        elif kind == "option":
            self.ticked[var[1]][var[2]] = value
        else:
            self.values[var[1]] = value

    def _unset(self, var: tuple[str, ...]) -> None:
        kind = var[0]
        if kind == "mode":
            self.mode = None
        elif kind == "tier":
            self.tier = None
        elif kind == "shown":
            self.hidden.discard(var[1])
        elif kind == "option":
            self.ticked[var[1]].pop(var[2], None)
        else:
            self.values.pop(var[1], None)

    def run(self) -> bool:
        verdict = _all(self.ev(c) for c in self.targets)
        if verdict is not None:
            return verdict
        if not self.vars:
            return True  # cannot decide: say yes rather than call it unreachable
        stack = [iter(self._choices(self.vars[0]))]
        tried = 0
        while stack:
            depth = len(stack) - 1
            var = self.vars[depth]
            self._unset(var)
            choice = next(stack[-1], _DONE)
            if choice is _DONE:
                stack.pop()
                continue
            tried += 1
            self.r.work += self.cost
            if tried > BUDGET or self.r.work > WORK_BUDGET:
                raise _GaveUp
            self._set(var, choice)
            verdict = _all(self.ev(c) for c in self.targets)
            if verdict is True:
                return True
            if verdict is False:
                continue
            if depth + 1 == len(self.vars):
                return True  # every answer chosen and still undecided: say yes
            stack.append(iter(self._choices(self.vars[depth + 1])))
        return False


def _size(cond: Any) -> int:
    """How many nodes a condition has."""
    n, stack = 0, [cond]
    while stack:
        c = stack.pop()
        n += 1
        if isinstance(c, AllOf):
            stack.extend(c.all)
        elif isinstance(c, AnyOf):
            stack.extend(c.any)
        elif isinstance(c, Not):
            stack.append(c.not_)
    return n


def _add(mentioned: dict[str, list[Any]], qid: str, values: Iterable[Any]) -> None:
    mentioned.setdefault(qid, []).extend(values)


def _all(values: Iterable[bool | None]) -> bool | None:
    result: bool | None = True
    for v in values:
        if v is False:
            return False
        if v is None:
            result = None
    return result


def _any(values: Iterable[bool | None]) -> bool | None:
    result: bool | None = False
    for v in values:
        if v is True:
            return True
        if v is None:
            result = None
    return result
