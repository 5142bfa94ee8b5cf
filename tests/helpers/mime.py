"""Reading the shared-mime-info XML in packaging/ as the system would, without the system's
programs (no xdg-mime or update-mime-database needed)."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from types import ModuleType

import app

from . import ROOT

MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"
MIME_XML = ROOT / "packaging" / f"{app.APP_ID}.mime.xml"


def mime_types() -> dict[str, ET.Element]:
    """Each <mime-type> the XML defines, by its type name."""
    root = ET.parse(MIME_XML).getroot()
    return {m.get("type", ""): m for m in root.findall(f"{MIME}mime-type")}


def magic(rule: ET.Element, data: bytes) -> bool:
    """Whether a file's bytes meet a type's <magic> rules (string matches within offsets)."""
    def hit(match: ET.Element) -> bool:
        start, _, end = match.get("offset", "0").partition(":")
        value = match.get("value", "").encode()
        window = data[int(start):int(end or start) + len(value)]
        return value in window and (not list(match) or any(hit(m) for m in match))
    return any(hit(m) for m in rule.findall(f"{MIME}magic/{MIME}match"))


def document_types() -> ModuleType:
    """packaging/document_types.py (packaging/ is not a package: it would shadow PyPI's)."""
    spec = importlib.util.spec_from_file_location(
        "_pp_document_types", ROOT / "packaging" / "document_types.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
