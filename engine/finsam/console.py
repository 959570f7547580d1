"""What the terminal shows: findings as a table, the counts, and one folder's build as text.
Shared by ``finsam check`` / ``build`` and by the parallel builds of many folders."""
from __future__ import annotations

import dataclasses
import errno
from pathlib import Path

from . import fmt
from .findings import has_errors, problems, shown_per_code, tally

# Exit codes (README, "Slutkoder"; ``finsam --help``). 64 is EX_USAGE of BSD's sysexits.h.
EXIT_OK, EXIT_FEL, EXIT_INPUT, EXIT_INTERNAL, EXIT_USAGE, EXIT_ABORT = 0, 1, 2, 3, 64, 130
OUT_DIR = "ut"

EXIT_CODES = """\
Slutkoder:
  0    inga fel
  1    minst ett fel i siffrorna (fel stoppar bygget, avvikelser gör det inte)
  2    indata eller utdata går inte att läsa eller skriva: en arbetsbok, en
       mapp, en full disk, en fil som är öppen i Word (meddelandet säger var
       och vad du gör); inget har skrivits
  3    internt fel i finsam; inget har skrivits (kör igen med FINSAM_DEBUG=1
       och rapportera felet)
  64   felaktig användning: okänt kommando, okänd flagga, saknat eller
       ogiltigt argument
  130  avbrutet (Ctrl+C); inget halvfärdigt har skrivits"""


def table(results) -> str:
    """The findings that did not pass, at most ten of each code, as a text table."""
    shown = shown_per_code(problems(results))
    if not shown:
        return ""
    headers = ("Typ", "Kod", "Plats", "Förväntat", "Faktiskt")
    data = []
    for r, more in shown:
        loc = r.location
        place = f"{loc.workbook} / {loc.sheet or ''} / {loc.cell or ''}".rstrip(" /")
        data.append((r.severity, r.code, place, r.expected_text, r.actual_text, r.text(), more))
    widths = [min(max(len(h), *(len(d[i]) for d in data)), cap)
              for i, (h, cap) in enumerate(zip(headers, (9, 36, 80, 18, 18)))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)),
             "  ".join("-" * w for w in widths)]
    import textwrap  # here: a check with nothing to show does not load it

    for d in data:
        lines.append("  ".join(str(c)[:w].ljust(w) for c, w in zip(d[:5], widths)))
        for part in textwrap.wrap(d[5], 100, break_on_hyphens=False, break_long_words=False):
            lines.append("    " + part)
        if d[6]:
            lines.append(f"… och {fmt.count(d[6])} fynd till med koden {d[1]}; hela listan ger "
                         "finsam check MAPP --json.")
    return "\n".join(lines)


def summary(results) -> str:
    ok, fel, avv = tally(results)
    n = fmt.count
    tips = sum(1 for r in results if not r.ok and r.severity == "tips")
    return (f"{n(len(results))} kontroller: {n(ok)} godkända, {n(fel)} fel, {n(avv)} "
            f"{'avvikelse' if avv == 1 else 'avvikelser'}" + (f", {n(tips)} tips" if tips else "") + ".")


def skipped_lines(folder) -> list[str]:
    return [f"Hoppade över {s.name}: {s.reason}." for s in folder.skipped]


def failing_documents(folder) -> list[str]:
    """The title and table of every document with fel."""
    out = []
    for doc in folder.documents:
        if has_errors(doc.findings):
            out.append(doc.title)
            out.append(table(doc.findings))
    return out


# -- operating-system errors: the user's to fix, in Swedish ---------------------------------

def output_error_lines(exc, what: str = "Rapporterna", option: str | None = "--ut") -> list[str]:
    """A render.safe_io.OutputError as the terminal shows it; ``option`` chooses another folder."""
    advice = exc.advice
    if option and "en annan mapp" in advice:
        advice = advice.replace("en annan mapp", f"en annan mapp med {option}", 1)
    return [f"{what} kunde inte skrivas. Inget har skrivits; mappen är som den var.",
            f"  Plats:      {exc.path}",
            f"  Orsak:      {exc.reason}.",
            f"  Gör så här: {advice}"]


def os_error_parts(exc: OSError) -> tuple[str, str, str]:
    """Any other OSError (a folder that cannot be listed, a workbook without read access, a
    full disk while making blank workbooks): (where, why, what to do), in Swedish."""
    where = str(exc.filename) if exc.filename is not None else "okänd plats"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        reason, advice = "disken är full", "Frigör utrymme på disken och kör igen."
    elif isinstance(exc, PermissionError):
        reason = "åtkomst nekad"
        advice = ("Kontrollera att du får läsa och skriva där och att filen inte är öppen i ett annat "
                  "program (till exempel Excel eller Word), och kör igen.")
    elif isinstance(exc, FileNotFoundError):
        reason, advice = "filen eller mappen finns inte", "Kontrollera sökvägen och kör igen."
    elif isinstance(exc, (FileExistsError, NotADirectoryError)):
        reason, advice = "det finns en fil där en mapp behövs", "Byt namn på filen eller välj en annan mapp."
    elif isinstance(exc, IsADirectoryError):
        reason, advice = "det finns en mapp där en fil behövs", "Byt namn på mappen eller välj en annan sökväg."
    else:
        reason = f"operativsystemet svarade ”{exc.strerror or type(exc).__name__}”"
        advice = "Kontrollera filen, mappen och disken och kör igen."
    return where, reason, advice


def os_error_lines(exc: OSError) -> list[str]:
    where, reason, advice = os_error_parts(exc)
    return ["En fil eller mapp kunde inte läsas eller skrivas. Inget har skrivits.",
            f"  Plats:      {where}",
            f"  Orsak:      {reason}.",
            f"  Gör så här: {advice}"]


# -- one folder's build -----------------------------------------------------------------------

def _embeds(model, wanted: dict[int, object], depth: int = 4):
    """The documents of ``wanted`` (by id of their model) that ``model`` holds, e.g. the budget
    follow-ups a meeting's minutes carry as bilagor."""
    if depth < 0 or model is None or isinstance(model, (str, bytes, int, float)):
        return
    if id(model) in wanted:
        yield wanted[id(model)]
        return
    if dataclasses.is_dataclass(model) and not isinstance(model, type):
        children = (getattr(model, f.name, None) for f in dataclasses.fields(model))
    elif isinstance(model, (tuple, list)):
        children = iter(model)
    elif isinstance(model, dict):
        children = iter(model.values())
    else:
        return
    for child in children:
        yield from _embeds(child, wanted, depth - 1)


def held_back(documents: list) -> dict[int, str]:
    """For ``finsam build --delvis``: the documents (by id) that must not be written, each with
    why (Swedish): its own findings have fel, or it carries a document that has fel."""
    held: dict[int, str] = {}
    failing = {}
    for doc in documents:
        if has_errors(doc.findings):
            _, fel, _ = tally(doc.findings)
            held[id(doc)] = f"{fmt.count(fel)} fel i dokumentets egna kontroller"
            failing[id(doc.model)] = doc
    for doc in documents:
        if id(doc) in held or not doc.kind.needs or not failing:
            continue
        carried = list({id(d): d for d in _embeds(doc.model, failing) if d is not doc}.values())
        if carried:
            held[id(doc)] = "innehåller " + " och ".join(d.title for d in carried) + ", som har fel"
    return held


def build(folder: Path, draft: bool = False, out: Path | None = None, pdf: bool = False,
          partial: bool = False) -> tuple[int, list[str]]:
    """Check and build one folder: (exit code, lines to print). By default all or nothing: any
    fel stops every document (unless ``draft``). With ``partial``, each document whose own
    findings have no fel is written and the others are held back and listed. Raises
    InputError, render.safe_io.OutputError."""
    from .pipeline import load, write_outputs
    from .read.folder import on_disk

    folder = on_disk(Path(folder))  # "Förbund" typed (NFC) for a folder named in NFD, and back
    loaded = load(folder, keep_raw=True, parallel=True)
    everything = loaded.findings
    failed = has_errors(everything)
    lines = skipped_lines(loaded)
    target = Path(out) if out else Path(folder) / OUT_DIR
    if failed and partial and not draft:
        held = held_back(loaded.documents)
        ready = [d for d in loaded.documents if id(d) not in held]
        lines += failing_documents(loaded)
        lines.append(summary(everything))
        if ready:
            written = write_outputs(ready, target, draft=False, pdf=pdf, logo=loaded.logo)
            lines += [f"Skrev {path}" for path in written.paths]
            if written.note:
                lines.append(written.note)
        lines.append(f"Hölls tillbaka ({fmt.count(len(held))} av {fmt.count(len(loaded.documents))} "
                     "dokument; --delvis skriver bara dokument utan fel):")
        lines += [f"  {d.title}: {held[id(d)]}" for d in loaded.documents if id(d) in held]
        return EXIT_FEL, lines
    if failed and not draft:
        lines += failing_documents(loaded)
        lines.append(summary(everything))
        lines.append("Inga rapporter skrevs eftersom siffrorna innehåller fel. Rätta felen, eller kör med "
                     "--utkast för ett utkast med felen listade, eller med --delvis för att skriva de "
                     "dokument som inte har fel.")
        return EXIT_FEL, lines
    written = write_outputs(loaded.documents, target, draft=failed, pdf=pdf, logo=loaded.logo)
    if failed:
        lines += failing_documents(loaded)
    lines.append(summary(everything))
    lines += [f"Skrev {path}" + (" (UTKAST)" if failed else "") for path in written.paths]
    if written.note:
        lines.append(written.note)
    return (EXIT_FEL if failed else EXIT_OK), lines
