"""Atomic output: a file is either the old one, the new one, or absent; never half. A set of
files is committed together: every one is written and flushed to a temporary file first,
and only then are they moved into place; if one cannot be moved (a document open in Word on
Windows), the ones already moved get their old content back, so a failure leaves the folder
exactly as it was (a folder the commit created is removed again).

An operating-system error (the output folder is a file, is read-only, the disk is full, a
file is locked) is the user's to fix, not a bug: it is raised as ``OutputError`` with a
Swedish message naming the path and what to do. Only portable calls are used (no fchmod,
no fork, no O_DIRECTORY), so the same code runs on Linux, macOS and Windows.
"""
from __future__ import annotations

import errno
import os
import unicodedata
from pathlib import Path

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}


class OutputError(Exception):
    """The outputs could not be written for a reason the user can fix. Nothing was written.
    ``advice`` may end in "en annan mapp"; a front end adds how to choose one (--ut)."""

    def __init__(self, path: Path, reason: str, advice: str):
        self.path, self.reason, self.advice = Path(path), reason, advice
        super().__init__(f"{path}: {reason}. {advice}")


def _explain(exc: OSError, path: Path, stage: str) -> OutputError:
    """The Swedish OutputError for ``exc`` raised at ``stage``: "folder" (making the output
    folder), "write" (the temporary files), "backup" (reading a file about to be replaced) or
    "replace" (moving a new file into place)."""
    path = Path(exc.filename) if stage == "folder" and exc.filename else path
    if exc.errno in _DISK_FULL:
        return OutputError(path, "disken är full (eller kvoten är slut)",
                           "Frigör utrymme på disken, eller välj en annan mapp, och kör igen.")
    if stage == "folder" and isinstance(exc, (FileExistsError, NotADirectoryError)):
        return OutputError(path, "det finns en fil med det namnet, så mappen kan inte skapas",
                           "Byt namn på filen eller flytta den, eller välj en annan mapp.")
    if isinstance(exc, IsADirectoryError):
        return OutputError(path, "det finns en mapp med samma namn som rapporten",
                           "Flytta mappen eller byt namn på den och kör igen.")
    if stage in ("backup", "replace") and (isinstance(exc, PermissionError) or exc.errno in _READ_ONLY):
        return OutputError(path, "filen kan inte ersättas; den är troligen öppen i ett annat program "
                           "(till exempel Word eller Excel) eller skrivskyddad",
                           "Stäng filen och kör igen.")
    if isinstance(exc, PermissionError) or exc.errno in _READ_ONLY:
        return OutputError(path, "åtkomst nekad: mappen är skrivskyddad eller tillhör någon annan",
                           "Ge dig själv skrivrätt till mappen, eller välj en annan mapp.")
    reason = exc.strerror or type(exc).__name__
    return OutputError(path, f"operativsystemet svarade ”{reason}”",
                       "Kontrollera mappen och disken och kör igen.")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _temp_beside(path: Path, data: bytes) -> Path:
    """``data`` in a flushed temporary file in ``path``'s folder."""
    import tempfile  # here, not at start-up: `finsam check` writes nothing

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
    except OSError:
        pass  # gone already, or cannot be removed: nothing more to do on a failure path


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


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


def _targets(folder: Path, names) -> dict[str, Path]:
    """Each output name (NFC) to the path it is written to: an existing file whose name is the
    same in another Unicode normal form (NFD, as macOS writes å/ä/ö) is replaced, not doubled."""
    existing: dict[str, str] = {}
    try:
        for entry in os.listdir(folder):
            existing.setdefault(_nfc(entry), entry)
    except OSError:
        pass
    return {name: folder / existing.get(_nfc(name), _nfc(name)) for name in names}


def _make_folder(folder: Path) -> list[Path]:
    """Create ``folder`` (and missing parents); the folders created, innermost first."""
    created = []
    probe = folder
    while not probe.exists() and probe.parent != probe:
        created.append(probe)
        probe = probe.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if isinstance(exc, (FileExistsError, NotADirectoryError)) and probe.exists() and not probe.is_dir():
            exc.filename = str(probe)  # name the file that is in the way, not the folder below it
        raise _explain(exc, folder, "folder") from None
    if not folder.is_dir():  # e.g. a dangling link
        raise OutputError(folder, "det är inte en mapp", "Välj en annan mapp.")
    return created


def _remove_folders(created: list[Path]) -> None:
    for folder in created:
        try:
            folder.rmdir()
        except OSError:
            return


def commit(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write every file into ``folder`` or none: temporary files first, then ``os.replace``
    each into place, restoring the replaced ones if a later one fails. Returns the paths
    written. Raises OutputError (folder unchanged) for what the user can fix."""
    folder = Path(folder)
    created = _make_folder(folder)
    targets = _targets(folder, files)
    temps: list[tuple[Path, Path]] = []
    backups: dict[Path, Path | None] = {}   # target -> a copy of its old content (None: was absent)
    done: list[Path] = []
    stage, current = "write", folder
    try:
        for name, data in files.items():  # a failure here names the folder
            temps.append((_temp_beside(targets[name], data), targets[name]))
        stage = "backup"
        for _, target in temps:
            current = target
            backups[target] = _temp_beside(target, target.read_bytes()) if target.is_file() else None
        stage = "replace"
        for tmp, target in temps:
            current = target
            os.replace(tmp, target)
            done.append(target)
    except BaseException as exc:
        _roll_back(done, backups)
        for tmp, _ in temps:
            _remove(tmp)
        for backup in backups.values():
            if backup is not None:
                _remove(backup)
        _remove_folders(created)
        if isinstance(exc, OSError):
            raise _explain(exc, current, stage) from None
        raise
    for backup in backups.values():
        if backup is not None:
            _remove(backup)
    _sync_folder(folder)
    return [target for _, target in temps]


def _roll_back(done: list[Path], backups: dict[Path, Path | None]) -> None:
    """Put back the old content of every file already replaced (or remove a new one)."""
    for target in reversed(done):
        backup = backups.get(target)
        try:
            if backup is None:
                target.unlink()
            else:
                os.replace(backup, target)
                backups[target] = None
        except OSError:
            pass  # best effort: the new file stays whole, never half


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync it, then ``os.replace``."""
    path = Path(path)
    commit(path.parent, {path.name: data})
