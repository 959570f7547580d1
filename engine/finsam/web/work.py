"""A check or a build of one upload: the work the web page's pools run, in a worker process
(or a thread, for tests). Each job reads only its own temporary folder: ``load`` is called
with ``follow_links=False``, so no cell of a workbook ("Föregående års mapp") can make it read
another folder. Progress goes back to the page as short Swedish steps over a queue.

The pipeline has no progress hook, so a worker wraps two of the functions ``load`` and
``write_outputs`` look up when called (the folder scan and the PDF conversion) to report
"Kontrollerar" and "Gör PDF"; the wrappers only report and pass everything through.
"""
from __future__ import annotations

import datetime as dt
import io
import sys
import threading
import traceback
import zipfile
from contextlib import contextmanager
from pathlib import Path

CHECK_SECONDS = 120
BUILD_SECONDS = 600
MEMORY_MB = 2048          # address space a job may add to its worker (RLIMIT_AS, Linux)

_channel = None           # multiprocessing queue (process pool) or queue.Queue (threads)
_process = False
_local = threading.local()

TIMEOUT = ("Det tog för lång tid: arbetet avbröts efter {s} sekunder. Inga rapporter har skapats. "
           "Försök igen med färre arbetsböcker åt gången.")
MEMORY = ("Arbetsböckerna är för stora för att kontrolleras här: arbetet behövde mer än {mb} MB minne och "
          "avbröts. Inga rapporter har skapats.")
INTERNAL = "Ett internt fel inträffade. Inga rapporter har skapats, och inga filer har sparats."


class JobTimeout(Exception):
    pass


def init(channel, process: bool = True, builds: bool = False) -> None:
    """Pool initializer: where progress goes; in a process, ignore Ctrl+C (the server stops
    the pool) and wrap the two look-ups that report progress. A build worker process
    (``builds``) also starts its LibreOffice now (``prestart``)."""
    global _channel, _process
    _channel, _process = channel, process
    if process:
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _instrument()
    if process and builds:
        prestart()


def prestart() -> None:
    """Start this process's warm LibreOffice, and read and render the bundled example once
    in memory (imports, templates), before any job: the first build then costs what the
    later ones do (LibreOffice's start alone is 1-2 s). Here, before a job's memory limit, so
    LibreOffice never inherits one. When LibreOffice cannot start, the builds make their PDFs
    the one-shot way, as without this."""
    import tempfile

    try:
        from ..render import office, pdf

        exe = pdf.soffice()
        if exe is not None:
            office.shared(exe)
        from ..pipeline import load, render_outputs
        from ..resources import copy_example

        with tempfile.TemporaryDirectory(prefix="finsam-start-") as tmp:
            loaded = load(copy_example(Path(tmp)), keep_raw=True, follow_links=False)
            render_outputs(loaded.documents, draft=True, logo=loaded.logo)
        import mammoth  # noqa: F401 - the previews' imports
        import nh3  # noqa: F401
    except Exception:  # noqa: BLE001 - a worker that cannot prestart still builds
        traceback.print_exc(file=sys.stderr)


def emit(text: str) -> None:
    job = getattr(_local, "job", None)
    if job is None:
        return
    _local.steps.append(text)
    if _channel is not None:
        _channel.put((job, text))


def _instrument() -> None:
    from ..read import folder as read_folder
    from ..render import pdf

    scan = getattr(read_folder, "scan", None)
    if scan is not None and not getattr(scan, "finsam_web", False):
        def reporting_scan(*args, **kwargs):
            pool = scan(*args, **kwargs)
            emit("Kontrollerar")
            return pool

        reporting_scan.finsam_web = True
        read_folder.scan = reporting_scan
    to_pdf = getattr(pdf, "to_pdf", None)
    if to_pdf is not None and not getattr(to_pdf, "finsam_web", False):
        def reporting_to_pdf(docx, *args, **kwargs):
            if docx:
                emit("Gör PDF av " + _lower(getattr(_local, "title", "dokumentet")))
                _preview_meanwhile(docx)
            with _memory_unlimited():
                return to_pdf(docx, *args, **kwargs)

        reporting_to_pdf.finsam_web = True
        pdf.to_pdf = reporting_to_pdf


def _preview_meanwhile(docx: list) -> None:
    """Start the previews of ``docx`` (as rendered) in a thread of this job, to be taken by
    ``_build``: they cost as long as a tenth of LibreOffice's PDF, which runs in its own
    process meanwhile, and the job would otherwise wait for one, then the other."""
    previews = getattr(_local, "previews", None)
    if previews is None:
        return
    from concurrent.futures import ThreadPoolExecutor

    from .preview import docx_html

    pool = ThreadPoolExecutor(1, thread_name_prefix="finsam-preview")
    for path in docx:
        previews[(getattr(_local, "part", None), Path(path).name)] = pool.submit(docx_html, Path(path).read_bytes())
    pool.shutdown(wait=False)


def _lower(title: str) -> str:
    return title[:1].lower() + title[1:]


def _vm_bytes() -> int:
    try:
        import os

        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


@contextmanager
def limits(seconds: int, megabytes: int):
    """In a worker process on Linux: SIGALRM after ``seconds`` (JobTimeout) and at most
    ``megabytes`` more address space (MemoryError). Nothing in a thread."""
    if not _process or threading.current_thread() is not threading.main_thread():
        yield
        return
    try:
        import resource
        import signal
    except ImportError:
        yield
        return

    def expire(*_):
        raise JobTimeout()

    old = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    base = _vm_bytes()
    limited = base > 0
    if limited:
        limit = base + megabytes * 2**20
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        _local.memory = (soft, hard, limit)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
        if limited:
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
            _local.memory = None


@contextmanager
def _memory_unlimited():
    """LibreOffice, started by the PDF step, must not inherit a job's memory limit."""
    memory = getattr(_local, "memory", None)
    if memory is None:
        yield
        return
    import resource

    soft, hard, limit = memory
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _roots(tmp: str) -> tuple[str, ...]:
    path = Path(tmp)
    found = {str(path), str(path.resolve()), str(path / "mapp"), str((path / "mapp").resolve())}
    return tuple(sorted(found, key=len, reverse=True))


def _readable(uploads: list[dict]) -> int:
    return sum(1 for u in uploads if u["namn"].lower().endswith(".xlsx") and not u["namn"].startswith(("~$", ".~")))


def _example(folder: Path) -> list[dict]:
    from ..resources import copy_example

    copy_example(folder)
    return [{"namn": p.name, "skickat": p.name, "storlek": p.stat().st_size}
            for p in sorted(folder.iterdir()) if p.suffix.lower() == ".xlsx"]


def _run(job: str, tmp: str, uploads: list[dict], example: bool, seconds: int, body) -> dict:
    _local.job, _local.steps, _local.title = job, [], "dokumentet"
    _local.previews, _local.part = {}, None
    try:
        with limits(seconds, MEMORY_MB):
            folder = Path(tmp) / "mapp"
            if example:
                uploads = _example(folder)
            n = _readable(uploads)
            emit(f"Läser {n} {'arbetsbok' if n == 1 else 'arbetsböcker'}")
            result = body(folder, uploads, _roots(tmp))
    except JobTimeout:
        result = {"fel": TIMEOUT.format(s=seconds)}
    except MemoryError:
        result = {"fel": MEMORY.format(mb=MEMORY_MB)}
    except Exception:  # noqa: BLE001 - a job never takes the server down; the trace goes to its log
        traceback.print_exc(file=sys.stderr)
        result = {"fel": INTERNAL}
    result["steg"] = list(_local.steps)
    result["exempel"] = example
    _local.job, _local.previews = None, None
    return result


def check(job: str, tmp: str, uploads: list[dict], example: bool = False) -> dict:
    return _run(job, tmp, uploads, example, CHECK_SECONDS, lambda f, u, r: _check(f, u, r, keep_raw=False)[0])


def build(job: str, tmp: str, uploads: list[dict], example: bool = False, draft: bool = False) -> dict:
    return _run(job, tmp, uploads, example, BUILD_SECONDS, lambda f, u, r: _build(f, u, r, draft))


def _check(folder: Path, uploads: list[dict], roots, keep_raw: bool):
    from ..errors import InputError
    from ..pipeline import load
    from . import present

    try:
        loaded = load(folder, keep_raw=keep_raw, follow_links=False)
    except InputError as exc:
        groups = present.problems_view(exc.problems, uploads, roots)
        books = {g["arbetsbok"] for g in groups}
        return {"typ": "kontroll", "filer": present.files_view(uploads, None, books), "problem": groups,
                "exportrader": [], "problemrader": present.problem_rows(groups)}, None
    docs = [present.document_view(d, roots) for d in loaded.documents]
    return {"typ": "kontroll", "filer": present.files_view(uploads, loaded), "dokument": docs,
            "summering": present.summary(docs), "exportrader": present.export_rows(loaded, roots),
            "problemrader": []}, loaded


_KIND_OF_FILE = {".docx": "Word", ".pdf": "PDF/A", ".xlsx": "Excel"}


def _describe(doc, name: str) -> str:
    """What a file of ``doc``'s outputs is, from the kinds table: "Revisionsunderlag (Excel)"."""
    suffix = Path(name).suffix.lower()
    what = _KIND_OF_FILE.get(suffix, suffix)
    for output in doc.kind.outputs:
        made = output.filename(doc.model)
        if (made == name or Path(made).stem == Path(name).stem) and output.title != doc.kind.title:
            return f"{output.title} ({what})"
    return what


def _build(folder: Path, uploads: list[dict], roots, draft: bool) -> dict:
    from ..findings import has_errors
    from ..pipeline import write_outputs
    from . import present
    from .preview import docx_html, toc_pages, with_toc_pages

    result, loaded = _check(folder, uploads, roots, keep_raw=True)
    result["typ"] = "bygge"
    if loaded is None:
        result["bygge"] = {"skapade": [], "hallna": [], "innehall": []}
        return result
    views = {id(d): v for d, v in zip(loaded.documents, result["dokument"])}
    ready = [d for d in loaded.documents if not has_errors(d.findings)]
    held = [d for d in loaded.documents if has_errors(d.findings)]
    out = folder.parent / "ut"
    files: dict[str, bytes] = {}
    contents, made, kept, notes, previews = [], [], [], [], []
    parts: dict[str, int] = {}
    for i, (doc, is_draft) in enumerate([(d, False) for d in ready] + [(d, True) for d in held if draft]):
        emit(("Skapar utkast av " if is_draft else "Skapar ") + _lower(doc.title))
        _local.title, _local.part = doc.title, i
        try:
            written = write_outputs([doc], out / str(i), draft=is_draft, pdf=True)
        except (JobTimeout, MemoryError):
            raise
        except Exception:  # noqa: BLE001 - this document only; the others are built
            traceback.print_exc(file=sys.stderr)
            kept.append({"titel": doc.title, "varfor": "ett internt fel inträffade när dokumentet skapades"})
            continue
        prefix = "utkast/" if is_draft else ""
        names = []
        for path in written.paths:
            files[prefix + path.name] = path.read_bytes()
            parts[prefix + path.name] = i
            names.append(prefix + path.name)
            contents.append({"namn": prefix + path.name, "storlek": path.stat().st_size,
                             "beskrivning": _describe(doc, path.name) + (", utkast" if is_draft else ""),
                             "dokument": doc.title})
        if written.note:
            notes.append(present.pdf_note(written.note, roots))
        made.append({"titel": doc.title, "filer": names, "utkast": is_draft})
    for doc in held:
        view = views[id(doc)]
        why = f"{view['fel']} fel" + (f"; det första: {view['forsta_fel']}" if view["forsta_fel"] else "")
        drafted = next((m for m in made if m["titel"] == doc.title and m["utkast"]), None)
        kept.append({"titel": doc.title, "varfor": why, "utkast": bool(drafted)})
    docx = [(name, data) for name, data in files.items() if name.endswith(".docx")]
    if docx:
        emit("Gör förhandsvisning")
    for name, data in docx:
        title = next(c["dokument"] for c in contents if c["namn"] == name)
        early = _local.previews.pop((parts.get(name), Path(name).name), None)
        try:
            html = with_toc_pages(early.result(), toc_pages(data)) if early is not None else docx_html(data)
        except Exception:  # noqa: BLE001 - a preview that cannot be made is left out, never the document
            traceback.print_exc(file=sys.stderr)
            html = "<p>Förhandsvisningen kunde inte göras; dokumentet finns i zip-filen.</p>"
        previews.append({"titel": title + (" (utkast)" if name.startswith("utkast/") else ""), "fil": name,
                         "html": html})
    note = " ".join(dict.fromkeys(n for n in notes if n))
    today = dt.date.today()
    build_info = {"skapade": made, "hallna": kept, "innehall": contents, "notering": note,
                  "forhandsvisningar": previews, "datum": today.isoformat()}
    if files:
        emit("Packar zip-filen")
        build_info["zip_namn"] = present.zip_name(loaded.documents, today)
        readme = _readme(loaded.documents, made, kept, contents, note, today)
        build_info["innehall"].append({"namn": "LÄS MIG.txt", "storlek": len(readme.encode()),
                                       "beskrivning": "vilka dokument som skapades och vilka som hölls tillbaka",
                                       "dokument": ""})
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("LÄS MIG.txt", readme)
            for name, data in files.items():
                z.writestr(name, data)
        result["zip"] = buf.getvalue()
    result["bygge"] = build_info
    return result


def _readme(documents, made, kept, contents, note, today) -> str:
    from .. import __version__

    forbund = next((d.kind.forbund(d.model) for d in documents if d.kind.forbund is not None), "")
    lines = [f"Rapporter{' för ' + forbund if forbund else ''}, skapade {today.isoformat()} av finsam {__version__}.",
             ""]
    done = [m for m in made if not m["utkast"]]
    drafts = [m for m in made if m["utkast"]]
    if done:
        lines.append("Skapade dokument:")
        lines += [f"- {m['titel']}: {', '.join(m['filer'])}" for m in done]
        lines.append("")
    if drafts:
        lines.append("Utkast (märkta UTKAST, med felen listade; inte för publicering), i mappen utkast:")
        lines += [f"- {m['titel']}: {', '.join(m['filer'])}" for m in drafts]
        lines.append("")
    if kept:
        lines.append("Tillbakahållna dokument (rätta felen i arbetsböckerna och skapa dem igen):")
        lines += [f"- {k['titel']}: {k['varfor']}" for k in kept]
        lines.append("")
    if note:
        lines += [note, ""]
    lines.append("Filerna i zip-filen:")
    lines += [f"- {c['namn']} – " + (f"{c['dokument']}, " if c["dokument"] else "") + c["beskrivning"]
              for c in contents]
    return "\n".join(lines) + "\n"
