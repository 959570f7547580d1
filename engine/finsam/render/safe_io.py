"""Atomic output: a file is either the old one, the new one, or absent; never half. A set of
files is committed together: every one is written and flushed to a temporary file first,
and only then are they moved into place, so a failure leaves the folder as it was."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_beside(path: Path, data: bytes) -> Path:
    """``data`` in a flushed temporary file in ``path``'s folder."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes 0600; outputs are ordinary files (os.chmod, not fchmod: Windows has none)
        os.chmod(tmp, 0o666 & ~_umask())
    except BaseException:
        _remove(Path(tmp))
        raise
    return Path(tmp)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # e.g. Windows, where a folder cannot be opened
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def commit(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file into ``folder`` or none: temporary files first, then ``os.replace``
    each into place. Returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    temps: list[tuple[Path, Path]] = []
    try:
        for name, data in files.items():
            target = folder / name
            temps.append((_temp_beside(target, data), target))
        for tmp, target in temps:
            os.replace(tmp, target)
    except BaseException:
        for tmp, _ in temps:
            _remove(tmp)
        raise
    _sync_folder(folder)
    return [target for _, target in temps]


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync it, then ``os.replace``."""
    path = Path(path)
    commit(path.parent, {path.name: data})
