"""What the terminal shows: findings as a table, the counts, and one folder's build as text.
Shared by ``finsam check`` / ``build`` and by the parallel builds of many folders."""
from __future__ import annotations

import textwrap
from pathlib import Path

from . import fmt
from .findings import has_errors, problems, shown_per_code, tally

EXIT_OK, EXIT_FEL, EXIT_INPUT, EXIT_INTERNAL, EXIT_ABORT = 0, 1, 2, 3, 130
OUT_DIR = "ut"


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
    return (f"{n(len(results))} kontroller: {n(ok)} godkända, {n(fel)} fel, {n(avv)} "
            f"{'avvikelse' if avv == 1 else 'avvikelser'}.")


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


def build(folder: Path, draft: bool = False, out: Path | None = None, pdf: bool = False) -> tuple[int, list[str]]:
    """Check and build one folder: (exit code, lines to print). Raises InputError."""
    from .pipeline import load, write_outputs

    loaded = load(Path(folder), keep_raw=True, parallel=True)
    everything = loaded.findings
    failed = has_errors(everything)
    lines = skipped_lines(loaded)
    if failed and not draft:
        lines += failing_documents(loaded)
        lines.append(summary(everything))
        lines.append("Inga rapporter skrevs eftersom siffrorna innehåller fel. Rätta felen, eller kör med "
                     "--utkast för ett utkast med felen listade.")
        return EXIT_FEL, lines
    written = write_outputs(loaded.documents, Path(out) if out else Path(folder) / OUT_DIR, draft=failed, pdf=pdf)
    if failed:
        lines += failing_documents(loaded)
    lines.append(summary(everything))
    lines += [f"Skrev {path}" + (" (UTKAST)" if failed else "") for path in written.paths]
    if written.note:
        lines.append(written.note)
    return (EXIT_FEL if failed else EXIT_OK), lines
