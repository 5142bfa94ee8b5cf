"""Handle ideas a person would choose: whole names or clear initials, within each platform's
rules, with no accidental words and no chopped syllables."""

from __future__ import annotations

import re

from .questionnaire import HandleRules

READABLE = 20  # longer handles are hard to say and type, even where a platform allows 100
TITLES = {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "lord", "lady", "rev"}
# Lower-case words that belong to the surname: "van der Berg", "ap Rhys", "Ní Bhriain".
PARTICLES = {"van", "der", "den", "de", "du", "da", "di", "la", "le", "von", "ap", "ab", "ni",
             "nic", "mac", "o", "st", "bin", "binti", "al", "el", "ter", "ten"}
# Words that two innocent names can spell where they meet ("kitsexton" -> "sex").
ACCIDENTAL = ("sex", "ass", "arse", "anal", "anus", "fart", "poo", "piss", "cum", "tit", "nob",
              "knob", "dick", "cock", "fag", "shit", "crap", "twat", "wank", "slag", "porn",
              "nude", "rape", "nazi", "kill", "dead", "hate", "bum", "pee", "cunt", "hell",
              "sucks", "fat", "ugly")


def words(text: str) -> list[str]:
    """ASCII words from any script: 'Siân Łódź' -> ['Sian', 'Lodz']."""
    text = text or ""
    if not text.isascii():  # anyascii leaves ASCII as it is; its import is 3% of a `generate`
        from anyascii import anyascii

        text = anyascii(text)
    return re.findall(r"[A-Za-z0-9]+", text)


def _tidy(word: str) -> str:
    return word.capitalize() if word.islower() or word.isupper() else word


def is_valid(handle: str, rules: HandleRules) -> bool:
    core = handle[: -len(rules.suffix)] if rules.suffix and handle.endswith(rules.suffix) else handle
    if rules.suffix and not handle.endswith(rules.suffix):
        return False
    if not (rules.min <= len(core) <= rules.max):
        return False
    allowed = re.escape(rules.allowed)
    if not re.fullmatch(rf"[A-Za-z0-9{allowed}]+", core):
        return False
    if rules.no_edge and (core[0] in rules.no_edge or core[-1] in rules.no_edge):
        return False
    if rules.allowed and re.search(rf"[{allowed}]{{2}}", core):
        return False  # doubled separators are refused by several platforms
    low = core.lower()
    return not any(word.lower() in low for word in rules.forbidden)


def name_parts(name: str) -> tuple[str, str]:
    """First name and surname as ASCII words: 'Zoë O'Brien-Łódź' -> ('Zoe', 'OBrienLodz');
    'Mary-Jane van der Berg' -> ('MaryJane', 'VanDerBerg'); titles and initials dropped."""
    tokens = []
    for raw in (name or "").split():
        joined = "".join(_tidy(w) for w in words(raw))
        if joined and joined.lower().rstrip(".") not in TITLES:
            tokens.append((raw, joined))
    if not tokens:
        return "", ""
    first = tokens[0][1]
    if len(tokens) == 1:
        return first, ""
    last_at = len(tokens) - 1
    while last_at > 1 and words(tokens[last_at - 1][0])[0].lower() in PARTICLES:
        last_at -= 1
    last = "".join(_tidy(t) for _, t in tokens[last_at:])
    return first, last


def _accidental(parts: list[str]) -> bool:
    """A rude or odd word made where two parts meet, not inside one of them."""
    joined = "".join(parts).lower()
    inside = [p.lower() for p in parts]
    return any(w in joined and not any(w in p for p in inside) for w in ACCIDENTAL)


def _topic_word(text: str) -> str:
    found = [w for w in words(text) if len(w) >= 3 and w.lower() not in ("and", "the", "for")]
    return _tidy(found[0]) if found else ""


def suggest(name: str, org_short: str, rules: HandleRules, use_org: bool, most: int = 3,
            full_name: bool = True, words_from: str = "") -> list[str]:
    """Up to `most` distinct handle ideas from the name (and the organisation's short name).

    full_name=False gives patterns that do not spell out the whole name: first name and
    initial, or first name and a word from the person's topics.
    """
    first, last = name_parts(name)
    if not first:
        return []
    org = "".join(words(org_short)) if use_org else ""
    # Where the employer must not be named, a short name can still spell it by chance.
    avoid = "" if use_org else "".join(words(org_short)).lower()
    if len(avoid) < 2 or avoid in (first + last).lower():
        avoid = ""
    keeps_case = not rules.lowercase
    seps = [c for c in rules.allowed if c in "_.-"][:1]
    # Lower-case handles need a separator to be read ("sian.jones"); mixed case reads without.
    order = ([""] + seps) if keeps_case else (seps + [""])
    shapes: list[list[str]] = []
    if full_name:
        if org and last:
            shapes.append([first, last, org])
        if last:
            shapes.append([first, last])
        if org and last and (keeps_case or seps):
            shapes.append([first[0], last, org])
        if last and (keeps_case or seps):
            shapes.append([first[0], last])
        if org and not last:
            shapes.append([first, org])
        if not last:
            shapes.append([first])
    else:
        topic = _topic_word(words_from)
        if last and (keeps_case or seps):
            shapes.append([first, last[0]])
        if topic:
            shapes.append([first, topic])
        if last and topic:
            shapes.append([first[0] + last[0], topic])
    if org and any(org in shape for shape in shapes):
        # The seed's pattern, name plus organisation: every idea keeps the organisation,
        # spelt with and without a separator, before any idea without it.
        shapes = [s for s in shapes if org in s] + [s for s in shapes if org not in s]
    out: list[str] = []
    for shape in shapes:
        for sep in order:
            if _accidental(shape) and not sep:
                continue
            core = sep.join(shape)
            if len(core) > max(READABLE, rules.min) and len(shapes) > 1:
                continue
            if rules.lowercase:
                core = core.lower()
            handle = core + rules.suffix
            if avoid and avoid in core.lower():
                continue
            if handle.lower() not in (h.lower() for h in out) and is_valid(handle, rules):
                out.append(handle)
                if org not in shape or len(out) >= most:
                    break  # one spelling of each shape is enough
        if len(out) >= most:
            break
    if not out and full_name and last:
        # A name too long for every shape: initials and surname, or initials alone, whole.
        for shape in ([first[0], last], [first[0] + last[0]]):
            for sep in order:
                core = sep.join(shape)
                core = core.lower() if rules.lowercase else core
                if is_valid(core + rules.suffix, rules):
                    return [core + rules.suffix]
    return out
