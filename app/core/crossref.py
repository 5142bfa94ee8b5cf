"""Checks across a questionnaire that a schema cannot express: ids, references, reachability.

Each check records the path of what it found, so the message carries a line number.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Iterable
from typing import Any, get_args

from .conditions import AllOf, Answered, AnyOf, Equals, In, Not, TierIs, questions_named, uses_tier
from .i18n import _
from .problems import Problem, did_you_mean
from .questionnaire import BioField, Item, Question, Questionnaire
from .reachability import TOO_COMPLEX, Reachability
from .reveals import item_conflicts
from .yamlfile import Located

Path = tuple[Any, ...]
BIO_FIELDS = set(get_args(BioField))


class Checker:
    def __init__(self, q: Questionnaire, located: Located) -> None:
        self.q = q
        self.located = located
        self.problems: list[Problem] = []
        self.questions = {qu.id: qu for _, qu in q.questions()}
        self.order = {qu.id: i for i, (_, qu) in enumerate(q.questions())}
        self.tier_ids = [t.id for t in q.tiers]

    def add(self, path: Path, message: str) -> None:
        self.problems.append(self.located.problem(path, message))

    def run(self) -> list[Problem]:
        self.check_duplicates()
        self.check_questions()
        self.check_conditions()
        self.check_cycles()
        self.check_items()
        self.check_tiers()
        self.check_bio()
        if not self.problems:
            # Reachability only means something once every reference resolves.
            self.check_reachable()
        return sorted(set(self.problems))

    # ids -----------------------------------------------------------------
    def _dupes(self, ids: Iterable[tuple[Path, str]], what: str) -> None:
        pairs = list(ids)
        counts = Counter(i for _, i in pairs)
        first: dict[str, Path] = {}
        for path, i in pairs:
            if counts[i] > 1:
                if i in first:
                    line = self.located.position(first[i])[0]
                    self.add(path, _('duplicate {what} id "{id}" (first used on line {line}).')
                             .format(what=what, id=i, line=line))
                else:
                    first[i] = path

    def check_duplicates(self) -> None:
        q = self.q
        self._dupes(((("sources", i, "id"), s.id) for i, s in enumerate(q.sources)), "source")
        self._dupes(((("steps", i, "id"), s.id) for i, s in enumerate(q.steps)), "step")
        self._dupes(((("steps", i, "questions", j, "id"), qu.id)
                     for i, s in enumerate(q.steps) for j, qu in enumerate(s.questions)),
                    "question")
        for i, s in enumerate(q.steps):
            for j, qu in enumerate(s.questions):
                self._dupes(((("steps", i, "questions", j, "options", k, "id"), o.id)
                             for k, o in enumerate(qu.options)), "option")
        self._dupes(((("sections", i, "id"), s.id) for i, s in enumerate(q.sections)), "section")
        self._dupes(((("items", i, "id"), s.id) for i, s in enumerate(q.items)), "item")
        self._dupes(((("tiers", i, "id"), s.id) for i, s in enumerate(q.tiers)), "tier")
        b = q.bio
        self._dupes(((("bio", "parts", i, "id"), s.id) for i, s in enumerate(b.parts)), "bio part")
        self._dupes(((("bio", "profiles", i, "id"), s.id) for i, s in enumerate(b.profiles)),
                    "bio profile")
        self._dupes(((("bio", "platforms", i, "id"), s.id) for i, s in enumerate(b.platforms)),
                    "platform")

    # questions -----------------------------------------------------------
    def check_questions(self) -> None:
        for i, s in enumerate(self.q.steps):
            for j, qu in enumerate(s.questions):
                path = ("steps", i, "questions", j)
                if qu.type in ("single", "multi") and len(qu.options) < 2:
                    self.add(path + ("type",), _('question "{id}" is {type} choice but has {n} '
                                                 "option(s); give it at least two.").format(
                        id=qu.id, type=qu.type, n=len(qu.options)))
                if qu.type not in ("single", "multi") and qu.options:
                    self.add(path + ("options",), _('question "{id}" is "{type}", which takes no '
                                                    "options.").format(id=qu.id, type=qu.type))
                if qu.max_length is not None and qu.type not in ("text", "longtext"):
                    self.add(path + ("max_length",), _('"max_length" applies only to text '
                                                       'questions, and "{id}" is "{type}".').format(
                        id=qu.id, type=qu.type))
                if qu.bio_field is not None and qu.type not in ("text", "longtext"):
                    self.add(path + ("bio_field",), _('"bio_field" needs a text question, and '
                                                      '"{id}" is "{type}".').format(
                        id=qu.id, type=qu.type))

    # conditions ------------------------------------------------------------
    def conditions(self) -> Iterable[tuple[Path, Any, int | None]]:
        """(path, condition, position of the question that owns it, if any)."""
        for i, s in enumerate(self.q.steps):
            first = self.order[s.questions[0].id]
            if s.show_if is not None:
                yield ("steps", i, "show_if"), s.show_if, first
            for j, qu in enumerate(s.questions):
                if qu.show_if is not None:
                    yield ("steps", i, "questions", j, "show_if"), qu.show_if, self.order[qu.id]
        for i, it in enumerate(self.q.items):
            if it.when is not None:
                yield ("items", i, "when"), it.when, None
        for i, r in enumerate(self.q.tier_rules):
            yield ("tier_rules", i, "when"), r.when, None
        for i, p in enumerate(self.q.bio.profiles):
            if p.when is not None:
                yield ("bio", "profiles", i, "when"), p.when, None
        for i, rr in enumerate(self.q.reveal_rules):
            if rr.when is not None:
                yield ("reveal_rules", i, "when"), rr.when, None
        for i, h in enumerate(self.q.hints):
            yield ("hints", i, "when"), h.when, None

    def check_conditions(self) -> None:
        for path, cond, _owner in self.conditions():
            self._check_condition(path, cond)

    def _check_condition(self, path: Path, cond: Any) -> None:
        if isinstance(cond, AllOf):
            for k, c in enumerate(cond.all):
                self._check_condition(path + ("all", k), c)
        elif isinstance(cond, AnyOf):
            for k, c in enumerate(cond.any):
                self._check_condition(path + ("any", k), c)
        elif isinstance(cond, Not):
            self._check_condition(path + ("not",), cond.not_)
        elif isinstance(cond, Equals):
            qu = self._question(path + ("equals", "question"), cond.equals.question)
            if qu:
                self._check_value(path + ("equals", "value"), qu, cond.equals.value)
        elif isinstance(cond, In):
            qu = self._question(path + ("in", "question"), cond.in_.question)
            if qu:
                for k, v in enumerate(cond.in_.values):
                    self._check_value(path + ("in", "values", k), qu, v)
        elif isinstance(cond, Answered):
            self._question(path + ("answered",), cond.answered)
        elif isinstance(cond, TierIs):
            for k, t in enumerate(cond.tier):
                if t not in self.tier_ids:
                    self.add(path + ("tier", k), _('unknown tier "{id}"; the tiers are: {tiers}.')
                             .format(id=t, tiers=", ".join(self.tier_ids))
                             + did_you_mean(t, self.tier_ids))

    def _question(self, path: Path, qid: str) -> Question | None:
        qu = self.questions.get(qid)
        if qu is None:
            self.add(path, _('unknown question "{id}".').format(id=qid)
                     + did_you_mean(qid, self.questions))
        return qu

    def _check_value(self, path: Path, qu: Question, value: Any) -> None:
        if qu.type in ("single", "multi"):
            ids = [o.id for o in qu.options]
            if value not in ids:
                self.add(path, _('"{value}" is not an option of question "{id}"; its options are: '
                                 "{options}.").format(value=value, id=qu.id, options=", ".join(ids))
                         + did_you_mean(str(value), ids))
        elif qu.type == "yesno" and not isinstance(value, bool) and value not in qu.choice_ids():
            self.add(path, _('question "{id}" is yes/no: compare it with true or false, not '
                             '"{value}".').format(id=qu.id, value=value))
        elif qu.type in ("text", "longtext") and not isinstance(value, str):
            self.add(path, _('question "{id}" takes text: compare it with text, not {value}.')
                     .format(id=qu.id, value=value))

    # order and cycles -------------------------------------------------------
    def _tier_questions(self) -> set[str]:
        return set().union(*(questions_named(r.when) for r in self.q.tier_rules)) \
            if self.q.tier_rules else set()

    def check_cycles(self) -> None:
        tier_qs = self._tier_questions() & set(self.questions)
        for i, r in enumerate(self.q.tier_rules):
            if uses_tier(r.when):
                self.add(("tier_rules", i, "when"),
                         _("a tier rule cannot depend on the tier itself (a cycle)."))
        for path, cond, owner in self.conditions():
            if owner is None:
                continue
            for qid in sorted(questions_named(cond)):
                if qid not in self.order:
                    continue
                if qid == self._owner_id(path):
                    self.add(path, _('question "{id}" depends on its own answer (a cycle).').format(
                        id=qid))
                elif self.order[qid] >= owner:
                    self.add(path, _('refers to question "{id}", which is not asked until later; a '
                                     "condition can only read earlier answers.").format(id=qid))
            if uses_tier(cond):
                late = sorted(x for x in tier_qs if self.order[x] >= owner)
                if late:
                    self.add(path, _('uses the tier, which depends on question "{id}" asked at or '
                                     "after this point (a cycle).").format(id=late[0]))

    def _owner_id(self, path: Path) -> str | None:
        if len(path) >= 4 and path[0] == "steps" and path[2] == "questions":
            return self.q.steps[path[1]].questions[path[3]].id
        return None

    # items and sources ---------------------------------------------------------
    def check_items(self) -> None:
        sections = [s.id for s in self.q.sections]
        sources = [s.id for s in self.q.sources]
        used: set[str] = set()
        for i, it in enumerate(self.q.items):
            if it.section not in sections:
                self.add(("items", i, "section"), _('unknown section "{id}".').format(id=it.section)
                         + did_you_mean(it.section, sections))
            for k, c in enumerate(it.sources):
                used.add(c.source)
                if c.source not in sources:
                    self.add(("items", i, "sources", k, "source"), _('unknown source "{id}".')
                             .format(id=c.source) + did_you_mean(c.source, sources))
        for p in self.q.bio.platforms:
            used.update(c.source for c in p.sources)
        for i, p in enumerate(self.q.bio.platforms):
            for k, c in enumerate(p.sources):
                if c.source not in sources:
                    self.add(("bio", "platforms", i, "sources", k, "source"),
                             _('unknown source "{id}".').format(id=c.source)
                             + did_you_mean(c.source, sources))
        for i, s in enumerate(self.q.sources):
            if s.id not in used:
                self.add(("sources", i, "id"), _('source "{id}" is never cited; cite it from an '
                                                 "item or remove it.").format(id=s.id))

    def check_tiers(self) -> None:
        for i, r in enumerate(self.q.tier_rules):
            if r.tier not in self.tier_ids:
                self.add(("tier_rules", i, "tier"), _('unknown tier "{id}"; the tiers are: '
                                                      "{tiers}.").format(
                    id=r.tier, tiers=", ".join(self.tier_ids)) + did_you_mean(r.tier, self.tier_ids))
        for i, h in enumerate(self.q.hints):
            if h.change not in self.questions:
                self.add(("hints", i, "change"), _('unknown question "{id}".').format(id=h.change)
                         + did_you_mean(h.change, self.questions))
        self._dupes(((("reveal_rules", i, "id"), r.id)
                     for i, r in enumerate(self.q.reveal_rules)), "reveal rule")
        for i, rr in enumerate(self.q.reveal_rules):
            if not rr.forbids and len(rr.together) < 2:
                self.add(("reveal_rules", i), _('reveal rule "{id}" forbids nothing: give '
                                                '"forbids", or at least two things in "together".')
                         .format(id=rr.id))

    # bio -------------------------------------------------------------------
    def check_bio(self) -> None:
        b = self.q.bio
        part_ids = [p.id for p in b.parts]
        for i, p in enumerate(b.parts):
            try:
                names = [f for _t, f, _s, _c in string.Formatter().parse(p.text) if f is not None]
            except ValueError as exc:
                self.add(("bio", "parts", i, "text"), _("the wording has a stray brace ({why}).")
                         .format(why=exc))
                continue
            collected = {qu.bio_field for qu in self.questions.values() if qu.bio_field}
            for name in names:
                if name not in BIO_FIELDS:
                    self.add(("bio", "parts", i, "text"), _('"{field}" is not a bio field; use '
                                                            "{fields}.").format(
                        field="{" + name + "}", fields=", ".join(sorted(BIO_FIELDS)))
                             + did_you_mean(name, BIO_FIELDS))
                elif name not in collected:
                    self.add(("bio", "parts", i, "text"), _('"{field}" is never filled in: no '
                                                            "question has bio_field: {name}.")
                             .format(field="{" + name + "}", name=name))
        for k, pid in enumerate(b.drop_order):
            if pid not in part_ids:
                self.add(("bio", "drop_order", k), _('unknown bio part "{id}".').format(id=pid)
                         + did_you_mean(pid, part_ids))
        last = b.profiles[-1]
        if last.when is not None:
            self.add(("bio", "profiles", len(b.profiles) - 1, "when"),
                     _('the last bio profile ("{id}") is the fallback for everyone else, so it '
                       'should have no "when".').format(id=last.id))
        for i, prof in enumerate(b.profiles):
            for k, pid in enumerate(prof.parts):
                if pid not in part_ids:
                    self.add(("bio", "profiles", i, "parts", k), _('unknown bio part "{id}".')
                             .format(id=pid) + did_you_mean(pid, part_ids))
            for k, lo in enumerate(prof.left_out):
                if lo.part not in part_ids:
                    self.add(("bio", "profiles", i, "left_out", k, "part"),
                             _('unknown bio part "{id}".').format(id=lo.part)
                             + did_you_mean(lo.part, part_ids))
        pq = self.questions.get(b.platform_question)
        if pq is None:
            self.add(("bio", "platform_question"), _('unknown question "{id}".').format(
                id=b.platform_question) + did_you_mean(b.platform_question, self.questions))
        elif pq.type != "multi":
            self.add(("bio", "platform_question"), _('question "{id}" should be multiple choice '
                                                    "to choose platforms.").format(id=pq.id))
        else:
            platforms = [p.id for p in b.platforms]
            for k, o in enumerate(pq.options):
                if o.id not in platforms:
                    step_i, q_i = self._locate_question(pq.id)
                    self.add(("steps", step_i, "questions", q_i, "options", k, "id"),
                             _('option "{id}" has no platform in bio.platforms.').format(id=o.id)
                             + did_you_mean(o.id, platforms))
        for i, plat in enumerate(b.platforms):
            h = plat.handle
            if h is not None and h.min > h.max:
                self.add(("bio", "platforms", i, "handle", "min"),
                         _("the handle minimum ({min}) is above the maximum ({max}).").format(
                             min=h.min, max=h.max))
        from .biocheck import problems as style_problems

        for path, message in style_problems(self.q):
            self.add(path, message)

    def _locate_question(self, qid: str) -> tuple[int, int]:
        for i, s in enumerate(self.q.steps):
            for j, qu in enumerate(s.questions):
                if qu.id == qid:
                    return i, j
        return 0, 0

    # reachability --------------------------------------------------------------
    def check_reachable(self) -> None:
        r = Reachability(self.q)
        for i, s in enumerate(self.q.steps):
            if not r.satisfiable(s.show_if):
                self.add(("steps", i, "show_if"), _('step "{id}" can never be shown: no set of '
                                                    "answers meets its condition.").format(id=s.id))
                continue
            if self.too_complex(r, ("steps", i, "show_if")):
                return
            for j, qu in enumerate(s.questions):
                if qu.show_if is not None and not r.satisfiable(qu.show_if, [s.show_if]):
                    self.add(("steps", i, "questions", j, "show_if"), _(
                        'question "{id}" can never be shown: no set of answers meets its '
                        "condition.").format(id=qu.id))
                if self.too_complex(r, ("steps", i, "questions", j, "show_if")):
                    return
        for i, it in enumerate(self.q.items):
            if it.when is not None and not r.satisfiable(it.when):
                self.add(("items", i, "when"), _('item "{id}" can never appear: no set of answers '
                                                 "meets its condition.").format(id=it.id))
            if self.too_complex(r, ("items", i, "when")):
                return
        self.check_reveals(r, [(("items", i), it) for i, it in enumerate(self.q.items)])

    def check_reveals(self, r: Reachability, items: Iterable[tuple[Path, Item]]) -> None:
        """Refuse an item that can reach a plan whose reveal rules forbid what it reveals."""
        for path, it in items:
            if not it.reveals:
                continue
            for rule in self.q.reveal_rules:
                hit = item_conflicts(it.reveals, rule)
                if not hit:
                    continue
                reached = r.satisfiable(it.when, [rule.when] if rule.when else None)
                if self.too_complex(r, path + ("reveals",)):
                    return
                if reached:
                    said = _('item "{id}" reveals {what}, but reveal rule "{rule}" forbids that and '
                             "the item can appear in every plan. Narrow the item's \"when\" or "
                             "change what it asks.") if rule.when is None else _(
                        'item "{id}" reveals {what}, but reveal rule "{rule}" forbids that and the '
                        "item can appear in a plan where it applies. Narrow the item's \"when\" "
                        "or change what it asks.")
                    self.add(path + ("reveals",), said.format(id=it.id, what=", ".join(hit),
                                                              rule=rule.id))

    def too_complex(self, r: Reachability, path: Path) -> bool:
        """Say so, at path, if the search ran out of budget there; the check stops."""
        if r.too_complex:
            self.add(path, TOO_COMPLEX)
        return r.too_complex


def check(q: Questionnaire, located: Located) -> list[Problem]:
    return Checker(q, located).run()
