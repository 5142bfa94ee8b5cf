"""A reviewer's view of a questionnaire, as Markdown: every step, question, item and rule.

Conditions are put into words from the questionnaire's own labels, so a content
review reads the same data the app runs on and cannot drift from it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .conditions import AllOf, Answered, AnyOf, Equals, In, ModeIs, Not, TierIs
from .questionnaire import Citation, Question, Questionnaire

TYPE_WORDS = {
    "single": "choose one", "multi": "choose any", "yesno": "yes or no",
    "text": "short text", "longtext": "long text",
}
PRIORITY_WORDS = {"must": "Must", "should": "Should", "consider": "Consider"}
MODE_WORDS = {"alone": "alone", "line_manager": "with a line manager"}


def _md(text: str | None) -> str:
    """One line of Markdown-safe text (folded whitespace, no table-breaking pipes)."""
    return " ".join((text or "").split()).replace("|", "\\|")


class ConditionWords:
    """Puts a condition into plain words: 'Purpose is A mix of personal and work'."""

    def __init__(self, q: Questionnaire) -> None:
        self.q = q
        self.questions = {qu.id: qu for _, qu in q.questions()}

    def _name(self, qid: str) -> str:
        qu = self.questions.get(qid)
        return qu.summary_label if qu else qid

    def _value(self, qu: Question | None, value: Any) -> str:
        if isinstance(value, bool):
            return "Yes" if value else "No"
        if qu is not None:
            opt = qu.option(str(value))
            if opt is not None:
                return opt.label
        return f'"{value}"'

    def _leaf(self, cond: Any, negate: bool = False) -> str:
        if isinstance(cond, Equals):
            qid, values = cond.equals.question, [cond.equals.value]
        elif isinstance(cond, In):
            qid, values = cond.in_.question, list(cond.in_.values)
        elif isinstance(cond, Answered):
            verb = "is not answered" if negate else "is answered"
            return f"{self._name(cond.answered)} {verb}"
        elif isinstance(cond, TierIs):
            return self._is("Risk level", [self._tier(t) for t in cond.tier], negate)
        elif isinstance(cond, ModeIs):
            return self._is("The session is held", [MODE_WORDS.get(m, m) for m in cond.mode],
                            negate, verb="")
        else:  # pragma: no cover - the loader admits no other kind
            raise TypeError(f"not a condition: {cond!r}")
        qu = self.questions.get(qid)
        words = [self._value(qu, v) for v in values]
        # Option labels may contain "and" or "or", so several values are listed with
        # semicolons rather than joined with "or".
        many = "; ".join(words)
        if qu is not None and qu.type == "multi":
            if len(words) == 1:
                return f"{self._name(qid)} {'does not include' if negate else 'includes'} {many}"
            return f"{self._name(qid)} includes {'none' if negate else 'any'} of: {many}"
        return self._is(self._name(qid), words, negate)

    @staticmethod
    def _is(subject: str, words: list[str], negate: bool, verb: str = "is") -> str:
        many = "; ".join(words)
        if len(words) == 1:
            return " ".join(w for w in (subject, verb, "not" if negate else "", many) if w)
        return " ".join(w for w in (subject, verb, "none" if negate else "one", "of:", many) if w)

    def _tier(self, tier_id: str) -> str:
        tier = self.q.tier(tier_id)
        return tier.label if tier else tier_id

    def words(self, cond: Any, nested: bool = False) -> str:
        """The condition in words; nested parts are bracketed where and/or could mislead."""
        if isinstance(cond, AllOf):
            text = " and ".join(self.words(c, nested=True) for c in cond.all)
            return f"({text})" if nested and len(cond.all) > 1 else text
        if isinstance(cond, AnyOf):
            text = " or ".join(self.words(c, nested=True) for c in cond.any)
            return f"({text})" if nested and len(cond.any) > 1 else text
        if isinstance(cond, Not):
            inner = cond.not_
            if isinstance(inner, (AllOf, AnyOf, Not)):
                return f"not {self.words(inner, nested=True)}"
            return self._wrap(self._leaf(inner, negate=True), nested)
        return self._wrap(self._leaf(cond), nested)

    @staticmethod
    def _wrap(text: str, nested: bool) -> str:
        return f"({text})" if nested and ": " in text else text


def _cite(q: Questionnaire, c: Citation) -> str:
    source = q.source(c.source)
    title = source.title if source else c.source
    return f"{_md(title)}" + (f", {_md(c.section)}" if c.section else "") + f" (`{c.source}`)"


def _steps(q: Questionnaire, cw: ConditionWords) -> Iterable[str]:
    yield "## Steps and questions"
    for n, step in enumerate(q.steps, 1):
        yield ""
        yield f"### Step {n}: {_md(step.title)} (`{step.id}`)"
        yield ""
        if step.intro:
            yield f"{_md(step.intro)}"
            yield ""
        yield f"- Shown: {'when ' + cw.words(step.show_if) if step.show_if else 'always'}"
        yield f"- Line manager prompt: {_md(step.discussion) or '(none)'}"
        for qu in step.questions:
            yield ""
            yield f"#### {_md(qu.label)} (`{qu.id}`)"
            yield ""
            facts = [TYPE_WORDS[qu.type], "required" if qu.required else "optional"]
            if qu.max_length:
                facts.append(f"up to {qu.max_length} characters")
            if qu.not_sure:
                facts.append(f'or "{qu.not_sure}"')
            yield f"- Type: {', '.join(facts)}"
            yield f"- Short label: {_md(qu.short_label) or '(none; the label is used)'}"
            if qu.help:
                yield f"- Help: {_md(qu.help)}"
            if qu.bio_field:
                yield f"- Bio detail: `{{{qu.bio_field}}}`"
            yield f"- Shown: {'when ' + cw.words(qu.show_if) if qu.show_if else 'always'}"
            if qu.show_if is not None:
                yield "- If not asked: " + (_md(qu.skip_reason) if qu.skip_reason
                                            else "(reason built from the answers)")
            for opt in qu.options:
                help_text = f": {_md(opt.help)}" if opt.help else " (no help text)"
                yield f"  - **{_md(opt.label)}** (`{opt.id}`){help_text}"


def _tiers(q: Questionnaire, cw: ConditionWords) -> Iterable[str]:
    yield "## Risk levels"
    yield ""
    yield "The highest level whose rule holds applies; with no rule, the first."
    yield ""
    for tier in q.tiers:
        rules = [r for r in q.tier_rules if r.tier == tier.id]
        when = " or ".join(cw.words(r.when, nested=len(rules) > 1) for r in rules)
        yield f"- **{_md(tier.label)}** (`{tier.id}`): {_md(tier.summary)}"
        yield f"  - Applies when: {when or 'no other level applies'}"
    if q.reveal_rules:
        yield ""
        yield "### What a plan must not reveal"
        yield ""
        yield ("`validate` refuses an item that reveals what a rule forbids in a plan it can "
               "reach; bio drafts leave such parts out.")
        yield ""
        for r in q.reveal_rules:
            what = []
            if r.forbids:
                what.append("forbids " + ", ".join(r.forbids))
            if r.together:
                what.append("forbids " + " together with ".join(r.together))
            when = "when " + cw.words(r.when) if r.when else "always"
            yield f"- `{r.id}`: {'; '.join(what)}, {when}. Reason: left out because " \
                  f"{_md(r.reason)}."
    if q.hints:
        yield ""
        yield "### Gentle notes on Check your answers (they never block)"
        yield ""
        for h in q.hints:
            yield f"- `{h.id}`, when {cw.words(h.when)}: {_md(h.text)} " \
                  f"Offers: {_md(h.button or 'Change ' + h.change)} (`{h.change}`)."


def _items(q: Questionnaire, cw: ConditionWords) -> Iterable[str]:
    counts = {p: sum(1 for it in q.items if it.priority == p) for p in PRIORITY_WORDS}
    yield "## Checklist"
    yield ""
    yield (f"{len(q.items)} items: " + ", ".join(f"{n} {PRIORITY_WORDS[p].lower()}"
                                                  for p, n in counts.items()) + ".")
    for section in q.sections:
        members = [it for it in q.items if it.section == section.id]
        yield ""
        yield f"### {_md(section.title)} (`{section.id}`)"
        yield ""
        if section.intro:
            yield _md(section.intro)
            yield ""
        if not members:
            yield "(No items.)"
        for it in members:
            yield f"#### {_md(it.title)} (`{it.id}`)"
            yield ""
            yield f"- Priority: {PRIORITY_WORDS[it.priority]}"
            yield f"- Shown: {'when ' + cw.words(it.when) if it.when else 'always'}"
            yield (f"- Kind: action, about {it.minutes} minutes" if it.minutes
                   else "- Kind: good habit")
            if it.start_rank is not None or it.start_always:
                always = ", always unless done" if it.start_always else ""
                yield f"- Start here: rank {it.start_rank}{always}"
            if it.reveals:
                yield "- Reveals: " + ", ".join(it.reveals)
            yield f"- Detail: {_md(it.detail)}"
            if it.how:
                yield f"- How: {_md(it.how)}"
            if it.discussion:
                yield f"- Line manager prompt: {_md(it.discussion)}"
            yield "- Sources: " + "; ".join(_cite(q, c) for c in it.sources)
            yield ""


def _bio(q: Questionnaire, cw: ConditionWords) -> Iterable[str]:
    b = q.bio
    parts = {p.id: p for p in b.parts}
    yield "## Bio rules"
    yield ""
    joiner = "a space" if b.separator == " " else f"`{b.separator}`"
    yield f"Platforms come from the question `{b.platform_question}`. Parts are joined " \
          f"with {joiner}."
    yield ""
    yield "| Part | Wording | Called | Reveals |"
    yield "| --- | --- | --- | --- |"
    for p in b.parts:
        yield f"| `{p.id}` | {_md(p.text)} | {_md(p.label)} | {', '.join(p.reveals)} |"
    yield ""
    dropped = ", ".join(f"`{d}`" for d in b.drop_order) or "(none)"
    yield "When a bio is too long, the organisation's short name is used and the topics " \
          f"list is shortened; then these parts go: {dropped}. Then free text is shortened " \
          "at a word boundary; names are never cut."
    yield ""
    yield "### Profiles (the first that applies is used)"
    for prof in b.profiles:
        yield ""
        yield f"#### `{prof.id}`"
        yield ""
        yield f"- Applies: {'when ' + cw.words(prof.when) if prof.when else 'otherwise'}"
        yield "- Parts: " + ", ".join(f"{_md(parts[p].label)} (`{p}`)" if p in parts else p
                                      for p in prof.parts)
        yield f"- Handle ideas use the organisation's short name: " \
              f"{'yes' if prof.handle_uses_org else 'no'}"
        for lo in prof.left_out:
            label = parts[lo.part].label if lo.part in parts else lo.part
            yield f"- Leaves out {_md(label)}: {_md(lo.reason)}"
        if prof.note:
            yield f"- Note: {_md(prof.note)}"
    for style in b.styles:
        yield ""
        yield f"### Style `{style.id}`"
        yield ""
        for v in style.variants:
            wording = {**style.wording, **v.wording}
            shown = " / ".join(_md(wording.get(pid, parts[pid].text if pid in parts else pid))
                               for pid in v.parts)
            yield f"- {_md(v.label)}: {shown}"
    yield ""
    yield "### Platforms"
    yield ""
    yield "| Platform | Limit | Handle rules | Note |"
    yield "| --- | --- | --- | --- |"
    for plat in b.platforms:
        yield (f"| {_md(plat.name)} (`{plat.id}`) | {plat.bio_limit} ({_md(plat.bio_label)}) | "
               f"{_handle_rules(plat.handle)} | {_md(plat.handle_note) or ''} |")


def _handle_rules(h: Any) -> str:
    if h is None:
        return "no handle"
    allowed = "letters, digits" + "".join(f", `{c}`" for c in h.allowed)
    bits = [f"{h.min}–{h.max} characters" if h.min > 1 else f"up to {h.max} characters",
            allowed]
    if h.suffix:
        bits.append(f"ends `{h.suffix}`")
    if h.no_edge:
        bits.append(f"not starting or ending with `{h.no_edge}`")
    if h.forbidden:
        bits.append("may not contain " + ", ".join(f'"{w}"' for w in h.forbidden))
    if h.lowercase:
        bits.append("suggested in lower case")
    return "; ".join(bits)


def _sources(q: Questionnaire) -> Iterable[str]:
    yield "## Sources"
    yield ""
    for s in q.sources:
        cited = [it.id for it in q.items if any(c.source == s.id for c in it.sources)]
        meta = ", ".join(_md(x) for x in (s.publisher, s.date) if x)
        line = f"- `{s.id}`: **{_md(s.title)}**" + (f", {meta}" if meta else "")
        yield line + (f". <{s.url}>" if s.url else ". (No web address.)")
        yield f"  - Cited by {len(cited)} item{'s' if len(cited) != 1 else ''}: " \
              + (", ".join(f"`{i}`" for i in cited) or "none")


def describe(q: Questionnaire) -> str:
    """The whole questionnaire as Markdown, for content reviewers."""
    cw = ConditionWords(q)
    lines: list[str] = [
        f"# {_md(q.title)}: content review",
        "",
        f"Questionnaire `{q.id}`, version {_md(q.version)}, language {q.language}. "
        "Generated by `profile-planner describe`; do not edit by hand.",
        "",
    ]
    if q.description:
        lines += [_md(q.description), ""]
    n_questions = len(q.questions())
    lines += [f"{len(q.steps)} steps, {n_questions} questions, {len(q.items)} checklist "
              f"items, {len(q.sources)} sources.", ""]
    for block in (_steps(q, cw), _tiers(q, cw), _items(q, cw), _bio(q, cw), _sources(q)):
        lines += list(block)
        lines.append("")
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"
