"""Organisation packs: an organisation's names, contacts, links, logo and extra items."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .i18n import _
from .preset import Contact
from .problems import Problem, ProblemsError, did_you_mean
from .questionnaire import ContactKind, Item, Questionnaire, Section, Source
from .record import Record, field

if TYPE_CHECKING:  # checking a pack's file needs these; a plan made from a session does not
    from .yamlfile import Located

ORG_VERSIONS = (1,)
CONTACT_WORDS: dict[str, str] = {
    "press_office": "press office", "security": "security team", "digital": "digital team",
    "line_management": "HR team", "it_support": "IT support",
}


class PolicyLink(Record):
    title: str
    url: str


class OrgContent(Record):
    """Extra or overriding content, in the questionnaire's own format.

    An item or source with an existing id replaces it; a new id is added.
    """
    sources: list[Source] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


class Organisation(Record):
    schema_version: Literal[1]
    kind: Literal["organisation"]
    name: str
    short_name: str
    logo: str | None = None
    contacts: dict[ContactKind, Contact] = field(default_factory=dict)
    policy_links: list[PolicyLink] = field(default_factory=list)
    handling_note: str | None = None
    content: OrgContent = field(default_factory=OrgContent)
    reviewed: str | None = None
    stale_after_months: int | None = None
    review_every_months: int | None = None


class LoadedOrganisation:
    """A checked organisation pack with its merged questionnaire and logo bytes."""

    def __init__(self, org: Organisation, questionnaire: Questionnaire, logo: bytes | None,
                 logo_kind: str | None, notes: list[str]) -> None:
        self.org = org
        self.questionnaire = questionnaire
        self.logo = logo
        self.logo_kind = logo_kind  # "png" or "svg"
        self.notes = notes  # plain messages about what could not be used (a bad logo)

    def contact_line(self, kind: str) -> str | None:
        contact = self.org.contacts.get(kind)  # type: ignore[call-overload]
        if contact is None:
            return None
        return f"{self.org.short_name} {CONTACT_WORDS.get(kind, kind)}: {contact.one_line()}"


def _replace(existing: list[Any], extra: list[Any]) -> list[Any]:
    """Existing entries in order, each replaced by an extra one with its id; new ones last."""
    by_id = {e.id: e for e in extra}
    old = {x.id for x in existing}
    return [by_id.get(x.id, x) for x in existing] + [e for e in extra if e.id not in old]


def merge(q: Questionnaire, content: OrgContent) -> Questionnaire:
    return q.model_copy(update={
        "sources": _replace(q.sources, content.sources),
        "sections": _replace(q.sections, content.sections),
        "items": _replace(q.items, content.items),
    })


def _check(org: Organisation, q: Questionnaire, merged: Questionnaire,
           located: Located) -> list[Problem]:
    from .crossref import Checker
    from .reachability import Reachability

    checker = Checker(merged, located)
    sections = [s.id for s in merged.sections]
    sources = [s.id for s in merged.sources]
    for i, item in enumerate(org.content.items):
        path = ("content", "items", i)
        if item.section not in sections:
            checker.add(path + ("section",), _('unknown section "{id}".').format(id=item.section)
                        + did_you_mean(item.section, sections))
        for k, c in enumerate(item.sources):
            if c.source not in sources:
                checker.add(path + ("sources", k, "source"), _('unknown source "{id}".').format(
                    id=c.source) + did_you_mean(c.source, sources))
        if item.when is not None:
            checker._check_condition(path + ("when",), item.when)
    if not checker.problems:
        reach = Reachability(merged)
        for i, item in enumerate(org.content.items):
            if item.when is not None and not reach.satisfiable(item.when):
                checker.add(("content", "items", i, "when"), _(
                    'item "{id}" can never appear: no set of answers meets its condition.').format(
                    id=item.id))
            if checker.too_complex(reach, ("content", "items", i, "when")):
                break
        if not reach.too_complex:
            checker.check_reveals(reach, [(("content", "items", i), item)
                                          for i, item in enumerate(org.content.items)])
    return checker.problems


def from_located(located: Located, q: Questionnaire, base: Path | None) -> LoadedOrganisation:
    from .logo_file import read_logo
    from .validation import validate_model

    org = validate_model(located, Organisation, ORG_VERSIONS)
    merged = merge(q, org.content)
    problems = _check(org, q, merged, located)
    if problems:
        raise ProblemsError(sorted(problems))
    logo = kind = None
    notes: list[str] = []
    if org.logo:
        try:
            logo, kind = read_logo(base or Path.cwd(), org.logo)
        except ValueError as exc:
            notes.append(_("{problem}; the plan is made without it.").format(problem=exc))
    return LoadedOrganisation(org, merged, logo, kind, notes)


def load_organisation(path: str | os.PathLike[str], q: Questionnaire) -> LoadedOrganisation:
    from .yamlfile import load_yaml

    return from_located(load_yaml(path), q, Path(path).resolve().parent)


def parse_organisation(text: str, q: Questionnaire, base: Path | None = None,
                       name: str = "<organisation>") -> LoadedOrganisation:
    from .yamlfile import parse_yaml

    return from_located(parse_yaml(text, name), q, base)


def recorded_organisation(data: dict[str, Any], q: Questionnaire) -> LoadedOrganisation:
    """A pack rebuilt from what a saved session recorded, for when its file cannot be found.
    Its logo (a file of its own) is not drawn, and any item whose section or source the
    questionnaire no longer has is left out. ValueError (pydantic's) if the record is
    damaged."""
    org = Organisation.model_validate(data)
    sections = {s.id for s in q.sections} | {s.id for s in org.content.sections}
    sources = {s.id for s in q.sources} | {s.id for s in org.content.sources}
    items = [it for it in org.content.items
             if it.section in sections and all(c.source in sources for c in it.sources)]
    content = org.content.model_copy(update={"items": items})
    org = org.model_copy(update={"content": content})
    return LoadedOrganisation(org, merge(q, content), None, None, [])
