"""Page images of every document finsam makes from the bundled examples, for the README.

    .venv/bin/python docs/make_pages.py        # writes docs/sidor/*.png

Builds each example as ``finsam build --pdf`` does (LibreOffice makes the PDFs, the table of
contents gets its page numbers), a draft of the published annual report (every page marked
UTKAST) and the roll-up, then lays each PDF's pages side by side in one PNG (pdftoppm from
poppler-utils renders the pages). SOURCE_DATE_EPOCH fixes the dates printed in the documents.
Needs LibreOffice and poppler-utils.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "sidor"
EXAMPLES = ROOT / "examples"
DPI = 36
COLUMNS = 6
GAP = 6
# (example folder, draft, {pdf name: image name})
BUILDS = (
    ("sundsvall-2023", False, {"årsredovisning-2023.pdf": "årsredovisning.png"}),
    ("sundsvall-2023-publicerad", True, {"årsredovisning-2023.pdf": "årsredovisning-utkast.png"}),
    ("sundsvall-2024-04-26", False, {"protokoll-2024-04-26.pdf": "protokoll.png",
                                     "budgetuppföljning-2024-03-31.pdf": "budgetuppföljning.png"}),
    ("sundsvall-vp-2024", False, {"verksamhetsplan-2024.pdf": "verksamhetsplan.png"}),
    ("harnosand-timra-vp-2022", False, {"verksamhetsplan-2022.pdf": "verksamhetsplan-härnösand-timrå.png"}),
    ("sundsvall-ansokan-2024", False, {"ansökan-arbetskonsulent.pdf": "ansökan.png"}),
    ("sundsvall-internkontroll-2024", False, {"internkontrollplan-2024.pdf": "internkontrollplan.png",
                                              "riskanalys-2024.pdf": "riskanalys.png"}),
)


def _ppm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    magic, width, height, _, pixels = data.split(maxsplit=4)
    assert magic == b"P6"
    return int(width), int(height), pixels[:int(width) * int(height) * 3]


def _png(path: Path, width: int, height: int, rows: list[bytes]) -> None:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    raw = b"".join(b"\x00" + row for row in rows)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def contact_sheet(pdf: Path, target: Path) -> int:
    """All pages of ``pdf`` side by side, COLUMNS a row, on grey. Returns the page count."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(DPI), str(pdf), f"{tmp}/p"], check=True)
        pages = [_ppm(p) for p in sorted(Path(tmp).glob("p-*.ppm"))]
    pw, ph = max(p[0] for p in pages), max(p[1] for p in pages)
    cols = min(COLUMNS, len(pages))
    rows_n = -(-len(pages) // cols)
    width, height = cols * pw + (cols + 1) * GAP, rows_n * ph + (rows_n + 1) * GAP
    canvas = [bytearray(b"\x9a\x9a\x9a" * width) for _ in range(height)]
    for i, (w, h, pixels) in enumerate(pages):
        x, y = GAP + (i % cols) * (pw + GAP), GAP + (i // cols) * (ph + GAP)
        for line in range(h):
            canvas[y + line][x * 3:(x + w) * 3] = pixels[line * w * 3:(line + 1) * w * 3]
    _png(target, width, height, [bytes(r) for r in canvas])
    return len(pages)


def main() -> int:
    sys.path.insert(0, str(ROOT / "engine"))
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1714089600")  # 2024-04-26
    from finsam.batch import summarise_folder
    from finsam.pipeline import load, write_outputs
    from finsam.render import office
    from finsam.render.pdf import to_pdf
    from finsam.render.rollup import rollup_docx

    if shutil.which("pdftoppm") is None or office.find_soffice() is None:
        print("Behöver LibreOffice (soffice) och poppler-utils (pdftoppm).", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="finsam-sidor-") as tmp:
        for folder, draft, images in BUILDS:
            written = write_outputs(load(EXAMPLES / folder, keep_raw=True).documents, Path(tmp) / folder,
                                    draft=draft, pdf=True)
            for pdf, image in images.items():
                n = contact_sheet(Path(tmp) / folder / pdf, OUT / image)
                print(f"{OUT / image}: {n} sidor", "" if not written.note else f"({written.note})")
        rows = [summarise_folder(str(EXAMPLES / name)) for name in ("sundsvall-2023", "sundsvall-2023-publicerad")]
        docx = Path(tmp) / "sammanställning.docx"
        docx.write_bytes(rollup_docx(rows))
        made, _ = to_pdf([docx], Path(tmp) / "pdf")
        n = contact_sheet(made[0], OUT / "sammanställning.png")
        print(f"{OUT / 'sammanställning.png'}: {n} sidor")
    office.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
