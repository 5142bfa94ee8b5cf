"""The plain records the engine reads hold exactly what the checked files said.

Files are checked by pydantic schemas (app/core/schemas/) and turned into records
(app/core/record.py). A record that dropped a field, had another default or saved itself
differently would change plans and saved sessions without any schema test noticing.
"""

from __future__ import annotations

import importlib
import inspect
import pickle
from pathlib import Path

import pytest
from pydantic import BaseModel

from app.core.organisation import load_organisation
from app.core.paths import questionnaires_dir
from app.core.preset import load_preset
from app.core.questionnaire import Option, Questionnaire
from app.core.record import Record, record_class, schema_of, to_record
from app.core.yamlfile import load_yaml

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("answers", "changes", "conditions", "incidents", "organisation", "platform_steps",
           "preset", "questionnaire")


def _schemas() -> list[type[BaseModel]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(f"app.core.schemas.{name}")
        found += [c for _, c in inspect.getmembers(module, inspect.isclass)
                  if issubclass(c, BaseModel) and c.__module__ == module.__name__
                  and not c.__name__.startswith("_") and c.__name__ != "Strict"]
    return found


@pytest.mark.parametrize("schema", _schemas(), ids=lambda c: f"{c.__module__}.{c.__name__}")
def test_each_schema_has_a_record_with_its_fields_defaults_and_keys(schema):
    record = record_class(schema)
    assert schema_of(record) is schema
    assert record.record_fields() == tuple(schema.model_fields)
    for name, info in schema.model_fields.items():
        if info.is_required():
            assert name not in record._defaults, name
        elif info.default_factory is not None:
            assert record._defaults[name].make() == to_record(info.default_factory()), name
        else:
            assert record._defaults[name] == info.default, name
        assert record._keys.get(name) == info.alias, name


def _shipped() -> list[tuple[type[Record], dict]]:
    """Every shipped content file's data, with the record class it becomes."""
    from app.core.incidents import Incidents
    from app.core.platform_steps import PlatformSteps

    base = questionnaires_dir()
    return [(Questionnaire, load_yaml(base / "default.yaml").data),
            (PlatformSteps, load_yaml(base / "platform-steps.yaml").data),
            (Incidents, load_yaml(base / "incidents.yaml").data)]


@pytest.mark.parametrize(("kind", "data"), _shipped(), ids=["questionnaire", "steps", "incidents"])
def test_records_dump_as_the_checked_models_do(kind, data):
    model = schema_of(kind).model_validate(data)
    record = to_record(model)
    assert type(record) is kind
    for options in ({}, {"mode": "json", "exclude_none": True, "by_alias": True}):
        assert record.model_dump(**options) == model.model_dump(**options)
    assert kind.model_validate(data) == record
    # The cache keeps them pickled; they read back equal, and as records.
    assert pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)) == record


def test_a_preset_and_a_pack_save_into_a_session_as_their_models_would(questionnaire):
    """A saved session records the preset and the pack as data (model_dump); reopened where
    the files are gone, that data is all there is."""
    preset = load_preset(ROOT / "examples" / "presets" / "high-risk.yaml", questionnaire)
    pack = load_organisation(ROOT / "examples" / "organisations" / "department-for-example"
                             / "organisation.yaml", questionnaire).org
    for record in (preset, pack):
        model = schema_of(type(record)).model_validate(
            record.model_dump(mode="json", exclude_none=True, by_alias=True))
        assert to_record(model) == record
        assert record.model_dump(mode="json", exclude_none=True, by_alias=True) == \
            model.model_dump(mode="json", exclude_none=True, by_alias=True)


def test_records_are_values():
    a, b = Option(id="a", label="A"), Option(id="a", label="A")
    assert a == b and hash(a) == hash(b) and a != Option(id="a", label="B")
    assert a.model_copy(update={"help": "Why"}).help == "Why" and a.help is None
    with pytest.raises(TypeError):
        Option(id="a")  # a required field left out
    with pytest.raises(TypeError):
        Option(id="a", label="A", colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        a.model_copy(update={"colour": "red"})


def test_lists_given_by_default_are_never_shared():
    from app.core.questionnaire import Question

    first, second = (Question(id="q", type="text", label="Q") for _ in range(2))
    assert first.options == [] and first.options is not second.options
