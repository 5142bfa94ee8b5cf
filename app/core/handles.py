"""Handle suggestions that obey each platform's rules."""

from __future__ import annotations

import re

from anyascii import anyascii

from .questionnaire import HandleRules


def words(text: str) -> list[str]:
    """ASCII words from any script: 'Siân Łódź' -> ['Sian', 'Lodz']."""
    return re.findall(r"[A-Za-z0-9]+", anyascii(text or ""))


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


def _fit(parts: list[str], rules: HandleRules, sep: str, keep_last: bool) -> str:
    """Join parts; if too long, shorten leading names to initials, then trim the longest
    name. The organisation's short name (last, when keep_last) is never trimmed."""
    parts = [p for p in parts if p]
    joined = sep.join(parts)
    if len(joined) <= rules.max:
        return joined
    fixed = parts[-1:] if keep_last else []
    names = parts[:-1] if keep_last else parts[:]
    names = [n[0] for n in names[:-1]] + names[-1:]
    while names and len(sep.join(names + fixed)) > rules.max:
        longest = max(range(len(names)), key=lambda i: len(names[i]))
        if len(names[longest]) <= 1:
            return ""
        over = len(sep.join(names + fixed)) - rules.max
        names[longest] = names[longest][: max(1, len(names[longest]) - over)]
    return sep.join(names + fixed)


def suggest(name: str, org_short: str, rules: HandleRules, use_org: bool, most: int = 3) -> list[str]:
    """Up to `most` distinct handles built from the name (and the organisation's short name)."""
    tokens = [t for t in ("".join(_tidy(w) for w in words(tok)) for tok in (name or "").split()) if t]
    if not tokens:
        return []
    org = "".join(words(org_short)) if use_org else ""
    # Where the employer must not be named, a shortened name can still spell it by chance.
    avoid = "" if use_org else "".join(words(org_short)).lower()
    if len(avoid) < 2 or avoid in "".join(tokens).lower():
        avoid = ""
    first, last = tokens[0], tokens[-1]
    seps = [""] + [c for c in rules.allowed if c in "_.-"][:1]
    shapes: list[list[str]] = []
    if org:
        shapes += [[first, last, org], [first[0], last, org], [first, last[0], org]]
    shapes += [[first, last], [first[0], last], [first, last[0]], [last, first]]
    if len(tokens) == 1:
        shapes = [[first, org]] if org else []
        shapes += [[first]]
    out: list[str] = []
    for shape in shapes:
        for sep in seps:
            core = _fit(shape, rules, sep, keep_last=bool(org) and shape[-1] == org)
            if rules.lowercase:
                core = core.lower()
            handle = core + rules.suffix
            if avoid and avoid in core.lower():
                continue
            if handle.lower() not in (h.lower() for h in out) and is_valid(handle, rules):
                out.append(handle)
            if len(out) >= most:
                return out
    return out
