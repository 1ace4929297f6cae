"""Reading and writing the person's files: the one place for atomic replace, file modes and size caps.

Writing (answers files, exports, batch output) — `write_file(path, data, private=...)` or, for output
produced piece by piece, `with atomic_writer(path, private=...) as fh: ...`:

- the data goes to a temporary file beside `path`, is flushed to disk, then renamed over `path`: a crash
  never leaves half a file, and a reader never sees one;
- a new file gets the mode an ordinary `open()` would give under the umask (0666 & ~umask), or, with
  `private=True` (answers files: health data), 0600 & ~umask; an existing file keeps its own mode, so a
  0600 file is never made readable by others;
- the destination must be a regular file or not exist: a symlink, FIFO, device or directory is refused
  (a rename would silently replace it, and writing through it is rarely what was meant);
- the temporary file is removed on every exit path: errors, Ctrl-C, SIGTERM and SIGHUP (which become
  exit 128+signal after the clean-up). A SIGKILL cannot be caught: the next write to the same file removes
  temporary files left by processes that no longer run.

Reading (answers files, policy files) — `read_bounded(path, limit)`: at most `limit` bytes, whatever the
file is. `st_size` says nothing for pipes and devices (/dev/zero reports 0), so the cap is on what is read.
A regular file or a pipe (`--answers <(…)`, a FIFO) is read; a pipe must deliver everything within
`timeout` seconds. Devices, sockets and directories are refused.

Errors are `FileProblem`s with a reason; each caller turns them into its own message (answers file, policy
file, export) so that the person reads which file of theirs is wrong.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import signal
import stat
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

__all__ = ["FileProblem", "atomic_writer", "check_destination", "read_bounded", "write_file"]

TMP_SUFFIX = ".medins-tmp"
PIPE_TIMEOUT = 5.0  # seconds a pipe may take to deliver a whole (small) file


class FileProblem(Exception):
    """Why a file could not be read or written.

    reason: "not_regular" (kind says what it is), "too_large" (limit), "timeout" (seconds), "os" (problem:
    the system's text), "missing".
    """

    def __init__(self, reason: str, path: Path, **params: Any) -> None:
        self.reason = reason
        self.path = path
        self.params = params
        super().__init__(f"{reason}: {path}")

    def kind_msg(self) -> Any:
        """What the file is, as a message (符号链接 / a symbolic link …)."""
        from medins_cli.msg import M

        return M(f"file_kind.{self.params.get('kind', 'other')}")

    def as_write_error(self) -> Any:
        """The InputError a command shows for a file it was asked to write."""
        from medins_cli.errors import InputError

        if self.reason == "not_regular":
            return InputError("write_not_regular", file=str(self.path), kind=self.kind_msg())
        return InputError("write_failed", file=str(self.path), problem=self.params.get("problem", self.reason))


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISLNK, "symlink"), (stat.S_ISDIR, "directory"), (stat.S_ISFIFO, "fifo"),
                       (stat.S_ISCHR, "device"), (stat.S_ISBLK, "device"), (stat.S_ISSOCK, "socket")):
        if test(mode):
            return name
    return "other"


# --------------------------------------------------------------------------------------------- writing


def check_destination(path: Path) -> int | None:
    """Refuse a destination that is not a regular file; return its permission bits if it exists.

    Call it for every output before writing any, so that one bad destination does not leave the others
    half done.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FileProblem("os", path, problem=exc.strerror or str(exc)) from None
    if not stat.S_ISREG(st.st_mode):
        raise FileProblem("not_regular", path, kind=_kind(st.st_mode))
    return stat.S_IMODE(st.st_mode)


def _umask() -> int:
    # /proc tells without changing anything; os.umask() round-trips are not thread-safe.
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: alive, someone else's
        return True
    return True


def _stem(path: Path) -> str:
    # Short enough that prefix + name + suffix stays under NAME_MAX (255 bytes) for any destination name.
    name = path.name
    while len(name.encode("utf-8", "surrogateescape")) > 120:
        name = name[:-1]
    return f".{name}."


def _remove_stale(folder: Path, path: Path) -> None:
    """Temporary files of this destination left by a process that was killed (SIGKILL, power loss)."""
    stem = _stem(path)
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if not (entry.name.startswith(stem) and entry.name.endswith(TMP_SUFFIX)):
                continue
            pid = entry.name[len(stem):].split(".", 1)[0]
            if pid.isascii() and pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


class _Interrupted(BaseException):
    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(signum)


@contextlib.contextmanager
def _signals_clean_up() -> Iterator[None]:
    """While a temporary file exists, SIGTERM/SIGHUP unwind the stack (so `finally` removes it)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous: dict[int, Any] = {}

    def handler(signum: int, _frame: Any) -> None:
        raise _Interrupted(signum)

    for sig in (signal.SIGTERM, signal.SIGHUP):
        with contextlib.suppress(OSError, ValueError):
            previous[sig] = signal.signal(sig, handler)
    try:
        yield
    except _Interrupted as exc:
        # Clean-up done by the inner `finally`; now die of the signal as the caller expected.
        for sig, old in previous.items():
            signal.signal(sig, old)
        previous.clear()
        raise SystemExit(128 + exc.signum) from None
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextlib.contextmanager
def atomic_writer(path: Path, *, private: bool = False, binary: bool = False) -> Iterator[IO[Any]]:
    """A file handle whose content replaces `path` when the block ends without error (see module doc).

    Raises FileProblem (before anything is written for a bad destination; "os" for a failed write).
    """
    path = Path(path)
    existing_mode = check_destination(path)
    mode = existing_mode if existing_mode is not None else ((0o600 if private else 0o666) & ~_umask())
    folder = path.parent if str(path.parent) else Path(".")
    _remove_stale(folder, path)
    with _signals_clean_up():
        try:
            fd, tmp = tempfile.mkstemp(prefix=f"{_stem(path)}{os.getpid()}.", suffix=TMP_SUFFIX, dir=folder)
        except OSError as exc:
            raise FileProblem("os", path, problem=exc.strerror or str(exc)) from None
        done = False
        try:
            os.fchmod(fd, mode)
            fh = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")
            with fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            # The destination may have become a symlink or FIFO since the check; look again just before.
            check_destination(path)
            os.replace(tmp, path)
            done = True
        except OSError as exc:
            raise FileProblem("os", path, problem=exc.strerror or str(exc)) from None
        finally:
            if not done:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)


def write_file(path: Path, data: str | bytes, *, private: bool = False) -> None:
    """Atomically write `data` (text as UTF-8 with \\n line ends) to `path`. Raises FileProblem."""
    with atomic_writer(path, private=private, binary=isinstance(data, bytes)) as fh:
        fh.write(data)


# --------------------------------------------------------------------------------------------- reading


def read_bounded(path: Path, limit: int, *, timeout: float = PIPE_TIMEOUT) -> bytes:
    """The bytes of a regular file or pipe, at most `limit` of them (else FileProblem "too_large")."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for ever.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise FileProblem("missing", path) from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket
            raise FileProblem("not_regular", path, kind="socket") from None
        raise FileProblem("os", path, problem=exc.strerror or str(exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISREG(st.st_mode):
            if st.st_size > limit:
                raise FileProblem("too_large", path, limit=limit)
            os.set_blocking(fd, True)
            return _read_capped(fd, path, limit, None)
        if stat.S_ISFIFO(st.st_mode):
            return _read_capped(fd, path, limit, timeout)
        raise FileProblem("not_regular", path, kind=_kind(st.st_mode))
    except OSError as exc:
        raise FileProblem("os", path, problem=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


def _read_capped(fd: int, path: Path, limit: int, timeout: float | None) -> bytes:
    chunks: list[bytes] = []
    size = 0
    deadline = None if timeout is None else time.monotonic() + timeout
    seen_data = False
    while True:
        if deadline is not None:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(left, 0))
            if not ready:
                raise FileProblem("timeout", path, seconds=f"{timeout:g}")
        try:
            chunk = os.read(fd, min(65536, limit + 1 - size))
        except BlockingIOError:
            continue
        if not chunk:
            # A FIFO nobody has opened for writing yet reads as empty: wait for the writer (bounded).
            if deadline is not None and not seen_data:
                if time.monotonic() >= deadline:
                    raise FileProblem("timeout", path, seconds=f"{timeout:g}")
                time.sleep(0.02)
                continue
            break
        seen_data = True
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise FileProblem("too_large", path, limit=limit)
    return b"".join(chunks)
