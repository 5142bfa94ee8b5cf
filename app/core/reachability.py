"""Can any set of answers make a condition true? Answered by bounded enumeration.

Only the questions a condition reads (and those their visibility reads) are varied,
and a multiple-choice question varies only over the options named, plus "another".
The tier is treated as free over the tiers some answers can reach: this may call a
contradictory item reachable, but never calls a reachable one unreachable.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from .conditions import (
    SESSION_MODES,
    Context,
    Equals,
    In,
    evaluate,
    leaves,
    questions_named,
    uses_tier,
)
from .questionnaire import Question, Questionnaire

OTHER = "\x00other"
LIMIT = 50_000


class Reachability:
    def __init__(self, q: Questionnaire) -> None:
        self.q = q
        self.order = {qu.id: i for i, (_, qu) in enumerate(q.questions())}
        self.by_id = {qu.id: qu for _, qu in q.questions()}
        self.step_of = {qu.id: s for s, qu in q.questions()}
        self._tiers: list[str] | None = None

    def _visibility_conds(self, qid: str) -> list[Any]:
        step = self.step_of[qid]
        return [c for c in (step.show_if, self.by_id[qid].show_if) if c is not None]

    def _closure(self, conds: list[Any]) -> set[str]:
        todo = set().union(*(questions_named(c) for c in conds)) if conds else set()
        todo &= set(self.by_id)
        seen: set[str] = set()
        while todo:
            qid = todo.pop()
            if qid in seen:
                continue
            seen.add(qid)
            for c in self._visibility_conds(qid):
                todo |= questions_named(c) & set(self.by_id)
        return seen

    def _mentioned(self, conds: list[Any]) -> dict[str, set[Any]]:
        values: dict[str, set[Any]] = {}
        for c in conds:
            for leaf in leaves(c):
                if isinstance(leaf, Equals):
                    values.setdefault(leaf.equals.question, set()).add(leaf.equals.value)
                elif isinstance(leaf, In):
                    values.setdefault(leaf.in_.question, set()).update(leaf.in_.values)
        return values

    def _domain(self, question: Question, mentioned: set[Any]) -> list[Any]:
        if question.type == "yesno":
            return [None, True, False]
        if question.type == "single":
            named = [o.id for o in question.options if o.id in mentioned]
            rest = [OTHER] if len(named) < len(question.options) else []
            return [None, *named, *rest]
        if question.type == "multi":
            named = [o.id for o in question.options if o.id in mentioned]
            pool = named + ([OTHER] if len(named) < len(question.options) else [])
            subsets = itertools.chain.from_iterable(
                itertools.combinations(pool, n) for n in range(1, len(pool) + 1))
            return [None, *(list(s) for s in subsets)]
        texts = [v for v in mentioned if isinstance(v, str)]
        return [None, OTHER, *texts]

    def _assignments(self, conds: list[Any]) -> Iterator[dict[str, Any]] | None:
        qids = sorted(self._closure(conds), key=self.order.__getitem__)
        every = conds + [c for qid in qids for c in self._visibility_conds(qid)]
        mentioned = self._mentioned(every)
        domains = [self._domain(self.by_id[qid], mentioned.get(qid, set())) for qid in qids]
        size = 1
        for d in domains:
            size *= len(d)
        if size > LIMIT:
            return None
        return (dict(zip(qids, combo, strict=True)) for combo in itertools.product(*domains))

    def _visible(self, raw: dict[str, Any], tier: str | None, mode: str) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for qid in sorted(raw, key=self.order.__getitem__):
            ctx = Context(seen, tier, mode)
            if all(evaluate(c, ctx) for c in self._visibility_conds(qid)) and raw[qid] is not None:
                seen[qid] = raw[qid]
        return seen

    def reachable_tiers(self) -> list[str]:
        if self._tiers is None:
            from .flow import compute_tier
            conds = [r.when for r in self.q.tier_rules]
            found: set[str] = set()
            assignments = self._assignments(conds)
            if assignments is None:
                found = {t.id for t in self.q.tiers}
            else:
                for raw in assignments:
                    for mode in SESSION_MODES:
                        found.add(compute_tier(self.q, self._visible(raw, None, mode), mode)[0])
            self._tiers = [t.id for t in self.q.tiers if t.id in found]
        return self._tiers

    def satisfiable(self, cond: Any, extra: list[Any] | None = None) -> bool:
        """True if some answers make cond (and every condition in extra) hold."""
        if cond is None and not extra:
            return True
        conds = [c for c in [cond, *(extra or [])] if c is not None]
        assignments = self._assignments(conds)
        if assignments is None:
            return True
        tiers: list[str | None] = list(self.reachable_tiers()) \
            if any(uses_tier(c) for c in conds) or any(
                uses_tier(c) for qid in self._closure(conds) for c in self._visibility_conds(qid)) \
            else [None]
        for raw in assignments:
            for tier in tiers:
                for mode in SESSION_MODES:
                    seen = self._visible(raw, tier, mode)
                    ctx = Context(seen, tier, mode)
                    if all(evaluate(c, ctx) for c in conds):
                        return True
        return False
