"""An unfinished session kept on disk (private to the user) so a crash or a quit loses nothing.

No pydantic here until a saved session is actually read, so start-up stays quick.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.answers import Answers
    from app.core.questionnaire import Questionnaire

FILE_NAME = "unfinished-session.json"
# An answers file is at most 2 MB (app.core.answers.MAX_ANSWERS_BYTES); the session around it
# adds little. Anything bigger is not ours, and is not read into memory.
MAX_BYTES = 4 * 1024 * 1024
KIND = "profile-planner-autosave"


class AutosaveError(Exception):
    """A saved session that cannot be used; the message is a plain reason."""


class Restored:
    def __init__(self, answers: Answers, page: str, saved_at: float) -> None:
        self.answers = answers
        self.page = page
        self.saved_at = saved_at


def default_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("profile-planner", appauthor=False))


class Autosave:
    """The saved session in `folder` (default: the user data dir, found when first needed)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = Path(folder) if folder is not None else None

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = default_folder()
        return self._folder

    @property
    def path(self) -> Path:
        return self.folder / FILE_NAME

    def exists(self) -> bool:
        # A folder in its place counts: it is set aside like any unusable session.
        return self.path.exists()

    def write(self, answers_json: str, page: str) -> None:
        import json

        from app.core import atomic

        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = {"kind": KIND, "version": 1, "page": page, "saved_at": time.time(),
                "answers": json.loads(answers_json)}
        atomic.write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    def read(self, q: Questionnaire) -> Restored:
        from app.core import safe_read
        from app.core.answers import AnswersError, answers_from, check_against

        try:
            raw = safe_read.read_bytes(self.path, MAX_BYTES)
        except safe_read.Unreadable as exc:
            raise AutosaveError("it is too large to be a saved session" if exc.too_large
                                else f"it {exc}".replace("cannot be", "could not be")) from None
        try:
            data = safe_read.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise AutosaveError("the file is damaged") from None
        if not isinstance(data, dict) or data.get("kind") != KIND:
            raise AutosaveError("the file is not a saved session") from None
        page = data.get("page")
        saved_at = data.get("saved_at")
        try:
            answers = answers_from(data.get("answers"))
            check_against(answers, q)
        except AnswersError as exc:
            raise AutosaveError(f"its answers do not fit these questions ({exc})") from None
        return Restored(answers, page if isinstance(page, str) else "start",
                        saved_at if isinstance(saved_at, (int, float)) else 0.0)

    def set_aside(self) -> Path:
        """Keep an unreadable session under a new name, so nothing is lost or read again."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"unfinished-session.unreadable-{stamp}.json")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"unfinished-session.unreadable-{stamp}-{n}.json")
        os.replace(self.path, target)
        return target

    def remove(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
