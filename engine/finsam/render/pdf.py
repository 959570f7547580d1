"""PDF of the Word documents through LibreOffice, when it is installed.

The PDFs are PDF/A-2b (for archiving) and tagged (for screen readers), with every index (table
of contents) updated before export so its page numbers are right. Conversions go through one
warm LibreOffice per process (``office.shared``); when that cannot start, through a one-shot
``soffice --convert-to`` with the same export options (LibreOffice 7.4 or later for the JSON
filter options), which cannot update indexes: a table of contents then keeps the page numbers
the docx carries, so use ``update_indexes`` first where that matters.

A build asks ``to_pdf(..., pages=True)``: the load in LibreOffice that exports the PDF also
answers with the table of contents' page numbers, which go into finsam's docx (``toc.set_pages``),
so a document costs one load, not two (``paginate`` then ``to_pdf``).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import office as _office
from .safe_io import write_atomic

MISSING = ("PDF skapades inte: LibreOffice (soffice) är inte installerat på den här datorn. "
           "Installera det (t.ex. apt-get install libreoffice-writer-nogui) och kör igen.")
MISSING_OVERRIDE = "PDF skapades inte: FINSAM_SOFFICE pekar på {path}, som inte finns."
TIMEOUT = "PDF skapades inte: LibreOffice svarade inte i tid."
SOME_FAILED = "PDF kunde inte skapas för alla dokument."

# writer_pdf_Export's FilterData. SelectPdfVersion 2 is PDF/A-2b: LibreOffice then embeds every
# font, writes the XMP metadata with the pdfaid claim, and leaves out what PDF/A forbids
# (JavaScript, encryption, an embedded ODF copy).
PDF_OPTIONS: dict[str, bool | int] = {
    "SelectPdfVersion": 2,            # PDF/A-2b
    "UseTaggedPDF": True,             # structure tree: headings, lists, tables for screen readers
    "EmbedStandardFonts": True,       # also the 14 standard fonts (PDF/A wants all embedded)
    "ExportBookmarks": True,          # headings as the PDF's outline
    "DisplayPDFDocumentTitle": True,  # viewers show the title, not the file name
    "ExportNotes": False,             # review comments are not part of the document
    "IsAddStream": False,             # no embedded ODF copy (not allowed in PDF/A)
}


def soffice() -> str | None:
    return _office.find_soffice()


def _missing() -> str:
    override = os.environ.get("FINSAM_SOFFICE")
    return MISSING_OVERRIDE.format(path=override) if override else MISSING


def oneshot_filter(options: dict[str, bool | int] = PDF_OPTIONS) -> str:
    """--convert-to's argument: pdf with writer_pdf_Export and ``options`` as JSON."""
    def typed(value):
        if isinstance(value, bool):
            return {"type": "boolean", "value": "true" if value else "false"}
        if isinstance(value, int):
            return {"type": "long", "value": str(value)}
        return {"type": "string", "value": str(value)}

    return "pdf:writer_pdf_Export:" + json.dumps({k: typed(v) for k, v in options.items()},
                                                 separators=(",", ":"))


def to_pdf(docx: list[Path], out: Path, timeout: int = 240, pages: bool = False) -> tuple[list[Path], str]:
    """Convert ``docx`` to PDF/A-2b into ``out`` (atomically), through the process's warm
    LibreOffice, or a one-shot one when that cannot start. With ``pages``, each of ``docx``
    that has a table of contents also gets the PDF's page numbers in it (in place, as
    ``paginate`` does) from the same load in LibreOffice that made its PDF; the one-shot
    call cannot lay out an index and leaves the docx as it is. Returns (written, note)."""
    if not docx:
        return [], ""
    exe = soffice()
    if exe is None:
        return [], _missing()
    office = _office.shared(exe)
    if office is None:
        return to_pdf_oneshot(docx, out, timeout)
    made: list[Path] = []
    note = ""
    with tempfile.TemporaryDirectory(prefix="finsam-pdf-") as tmp:
        for i, path in enumerate(docx):
            # A private copy: LibreOffice leaves no lock file beside the user's document.
            src = Path(tmp) / f"{i}" / path.name
            src.parent.mkdir()
            shutil.copyfile(path, src)
            pdf = src.with_suffix(".pdf")
            want = pages and _has_toc(path)
            try:
                answer = office.convert("pdf", src, pdf, PDF_OPTIONS, timeout, toc=want)
            except (_office.ConversionError, _office.OfficeTimeout):
                continue  # this document only; a hung office was killed, the next call restarts it
            except _office.OfficeError:
                # Died twice or hung: the rest go the one-shot way.
                rest, note = to_pdf_oneshot(docx[i:], out, timeout)
                return made + rest, note
            write_atomic(out / pdf.name, pdf.read_bytes())
            made.append(out / pdf.name)
            if want:
                _fill_pages(path, answer.get("toc") or [])
    if len(made) != len(docx):
        note = SOME_FAILED
    return made, note


def to_pdf_oneshot(docx: list[Path], out: Path, timeout: int = 240) -> tuple[list[Path], str]:
    """The same PDF through ``soffice --convert-to`` in a fresh LibreOffice with its own
    profile (about 2 s per call; indexes are not updated)."""
    if not docx:
        return [], ""
    exe = soffice()
    if exe is None:
        return [], _missing()
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="finsam-pdf-") as tmp:
        profile, target = Path(tmp) / "profil", Path(tmp) / "pdf"
        _office.swedish_profile(profile)
        try:
            subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                            "--convert-to", oneshot_filter(), "--outdir", str(target), *map(str, docx)],
                           capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return [], TIMEOUT
        for path in docx:
            pdf = target / (path.stem + ".pdf")
            if pdf.is_file():
                write_atomic(out / pdf.name, pdf.read_bytes())
                made.append(out / pdf.name)
    note = "" if len(made) == len(docx) else SOME_FAILED
    return made, note


def update_indexes(docx: list[Path], out: Path, timeout: int = 240) -> tuple[list[Path], str]:
    """Write each of ``docx`` into ``out`` (same name; may be its own folder) with every table
    of contents updated by LibreOffice, so the Word file itself carries the page numbers.
    LibreOffice stores the whole document anew ("MS Word 2007 XML"). Needs the warm office.
    Returns (written, note)."""
    if not docx:
        return [], ""
    exe = soffice()
    if exe is None:
        return [], _missing().replace("PDF skapades inte", "Innehållsförteckningen uppdaterades inte")
    office = _office.shared(exe)
    if office is None:
        return [], ("Innehållsförteckningen uppdaterades inte: LibreOffice kunde inte startas "
                    f"för uppdatering ({_office._SHARED.error}).")
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="finsam-toc-") as tmp:
        for i, path in enumerate(docx):
            src = Path(tmp) / f"{i}" / path.name
            src.parent.mkdir()
            shutil.copyfile(path, src)
            dst = src.with_name("uppdaterad.docx")
            try:
                office.convert("docx", src, dst, None, timeout)
            except (_office.ConversionError, _office.OfficeError):
                continue
            write_atomic(out / path.name, dst.read_bytes())
            made.append(out / path.name)
    note = "" if len(made) == len(docx) else "Innehållsförteckningen kunde inte uppdateras i alla dokument."
    return made, note


def paginate(docx: list[Path], timeout: int = 240) -> tuple[list[Path], str]:
    """Fill in the page numbers of the table of contents of each of ``docx`` (in place), as
    LibreOffice lays the document out (the PDF's pages). The document stays finsam's own:
    only the TOC entries' PAGEREF results are set (``render.toc``), from a copy that the warm
    office updated and stored. Documents without a table of contents are left alone. Needs
    the warm office; returns (the documents filled, note)."""
    from . import toc

    wanted = [p for p in docx if _has_toc(p)]
    if not wanted:
        return [], ""
    exe = soffice()
    if exe is None:
        return [], _missing().replace("PDF skapades inte", "Innehållsförteckningens sidnummer fylldes inte i")
    office = _office.shared(exe)
    if office is None:
        return [], "Innehållsförteckningens sidnummer fylldes inte i: LibreOffice kunde inte startas."
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="finsam-toc-") as tmp:
        for i, path in enumerate(wanted):
            src = Path(tmp) / f"{i}" / path.name
            src.parent.mkdir()
            shutil.copyfile(path, src)
            dst = src.with_name("uppdaterad.docx")
            try:
                office.convert("docx", src, dst, None, timeout)
                pages = toc.page_list(dst)
            except (_office.ConversionError, _office.OfficeError, OSError, KeyError, ValueError):
                continue
            if _fill_pages(path, pages):
                made.append(path)
    note = "" if len(made) == len(wanted) else "Innehållsförteckningens sidnummer kunde inte fyllas i i alla dokument."
    return made, note


def _fill_pages(path: Path, pages: list) -> bool:
    """Set the page numbers of ``path``'s table of contents from LibreOffice's (text, page)
    entries, in place; False when none could be set."""
    from . import toc

    try:
        data, filled = toc.set_pages(path.read_bytes(), [(str(t), str(p)) for t, p in pages])
    except (OSError, KeyError, ValueError):
        return False
    if filled:
        write_atomic(path, data)
    return bool(filled)


def _has_toc(path: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            return b"PAGEREF _Toc" in z.read("word/document.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
