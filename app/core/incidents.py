"""If something goes wrong: short routed paths, and a UK footprint for higher risk levels.

The data is questionnaires/incidents.yaml. Who to tell comes in order: the organisation
pack's contacts first, then the platform, then the public services.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

from .platform_steps import valid_day
from .problems import Problem, did_you_mean
from .questionnaire import ContactKind, Questionnaire, Source
from .record import Record
from .yamlfile import Located

INCIDENTS_VERSIONS = (1,)


class Tell(Record):
    who: str
    what: str | None = None
    contact: ContactKind | None = None
    platform: bool = False
    phone: str | None = None
    url: str | None = None


class Route(Record):
    id: str
    title: str
    first_steps: list[str]
    tell: list[Tell]
    sources: list[str]


class FootprintStep(Record):
    id: str
    title: str
    detail: str
    source: str


class Footprint(Record):
    tiers: list[str]
    title: str
    intro: str | None = None
    steps: list[FootprintStep]


class Incidents(Record):
    schema_version: Literal[1]
    kind: Literal["incidents"]
    reviewed: str
    sources: list[Source]
    routes: list[Route]
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
