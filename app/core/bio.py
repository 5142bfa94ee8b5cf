"""Draft bios: each platform written in its own style, in two or three variants, with only
the parts the plan allows, fitted gracefully to the platform's limit."""

from __future__ import annotations

import functools
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import regex

from . import graphemes, handles, i18n, screening
from .conditions import Context, evaluate
from .questionnaire import BioPart, BioProfile, BioStyle, BioVariant, Platform, Questionnaire


@dataclass
class LeftOutNote:
    part: str  # what was left out, in words: "your job title"
    reason: str


@dataclass
class Variant:
    id: str
    label: str
    text: str
    length: int
    left_out: list[LeftOutNote] = field(default_factory=list)


@dataclass
class ExtraDraft:
    """A longer text besides the bio (LinkedIn's About)."""
    id: str
    label: str
    text: str
    length: int
    limit: int
    suggested: str | None = None

    def apply_edit(self, text: str) -> None:
        self.suggested = self.text
        self.text = text
        self.length = graphemes.count(text)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "text": self.text, "length": self.length,
                "limit": self.limit, "edited": self.suggested is not None}


@dataclass
class BioDraft:
    platform: Platform
    text: str
    length: int
    profile: str
    left_out: list[LeftOutNote] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    note: str | None = None
    suggested: str | None = None  # the drafted text, when the person has edited it
    variants: list[Variant] = field(default_factory=list)
    chosen: str | None = None  # the variant in use; None when the person wrote their own
    extras: list[ExtraDraft] = field(default_factory=list)
    display_name: str | None = None
    handle_reason: str | None = None  # why handle ideas do not give the whole name
    full_name_handles: list[str] = field(default_factory=list)  # shown only if asked for
    # What the plan forbids and the person's own details: enough to check any edit.
    forbidden: frozenset[str] = frozenset()
    known: dict[str, str] = field(default_factory=dict)

    @property
    def limit(self) -> int:
        return self.platform.bio_limit

    @property
    def over_limit(self) -> bool:
        return self.length > self.limit

    def check(self, text: str | None = None) -> list[screening.Finding]:
        """What the plan's rules say about this bio, or about text typed in its place."""
        return screening.check_bio(self.text if text is None else text, self.limit,
                                   self.platform.name, self.forbidden, self.known)

    def apply_edit(self, text: str) -> None:
        """Use the person's own wording (or another variant); it may run past the limit, which
        is shown, not cut."""
        variant = next((v for v in self.variants if v.text == text), None)
        if variant is not None:
            self.text, self.length, self.chosen = variant.text, variant.length, variant.id
            base = [n for n in self.left_out if n not in self.variants[0].left_out]
            self.left_out = base + variant.left_out
            return
        self.suggested = self.text
        self.text = text
        self.length = graphemes.count(text)
        self.chosen = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform.id, "platform_name": self.platform.name,
            "label": self.platform.bio_label, "text": self.text, "length": self.length,
            "limit": self.limit, "profile": self.profile,
            "left_out": [{"part": n.part, "reason": n.reason} for n in self.left_out],
            "handles": self.handles, "handle_note": self.platform.handle_note, "note": self.note,
            "edited": self.suggested is not None,
            "variants": [{"id": v.id, "label": v.label, "text": v.text, "length": v.length}
                         for v in self.variants],
            "chosen": self.chosen, "display_name": self.display_name,
            "handle_reason": self.handle_reason,
            "extras": [e.to_dict() for e in self.extras],
            "findings": [{"kind": f.kind, "message": f.message} for f in self.check()],
        }


def extra_key(platform_id: str, extra_id: str) -> str:
    """Where an edited extra (LinkedIn's About) is kept among the answers' edited bios."""
    return f"{platform_id}:{extra_id}"


def apply_edits(bios: list[BioDraft], edited: Mapping[str, str]) -> None:
    """Put the person's own wording (kept in the answers) in place of the drafts."""
    for b in bios:
        text = edited.get(b.platform.id)
        if text is not None and text != b.text:
            b.apply_edit(text)
        for e in b.extras:
            text = edited.get(extra_key(b.platform.id, e.id))
            if text is not None and text != e.text:
                e.apply_edit(text)


# --- what the person gave, screened ----------------------------------------------------------

FIELD_WORDS = {"name": "your name", "job_title": "your job title",
               "organisation": "your organisation", "org_short": "your organisation's short name",
               "topics": "your topics", "location": "your location",
               "announcements": "the official news channel"}
NEVER_WHY = {
    "clearance": "a profile should never mention a security clearance",
    "phone": "a profile should never give a phone number",
    "email": "a profile should never give an email address",
    "address": "a profile should show a town or region at most, never an address",
}


# No bio or About holds more than this; longer answers (only an edited answers file has them)
# are cut first, so drafting stays quick whatever the file holds.
MOST = 3000


def bio_values(q: Questionnaire, answers: Mapping[str, Any]) -> dict[str, str]:
    """The bio fields the person filled in, cleaned to single lines."""
    values: dict[str, str] = {}
    for _, qu in q.questions():
        if qu.bio_field and isinstance(answers.get(qu.id), str):
            text = graphemes.clean(graphemes.head(answers[qu.id], MOST * 2))
            if graphemes.count(text) > MOST:
                text = graphemes.cut_at_word(text, MOST, "") or graphemes.head(text, MOST)
            if text:
                values[qu.bio_field] = text
    return values


def screened_values(values: Mapping[str, str], forbidden: frozenset[str] = frozenset(),
                    known: Mapping[str, str] | None = None
                    ) -> tuple[dict[str, str], list[LeftOutNote]]:
    """The values with clearances, phone numbers, emails and addresses taken out, and a note
    for each; free text (the topics) also loses what the plan forbids ("Home Office" at the
    high tier). A value with nothing sensible left is left out whole."""
    kept: dict[str, str] = {}
    notes: list[LeftOutNote] = []
    for name, value in values.items():
        found = screening.never_shown(value)
        if name == "announcements":  # an official web page or handle is the point of it
            found = [f for f in found if f.kind != "address"]
        if name == "topics":
            plan_found = [f for f in screening.check_bio(value, None, "", forbidden, known)
                          if f.kind in REVEAL_WHY and f.kind not in NEVER_WHY]
            if plan_found:
                # A topic that names the employer goes whole: "immigration at the Home Office".
                items = split_list(value)
                bad = [i for i in items if any(f.found.lower() in i.lower() for f in plan_found)]
                for i in bad:
                    notes.append(LeftOutNote(f"“{i}” from your topics",
                                             REVEAL_WHY[plan_found[0].kind]))
                value = join_list([i for i in items if i not in bad]) if len(bad) < len(items) \
                    else ""
                if not value:
                    continue
        if not found:
            kept[name] = value
            continue
        rest = screening.without(value, found)
        for f in found:
            why = f"left out because {NEVER_WHY[f.kind]}" if f.kind in NEVER_WHY \
                else REVEAL_WHY[f.kind]
            notes.append(LeftOutNote(f"“{f.found}” from {FIELD_WORDS.get(name, name)}", why))
        if rest:
            kept[name] = rest
    return kept, notes


def typed_warning(field_name: str, text: str) -> str | None:
    """A gentle note for the page where a bio detail is typed: what will be left out of the
    bios, and why. None when there is nothing to say."""
    found = screening.never_shown(graphemes.clean(text))
    if field_name == "announcements":
        found = [f for f in found if f.kind != "address"]
    if not found:
        return None
    lines = [f"“{f.found}” will be left out of your bios and handle ideas: "
             f"{NEVER_WHY[f.kind]}." for f in found]
    return " ".join(lines)


# --- the seam: what the plan forbids ---------------------------------------------------------

def _forbidden_for_bios(q: Questionnaire, ctx: Context) -> frozenset[str]:
    """What the profile must not reveal, from the questionnaire's reveal rules (the same
    rules validate holds the checklist to, so bios and checklist never disagree): each
    outright forbidden thing, and a pair such as "employer+location" for a rule that forbids
    them together."""
    from .reveals import active_rules

    out: set[str] = set()
    for rule in active_rules(q, ctx):
        out.update(rule.forbids)
        if rule.together:
            out.add("+".join(rule.together))
    return frozenset(out)


def plan_rules(q: Questionnaire, answers: Mapping[str, Any], ctx: Context
               ) -> tuple[frozenset[str], dict[str, str]]:
    """What the plan forbids a profile to reveal, and the person's own details to look for:
    enough to check any bio, drafted or not (check-bio, the app's live check)."""
    raw = bio_values(q, answers)
    known = {k: v for k, v in raw.items() if k in ("organisation", "org_short", "job_title",
                                                   "location")}
    return _forbidden_for_bios(q, ctx), known


REVEAL_WHY = {
    "name": "left out because your plan says your profile should not give your name",
    "employer": "left out because your plan says your profile should not say who you work for",
    "role": "left out because your plan says your profile should not say what you do",
    "location": "left out because your plan says your profile should not say where you are",
    "work_topics": "left out because your plan says your profile should not hint at your work",
    "employer+location": "left out because your employer and your town together could lead "
                         "people to your family",
}


def choose_profile(q: Questionnaire, ctx: Context) -> BioProfile:
    for profile in q.bio.profiles:
        if evaluate(profile.when, ctx):
            return profile
    return q.bio.profiles[-1]


# --- wording ---------------------------------------------------------------------------------

_LIST_SPLIT = regex.compile(r"\s*(?:[,;]\s*(?:(?:and|&)\s+)?|\s(?:and|&)\s)\s*")
_THE = regex.compile(r"\b(?:Department|Ministry|Office|Agency|Service|Executive|Authority|"
                     r"Council|Commission|Board|Archives|Inspectorate|Registry|Treasury|"
                     r"Institute|Library|Museum|Cabinet)\b")
_CUTTABLE = {"topics"}  # free text that may end at a word; names never are cut


# In Welsh content a list may also be joined with "a" or "ac" ("data, ysgolion a beicio").
_LIST_SPLIT_CY = regex.compile(r"\s*(?:[,;]\s*(?:(?:and|&|a|ac)\s+)?|\s(?:and|&|a|ac)\s)\s*")


def split_list(text: str) -> list[str]:
    """'school funding, data, and cycling' -> ['school funding', 'data', 'cycling']."""
    return list(_split_list(text, i18n.current_language() == "cy"))


@functools.lru_cache(maxsize=64)
def _split_list(text: str, welsh: bool = False) -> tuple[str, ...]:
    return tuple(t for t in (_LIST_SPLIT_CY if welsh else _LIST_SPLIT).split(text) if t.strip())


def join_list(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return i18n._("{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def _acronym(word: str) -> bool:
    return sum(ch.isupper() for ch in word) >= 2


def with_the(org: str) -> str:
    """'the Department for Education', 'HM Revenue and Customs', 'DfE'."""
    first = org.split()[0] if org.split() else ""
    if not first or first.lower() == "the" or first == "HM" or _acronym(first):
        return org
    return "the " + org if _THE.search(org) else org


def _sentence_lower(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    return text if _acronym(first) else text[:1].lower() + text[1:]


# Titles held by one person read without an article: "I'm head of policy".
_SOLE = {"head", "director", "deputy", "chief", "permanent", "chair", "chairman", "chairwoman",
         "minister", "secretary"}


def _article(text: str) -> str:
    low = _sentence_lower(text)
    first = low.split()[0].lower().strip(",") if low.split() else ""
    if first in _SOLE:
        return low
    return ("an " if low[:1].lower() in "aeiou" else "a ") + low


def _tags(text: str) -> str:
    out = []
    for item in split_list(text):
        words = regex.findall(r"[\p{L}\p{N}]+", item)
        tag = "".join(w[:1].upper() + w[1:] for w in words)
        if tag:
            out.append("#" + tag)
    return " ".join(out)


@dataclass
class _Fitting:
    """How far a draft has been shortened."""
    short_org: bool = False
    topics_kept: int = 1000


def _value(name: str, spec: str, values: Mapping[str, str], state: _Fitting) -> str:
    value = values.get(name, "")
    short = values.get("org_short", "")
    if name == "organisation" and short and (spec == "short" or state.short_org):
        value = short
    if name == "topics":
        items = split_list(value)
        if state.topics_kept < len(items):
            value = join_list(items[: state.topics_kept])
    if spec == "the":
        return with_the(value)
    if spec == "cap":
        return value[:1].upper() + value[1:]
    if spec == "lower":
        return _sentence_lower(value)
    if spec == "a":
        return _article(value)
    if spec == "tags":
        return _tags(value)
    return value


def _fields(text: str) -> list[str]:
    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


def _render(template: str, values: Mapping[str, str], state: _Fitting) -> str:
    # Only the template is parsed: braces inside a person's answers stay literal.
    out = []
    for literal, name, spec, _ in string.Formatter().parse(template):
        out.append(literal)
        if name:
            out.append(_value(name, spec or "", values, state))
    return "".join(out).strip()


def _news(value: str, form: str) -> str:
    """The official-news pointer in the form a platform uses: '@educationgovuk' on X, a web
    address elsewhere (an X handle means nothing on LinkedIn or Mastodon)."""
    tokens = value.replace(",", " ").split()
    handles_ = [t for t in tokens if t.startswith("@") and "." not in t.strip("@")]
    webs = [t for t in tokens if "." in t and not t.startswith("@")]
    return " ".join(handles_ if form == "handle" else webs)


# --- fitting ---------------------------------------------------------------------------------

Piece = tuple[BioPart, str]  # a part and the wording this platform uses for it


def _fit(pieces: list[Piece], values: Mapping[str, str], sep: str, limit: int,
         drop_order: list[str], why: str) -> tuple[str, list[LeftOutNote]]:
    """The text within limit: short organisation name first, then shorter lists, then parts
    dropped in order, then free text cut at a word, then the longest part dropped."""
    state = _Fitting()
    pieces = list(pieces)
    notes: list[LeftOutNote] = []

    def rendered() -> list[tuple[Piece, str]]:
        return [(p, _render(p[1], values, state)) for p in pieces]

    def text() -> str:
        return sep.join(t for _, t in rendered() if t)

    def fits() -> bool:
        return graphemes.fits(text(), limit)

    if fits():
        return text(), notes
    if values.get("org_short") and any("organisation" in _fields(t) for _, t in pieces):
        state.short_org = True
    items = split_list(values.get("topics", ""))
    if any("topics" in _fields(t) for _, t in pieces) and len(items) > 1:
        # The most topics that fit, found by halving: a list of thousands stays quick.
        low, high = 1, len(items)
        while low < high:
            state.topics_kept = (low + high + 1) // 2
            if fits():
                low = state.topics_kept
            else:
                high = state.topics_kept - 1
        state.topics_kept = low
        if state.topics_kept < len(items):
            notes.append(LeftOutNote("the end of your topics list (“"
                                     + join_list(items[state.topics_kept:]) + "”)", why))
    for pid in drop_order:
        if fits():
            break
        for i, (part, _) in enumerate(pieces):
            if part.id == pid and len(pieces) > 1:
                notes.append(LeftOutNote(part.label, why))
                del pieces[i]
                break
    while not fits() and pieces:
        done = rendered()
        longest = max(range(len(done)), key=lambda i: graphemes.count(done[i][1]))
        part, template = pieces[longest]
        if set(_fields(template)) & _CUTTABLE and len(_fields(template)) == 1:
            room = limit - (graphemes.count(text()) - graphemes.count(done[longest][1]))
            cut = graphemes.cut_at_word(done[longest][1], room) if room > 0 else ""
            if cut and regex.search(r"\w", cut):
                # The cut text stands in for the template from now on.
                pieces[longest] = (part, cut.replace("{", "{{").replace("}", "}}"))
                notes.append(LeftOutNote(f"the end of {part.label}", why))
                continue
        notes.append(LeftOutNote(part.label, why))
        del pieces[longest]
    return text(), notes


# --- drafting --------------------------------------------------------------------------------

def _style(q: Questionnaire, platform: Platform, profile: BioProfile) -> BioStyle:
    style = next((s for s in q.bio.styles if s.id == platform.style), None)
    if style is not None:
        return style
    # A questionnaire without styles: one draft, the profile's parts in its order.
    return BioStyle(id="plain", separator=q.bio.separator,
                    variants=[BioVariant(id="drafted", label="Drafted", parts=profile.parts)])


def _display_name(name: str, profile: BioProfile) -> str | None:
    if not name:
        return None
    if profile.display_name == "first_and_initial":
        words = name.split()
        if len(words) > 1:
            return f"{words[0]} {graphemes.clusters(words[-1])[0]}."
    return name


def draft(q: Questionnaire, answers: Mapping[str, Any], ctx: Context) -> list[BioDraft]:
    """Drafts for each chosen platform: variants in its style, each within its limit, none
    empty, with nothing the plan forbids."""
    chosen = answers.get(q.bio.platform_question) or []
    platforms = [p for p in q.bio.platforms if p.id in chosen]
    if not platforms:
        return []
    raw = bio_values(q, answers)
    forbidden, known = plan_rules(q, answers, ctx)
    values, screen_notes = screened_values(raw, forbidden, known)
    profile = choose_profile(q, ctx)
    parts = {p.id: p for p in q.bio.parts}
    base_notes = [LeftOutNote(parts[lo.part].label, lo.reason) for lo in profile.left_out
                  if lo.part in parts] + screen_notes
    allowed: list[BioPart] = []
    for pid in profile.parts:
        part = parts[pid]
        blocked = [r for r in part.reveals if r in forbidden]
        if blocked:
            base_notes.append(LeftOutNote(part.label, REVEAL_WHY.get(blocked[0], REVEAL_WHY[
                "employer"])))
            continue
        missing = [f for f in _fields(part.text) if f not in values]
        if missing:
            base_notes.append(LeftOutNote(part.label, "left out because you did not give it"))
            continue
        allowed.append(part)
    if "employer+location" in forbidden and any("employer" in p.reveals for p in allowed):
        for part in [p for p in allowed if "location" in p.reveals]:
            allowed.remove(part)
            base_notes.append(LeftOutNote(part.label, REVEAL_WHY["employer+location"]))
    private = not profile.handle_full_name or "name" in forbidden
    use_org = profile.handle_uses_org and "org_short" in values and "employer" not in forbidden
    name = values.get("name", "") if "name" not in forbidden else ""
    drafts = []
    for platform in platforms:
        notes = list(base_notes)
        variants = _variants(q, platform, profile, allowed, values, notes)
        notes = _unique(notes + variants[0].left_out)
        found = handles.suggest(name, values.get("org_short", ""), platform.handle, use_org,
                                full_name=not private, words_from=values.get("topics", "")) \
            if platform.handle and name else []
        drafts.append(BioDraft(
            platform, variants[0].text, variants[0].length, profile.id, notes, found,
            profile.note, variants=variants, chosen=variants[0].id,
            extras=_extras(platform, allowed, values, profile),
            display_name=_display_name(name, profile) if platform.shows_name else None,
            handle_reason=profile.handle_reason if private and found else None,
            full_name_handles=handles.suggest(name, "", platform.handle, False)
            if private and platform.handle and name else [],
            forbidden=forbidden, known=known))
    return drafts


def _unique(notes: list[LeftOutNote]) -> list[LeftOutNote]:
    return list({(n.part, n.reason): n for n in notes}.values())


def _pieces(platform: Platform, parts: list[BioPart], wording: Mapping[str, str],
            values: dict[str, str], notes: list[LeftOutNote] | None) -> list[Piece]:
    pieces: list[Piece] = []
    for part in parts:
        if platform.shows_name and "name" in part.reveals and part.id == "name":
            continue  # the platform shows the display name beside the bio
        template = wording.get(part.id, part.text)
        if "announcements" in _fields(template):
            pointer = _news(values.get("announcements", ""), platform.news)
            if not pointer:
                if notes is not None:
                    what = "web address" if platform.news == "web" else "X handle"
                    notes.append(LeftOutNote(part.label, f"left out because {platform.name} "
                                 f"needs a {what} for official news, and you gave "
                                 f"“{values.get('announcements', '')}”"))
                continue
            template = template.replace("{announcements}", pointer.replace("{", "{{")
                                        .replace("}", "}}"))
        pieces.append((part, template))
    return pieces


def _variants(q: Questionnaire, platform: Platform, profile: BioProfile,
              allowed: list[BioPart], values: dict[str, str],
              notes: list[LeftOutNote]) -> list[Variant]:
    style = _style(q, platform, profile)
    by_id = {p.id: p for p in allowed}
    why = f"left out to stay within the {platform.bio_limit}-character limit for {platform.name}"
    fallback = profile.fallback or i18n._("Personal account.")
    out: list[Variant] = []
    first = True
    for v in style.variants:
        chosen = [by_id[pid] for pid in v.parts if pid in by_id]
        pieces = _pieces(platform, chosen, {**style.wording, **v.wording}, values,
                         notes if first else None)
        text, fit_notes = _fit(pieces, values, style.separator, platform.bio_limit,
                               q.bio.drop_order, why)
        if not text:
            text = graphemes.cut_at_word(fallback, platform.bio_limit) or fallback[:1]
        first = False
        if any(o.text == text for o in out):
            continue
        out.append(Variant(v.id, v.label, text, graphemes.count(text), fit_notes))
    return out


def _extras(platform: Platform, allowed: list[BioPart], values: dict[str, str],
            profile: BioProfile) -> list[ExtraDraft]:
    out = []
    by_id = {p.id: p for p in allowed}
    for extra in platform.extras:
        paragraphs = []
        for ids in extra.paragraphs:
            pieces = _pieces(platform, [by_id[i] for i in ids if i in by_id], extra.wording,
                             values, None)
            text = " ".join(t for t in (_render(tpl, values, _Fitting()) for _, tpl in pieces)
                            if t)
            if text:
                paragraphs.append(text)
        text = "\n\n".join(paragraphs) or (profile.fallback or i18n._("Personal account."))
        while graphemes.count(text) > extra.limit and paragraphs:
            longest = max(range(len(paragraphs)), key=lambda i: graphemes.count(paragraphs[i]))
            room = extra.limit - (graphemes.count(text) - graphemes.count(paragraphs[longest]))
            cut = graphemes.cut_at_word(paragraphs[longest], room) if room > 0 else ""
            if cut:
                paragraphs[longest] = cut
            else:
                del paragraphs[longest]
            text = "\n\n".join(paragraphs) or (profile.fallback or i18n._("Personal account."))
        out.append(ExtraDraft(extra.id, extra.label, text, graphemes.count(text), extra.limit))
    return out
