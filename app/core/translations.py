"""Content in more than one language: a translation overlay per language and content file.

The English files (questionnaires/default.yaml, platform-steps.yaml, incidents.yaml) stay
the source. A translation is a flat YAML mapping beside them,
`translations/<lang>/<same name>.yaml`, from a stable key to the translated text:

    questions.purpose.label: Beth yw diben y cyfrif?
    questions.purpose.options.work.label: Gwaith

The key scheme, in one place (ids, never positions, so reordering the English keeps keys):

- a list of things with an id is keyed by that id: `steps.<id>`, `items.<id>`,
  `sections.<id>`, `tiers.<id>`, `hints.<id>`, `reveal_rules.<id>`, `sources.<id>`,
  `bio.parts.<id>`, `bio.profiles.<id>`, `bio.styles.<id>.variants.<id>`,
  `bio.platforms.<id>.extras.<id>`; platform steps by `platforms.<platform>` and
  `steps.<setting>`; a profile's `left_out.<part>`;
- questions are keyed from the top, `questions.<id>` (ids are unique across steps), and
  their options `questions.<id>.options.<option id>`;
- a wording table adds its part id: `bio.styles.<id>.wording.<part>`;
- a list of plain lines or of things without an id adds its 1-based place:
  `routes.<id>.first_steps.1`, `routes.<id>.tell.2.who`;
- the last part names the field: `label`, `help`, `title`, `detail`, `how`, `text` ...
  (TEXT_FIELDS below lists every translatable field of every model).

Sources' titles and publishers are optional keys ("where translated"); every other key is
expected. `translations/<lang>/language.yaml` gives the language's `name`, whether the
translation is a `draft` and the one-line `draft_notice` shown while it is.

Loading in a language applies the overlay to the checked English model; a missing key
keeps the English, a key whose {placeholders} differ is not used. `validate` reports
both, and extra keys, with file:line (`check_overlay`). The pseudo-language `qps` needs no
file: its overlay is `pseudo()` of every translatable string.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .i18n import PSEUDO, SOURCE, pseudo
from .problems import Problem, ProblemsError
from .record import Record
from .yamlfile import Located, decode, parse_yaml, read_bytes

FOLDER = "translations"
LANGUAGE_FILE = "language.yaml"

# Every translatable field, by model class name. Ids, urls, dates and conditions never are.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "Questionnaire": ("title", "description"),
    "Source": ("title", "publisher"),
    "Step": ("title", "intro", "discussion"),
    "Question": ("label", "short_label", "help", "skip_reason", "not_sure"),
    "Option": ("label", "help"),
    "Section": ("title", "intro"),
    "Item": ("title", "detail", "how", "discussion", "why_first"),
    "Tier": ("label", "summary"),
    "RevealRule": ("reason",),
    "Hint": ("text", "button"),
    "BioPart": ("text", "label"),
    "LeftOut": ("reason",),
    "BioProfile": ("note", "fallback", "handle_reason"),
    "BioVariant": ("label",),
    "BioExtra": ("label",),
    "Platform": ("bio_label", "handle_note"),
    # platform-steps.yaml
    "Setting": ("label",),
    "PlatformEntry": ("note",),
    "PlatformStep": ("how", "not_possible", "instead"),
    # incidents.yaml
    "Route": ("title",),
    "Tell": ("who", "what"),
    "Footprint": ("title", "intro"),
    "FootprintStep": ("title", "detail"),
}
TEXT_LISTS = {"first_steps"}  # lists of plain lines
WORDING = "wording"  # part id -> text tables
OPTIONAL = {("Source", "title"), ("Source", "publisher")}
_ID_ATTRS = ("id", "platform", "setting", "part")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _own_id(model: Record) -> str | None:
    for attr in _ID_ATTRS:
        value = getattr(model, attr, None)
        if isinstance(value, str):
            return value
    return None


def _child_prefix(prefix: str, name: str, child: Record, index: int) -> str:
    if name == "questions":  # questions are keyed from the top: `questions.<id>`
        return f"questions.{child.id}."  # type: ignore[attr-defined]
    ident = _own_id(child)
    return f"{prefix}{name}.{ident if ident is not None else index + 1}."


def _walk(model: Record, prefix: str = "") -> Iterator[tuple[str, str, bool]]:
    """(key, English text, optional) for every translatable string in model."""
    kind = type(model).__name__
    own = TEXT_FIELDS.get(kind, ())
    for name in type(model).record_fields():
        value = getattr(model, name)
        if name in own and isinstance(value, str):
            yield f"{prefix}{name}", value, (kind, name) in OPTIONAL
        elif name == WORDING and isinstance(value, dict):
            for part, text in value.items():
                yield f"{prefix}{name}.{part}", text, False
        elif name in TEXT_LISTS and isinstance(value, list):
            for n, text in enumerate(value, 1):
                yield f"{prefix}{name}.{n}", text, False
        elif isinstance(value, Record):
            yield from _walk(value, f"{prefix}{name}.")
        elif isinstance(value, list):
            for n, child in enumerate(value):
                if isinstance(child, Record):
                    yield from _walk(child, _child_prefix(prefix, name, child, n))


def strings(model: Record) -> dict[str, str]:
    """Every translatable string of a checked model, by key."""
    return {key: text for key, text, _ in _walk(model)}


def required_keys(model: Record) -> list[str]:
    return [key for key, _, optional in _walk(model) if not optional]


def _apply(model: Record, overlay: dict[str, str], prefix: str = "") -> Record:
    kind = type(model).__name__
    own = TEXT_FIELDS.get(kind, ())
    update: dict[str, Any] = {}
    for name in type(model).record_fields():
        value = getattr(model, name)
        if name in own and isinstance(value, str):
            if f"{prefix}{name}" in overlay:
                update[name] = overlay[f"{prefix}{name}"]
        elif name == WORDING and isinstance(value, dict):
            new = {part: overlay.get(f"{prefix}{name}.{part}", text)
                   for part, text in value.items()}
            if new != value:
                update[name] = new
        elif name in TEXT_LISTS and isinstance(value, list):
            lines = [overlay.get(f"{prefix}{name}.{n}", text) for n, text in enumerate(value, 1)]
            if lines != value:
                update[name] = lines
        elif isinstance(value, Record):
            child = _apply(value, overlay, f"{prefix}{name}.")
            if child is not value:
                update[name] = child
        elif isinstance(value, list) and any(isinstance(c, Record) for c in value):
            items = [_apply(c, overlay, _child_prefix(prefix, name, c, n))
                     if isinstance(c, Record) else c for n, c in enumerate(value)]
            if any(a is not b for a, b in zip(items, value, strict=True)):
                update[name] = items
    return model.model_copy(update=update) if update else model


def apply(model: Any, overlay: dict[str, str]) -> Any:
    """model with the overlay's texts in place of the English; the same object if none."""
    english = strings(model)
    usable = {k: v for k, v in overlay.items()
              if k in english and placeholders(v) == placeholders(english[k])}
    return _apply(model, usable) if usable else model


def placeholders(text: str) -> set[str]:
    """The {fields} text fills in, by name: a translation may choose another form of the
    same field ({organisation} where the English has {organisation:the}), since articles
    and mutations are the translator's to write."""
    return {"{" + p[1:-1].split(":", 1)[0].split("!", 1)[0] + "}"
            for p in _PLACEHOLDER.findall(text)}


def pseudo_overlay(model: Record) -> dict[str, str]:
    return {key: pseudo(text) for key, text in strings(model).items()}


# Files ------------------------------------------------------------------------------------
def overlay_path(source: Path, lang: str) -> Path:
    """Where the translation of the content file at source into lang lives."""
    return source.parent / FOLDER / lang / source.name


def _languages(folder: Path) -> list[str]:
    """The languages with a translations folder beside the content in folder."""
    base = folder / FOLDER
    return sorted(p.name for p in base.iterdir() if p.is_dir()) if base.is_dir() else []


@dataclass
class Overlay:
    path: Path
    texts: dict[str, str] = field(default_factory=dict)
    located: Located | None = None
    problems: list[Problem] = field(default_factory=list)


def read_overlay(path: Path, raw: bytes | None = None) -> Overlay:
    """The overlay at path; its shape problems (not a mapping, a value not text) located."""
    found = Overlay(path)
    try:
        raw = read_bytes(path) if raw is None else raw
        located = parse_yaml(decode(raw, str(path)), str(path))
    except ProblemsError as exc:
        found.problems = exc.problems
        return found
    except OSError as exc:
        found.problems = [Problem(str(path), 0, 0, f"cannot be read: {exc.strerror or exc}.")]
        return found
    found.located = located
    data = located.data
    if data is None:
        return found
    if not isinstance(data, dict):
        found.problems = [Problem(str(path), 1, 1, "must be a mapping of keys to translated "
                                  "text (key: text), one a line.")]
        return found
    for key, value in data.items():
        if isinstance(value, str) and value.strip():
            found.texts[str(key)] = value
        else:
            found.problems.append(located.problem((key,), f"{key}: the translation must be "
                                                  "text and not empty."))
    return found


def check_overlay(model: Record, overlay: Overlay, english_name: str) -> list[Problem]:
    """Missing keys (at the file's top, by name), extra keys and placeholder mismatches
    (at their line) of a translation of the model read from english_name."""
    problems = list(overlay.problems)
    located, name = overlay.located, str(overlay.path)
    if located is None:
        return problems
    english = strings(model)
    for key in required_keys(model):
        if key not in overlay.texts and key not in (located.data or {}):
            problems.append(Problem(name, 1, 1, f"missing translation: {key} (from "
                                    f"{english_name}).")
                            )
    for key, text in overlay.texts.items():
        if key not in english:
            from .problems import did_you_mean

            problems.append(located.problem((key,), f"{key} is not a key of {english_name}; "
                                            "remove it or correct it." + did_you_mean(
                                                key, english), key=True))
        elif placeholders(text) != placeholders(english[key]):
            want = ", ".join(sorted(placeholders(english[key]))) or "none"
            got = ", ".join(sorted(placeholders(text))) or "none"
            problems.append(located.problem((key,), f"{key}: the placeholders must be the "
                                            f"English ones ({want}), not {got}."))
    return sorted(problems)


def check_language_file(path: Path) -> list[Problem]:
    """language.yaml: name (text), draft (true/false), draft_notice (text, needed if draft)."""
    overlay = read_overlay(path)
    if overlay.located is None or overlay.problems and not isinstance(
            overlay.located.data, dict):
        return overlay.problems
    data = overlay.located.data or {}
    problems = []
    for key in data:
        if key not in ("name", "draft", "draft_notice"):
            problems.append(overlay.located.problem((key,), f"{key} is not understood; use "
                                                    "name, draft, draft_notice.", key=True))
    if not isinstance(data.get("name"), str):
        problems.append(Problem(str(path), 1, 1, "name: the language's own name is missing."))
    if "draft" in data and not isinstance(data["draft"], bool):
        problems.append(overlay.located.problem(("draft",), "draft must be true or false."))
    if data.get("draft") is True and not isinstance(data.get("draft_notice"), str):
        problems.append(Problem(str(path), 1, 1, "draft_notice: a draft needs its one-line "
                                "notice."))
    return problems


def check_translations(model: Record, source: Path, languages: bool = False
                       ) -> list[Problem]:
    """Every language's translation of the content file at source, checked (with each
    language's language.yaml too, if languages)."""
    problems: list[Problem] = []
    for lang in _languages(source.parent):
        if languages:
            about = source.parent / FOLDER / lang / LANGUAGE_FILE
            problems += check_language_file(about) if about.is_file() else [Problem(
                str(about), 0, 0, f"missing: language {lang} needs its name and draft flag.")]
        path = overlay_path(source, lang)
        if not path.is_file():
            problems.append(Problem(str(path), 0, 0, f"missing: language {lang} has no "
                                    f"translation of {source.name}."))
            continue
        problems += check_overlay(model, read_overlay(path), source.name)
    return problems


def check_file(path: Path) -> list[Problem]:
    """A file in translations/<lang>/ given to `validate` by itself: checked against the
    English file of the same name two folders up."""
    if path.name == LANGUAGE_FILE:
        return check_language_file(path)
    english = path.parent.parent.parent / path.name
    if not english.is_file():
        return [Problem(str(path), 0, 0, f"there is no English {path.name} to translate "
                        f"beside {path.parent.parent}.")]
    model = _english_model(english)
    if model is None:
        return [Problem(str(path), 0, 0, f"cannot be checked: {english} has problems.")]
    return check_overlay(model, read_overlay(path), english.name)


def _english_model(english: Path) -> Record | None:
    from . import guidance, loader
    from .yamlfile import load_yaml

    try:
        located = load_yaml(english)
        if located.data.get("kind") in guidance.KINDS:
            return guidance.check_located(located, None)
        return loader.load_questionnaire(english, lang=SOURCE)
    except ProblemsError:
        return None


def overlay_for(model: Record, source: Path, lang: str) -> dict[str, str]:
    """The overlay to apply for lang: none for English, pseudo() for qps, else the file's
    (empty, so English, if it is missing or cannot be read)."""
    if lang == SOURCE:
        return {}
    if lang == PSEUDO:
        return pseudo_overlay(model)
    path = overlay_path(source, lang)
    return read_overlay(path).texts if path.is_file() else {}


def translated(model: Any, source: Path, lang: str) -> Any:
    """The checked model in lang: the overlay applied where its keys are right."""
    overlay = overlay_for(model, source, lang)
    return apply(model, overlay) if overlay else model


def overlay_bytes(source: Path, lang: str) -> bytes:
    """What a cache key needs of the translation: its bytes (empty if there is none)."""
    if lang in (SOURCE, PSEUDO):
        return lang.encode()
    try:
        return lang.encode() + b"\0" + read_bytes(overlay_path(source, lang))
    except (OSError, ProblemsError, ValueError):
        return lang.encode() + b"\0missing"
