"""PDF of the Word documents through LibreOffice headless, when it is installed."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .safe_io import write_atomic

MISSING = ("PDF skapades inte: LibreOffice (soffice) är inte installerat på den här datorn. "
           "Installera det (t.ex. apt-get install libreoffice-writer-nogui) och kör igen.")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: list[Path], out: Path, timeout: int = 240) -> tuple[list[Path], str]:
    """Convert ``docx`` to PDF into ``out`` (atomically). Each call gets its own LibreOffice
    profile, so concurrent conversions never share one. Returns (written, note)."""
    if not docx:
        return [], ""
    exe = soffice()
    if exe is None:
        return [], MISSING
    made: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="finsam-pdf-") as tmp:
        profile, target = Path(tmp) / "profil", Path(tmp) / "pdf"
        try:
            subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                            "--convert-to", "pdf", "--outdir", str(target), *map(str, docx)],
                           capture_output=True, timeout=timeout, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return [], "PDF skapades inte: LibreOffice svarade inte i tid."
        for path in docx:
            pdf = target / (path.stem + ".pdf")
            if pdf.is_file():
                write_atomic(out / pdf.name, pdf.read_bytes())
                made.append(out / pdf.name)
    note = "" if len(made) == len(docx) else "PDF kunde inte skapas för alla dokument."
    return made, note
