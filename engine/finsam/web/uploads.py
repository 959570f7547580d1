"""Uploaded files, reduced to safe base names before anything looks at them.

A browser sends whatever name it likes: ``ekonomi (1).xlsx``, ``sammanträde-2024-03-22.xlsx``
in NFD from a Mac, ``C:\\Users\\anna\\ekonomi.xlsx`` from an old Windows browser, or a name with
``../`` in it from a hostile page. Each name becomes a plain file name inside the request's
own folder; the reader then recognises workbooks by content (marker, sheets, name) and skips
lock files and other files with a note, so any name works.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..records import record

MAX_FILES = 20
MAX_UPLOAD_MB = 60
MAX_NAME = 120
LOCK_PREFIX = ".~lock."     # LibreOffice's lock file: the one leading dot that is kept
_UNSAFE = re.compile(r'[<>:"|?*]')


class UploadError(Exception):
    """A Swedish message for the user about the upload itself (HTTP 400)."""


@record
class Upload:
    name: str          # the safe name it is stored under (what findings and problems name)
    sent: str          # the name as the browser sent it (shown when it differs)
    size: int

    def as_dict(self) -> dict:
        return {"namn": self.name, "skickat": self.sent, "storlek": self.size}


def safe_name(raw: str | None) -> str:
    """A plain file name: the last part of any path (/ or \\), NFC, no control characters,
    none of <>:"|?*, no leading dots (but LibreOffice's ``.~lock.`` prefix is kept, so that
    the reader recognises the lock file), at most 120 characters with the suffix kept."""
    name = unicodedata.normalize("NFC", raw or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip().rstrip(". ")
    lock = name.startswith(LOCK_PREFIX)
    name = name.lstrip(". ")
    if lock:
        name = "." + name
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        if dot and 0 < len(suffix) <= 10:
            name = stem[: MAX_NAME - len(suffix) - 1] + "." + suffix
        else:
            name = name[:MAX_NAME]
    return name or "fil"


_RAW_FILENAME = re.compile(r'(?:^|;)\s*filename="(.*?)"\s*(?:;|$)', re.IGNORECASE)


def sent_name(f) -> str:
    """The file name as the browser sent it. A browser does not escape a backslash in the
    quoted file name (it sends a quote as %22), and an old one sends the whole Windows path;
    werkzeug reads a backslash as an escape and drops it ("C:Usersannaekonomi.xlsx"), so a
    name with a backslash is taken from the raw Content-Disposition header."""
    raw = f.headers.get("Content-Disposition", "") if getattr(f, "headers", None) is not None else ""
    m = _RAW_FILENAME.search(raw)
    if m and "\\" in m.group(1) and "filename*" not in raw.lower():
        return m.group(1).replace("%22", '"')
    return f.filename or ""


def unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)`` … when a file of that name (case-insensitively)
    is already in the upload: this year's and last year's ekonomi.xlsx may both be chosen."""
    if name.casefold() not in taken:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    n = 2
    while True:
        candidate = f"{stem} ({n})" + (f".{suffix}" if suffix else "")
        if candidate.casefold() not in taken:
            return candidate
        n += 1


def save(files, folder: Path) -> list[Upload]:
    """Write the uploaded ``files`` (werkzeug FileStorage) into ``folder`` under safe names."""
    files = [f for f in files if f and f.filename]
    if not files:
        raise UploadError("Välj arbetsböckerna (.xlsx) som ska kontrolleras.")
    if len(files) > MAX_FILES:
        raise UploadError(f"Högst {MAX_FILES} filer åt gången; du valde {len(files)}.")
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    saved = []
    for f in files:
        sent = sent_name(f)
        name = unique(safe_name(sent), taken)
        taken.add(name.casefold())
        target = folder / name
        if target.resolve().parent != folder.resolve():  # cannot happen with a safe name; be sure
            raise UploadError("Ett filnamn kunde inte tas emot.")
        f.save(target)
        saved.append(Upload(name, sent, target.stat().st_size))
    return saved
