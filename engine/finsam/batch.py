"""Many förbund at once: build folders in parallel, and summarise folders for a roll-up.

The worker functions take and return plain data so that a process pool can run them;
a folder that fails is reported with its error and never stops the others.
"""
from __future__ import annotations

import os
from pathlib import Path


def build_folder(folder: str, draft: bool = False, out: str | None = None, pdf: bool = False) -> tuple[int, str]:
    """``finsam build`` of one folder: its exit code and what it would print."""
    from . import console
    from .errors import InputError

    try:
        code, lines = console.build(Path(folder), draft, Path(out) if out else None, pdf)
    except InputError as exc:
        return console.EXIT_INPUT, "Indata kan inte läsas. Inget har skrivits.\n" + \
            "\n".join(f"  {p}" for p in exc.problems)
    except OSError as exc:
        return console.EXIT_INPUT, f"Kunde inte skriva rapporterna ({exc.strerror}). Inget har skrivits."
    return code, "\n".join(lines)


def summarise_folder(folder: str) -> dict:
    """The roll-up figures of one förbund folder (its documents that have a summary), or
    why it could not be read."""
    from .errors import InputError
    from .pipeline import load

    try:
        loaded = load(Path(folder))
    except InputError as exc:
        first = exc.problems[0]
        more = f" (och {len(exc.problems) - 1} till)" if len(exc.problems) > 1 else ""
        return {"mapp": folder, "fel_vid_lasning": f"{first}{more}"}
    except Exception as exc:  # noqa: BLE001 - one bad folder must not stop the roll-up
        return {"mapp": folder, "fel_vid_lasning": f"internt fel ({type(exc).__name__})"}
    for doc in loaded.documents:
        if doc.kind.summary is not None:
            return {"mapp": folder, **doc.kind.summary(doc.model, doc.findings)}
    return {"mapp": folder, "fel_vid_lasning": "mappen har inget dokument med nyckeltal för sammanställningen"}


def run_all(fn, items: list, jobs: int | None):
    """``fn`` over ``items`` in order, in a process pool when ``jobs`` > 1."""
    jobs = jobs or os.cpu_count() or 1
    if jobs <= 1 or len(items) <= 1:
        return [fn(*item) for item in items]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
        return list(pool.map(_star, [(fn, item) for item in items]))


def _star(job):
    fn, item = job
    return fn(*item)
