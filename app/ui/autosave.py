"""An unfinished session kept on disk (private to the user) so a crash or a quit loses nothing.

One file per window: each window claims a file of its own with a lock (QLockFile, which
frees itself when the process ends), so two windows never write over each other, and a
session in use in another window is never offered or deleted here. A new session always
writes to a file that does not exist yet, so an unfinished one waits until the person
resumes or discards it.

No pydantic here until a saved session is actually read, so start-up stays quick.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core.i18n import _

if TYPE_CHECKING:
    from app.core.answers import Answers
    from app.core.questionnaire import Questionnaire

FILE_NAME = "unfinished-session.json"
PATTERN = "unfinished-session*.json"
# An answers file is at most 2 MB (app.core.answers.MAX_ANSWERS_BYTES); the session around it
# adds little. Anything bigger is not ours, and is not read into memory.
MAX_BYTES = 4 * 1024 * 1024
KIND = "profile-planner-autosave"


class AutosaveError(Exception):
    """A saved session that cannot be used; the message is a plain reason."""


class Restored:
    def __init__(self, answers: Answers, page: str, saved_at: float, path: Path,
                 answers_path: str = "", modified: bool = True) -> None:
        self.answers = answers
        self.page = page
        self.saved_at = saved_at
        self.path = path  # the unfinished-session file it came from
        self.answers_path = answers_path  # the answers file it was opened from, if any
        self.modified = modified


def default_folder() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("profile-planner", appauthor=False))


class Autosave:
    """The saved session in `folder` (default: the user data dir, found when first needed)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = Path(folder) if folder is not None else None
        self._path: Path | None = None  # this window's file, once claimed
        self._lock: Any = None

    @property
    def folder(self) -> Path:
        if self._folder is None:
            self._folder = default_folder()
        return self._folder

    @property
    def path(self) -> Path:
        """This window's file: claimed when first needed, one no other window holds and
        that holds no unfinished session yet."""
        if self._path is None or self._lock is None:
            for n in range(1, 1000):
                path = self.folder / (FILE_NAME if n == 1 else f"unfinished-session-{n}.json")
                if not path.exists() and self._take(path):
                    break
            else:
                raise OSError(_("too many unfinished sessions are kept"))
        assert self._path is not None
        return self._path

    def _take(self, path: Path) -> bool:
        from PySide6.QtCore import QLockFile

        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)  # stale only when its process has gone
        if not lock.tryLock(0):
            return False
        self.release()
        self._path, self._lock = path, lock
        return True

    def adopt(self, path: Path) -> bool:
        """Carry on writing to a session file this window resumed; False if another window
        took it meanwhile."""
        old = self._path
        if path == old:
            return True
        if not self._take(path):
            return False
        if old is not None:
            with contextlib.suppress(OSError):
                old.unlink()
        return True

    def release(self) -> None:
        """Let another window (or the next start) have this window's file."""
        if self._lock is not None:
            self._lock.unlock()
        self._lock = None  # the path stays known (exists()), but is claimed afresh if needed

    def in_use(self, path: Path) -> bool:
        """Whether another window (or app) holds this session file."""
        from PySide6.QtCore import QLockFile

        if path == self._path and self._lock is not None:
            return True
        lock = QLockFile(str(path) + ".lock")
        lock.setStaleLockTime(0)
        if lock.tryLock(0):
            lock.unlock()
            return False
        return True

    def offers(self) -> list[Path]:
        """Unfinished sessions no window is using, newest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.glob(PATTERN)
                 if ".unreadable-" not in p.name and not self.in_use(p)]

        def when(p: Path) -> float:
            with contextlib.suppress(OSError):
                return p.stat().st_mtime
            return 0.0

        return sorted(found, key=when, reverse=True)

    def exists(self) -> bool:
        # A folder in its place counts: it is set aside like any unusable session.
        return self._path is not None and self._path.exists()

    def write(self, answers_json: str, page: str, answers_path: str = "",
              modified: bool = True) -> None:
        import json

        from app.core import atomic

        path = self.path
        data = {"kind": KIND, "version": 1, "page": page, "saved_at": time.time(),
                "answers_path": answers_path, "modified": modified,
                "answers": json.loads(answers_json)}
        atomic.write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")

    def read(self, q: Questionnaire, path: Path | None = None) -> Restored:
        from app.core import safe_read
        from app.core.answers import AnswersError, answers_from, check_against

        path = path or self.path
        try:
            raw = safe_read.read_bytes(path, MAX_BYTES)
        except safe_read.Unreadable as exc:
            raise AutosaveError(_("it is too large to be a saved session") if exc.too_large
                                else _("it {why}").format(why=exc).replace(
                                    _("cannot be"), _("could not be"))) from None
        try:
            data = safe_read.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise AutosaveError(_("the file is damaged")) from None
        if not isinstance(data, dict) or data.get("kind") != KIND:
            raise AutosaveError(_("the file is not a saved session")) from None
        page = data.get("page")
        saved_at = data.get("saved_at")
        try:
            answers = answers_from(data.get("answers"))
            check_against(answers, q)
        except AnswersError as exc:
            raise AutosaveError(_("its answers do not fit these questions ({why})").format(
                why=exc)) from None
        opened = data.get("answers_path")
        return Restored(answers, page if isinstance(page, str) else "start",
                        saved_at if isinstance(saved_at, (int, float)) else 0.0, path,
                        opened if isinstance(opened, str) else "",
                        data.get("modified") is not False)

    def set_aside(self, path: Path | None = None) -> Path:
        """Keep an unreadable session under a new name, so nothing is lost or read again."""
        path = path or self.path
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"unfinished-session.unreadable-{stamp}.json")
        n = 1
        while target.exists():
            n += 1
            target = path.with_name(f"unfinished-session.unreadable-{stamp}-{n}.json")
        os.replace(path, target)
        return target

    def remove(self, path: Path | None = None) -> None:
        """Delete this window's session file (or the given one, which no window uses)."""
        target = path or self._path
        if target is not None:
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
