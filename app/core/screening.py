"""Finding what a bio should not say: a clearance, contact details, an address, and what the
plan forbids. Pure functions, shared by the bio drafts, `check-bio` and the app."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import regex

from . import graphemes
from .i18n import N_, _

# What each kind of finding is called in a "left out" note: "left out “DV cleared” because ...".
NEVER_SHOWN = ("clearance", "phone", "email", "address")


@dataclass(frozen=True)
class Finding:
    kind: str  # clearance, phone, email, address, employer, role, location, family,
    #            announcement, shield, over_limit
    found: str  # the words as typed ("" for over_limit)
    message: str  # one plain sentence or two, for the person
    start: int = -1  # where in the text (code points), for highlighting
    end: int = -1


_I = regex.IGNORECASE
_CLEARANCE = [
    # Levels written as the capitals people use: "SC", "DV", "eDV", "CTC", "NPPV3", "BPSS".
    regex.compile(r"(?<![\w#])(?:e?DV|SC|CTC|BPSS|NPPV ?[1-3]?)(?![\w])"),
    regex.compile(r"#?\b(?:security|sc|e?dv|ctc|nppv ?[1-3]?|top[ -]secret|ts)[\s-]*"
                  r"(?:cleared|clearance|vetted|vetting)\b", _I),
    regex.compile(r"\b(?:developed|enhanced|positive|security|national security)\s+vetting\b",
                  _I),
    regex.compile(r"\bvetted\b", _I),
    regex.compile(r"\bcleared\s+to\s+(?:sc|dv|ctc|top\s+secret|secret)\b", _I),
]
_EMAIL = regex.compile(r"(?<![\w.+'-])[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_EMAIL_WORDS = regex.compile(r"(?<![\w.+-])[\w.+-]{1,64} ?[\[(]? ?at ?[\])]? ?[\w-]{1,63} ?[\[(]? ?dot ?"
                             r"[\])]?\s*(?:com|org|net|uk|gov|co)\b", _I)
_PHONE = regex.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d ().-]{7,24}\d(?!\w)")
_POSTCODE = regex.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b", _I)
_STREET = regex.compile(
    r"\b\d{1,4}[a-z]?,?\s{1,3}(?:[A-Za-z][\w'’-]{0,30}\s{1,3}){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|"
    r"Close|Drive|Way|Crescent|Place|Terrace|Gardens|Grove|Court|Square|Row|Mews|Walk|"
    r"Park|Hill|View|Rise)\b\.?", _I)
_WHAT3WORDS = regex.compile(r"///\p{L}{1,30}\.\p{L}{1,30}\.\p{L}{1,30}")
_ANNOUNCEMENT = [
    regex.compile(r"\bofficial(?:ly)?\b(?!\s+(?:statistics|data|figures|secrets|languages?)\b)",
                  _I),
    regex.compile(r"\bon behalf of\b", _I),
    regex.compile(r"\bspeak(?:s|ing)? for (?:the|my|our)\b", _I),
    regex.compile(r"\bannounc(?:e|es|ing|ements?)\b", _I),
]
_SHIELD = [
    regex.compile(r"\b(?:views?|opinions?|thoughts?|tweets?|posts?)\s+(?:(?:expressed\s+)?"
                  r"(?:here\s+)?(?:are\s+|is\s+)?)?(?:(?:all\s+)?my\s+own|mine|personal)\b", _I),
    regex.compile(r"\b(?:my\s+)?own\s+(?:views|opinions)\b", _I),
    regex.compile(r"\b(?:RTs?|retweets?|reposts?|likes?|shares?|boosts?)\s*(?:≠|!=|=/=|are\s+not|"
                  r"aren['’]?t|do\s+not\s+(?:equal|mean)|don['’]?t\s+(?:equal|mean)|not|=\s*not)"
                  r"\s*endorse(?:ment|ments|d)?\b", _I),
    regex.compile(r"\bnot\s+(?:the\s+)?views?\s+of\s+my\s+employer\b", _I),
]
# Used only where the plan says not to name an employer or a job: words that do it anyway.
_EMPLOYER = regex.compile(
    r"\b(?:civil servant|civil service|(?:work(?:s|ing)?|employed)\s+(?:at|for|in)\s+"
    r"(?:the\s+)?(?:[A-Z][\w&'-]*|HM)|(?:Department|Ministry|Office)\s+(?:for|of)\s+\p{Lu}\w*|"
    r"HM\s+\p{Lu}\w+|(?:Home|Cabinet|Foreign[\w ,&]{0,40}?|Scotland|Wales|Northern Ireland)\s+Office|"
    r"Border Force|(?:DfE|HMRC|MOD|MoD|DWP|DHSC|FCDO|MoJ|DfT|DESNZ|DSIT|DCMS|Defra|DBT|MHCLG|"
    r"HMT|HMPPS|GCHQ|MI5|MI6|SIS|NCSC|NCA|DVLA|ONS|HMCTS|UKHSA|CPS|Ofsted|FCO))\b")
_ROLE = regex.compile(r"\b(?:I['’]?m|I am|working as|work as)\s+(?:an?|the)\s+[\w-]{1,40}", _I)
_PLACE = regex.compile(r"(?:\b(?i:based|living|lives|live|located)\s+(?i:in|near)\s+|📍\s*)"
                       r"\p{Lu}[\w'’-]{0,40}(?:\s+\p{Lu}[\w'’-]{0,40})?")


def _spans(patterns: Iterable[regex.Pattern[str]], text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for pat in patterns:
        found += [(m.start(), m.end()) for m in pat.finditer(text)]
    # Overlapping matches ("DV cleared" and "DV") become one.
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _phones(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group())
        if 10 <= digits <= 15:
            out.append((m.start(), m.end()))
    return out


def _words(value: str, text: str) -> list[tuple[int, int]]:
    """Where a value the person gave (an organisation, a town) occurs as whole words."""
    value = value.strip(" .,;:").casefold()
    if not 2 <= len(value) <= 200:  # longer is no name or town a bio would repeat
        return []
    low = text.casefold()
    if len(low) != len(text):  # casefolding changed lengths ("ß"): spans would drift
        low = text.lower()
        value = value.lower()
    out, at = [], low.find(value)
    while at >= 0 and len(low) == len(text):
        end = at + len(value)
        if not (at and low[at - 1].isalnum()) and not (end < len(low) and low[end].isalnum()):
            out.append((at, end))
        at = low.find(value, at + 1)
    return out


MESSAGES = {
    "clearance": N_("mentions a security clearance (“{found}”). Never show a clearance on any "
                 "profile: people who list one are sought out by criminals and hostile states."),
    "phone": N_("gives a phone number (“{found}”). Never put a phone number in a profile."),
    "email": N_("gives an email address (“{found}”). Never put an email address in a profile."),
    "address": N_("gives an address or a precise place (“{found}”). Show a town or region at "
               "most, never where you live or work."),
    "employer": N_("names your employer (“{found}”). Your plan says your profile should not say "
                "who you work for."),
    "role": N_("gives your job (“{found}”). Your plan says your profile should not say what you "
            "do."),
    "location": N_("says where you are (“{found}”). Your plan says your profile should not say "
                "where you are."),
    "family": N_("names your employer and your town together (“{found}”). Your plan says to keep "
              "them apart: together they can lead people to your family."),
    "announcement": N_("uses announcement wording (“{found}”). A personal account is not for "
                    "announcements or statements; those come from your organisation's official "
                    "channels and press office."),
    "shield": N_("says “{found}”. A line like this does not make a post private or take it "
              "outside the Civil Service Code. It is fine to say the account is personal, but "
              "do not rely on the line."),
}


def _finding(kind: str, text: str, span: tuple[int, int]) -> Finding:
    found = text[span[0]:span[1]].strip()
    msg = _(MESSAGES[kind]).format(found=found)
    return Finding(kind, found, msg[:1].upper() + msg[1:], span[0], span[1])


def never_shown(text: str) -> list[Finding]:
    """A clearance, a phone number, an email or a street address: never in any profile."""
    out = [_finding("clearance", text, s) for s in _spans(_CLEARANCE, text)]
    out += [_finding("email", text, s) for s in _spans([_EMAIL, _EMAIL_WORDS], text)]
    emails = [(f.start, f.end) for f in out if f.kind == "email"]
    out += [_finding("phone", text, s) for s in _phones(text)
            if not any(a <= s[0] < b for a, b in emails)]
    out += [_finding("address", text, s) for s in _spans([_STREET, _POSTCODE, _WHAT3WORDS], text)
            if not any(f.start <= s[0] < f.end for f in out)]
    return sorted(out, key=lambda f: f.start)


_EDGE = " ,;:.-–—|/&+·"
_DANGLING = regex.compile(r"^(?:and|or|with|at|in|for|of)\s+|\s+(?:and|or|with|at|in|for|of)$",
                          _I)


def without(text: str, findings: Iterable[Finding]) -> str:
    """The text with the found words taken out and the gap tidied: 'Analyst (DV cleared)' ->
    'Analyst'. '' when nothing sensible is left."""
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        text = text[:f.start] + " " + text[f.end:]
    text = regex.sub(r"[(\[]\s*[)\]]", " ", text)
    text = regex.sub(r"\s+([,;:.])", r"\1", " ".join(text.split()))
    text = regex.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    for _round in range(3):
        text = _DANGLING.sub("", text.strip(_EDGE)).strip(_EDGE)
    return text if regex.search(r"\w", text) else ""


def check_bio(text: str, limit: int | None = None, platform: str = "",
              forbidden: frozenset[str] = frozenset(),
              known: Mapping[str, str] | None = None) -> list[Finding]:
    """Everything the plan's rules say about a bio, in the order it appears.

    forbidden: what the plan says the profile must not reveal ("employer", "role",
    "location", "employer+location"); known: the person's own answers (organisation,
    org_short, job_title, location), to find them in the text.
    """
    known = known or {}
    out = never_shown(text)
    taken = [(f.start, f.end) for f in out]

    def free(span: tuple[int, int]) -> bool:
        return not any(a < span[1] and span[0] < b for a, b in taken)

    employer = _spans([_EMPLOYER], text) + [s for k in ("organisation", "org_short")
                                            for s in _words(known.get(k, ""), text)]
    place = _spans([_PLACE], text) + _words(known.get("location", ""), text)
    role = _words(known.get("job_title", ""), text) + _spans([_ROLE], text)
    checks = [("employer", employer), ("role", role), ("location", place)]
    for kind, spans in checks:
        if kind in forbidden:
            for s in sorted(set(spans)):
                if free(s):
                    out.append(_finding(kind, text, s))
                    taken.append(s)
                    break  # once is enough to make the point
    if "employer+location" in forbidden and "employer" not in forbidden \
            and "location" not in forbidden and employer and place:
        e, p = min(employer), min(place)
        both = f"{text[e[0]:e[1]].strip()} … {text[p[0]:p[1]].strip()}"
        msg = _(MESSAGES["family"]).format(found=both)
        out.append(Finding("family", both, msg[:1].upper() + msg[1:], p[0], p[1]))
    for kind, patterns in (("announcement", _ANNOUNCEMENT), ("shield", _SHIELD)):
        for s in _spans(patterns, text):
            if free(s):
                out.append(_finding(kind, text, s))
    n = graphemes.count(text)
    if limit is not None and n > limit:
        over = (_("Is {n} characters long; {platform} allows {limit}. Take out {over}.")
                if platform else
                _("Is {n} characters long; the limit is {limit}. Take out {over}."))
        out.append(Finding("over_limit", "", over.format(n=n, platform=platform, limit=limit,
                                                         over=n - limit)))
    return sorted(out, key=lambda f: (f.start < 0, f.start))
