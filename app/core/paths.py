"""Where the app's data lives: a source checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def data_root() -> Path:
    """The folder holding `questionnaires/` and `resources/`."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "app" / "_data")
        candidates.append(Path(frozen))
    candidates.append(_PACKAGE / "_data")  # installed wheel
    candidates.append(_PACKAGE.parent)  # source checkout
    for root in candidates:
        if (root / "questionnaires").is_dir() and (root / "resources").is_dir():
            return root
    raise FileNotFoundError("Profile Planner's data folders (questionnaires/, resources/) are "
                            "missing from this installation: " + ", ".join(map(str, candidates)))


def questionnaires_dir() -> Path:
    return data_root() / "questionnaires"


def resources_dir() -> Path:
    return data_root() / "resources"


def accessibility_statement() -> Path:
    """docs/accessibility.md: at the top of a checkout, under _data in a wheel or bundle."""
    return data_root() / "docs" / "accessibility.md"


def default_questionnaire() -> Path:
    return questionnaires_dir() / "default.yaml"
