"""app.core.paths finds questionnaires/ and resources/ in a source checkout and a frozen bundle.

The installed-wheel layout is covered in test_wheel.py, in a fresh virtual environment.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import paths

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    paths.data_root.cache_clear()
    yield
    paths.data_root.cache_clear()


def make_data(root: Path) -> Path:
    (root / "questionnaires").mkdir(parents=True)
    (root / "questionnaires" / "default.yaml").write_text("title: frozen\n", encoding="utf-8")
    (root / "resources" / "fonts").mkdir(parents=True)
    return root


def test_source_checkout_uses_the_top_level_folders() -> None:
    assert paths.data_root() == ROOT
    assert paths.default_questionnaire() == ROOT / "questionnaires" / "default.yaml"
    assert paths.default_questionnaire().is_file()
    assert (paths.resources_dir() / "fonts").is_dir()


def test_frozen_bundle_uses_the_data_inside_it(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The spec puts the data where a wheel has it: app/_data/ inside the bundle.
    bundle = tmp_path / "_internal"
    make_data(bundle / "app" / "_data")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.data_root() == bundle / "app" / "_data"
    assert paths.default_questionnaire().read_text(encoding="utf-8") == "title: frozen\n"


def test_frozen_bundle_with_data_at_its_top_level(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = make_data(tmp_path / "_internal")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert paths.questionnaires_dir() == bundle / "questionnaires"


def test_missing_data_names_every_place_it_looked(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "_PACKAGE", tmp_path / "site-packages" / "app")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    with pytest.raises(FileNotFoundError) as caught:
        paths.data_root()
    message = str(caught.value)
    assert "questionnaires/" in message and "resources/" in message
    assert str(tmp_path / "bundle") in message
    assert str(tmp_path / "site-packages" / "app" / "_data") in message
