"""Writing output files so that a failure never leaves a half-written or a lost file.

Every file GovFlex writes (scenarios, run summaries, daily CSVs, sweep results) goes through
this module. One command's outputs form a :class:`Transaction`: all of them are written or
none is.

* Each output is first written to a temporary file next to its target, flushed and fsync'ed;
  only when *every* output of the command is complete are they renamed over their targets,
  and the folders are fsync'ed so that the renames survive a power cut.
* Before anything is written the targets are checked: the same file twice (also through a
  symbolic link), a folder, a device, a FIFO or socket, a missing folder, a read-only file or
  folder, a name longer than the file system allows - each refused with one line.
* A symbolic link is written *through*: the file it points to is replaced and the link stays.
* A replaced file keeps its permission bits; a new file gets the usual ones (the umask).
* Temporary names are short enough for any file-name limit, and temporaries left behind by a
  GovFlex process that was killed (``kill -9``, a power cut) are removed by the next write to
  the same target.
* Every operating-system failure (disk full, file too large, permission) becomes a
  :class:`WriteError` with one line of text, never a traceback.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import IO

__all__ = ["Transaction", "WriteError", "atomic_write", "check_targets", "write_files"]

_TMP_SUFFIX_RE = re.compile(r"~gf(\d+)-[0-9a-f]{8}\.tmp\Z")
_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file would be larger than the system allows",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENAMETOOLONG: "the name is too long for the file system",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "it is a folder",
}


class WriteError(OSError):
    """An output could not be written; ``str()`` is one line naming the file and the reason."""

    def __init__(self, path: object, reason: str) -> None:
        self.path, self.reason = str(path), reason
        super().__init__(f"cannot write {self.path}: {reason}")

    def __str__(self) -> str:
        return f"cannot write {self.path}: {self.reason}"


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _name_max(folder: Path) -> int:
    try:
        return int(os.pathconf(folder, "PC_NAME_MAX"))
    except (OSError, ValueError, AttributeError):
        return 255


def resolve_target(path: str | os.PathLike) -> Path:
    """The file that will really be written: symbolic links followed, made absolute."""
    return Path(os.path.realpath(os.fspath(path)))


def check_targets(paths: Iterable[str | os.PathLike]) -> list[str]:
    """One line per output that cannot be written (empty when all can)."""
    problems: list[str] = []
    seen: dict[Path, str] = {}
    for path in paths:
        text = os.fspath(path)
        real = resolve_target(text)
        if real in seen:
            problems.append(f"{text}: is the same file as {seen[real]}; give each output its own")
            continue
        seen[real] = text
        problem = _check_one(real)
        if problem:
            problems.append(f"cannot write {text}: {problem}")
    return problems


def _check_one(real: Path) -> str:
    folder = real.parent
    try:  # a folder we may not even look into is a refusal, not a traceback
        folder_info = os.stat(folder)
    except FileNotFoundError:
        return "the folder does not exist"
    except OSError as exc:
        return _reason(exc)
    if not stat.S_ISDIR(folder_info.st_mode):
        return "the folder does not exist"
    if len(os.fsencode(real.name)) > _name_max(folder):
        return "the name is too long for the file system"
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        return _reason(exc)
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            return "it is a folder"
        if not stat.S_ISREG(info.st_mode):
            return "it is a device, pipe or socket, not a regular file"
        if not os.access(real, os.W_OK):
            return "the file is read-only"
    if not os.access(folder, os.W_OK | os.X_OK):
        return "the folder is read-only"
    return ""


class Transaction:
    """The outputs of one command, written all together or not at all.

    ``with Transaction([a, b]) as tx: tx.write(a, text); fh = tx.open(b); ...`` - leaving the
    block normally commits, an exception removes every temporary and changes no target.
    Construction checks the targets and raises :class:`WriteError` for the first bad one.
    """

    def __init__(self, paths: Iterable[str | os.PathLike]) -> None:
        self.paths = [os.fspath(p) for p in paths]
        problems = check_targets(self.paths)
        if problems:
            raise WriteError(*_split(problems[0]))
        self._real = {p: resolve_target(p) for p in self.paths}
        self._tmp: dict[str, Path] = {}
        self._files: dict[str, IO] = {}
        self.committed = False

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()

    def open(self, path: str | os.PathLike, mode: str = "w") -> IO:
        """A file object (text 'w' or binary 'wb') that writes the temporary of ``path``."""
        key = os.fspath(path)
        real = self._real[key]
        tmp = real.with_name(_tmp_name(real, _name_max(real.parent)))
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0))
        except OSError as exc:
            raise WriteError(key, _reason(exc)) from None
        self._tmp[key] = tmp
        if "b" in mode:
            fh = os.fdopen(fd, "wb")
        else:
            fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._files[key] = _Guarded(fh, key)
        return self._files[key]

    def write(self, path: str | os.PathLike, data: str | bytes) -> None:
        """Write the whole content of one output."""
        fh = self.open(path, "wb" if isinstance(data, bytes) else "w")
        fh.write(data)

    def commit(self) -> None:
        """fsync every temporary, then rename each over its target; WriteError on failure."""
        try:
            for key, fh in self._files.items():
                fh.flush()
                os.fsync(fh.fileno())
                fh.close()
                _keep_mode(self._tmp[key], self._real[key])
        except OSError as exc:
            self.abort()
            raise WriteError(key, _reason(exc)) from None
        self._rename_all()
        for folder in {r.parent for r in self._real.values()}:
            _fsync_folder(folder)
        for real in self._real.values():
            remove_stale_temporaries(real)
        self.committed = True

    def _rename_all(self) -> None:
        """Rename every temporary over its target; if one rename fails, put back the targets
        already replaced (from hard-linked backups), so the command changes nothing."""
        done: list[tuple[Path, Path | None]] = []  # (target, backup of its old content)
        try:
            for key in [k for k in self.paths if k in self._files]:  # in the order given
                real = self._real[key]
                backup = None
                if real.exists():
                    backup = real.with_name(_tmp_name(real, _name_max(real.parent)))
                    os.link(real, backup)
                done.append((real, backup))
                os.replace(self._tmp[key], real)
        except OSError as exc:
            for real, backup in reversed(done[:-1] if done else []):
                _restore(real, backup)
            if done and done[-1][1] is not None:
                done[-1][1].unlink(missing_ok=True)
            self.abort()
            raise WriteError(key, _reason(exc)) from None
        for _real, backup in done:
            if backup is not None:
                backup.unlink(missing_ok=True)

    def abort(self) -> None:
        """Remove every temporary; the targets stay as they were."""
        for fh in self._files.values():
            try:
                fh.close()
            except OSError:
                pass
        for tmp in self._tmp.values():
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass
        self._files.clear()


class _Guarded:
    """A file object whose OS errors become one-line WriteErrors naming the output."""

    def __init__(self, fh: IO, key: str) -> None:
        self._fh, self._key = fh, key

    def write(self, data):
        try:
            return self._fh.write(data)
        except OSError as exc:
            raise WriteError(self._key, _reason(exc)) from None

    def __getattr__(self, name):
        return getattr(self._fh, name)


def _restore(real: Path, backup: Path | None) -> None:
    try:
        if backup is None:
            real.unlink(missing_ok=True)
        else:
            os.replace(backup, real)
    except OSError:
        pass


def _split(problem: str) -> tuple[str, str]:
    """'cannot write X: reason' -> (X, reason); other lines keep their text as the reason."""
    if problem.startswith("cannot write "):
        path, _, reason = problem[len("cannot write ") :].rpartition(": ")
        return path, reason
    path, _, reason = problem.partition(": ")
    return path, reason


def _tmp_name(real: Path, name_max: int) -> str:
    """``.<target name, cut to fit>~gf<pid>-<8 hex>.tmp``: unique, ours, within NAME_MAX."""
    suffix = f"~gf{os.getpid()}-{secrets.token_hex(4)}.tmp"
    room = max(1, name_max - len(suffix) - 1)
    stem = os.fsencode(real.name)[:room].decode("utf-8", "ignore")
    return f".{stem}{suffix}"


def remove_stale_temporaries(real: Path) -> int:
    """Delete temporaries of ``real`` left by GovFlex processes that no longer run."""
    full, name_max = os.fsencode(real.name), _name_max(real.parent)
    removed = 0
    try:
        entries = list(os.scandir(real.parent))
    except OSError:
        return 0
    for entry in entries:
        match = _TMP_SUFFIX_RE.search(entry.name)
        if not match or not entry.name.startswith("."):
            continue
        stem = os.fsencode(entry.name[1 : match.start()])
        cut = len(os.fsencode(entry.name)) >= name_max - 4 and full.startswith(stem)
        if stem != full and not cut:
            continue
        if pid_alive(int(match.group(1))):
            continue
        try:
            os.unlink(entry.path)
            removed += 1
        except OSError:
            pass
    return removed


def pid_alive(pid: int) -> bool:
    """Whether a process with this id is running (ours always is)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _keep_mode(tmp: Path, real: Path) -> None:
    """The permission bits of the file being replaced, else the usual ones (umask applies)."""
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX; a no-op where folders cannot be opened)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_files(outputs: dict[str | os.PathLike, str | bytes]) -> None:
    """Write several whole outputs all-or-nothing (see :class:`Transaction`)."""
    with Transaction(outputs) as tx:
        for path, data in outputs.items():
            tx.write(path, data)


def atomic_write(path: str | os.PathLike, text: str | bytes) -> None:
    """Write one output atomically (see :class:`Transaction`)."""
    write_files({path: text})
