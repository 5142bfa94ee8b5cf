"""Plain records: the content the engine and the report read, with no pydantic.

Files are checked against pydantic schemas (app/core/schemas/); what passes is turned into
records of the same shape (`to_record`). A plan made from cached content and a saved session
then never imports pydantic, which was a third of `generate`'s time and memory.

A record class lists its fields as annotations, with defaults like a dataclass. It is slotted,
compares by value and cannot be changed once made (unless declared `frozen=False`, as
the answers a session changes are); `model_copy`, `model_dump` and
`model_validate` behave as pydantic's do for what this app uses of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, ClassVar, TypeVar, dataclass_transform

R = TypeVar("R", bound="Record")
_MISSING: Any = object()


class _Factory:
    """A default made afresh for each record (a list or a dict is never shared)."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


class _Field:
    __slots__ = ("default", "key")

    def __init__(self, default: Any, key: str | None) -> None:
        self.default, self.key = default, key


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | None = None,
          key: str | None = None) -> Any:
    """A field's default (or a factory for it) and its key in files, where that is not its
    name (`not`, a Python keyword)."""
    return _Field(_Factory(default_factory) if default_factory else default, key)


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field,))
class _RecordType(type):
    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any],
                frozen: bool | None = None) -> _RecordType:
        own: list[str] = []
        defaults: dict[str, Any] = {}
        keys: dict[str, str] = {}
        for fname, annotation in ns.get("__annotations__", {}).items():
            if str(annotation).startswith("ClassVar"):
                continue
            own.append(fname)
            value = ns.pop(fname, _MISSING)
            if isinstance(value, _Field):
                if value.key:
                    keys[fname] = value.key
                value = value.default
            if value is not _MISSING:
                defaults[fname] = value
        ns["__slots__"] = tuple(own)
        if frozen is False:  # as a pydantic model that is not frozen: changeable, no hash
            ns.update(__setattr__=object.__setattr__, __delattr__=object.__delattr__,
                      __hash__=None)
        cls = super().__new__(mcs, name, bases, ns)
        parent = [b for b in bases if isinstance(b, _RecordType)]
        cls._fields = tuple(f for b in parent for f in b._fields) + tuple(own)  # type: ignore[attr-defined]
        cls._defaults = {k: v for b in parent for k, v in b._defaults.items()} | defaults  # type: ignore[attr-defined]
        cls._keys = {k: v for b in parent for k, v in b._keys.items()} | keys  # type: ignore[attr-defined]
        return cls


class Record(metaclass=_RecordType):
    """The base of every content record (see the module docstring)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]]
    _defaults: ClassVar[dict[str, Any]]
    _keys: ClassVar[dict[str, str]]

    def __init__(self, **values: Any) -> None:
        for name in self._fields:
            if name in values:
                value = values.pop(name)
            else:
                value = self._defaults.get(name, _MISSING)
                if value is _MISSING:
                    raise TypeError(f"{type(self).__name__} needs {name}")
                if isinstance(value, _Factory):
                    value = value.make()
            object.__setattr__(self, name, value)
        if values:
            raise TypeError(f"{type(self).__name__} has no field {next(iter(values))}")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only; use model_copy")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    # Pickled as a tuple of values: smaller and quicker than names with values.
    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self._fields, state, strict=True):
            object.__setattr__(self, name, value)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)

    def __hash__(self) -> int:
        return hash((type(self), *(getattr(self, n) for n in self._fields)))

    def __repr__(self) -> str:
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"

    @classmethod
    def record_fields(cls) -> tuple[str, ...]:
        return cls._fields

    @classmethod
    def model_validate(cls: type[R], data: Any) -> R:
        """data checked against this record's schema; pydantic's ValidationError if wrong."""
        found = to_record(schema_of(cls).model_validate(data))
        assert type(found) is cls
        return found

    def model_copy(self: R, update: dict[str, Any] | None = None) -> R:
        """A copy with some fields replaced, unchecked (as pydantic's)."""
        new = object.__new__(type(self))
        changes = dict(update or {})
        for name in self._fields:
            object.__setattr__(new, name, changes.pop(name) if name in changes
                               else getattr(self, name))
        if changes:
            raise TypeError(f"{type(self).__name__} has no field {next(iter(changes))}")
        return new

    def model_dump(self, mode: str = "python", exclude_none: bool = False,
                   by_alias: bool = False) -> dict[str, Any]:
        """Plain dicts and lists, as pydantic's model_dump gives them for this content."""
        del mode  # records hold JSON's own types only, so both modes give the same
        out: dict[str, Any] = {}
        for name in self._fields:
            value = getattr(self, name)
            if value is None and exclude_none:
                continue
            out[self._keys.get(name, name) if by_alias else name] = _dump(
                value, exclude_none, by_alias)
        return out


def _dump(value: Any, exclude_none: bool, by_alias: bool) -> Any:
    if isinstance(value, Record):
        return value.model_dump(exclude_none=exclude_none, by_alias=by_alias)
    if isinstance(value, list | tuple):
        return [_dump(v, exclude_none, by_alias) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v, exclude_none, by_alias) for k, v in value.items()}
    return value


_SCHEMAS = "app.core.schemas."
_RECORDS = "app.core."


def schema_of(cls: type[Record]) -> Any:
    """The pydantic model that checks files for this record class (same module name under
    app/core/schemas, same class name)."""
    module = importlib.import_module(_SCHEMAS + cls.__module__.rpartition(".")[2])
    return getattr(module, cls.__name__)


_RECORD_CLASSES: dict[type, type[Record]] = {}


def record_class(model_class: type) -> type[Record]:
    """The record class a schema's model becomes."""
    found = _RECORD_CLASSES.get(model_class)
    if found is None:
        module = importlib.import_module(_RECORDS + model_class.__module__.rpartition(".")[2])
        found = getattr(module, model_class.__name__)
        assert isinstance(found, type) and issubclass(found, Record)
        _RECORD_CLASSES[model_class] = found
    return found


def to_record(value: Any) -> Any:
    """A checked pydantic model as records, all the way down; other values as they are."""
    if hasattr(value, "__pydantic_fields__"):
        cls = record_class(type(value))
        new = object.__new__(cls)
        for name in cls._fields:
            object.__setattr__(new, name, to_record(getattr(value, name)))
        return new
    if isinstance(value, list):
        return [to_record(v) for v in value]
    if isinstance(value, dict):
        return {k: to_record(v) for k, v in value.items()}
    return value
