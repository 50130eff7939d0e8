"""Files the program writes for the user (exports, documents, templates, bundles): owner-only
from the first byte, written beside their target and renamed over it at the end, so that a full
disk, a crash or an error half way leaves the older file of that name as it was and nothing
half-written. A symbolic link at the target is replaced, never followed."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import GpastError, os_reason


def new_private_file(path: Path) -> Path:
    """An empty file at `path`, readable by its owner only from the first byte (a leftover of
    an earlier attempt is replaced)."""
    path.unlink(missing_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


def cannot_write(path: Path, exc: OSError) -> GpastError:
    """What to tell the user when `path` could not be written."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return GpastError("{file}: not enough space on the disk; nothing was written", file=path)
    return GpastError("{file}: cannot be written ({why})", file=path, why=os_reason(exc))


@contextmanager
def written_whole(path: str | Path) -> Iterator[Path]:
    """Give a private file beside `path` to write; when the block ends without error it is
    flushed to disk and renamed to `path`, otherwise removed. OSError becomes a GpastError
    naming `path` (a full disk says so)."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        new_private_file(partial)
        yield partial
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    finally:
        partial.unlink(missing_ok=True)
