"""Small inline content for the platform-steps, incidents and upkeep tests.

The shipped checklist items are not tagged with settings yet (the plan's items are being
rewritten), so these tests tag the small inline questionnaire's items instead.
"""

from __future__ import annotations

from app.core.answers import Answers, QuestionnaireRef
from app.core.guidance import Guidance, parse_incidents, parse_steps
from app.core.paths import questionnaires_dir
from app.core.session import Setup
from app.core.yamlfile import load_yaml
from tests.helpers.minis import load, mini

TAGGED = (("    title: Turn on 2-step verification\n",
           "    title: Turn on 2-step verification\n    settings: [two-step, visibility]\n"),)


def tagged():
    return load(*TAGGED)


def tagged_text() -> str:
    return mini(*TAGGED)


def shipped_steps():
    from app.core.guidance import steps_from

    return steps_from(load_yaml(questionnaires_dir() / "platform-steps.yaml"))


def shipped_guidance() -> Guidance:
    from app.core.guidance import load_guidance

    return load_guidance(questionnaires_dir())


def answers_for(q, platforms: list[str], **more) -> Answers:
    values = {"purpose": "work", "name": "Sam Jones", "job_title": "Policy adviser",
              "org_short": "DfEx", "topics": "transport", "platforms": platforms}
    values.update(more.pop("answers", {}))
    return Answers(questionnaire=QuestionnaireRef(id=q.id, version=q.version), answers=values,
                   **more)


def plan_for(q, platforms: list[str], guidance: Guidance | None = None, **more):
    setup = Setup(q, guidance=guidance or shipped_guidance())
    return setup.plan(answers_for(q, platforms, **more))


__all__ = ["parse_incidents", "parse_steps"]
