"""JSON Schema for editors, draft-7 compatible (no 2020-12 `$schema`)."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from .schemas.answers import Answers
from .schemas.incidents import Incidents
from .schemas.platform_steps import PlatformSteps
from .schemas.questionnaire import Questionnaire

DRAFT7 = "http://json-schema.org/draft-07/schema#"
KINDS: dict[str, type[BaseModel]] = {"questionnaire": Questionnaire, "answers": Answers,
                                     "platform-steps": PlatformSteps, "incidents": Incidents}


def schema(kind: str) -> dict[str, Any]:
    model = KINDS[kind]
    body = model.model_json_schema(ref_template="#/definitions/{model}", by_alias=True)
    if "$defs" in body:
        body["definitions"] = body.pop("$defs")
    return {"$schema": DRAFT7, "$id": f"profile-planner-{kind}.schema.json", **body}


def schema_text(kind: str) -> str:
    return json.dumps(schema(kind), indent=2, sort_keys=True) + "\n"
