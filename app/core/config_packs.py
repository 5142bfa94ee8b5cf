"""Organisation packs and presets installed to apply at every start.

Two places, as platformdirs names them: the computer's configuration folder
(`/etc/xdg/profile-planner/` on Linux, ProgramData on Windows), where IT deploys a pack for
everyone, and the person's own (`~/.config/profile-planner/`). The computer's comes first,
so an organisation or security officer can roll one out that a person cannot replace.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

APP = "profile-planner"
CONFIG_ORGANISATION = "organisation.yaml"
CONFIG_PRESET = "preset.yaml"
MAX_HASHED_BYTES = 8 * 1024 * 1024  # far beyond any pack; a bigger file is not read whole


def config_organisation_path() -> Path:
    """Where a person installs an organisation pack for their own account."""
    import platformdirs

    return platformdirs.user_config_path(APP, appauthor=False) / CONFIG_ORGANISATION


def computer_folders() -> list[Path]:
    """The computer-wide configuration folders, most important first."""
    import platformdirs

    found = platformdirs.site_config_dir(APP, appauthor=False, multipath=True)
    return [Path(p) for p in found.split(os.pathsep) if p]


def user_folder() -> Path:
    import platformdirs

    return platformdirs.user_config_path(APP, appauthor=False)


def installed() -> dict[str, tuple[Path, str]]:
    """{"organisation"|"preset": (path, "computer"|"user")} for each pack installed; the
    computer's folder wins over the person's."""
    found: dict[str, tuple[Path, str]] = {}
    places = [(folder, "computer") for folder in computer_folders()]
    places.append((user_folder(), "user"))
    for folder, where in places:
        for kind, name in (("organisation", CONFIG_ORGANISATION), ("preset", CONFIG_PRESET)):
            path = folder / name
            if kind not in found and path.is_file():
                found[kind] = (path, where)
    return found


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of a file's bytes ("" if it cannot be read), to tell later whether the
    file a session used has changed."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            digest.update(fh.read(MAX_HASHED_BYTES))
    except OSError:
        return ""
    return digest.hexdigest()


def file_kind(path: str | os.PathLike[str]) -> str | None:
    """"answers", "preset" or "organisation" for a file the app opens, by its content (a
    double-clicked file arrives with no other word on what it is); None if it is none."""
    import re

    try:
        with open(path, "rb") as fh:
            head = fh.read(65536).decode("utf-8", "replace")
    except OSError:
        return None
    if Path(path).suffix.lower() == ".json":
        return "answers"
    found = re.search(r"^kind:\s*[\"']?(preset|organisation)\b", head, re.MULTILINE)
    return found.group(1) if found else None
