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

from .paths import questionnaires_dir, resources_dir

__all__ = ["LANG_CHOICES", "N_", "_", "current_language", "draft_notice", "language_from",
           "ngettext", "set_language", "system_language"]

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


def draft_notice(lang: str) -> str | None:
    """The one line saying a translation is a draft, or None when it has been reviewed.

    The content's language file says so (`questionnaires/translations/<lang>/language.yaml`,
    `draft: true` and `draft_notice: ...`), so the translator who reviews the content clears
    the flag in one place for the app and the PDF alike. A file that cannot be read counts
    as no notice: the content's own check (`validate`) reports it, with its line.
    """
    if lang in (SOURCE, PSEUDO) or not known(lang):
        return None
    from .problems import ProblemsError
    from .yamlfile import load_yaml

    path = questionnaires_dir() / "translations" / lang / "language.yaml"
    if not path.is_file():
        return None
    try:
        data = load_yaml(path).data
    except (OSError, ValueError, ProblemsError):
        return None
    if not isinstance(data, dict) or data.get("draft") is not True:
        return None
    notice = data.get("draft_notice")
    return " ".join(str(notice).split()) if isinstance(notice, str) and notice.strip() else \
        _("Draft translation: a qualified translator has not yet reviewed it.")


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
