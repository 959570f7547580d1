"""Many förbund at once: build folders in parallel, and summarise folders for a roll-up.

The worker functions take and return plain data so that a process pool can run them;
a folder that fails is reported with its error and its exit code, and never stops the others.
The pool forks on Linux and spawns elsewhere (Windows has no fork; macOS's is unsafe with
threads), so the worker functions are module-level and import what they need.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path


def build_folder(folder: str, draft: bool = False, out: str | None = None, pdf: bool = False,
                 partial: bool = False) -> tuple[int, str]:
    """``finsam build`` of one folder: its exit code and what it would print."""
    from . import console
    from .errors import InputError
    from .render.safe_io import OutputError

    try:
        code, lines = console.build(Path(folder), draft, Path(out) if out else None, pdf, partial)
    except InputError as exc:
        return console.EXIT_INPUT, "Indata kan inte läsas. Inget har skrivits.\n" + \
            "\n".join(f"  {p}" for p in exc.problems)
    except OutputError as exc:
        return console.EXIT_INPUT, "\n".join(console.output_error_lines(exc, option=None))
    except OSError as exc:
        return console.EXIT_INPUT, "\n".join(console.os_error_lines(exc))
    except Exception as exc:  # noqa: BLE001 - one folder's bug must not stop the others
        if os.environ.get("FINSAM_DEBUG"):
            raise
        return console.EXIT_INTERNAL, (f"Internt fel i finsam ({type(exc).__name__}). Inget har skrivits för "
                                       "den här mappen. Kör igen med FINSAM_DEBUG=1 för detaljer och "
                                       "rapportera felet.")
    return code, "\n".join(lines)


def summarise_folder(folder: str) -> dict:
    """The roll-up figures of one förbund folder (its documents that have a summary), or
    why it could not be read (``fel_vid_lasning``, with its exit code as ``slutkod``)."""
    from .console import EXIT_INPUT, EXIT_INTERNAL
    from .errors import InputError
    from .pipeline import load

    try:
        loaded = load(Path(folder))
    except InputError as exc:
        first = exc.problems[0]
        more = f" (och {len(exc.problems) - 1} till)" if len(exc.problems) > 1 else ""
        return {"mapp": folder, "fel_vid_lasning": f"{first}{more}", "slutkod": EXIT_INPUT}
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return {"mapp": folder, "fel_vid_lasning": f"{where}kunde inte läsas ({exc.strerror or type(exc).__name__})",
                "slutkod": EXIT_INPUT}
    except Exception as exc:  # noqa: BLE001 - one bad folder must not stop the roll-up
        return {"mapp": folder, "fel_vid_lasning": f"internt fel ({type(exc).__name__})", "slutkod": EXIT_INTERNAL}
    for doc in loaded.documents:
        if doc.kind.summary is not None:
            return {"mapp": folder, **doc.kind.summary(doc.model, doc.findings)}
    return {"mapp": folder, "fel_vid_lasning": "mappen har inget dokument med nyckeltal för sammanställningen",
            "slutkod": EXIT_INPUT}


def pool_context():
    """The multiprocessing context of the pool: fork on Linux (cheap: the parent's imports
    are reused), spawn on Windows and macOS."""
    import multiprocessing

    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def run_all(fn, items: list, jobs: int | None, progress=None):
    """``fn`` over ``items``, results in the order of ``items``, in a process pool when ``jobs``
    > 1. ``progress(done, total, item, result)`` is called as each one finishes."""
    jobs = jobs or os.cpu_count() or 1
    total = len(items)
    if jobs <= 1 or total <= 1:
        results = []
        for i, item in enumerate(items, 1):
            results.append(fn(*item))
            if progress is not None:
                progress(i, total, item, results[-1])
        return results
    from concurrent.futures import ProcessPoolExecutor, as_completed

    results: list = [None] * total
    with ProcessPoolExecutor(max_workers=min(jobs, total), mp_context=pool_context()) as pool:
        futures = {pool.submit(fn, *item): i for i, item in enumerate(items)}
        for done, future in enumerate(as_completed(futures), 1):
            i = futures[future]
            results[i] = future.result()
            if progress is not None:
                progress(done, total, items[i], results[i])
    return results
