"""A small questionnaire for preset and organisation tests, independent of the shipped content."""

from __future__ import annotations

import pytest

from app.core.loader import parse_questionnaire
from tests.helpers.roles import SMALL


@pytest.fixture
def small():
    return parse_questionnaire(SMALL, "small.yaml")


@pytest.fixture(autouse=True)
def own_config(tmp_path, monkeypatch):
    """A private configuration folder: no organisation pack is found unless a test puts one."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder / "profile-planner"
