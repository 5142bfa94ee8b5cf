"""Plain helpers for the tests: data, builders and readers that several test modules share.

Fixtures live in conftest.py files; everything a test module imports lives here, so no test
module imports another (import-linter checks it: see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
