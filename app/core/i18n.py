"""The one translation layer: gettext catalogues for every string the app itself says.

Every module marks what a person sees with `_()` (or `ngettext`) from here, and asks
`current_language()` when it needs the language itself (the PDF's `lang`, the content's
translation). Catalogues are standard gettext, one per part of the app so
translators get files of a useful size: `resources/locale/<lang>/LC_MESSAGES/<part>.po`
(`ui`, `report`, `cli`, ...), compiled to `.mo` with Babel (see the README for translators).
All of a language's catalogues are read together, so any `_()` finds its string in any of them.

`qps` is a pseudo-language for tests: every string is accented, lengthened by about 40%
and wrapped in ⟦ ⟧, so a test can find text that never went through this layer.
"""

from __future__ import annotations

import gettext
import os
import re
from pathlib import Path

from .paths import resources_dir

__all__ = ["LANG_CHOICES", "N_", "_", "current_language", "draft_notice", "language_from",
           "language_info", "ngettext", "set_language", "system_language"]

SOURCE = "en"
PSEUDO = "qps"
# Shown in the language menu, each in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
# What --lang accepts: the app's own languages and the pseudo-language.
LANG_CHOICES = (*LANGUAGES, PSEUDO)

_current = SOURCE
_translation: gettext.NullTranslations = gettext.NullTranslations()


def locale_dir() -> Path:
    """Where the compiled catalogues live: a checkout, a wheel or a bundle alike."""
    return resources_dir() / "locale"


def known(code: str) -> bool:
    return code in LANGUAGES or code == PSEUDO


def set_language(code: str) -> None:
    """Switch every later `_()` to this language; an unknown one falls back to English."""
    global _current, _translation
    code = code if known(code) else SOURCE
    if code == PSEUDO:
        _translation = _Pseudo()
    elif code == SOURCE:
        _translation = gettext.NullTranslations()
    else:
        _translation = _catalogues(code)
    _current = code


def _catalogues(code: str) -> gettext.NullTranslations:
    """Every compiled catalogue of a language, chained; English where none has the string."""
    first: gettext.NullTranslations = gettext.NullTranslations()
    folder = locale_dir() / code / "LC_MESSAGES"
    chain = []
    for path in sorted(folder.glob("*.mo")):
        with path.open("rb") as f:
            chain.append(gettext.GNUTranslations(f))
    if not chain:
        return first
    for later in chain[1:]:
        chain[0].add_fallback(later)
    return chain[0]


def current_language() -> str:
    return _current


def language_info(code: str) -> dict[str, object]:
    """The content's questionnaires/translations/<code>/language.yaml (name, draft,
    draft_notice); empty for English, the pseudo-language or a missing or broken file."""
    if code in (SOURCE, PSEUDO) or not known(code):
        return {}  # before the imports: the wizard asks this in English before its first page
    from .paths import questionnaires_dir
    from .problems import ProblemsError
    from .yamlfile import load_yaml

    try:
        data = load_yaml(questionnaires_dir() / "translations" / code / "language.yaml").data
    except (ProblemsError, OSError):
        return {}
    return dict(data) if isinstance(data, dict) else {}


def draft_notice(code: str | None = None) -> str | None:
    """The one line that says a translation is a draft, while its `draft` flag is set;
    None for English and for a reviewed translation."""
    info = language_info(current_language() if code is None else code)
    notice = info.get("draft_notice")
    return notice if info.get("draft") is True and isinstance(notice, str) else None


def _(message: str) -> str:
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a string for extraction where it is defined; translate it with `_()` where used."""
    return message


def system_language() -> str:
    """The language the system asks for, if we have it; otherwise English.

    Reads the variables gettext itself reads, in its order (LANGUAGE may list several).
    """
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            code = re.split(r"[_.@-]", part, maxsplit=1)[0].lower()
            if known(code) and code != PSEUDO:
                return code
        if value:
            break
    return SOURCE


def language_from(argv: list[str]) -> str | None:
    """The `--lang CODE` given anywhere in a command line, read before the parser is built
    (its help is translated too); None when not given or not one we have."""
    for n, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg.partition("=")[2] if arg.startswith("--lang=") else \
            argv[n + 1] if arg == "--lang" and n + 1 < len(argv) else None
        if value in LANG_CHOICES:
            return value
    return None


# Placeholders, markup and entities keep their exact form in the pseudo-language.
_KEEP = re.compile(r"%\([^)]*\)[-#0 +]*\d*(?:\.\d+)?[sdifr]|%[sdifr%]|\{[^{}]*\}|<[^<>]*>|&#?\w+;")
_ACCENTS = str.maketrans(
    "AaCcEeIiNnOoUuYy", "ÅåÇçÉéÎîÑñÖöÛûÝý")


def pseudo(text: str) -> str:
    """The pseudo-language form of `text`: accented, about 40% longer, wrapped in ⟦ ⟧."""
    if not text.strip():
        return text
    out: list[str] = []
    pos = 0
    for m in _KEEP.finditer(text):
        out.append(text[pos:m.start()].translate(_ACCENTS))
        out.append(m.group())
        pos = m.end()
    out.append(text[pos:].translate(_ACCENTS))
    body = "".join(out)
    letters = sum(ch.isalpha() for ch in text)
    return f"{PSEUDO_OPEN}{body}{'·' * max(1, round(letters * 0.4))}{PSEUDO_CLOSE}"


class _Pseudo(gettext.NullTranslations):
    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)
