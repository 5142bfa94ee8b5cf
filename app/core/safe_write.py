"""The one way the app writes a file: complete or not at all, private, and only over a file.

A file appears whole or not at all: the bytes go to a hidden temporary file beside the
target, which then replaces it. `os.replace` run as root replaces a device too, so
/dev/null would become a file holding a PDF: anything that exists and is not a regular
file is refused, and so are the system's device folders. The temporary file is removed
on every way out (an error, Ctrl+C, SIGTERM or SIGHUP); a SIGKILL cannot be caught, so
the app's own stale temporary files are swept from a folder before it is next written to,
and from its own folders at start-up. A set of outputs (PDF, HTML, bios) is checked as a
whole (no output over an input or over another output) and written under one lock, so two
runs writing the same files never leave one run's PDF beside the other's HTML.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import stat
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from .i18n import _
from .safe_read import _kind

TAG = ".pp-"  # in every temporary file's name: ".plan.pdf.pp-1a2b3c4d.tmp"
SUFFIX = ".tmp"
STALE_AFTER = 5 * 60  # seconds; a write takes well under a second
_SYSTEM = ("/dev", "/proc", "/sys")
_swept: set[str] = set()


class WriteRefused(OSError):
    """An output the app will not write; str() is a plain reason without the path."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.strerror = reason


class _Stop(BaseException):
    """A termination signal arrived during a write."""


def temp_name(target: Path) -> Path:
    return target.with_name(f".{target.name}{TAG}{secrets.token_hex(4)}{SUFFIX}")


def is_temp_name(name: str) -> bool:
    return name.startswith(".") and name.endswith(SUFFIX) and TAG in name


def sweep(folder: str | os.PathLike[str], older_than: float = STALE_AFTER) -> int:
    """Remove this app's temporary files older than older_than seconds from folder, once
    per folder per run; returns how many. Only files of its own naming and owner."""
    key = os.path.abspath(folder)
    if key in _swept:
        return 0
    _swept.add(key)
    removed = 0
    now = time.time()
    uid = os.getuid() if hasattr(os, "getuid") else None
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        if not is_temp_name(entry.name):
            continue
        try:
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(st.st_mode) or (uid is not None and st.st_uid != uid):
                continue
            if now - st.st_mtime > older_than:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def sweep_all(folders: Iterable[str | os.PathLike[str]]) -> int:
    return sum(sweep(f) for f in folders)


def _links(path: str | os.PathLike[str]) -> list[str]:
    """The path and each place its chain of symbolic links passes through (/dev/stdout ->
    /proc/self/fd/1 -> wherever output goes)."""
    hops = [os.path.abspath(path)]
    for _hop in range(40):
        if not os.path.islink(hops[-1]):
            break
        try:
            nxt = os.readlink(hops[-1])
        except OSError:
            break
        hops.append(os.path.abspath(os.path.join(os.path.dirname(hops[-1]), nxt)))
    return hops


def check_target(path: str | os.PathLike[str]) -> Path:
    """The path to write (a symbolic link's target), or WriteRefused: only a regular file
    or a new path in an ordinary folder may be written."""
    real = Path(os.path.realpath(path))
    if os.name == "posix" and any(p == s or p.startswith(s + "/")
                                  for p in [*_links(path), str(real)] for s in _SYSTEM):
        raise WriteRefused(_("is a system device path, not a file"))
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    except OSError as exc:
        raise WriteRefused((exc.strerror or str(exc)).lower()) from None
    kind = _kind(mode)
    if kind:
        raise WriteRefused(kind)
    return real


def _same(a: Path, b: Path) -> bool:
    if a == b:
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def check_set(outputs: Sequence[str | os.PathLike[str]],
              inputs: Iterable[str | os.PathLike[str] | None] = ()) -> list[Path]:
    """The paths to write for outputs that go together, or WriteRefused naming the output:
    each must be writable (see check_target), none an input, no two the same."""
    reals: list[Path] = []
    ins = [Path(os.path.realpath(i)) for i in inputs if i is not None]
    for out in outputs:
        try:
            real = check_target(out)
        except WriteRefused as exc:
            raise WriteRefused(_("{path}: it {why}").format(path=os.fspath(out), why=exc)) from None
        for i in ins:
            if _same(real, i):
                raise WriteRefused(_("{path}: it is one of the files being read; choose another "
                                     "name so it is not overwritten").format(path=os.fspath(out)))
        for prev, r in zip(outputs, reals, strict=False):
            if _same(real, r):
                raise WriteRefused(_("{path}: it is named twice (also for {other}); give each "
                                     "output its own name").format(path=os.fspath(out),
                                                                   other=os.fspath(prev)))
        reals.append(real)
    return reals


@contextlib.contextmanager
def _signals_stop() -> Iterator[list[int]]:
    """SIGTERM and SIGHUP, where they would end the process, raise inside the block (so the
    temporary file is removed) and then end it as they would have. Only the main thread can
    set handlers; elsewhere this does nothing and the start-up sweep is the safety net."""
    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield caught
        return
    kinds = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    old = {}

    def stop(signum: int, _frame: object) -> None:
        caught.append(signum)
        raise _Stop

    for k in kinds:
        # A handler the app set, or an ignored signal, is left alone.
        with contextlib.suppress(ValueError, OSError):
            if signal.getsignal(k) is signal.SIG_DFL:
                old[k] = signal.signal(k, stop)
    try:
        yield caught
    finally:
        for k, handler in old.items():
            signal.signal(k, handler)
        for k in caught:
            signal.raise_signal(k)  # the default: ends the process, as it would have


@contextlib.contextmanager
def _folder_lock(folders: Iterable[Path]) -> Iterator[None]:
    """An exclusive lock on each folder (its own descriptor), in a fixed order; nothing is
    left on disk. Where folders cannot be locked (Windows), no lock."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    fds = []
    try:
        for folder in sorted(set(folders)):
            try:
                fd = os.open(folder, os.O_RDONLY)
            except OSError:
                continue
            fds.append(fd)
            with contextlib.suppress(OSError):
                fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        for fd in fds:
            os.close(fd)  # closing releases the lock


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def _write_one(target: Path, data: bytes, mode: int) -> None:
    sweep(target.parent)
    tmp = temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
                 | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        # Checked again just before the swap: a device put in its place since is refused.
        with contextlib.suppress(FileNotFoundError):
            kind = _kind(os.stat(target).st_mode)
            if kind:
                raise WriteRefused(kind)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_folder(target.parent)


def write_bytes(path: str | os.PathLike[str], data: bytes, mode: int = 0o600) -> None:
    """Replace path with data atomically, or raise OSError (WriteRefused with a plain reason
    for what is not a regular file); an existing file is kept if anything fails."""
    write_set([(path, data)], mode=mode)


def write_set(outputs: Sequence[tuple[str | os.PathLike[str], bytes]], mode: int = 0o600,
              inputs: Iterable[str | os.PathLike[str] | None] = ()) -> None:
    """Write outputs that belong together, all checked before any is written, under one lock.

    WriteRefused names the output at fault; other OSErrors come from the system.
    """
    targets = check_set([p for p, _ in outputs], inputs)
    with _signals_stop(), _folder_lock(t.parent for t in targets):
        for target, (path, data) in zip(targets, outputs, strict=True):
            try:
                _write_one(target, data, mode)
            except OSError as exc:
                exc.filename = os.fspath(path)  # not the temporary file's name
                raise


def write_text(path: str | os.PathLike[str], text: str, mode: int = 0o600) -> None:
    write_bytes(path, text.encode("utf-8"), mode)


def own_folders() -> list[Path]:
    """The folders the app keeps its own files in, swept at start-up."""
    import platformdirs

    name = "profile-planner"
    return [platformdirs.user_data_path(name, appauthor=False),
            platformdirs.user_cache_path(name, appauthor=False),
            platformdirs.user_config_path(name, appauthor=False)]


def sweep_own_folders() -> int:
    """At start-up: remove stale temporary files a killed run left in the app's folders
    (output folders are swept when next written to). Never fails."""
    try:
        return sweep_all(own_folders())
    except Exception:
        return 0

