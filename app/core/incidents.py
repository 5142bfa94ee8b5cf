"""If something goes wrong: short routed paths, and a UK footprint for higher risk levels.

The data is questionnaires/incidents.yaml. Who to tell comes in order: the organisation
pack's contacts first, then the platform, then the public services.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from .platform_steps import Day, Url, valid_day
from .problems import Problem, did_you_mean
from .questionnaire import ContactKind, Id, Questionnaire, Source, Text
from .yamlfile import Located

INCIDENTS_VERSIONS = (1,)
Short = Annotated[str, StringConstraints(min_length=1, max_length=300)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, defer_build=True)


class Tell(_Strict):
    who: Short = Field(description="Who to tell; said when the organisation pack names no one.")
    what: Text | None = None
    contact: ContactKind | None = Field(
        default=None, description="The organisation pack's contact to name instead of 'who'.")
    platform: bool = Field(default=False, description="One line per chosen platform, with "
                           "its help centre.")
    phone: Short | None = None
    url: Url | None = None


class Route(_Strict):
    id: Id
    title: Text
    first_steps: list[Text] = Field(min_length=1)
    tell: list[Tell] = Field(min_length=1)
    sources: list[Id] = Field(min_length=1)


class FootprintStep(_Strict):
    id: Id
    title: Text
    detail: Text
    source: Id


class Footprint(_Strict):
    tiers: list[Id] = Field(min_length=1, description="Shown only at these risk levels.")
    title: Text
    intro: Text | None = None
    steps: list[FootprintStep] = Field(min_length=1)


class Incidents(_Strict):
    schema_version: Literal[1]
    kind: Literal["incidents"]
    reviewed: Day
    sources: list[Source] = Field(min_length=1)
    routes: list[Route] = Field(min_length=1)
    footprint: Footprint | None = None

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


def check(inc: Incidents, located: Located) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: tuple[Any, ...], message: str) -> None:
        problems.append(located.problem(path, message))

    if valid_day(inc.reviewed) is None:
        add(("reviewed",), f'"{inc.reviewed}" is not a real date (use YYYY-MM-DD).')
    sources = [s.id for s in inc.sources]
    for what, ids, key in (("source", sources, "sources"),
                           ("route", [r.id for r in inc.routes], "routes")):
        counts = Counter(ids)
        for i, n in enumerate(ids):
            if counts[n] > 1 and ids.index(n) != i:
                add((key, i, "id"), f'duplicate {what} id "{n}".')
    used: set[str] = set()
    for i, r in enumerate(inc.routes):
        for k, sid in enumerate(r.sources):
            used.add(sid)
            if sid not in sources:
                add(("routes", i, "sources", k), f'unknown source "{sid}".'
                    + did_you_mean(sid, sources))
        contacts_done = False
        for k, t in enumerate(r.tell):
            # The organisation's own people come before any public service.
            if t.contact is None:
                contacts_done = True
            elif contacts_done:
                add(("routes", i, "tell", k, "contact"), "put the organisation's contacts "
                    "first, before the platform and public services.")
    if inc.footprint is not None:
        for i, fs in enumerate(inc.footprint.steps):
            used.add(fs.source)
            if fs.source not in sources:
                add(("footprint", "steps", i, "source"), f'unknown source "{fs.source}".'
                    + did_you_mean(fs.source, sources))
    for i, s in enumerate(inc.sources):
        if s.id not in used:
            add(("sources", i, "id"), f'source "{s.id}" is never cited; cite it or remove it.')
    return sorted(set(problems))


def check_tiers(inc: Incidents, q: Questionnaire, located: Located | None,
                name: str = "incidents") -> list[Problem]:
    """The footprint's risk levels must be the questionnaire's."""
    if inc.footprint is None:
        return []
    tiers = [t.id for t in q.tiers]
    out = []
    for k, tid in enumerate(inc.footprint.tiers):
        if tid not in tiers:
            message = f'unknown risk level "{tid}".' + did_you_mean(tid, tiers)
            out.append(located.problem(("footprint", "tiers", k), message) if located
                       else Problem(name, 0, 0, message))
    return out
