"""Reading files a trainee may have made, and writing result files safely.

`read_regular(path, limit)` reads only a regular file (never a FIFO, a device or a
socket, which could hang or never end), without following a final symbolic link when
asked, and never more than `limit` bytes. `write_atomic(path, text)` writes a whole new
file beside the old one and swaps it in, so a failure never leaves a half-written file.
Standard library only; imported by the data-file, exercise and CLI layers.
"""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

#: What a non-regular file is, for messages.
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISLNK, "a symbolic link"))


class UnsafeFile(OSError):
    """A file that is not read: not a regular file, a link not followed, or too large."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(reason)
        self.path = str(path)
        self.reason = reason
        self.strerror = reason


def kind_of(mode: int) -> str:
    """What kind of file a st_mode describes ("a regular file", "a FIFO (named pipe)", ...)."""
    for test, name in _KINDS:
        if test(mode):
            return name
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def read_regular(path: str | os.PathLike[str], limit: int, *, follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; UnsafeFile (an OSError) otherwise.

    Opened without blocking (a FIFO never hangs) and checked on the open handle, so a
    file swapped after the check is still refused. With `follow_links=False` a symbolic
    link is refused, not followed.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
        if os.path.islink(path):
            raise UnsafeFile(path, "is a symbolic link (not followed)")
    try:
        fd = os.open(path, flags)
    except OSError:
        if not follow_links and os.path.islink(path):
            raise UnsafeFile(path, "is a symbolic link (not followed)") from None
        raise
    return _read_checked(fd, path, limit)


def _read_checked(fd: int, path: str | os.PathLike[str], limit: int) -> bytes:
    """Read an open file (then close it): a regular file of at most `limit` bytes, else UnsafeFile."""
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(path, f"is {kind_of(info.st_mode)}, not a regular file")
        if info.st_size > limit:
            raise UnsafeFile(path, f"is too large ({info.st_size:,} bytes; at most {limit:,})")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise UnsafeFile(path, f"is too large (over {limit:,} bytes)")
        return b"".join(chunks)
    finally:
        os.close(fd)


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Write `content` (text as UTF-8, or bytes) to `path` through a temporary file and a rename.

    Any character survives: lone surrogates (from undecodable file names) are written as
    `\\udcxx` escapes instead of failing. The old file stays whole if anything fails.
    """
    target = Path(path)
    data = content if isinstance(content, bytes) else content.encode("utf-8", errors="backslashreplace")
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            try:
                os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
            except OSError:
                pass
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def open_folder(name: str, dir_fd: int | None = None) -> int:
    """A file descriptor of the folder `name` (inside `dir_fd`), refusing a symbolic link.

    OSError when it is a link (ELOOP), not a folder (ENOTDIR) or cannot be opened.
    """
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    return os.open(name, flags, dir_fd=dir_fd)


def read_regular_at(dir_fd: int, name: str, limit: int) -> bytes:
    """`read_regular` for the file `name` inside an open folder, never following a link."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(name, flags, dir_fd=dir_fd)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise UnsafeFile(name, "is a symbolic link (not followed)") from None
        raise
    return _read_checked(fd, name, limit)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
