"""Read a YAML 1.2 file safely, keeping where each value stands for located messages."""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from .i18n import _
from .problems import Problem, ProblemsError

# ruamel is imported on first parse, not with this module: a questionnaire found in the
# cache (see cache.py) never needs it, and its import is a large part of start-up.

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64
# Aliases let a small file stand for a huge tree ("billion laughs"); every check walks
# the tree as if expanded, so the expanded size is what must stay bounded.
MAX_NODES = 1_000_000
# Values read from the text itself (keys, items, scalars), counted while parsing: ruamel
# (pure Python) takes about 0.1 ms a value. The shipped questionnaire has about 4,000; one
# of 1,000 items about 37,000. A preset is a short list of answers, so its bound is tight.
MAX_PARSED = 500_000
MAX_PARSED_PRESET = 20_000
_PRESET = re.compile(r"^kind:\s*['\"]?preset\b", re.MULTILINE)


@cache
def _ruamel() -> Any:
    """ruamel's round-trip YAML reader with a scanner that refuses deep nesting and a composer
    that refuses too many values, and the errors it raises: (YAML, TooDeep,
    MarkedYAMLError, YAMLError, TooLarge)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.composer import Composer
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.scanner import RoundTripScanner, ScannerError

    class TooDeep(ScannerError):
        pass

    class BoundedScanner(RoundTripScanner):
        """Refuses nesting past MAX_DEPTH as soon as it is seen.

        ruamel's scanner does work proportional to the flow depth for every token, so
        10,000 nested brackets would take minutes before any recursion limit is reached.
        """

        def fetch_flow_collection_start(self, *args: Any, **kwargs: Any) -> None:
            if len(self.flow_context) >= MAX_DEPTH:
                raise TooDeep(None, None, f"nested more than {MAX_DEPTH} levels deep",
                              self.reader.get_mark())
            super().fetch_flow_collection_start(*args, **kwargs)

        def add_indent(self, column: int) -> bool:
            if len(self.indents) >= MAX_DEPTH:
                raise TooDeep(None, None, f"nested more than {MAX_DEPTH} levels deep",
                              self.reader.get_mark())
            return bool(super().add_indent(column))

    class TooLarge(ScannerError):
        pass

    class BoundedComposer(Composer):
        """Refuses a file with more than MAX_PARSED values as soon as it gets there."""

        limit = MAX_PARSED

        def compose_node(self, parent: Any, index: Any) -> Any:
            self.composed = getattr(self, "composed", 0) + 1
            if self.composed > self.limit:
                raise TooLarge(None, None, "too many values", self.parser.peek_event().start_mark)
            return super().compose_node(parent, index)

    def reader() -> Any:
        yaml = YAML(typ="rt")
        yaml.Scanner = BoundedScanner
        yaml.Composer = BoundedComposer
        return yaml

    return reader, TooDeep, MarkedYAMLError, YAMLError, TooLarge


def _commented() -> tuple[Any, Any]:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    return CommentedMap, CommentedSeq


class Located:
    """Parsed YAML plus a way to turn a path of keys and indexes into a line and column."""

    def __init__(self, name: str, data: Any) -> None:
        self.name = name
        self.data = data

    def position(self, path: Sequence[Any], key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at path (or of its key, if key=True).

        Path elements that do not match the data are skipped: pydantic adds union tags
        and member names to its error paths.
        """
        CommentedMap, CommentedSeq = _commented()
        node = self.data
        line, col = _start(node, (0, 0))
        for i, part in enumerate(path):
            last = i == len(path) - 1
            if isinstance(node, CommentedMap) and part not in node:
                # pydantic names a key that is not text (a number, a list) by its str().
                part = next((k for k in node if str(k) == str(part)), part)
            if isinstance(node, CommentedMap) and part in node:
                # An empty value has no place of its own: ruamel gives the next token's.
                at_key = (key and last) or node[part] is None
                try:
                    pos = node.lc.key(part) if at_key else node.lc.value(part)
                except (KeyError, TypeError):
                    pos = (line, col)
                line, col = pos
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
                try:
                    line, col = node.lc.item(part)
                except (KeyError, TypeError):
                    pass
                node = node[part]
            line, col = _start(node, (line, col)) if not (key and last) else (line, col)
        return line + 1, col + 1

    def problem(self, path: Sequence[Any], message: str, key: bool = False) -> Problem:
        line, col = self.position(path, key=key)
        return Problem(self.name, line, col, message)


def _start(node: Any, default: tuple[int, int]) -> tuple[int, int]:
    lc = getattr(node, "lc", None)
    if lc is not None and getattr(lc, "line", None) is not None:
        return lc.line, lc.col
    return default


def _shape_problem(node: Any, depth: int = MAX_DEPTH, nodes: int = MAX_NODES) -> str | None:
    """Why the tree (with aliases expanded) is too deep or too big to check, or None."""
    stack = [(node, 0)]
    seen = 0
    while stack:
        cur, d = stack.pop()
        seen += 1
        if d > depth:
            return _("is nested more than {depth} levels deep.").format(depth=depth)
        if seen > nodes:
            return _("is too large once its aliases (*name) are expanded; repeat less through "
                     "aliases.")
        if isinstance(cur, dict):
            stack.extend((v, d + 1) for v in cur.values())
            stack.extend((k, d + 1) for k in cur if isinstance(k, tuple))
        elif isinstance(cur, (list, tuple)):
            stack.extend((v, d + 1) for v in cur)
    return None


def read_text(path: Path, max_bytes: int = MAX_BYTES) -> str:
    """The file's text as UTF-8, or ProblemsError with a plain reason."""
    return decode(read_bytes(path, max_bytes), str(path))


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or ProblemsError with a plain reason."""
    from . import safe_read

    try:
        return safe_read.read_bytes(path, max_bytes)
    except safe_read.Unreadable as exc:
        raise ProblemsError([Problem(str(path), 0, 0, f"{exc}.")]) from None


def decode(raw: bytes, name: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise ProblemsError([Problem(name, line, col, _("is not UTF-8 text (save it as UTF-8)."))]
                            ) from None


def parse_yaml(text: str, name: str) -> Located:
    """Parse YAML 1.2 text, raising ProblemsError with the place of any syntax error."""
    if "\x00" in text:
        idx = text.index("\x00")
        line = text.count("\n", 0, idx) + 1
        col = idx - (text.rfind("\n", 0, idx) + 1) + 1
        raise ProblemsError([Problem(name, line, col,
                                     _("contains a NUL byte: this looks like a binary file, "
                                       "not YAML."))])
    reader, TooDeep, MarkedYAMLError, YAMLError, TooLarge = _ruamel()
    yaml = reader()
    # Told apart before parsing, so a preset of a million entries is stopped early.
    limit = MAX_PARSED_PRESET if _PRESET.search(text, 0, 4096) else MAX_PARSED
    yaml.Composer = type("Bounded", (yaml.Composer,), {"limit": limit})
    try:
        with warnings.catch_warnings():
            # ruamel warns (on stderr, over several lines) about anchors used twice, which
            # YAML allows; nothing a person must act on, and it would garble the report.
            warnings.simplefilter("ignore")
            data = yaml.load(text)
    except TooDeep as exc:
        mark = exc.problem_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        raise ProblemsError([Problem(name, line, col, _(
            "is nested more than {depth} levels deep.").format(depth=MAX_DEPTH))]) from None
    except TooLarge as exc:
        mark = exc.problem_mark
        raise ProblemsError([Problem(name, mark.line + 1, mark.column + 1,
                                     _("has more than {limit} values, too many to check; "
                                       "split it or remove repeated entries.").format(
                                         limit=f"{limit:,}"))]) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = (exc.problem or exc.context or _("not valid YAML")).strip()
        if mark is None:
            raise ProblemsError([Problem(name, 0, 0, _("is not valid YAML: {what}.").format(
                what=what))]) from None
        raise ProblemsError([Problem(name, mark.line + 1, mark.column + 1,
                                     _("YAML syntax error: {what}.").format(what=what))]
                            ) from None
    except RecursionError:
        raise ProblemsError([Problem(name, 0, 0, _("is nested too deeply to read."))]) from None
    except (YAMLError, ValueError, TypeError) as exc:
        raise ProblemsError([Problem(name, 0, 0, _("is not valid YAML ({why}).").format(
            why=exc))]) from None
    if data is None:
        raise ProblemsError([Problem(name, 0, 0, _("is empty."))])
    if not isinstance(data, dict):
        raise ProblemsError([Problem(name, 1, 1, _("should be a mapping of keys and values at "
                                                   "the top level."))])
    shape = _shape_problem(data)
    if shape:
        raise ProblemsError([Problem(name, 0, 0, shape)])
    return Located(name, data)


def load_yaml(path: str | os.PathLike[str]) -> Located:
    return parse_yaml(read_text(Path(path)), str(path))
