"""Fixtures for driving the wizard like a person (see tests/helpers/wizard_fixtures.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtWidgets")

from tests.helpers.wizard_fixtures import dialogs, make_window, private_dirs  # noqa: F401
