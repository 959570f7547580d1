"""The documents as pages: each example built with PDF (LibreOffice), then read back page by
page (pdfinfo, pdftotext, pdftoppm). No empty or near-empty page, each signature block on
one page, a plausible page count, no word broken inside, and a table of contents whose page
numbers (in the docx too) are the pages the headings are on.

Skipped without LibreOffice, unless FINSAM_REQUIRE_LIBREOFFICE=1 (CI), which fails instead."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, documents, normalise, soffice

pytestmark = pytest.mark.libreoffice

# Pages each example's documents may have (the published originals of 2022 and 2023 have 27
# pages with their pictures and longer texts).
EXPECTED_PAGES = {
    "sundsvall-2023/årsredovisning-2023.pdf": (26, 34),  # 18 pages (with the printed texts) and the NNS bilaga's 11
    "sundsvall-2024-04-26/protokoll-2024-03-22.pdf": (3, 6),
    "sundsvall-2024-04-26/protokoll-2024-04-26.pdf": (4, 7),
    "sundsvall-2024-04-26/budgetuppföljning-2024-03-31.pdf": (1, 2),
    "sundsvall-vp-2024/verksamhetsplan-2024.pdf": (7, 10),
    "harnosand-timra-vp-2022/verksamhetsplan-2022.pdf": (5, 8),
    "sundsvall-ansokan-2024/ansökan-arbetskonsulent.pdf": (3, 5),
    "sundsvall-ansokan-2024/protokoll-2024-04-26.pdf": (4, 7),
    "sundsvall-ansokan-2024/budgetuppföljning-2024-03-31.pdf": (1, 2),
    "sundsvall-internkontroll-2024/internkontrollplan-2024.pdf": (2, 3),
    "sundsvall-internkontroll-2024/riskanalys-2024.pdf": (2, 3),
}
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("FINSAM_REQUIRE_LIBREOFFICE"):
            pytest.fail(f"{name} (poppler-utils) krävs i CI men saknas")
        pytest.skip(f"{name} saknas")
    return path


def page_count(pdf: Path) -> int:
    info = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_text(pdf: Path, page: int, layout: bool = True) -> str:
    args = [tool("pdftotext"), "-f", str(page), "-l", str(page)] + (["-layout"] if layout else [])
    return normalise(subprocess.run(args + [str(pdf), "-"], capture_output=True, text=True, check=True).stdout)


def body_lines(pdf: Path, page: int) -> list[str]:
    """The page's text lines without the running header, the draft line, the footer's page
    number and the minutes' justering box."""
    lines = [line.strip() for line in page_text(pdf, page).splitlines() if line.strip()]
    if lines and " – " in lines[0] and len(lines[0]) < 120:
        lines = lines[1:]  # the running header
    return [line for line in lines if not line.startswith("UTKAST – ")
            and not re.fullmatch(r"Sida \d+ av \d+", line) and "signatur" not in line]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """{relative pdf path: (pdf, docx)} for every example, built as ``finsam build --pdf``."""
    from finsam.pipeline import write_outputs
    from finsam.render import office

    if soffice() is None:
        pytest.skip("LibreOffice saknas")
    base = tmp_path_factory.mktemp("sidor")
    out = {}
    notes = []
    for folder in {k.split("/")[0] for k in EXPECTED_PAGES}:
        written = write_outputs(documents(EXAMPLES / folder, keep_raw=True), base / folder, draft=False, pdf=True)
        notes.append(written.note)
        for path in written.paths:
            if path.suffix == ".pdf":
                out[f"{folder}/{path.name}"] = (path, path.with_suffix(".docx"))
    if office._SHARED.office is None and not out:
        pytest.skip("LibreOffice startade inte")
    assert notes == [""] * len(notes)
    yield out
    office.shutdown()


def test_page_counts_are_in_range(built):
    assert set(built) == set(EXPECTED_PAGES)
    for name, (pdf, _) in built.items():
        lo, hi = EXPECTED_PAGES[name]
        assert lo <= page_count(pdf) <= hi, (name, page_count(pdf))


def test_no_empty_or_near_empty_page(built):
    for name, (pdf, _) in built.items():
        for page in range(2, page_count(pdf) + 1):
            assert len(body_lines(pdf, page)) >= 3, (name, page, body_lines(pdf, page))
        # And every page has ink beyond its header and footer (pdftoppm, 40 dpi grey).
        with_ink = _pages_with_ink(pdf)
        assert with_ink == list(range(1, page_count(pdf) + 1)), (name, with_ink)


def _pages_with_ink(pdf: Path) -> list[int]:
    import tempfile

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([tool("pdftoppm"), "-r", "40", "-gray", str(pdf), f"{tmp}/s"], check=True)
        for i, ppm in enumerate(sorted(Path(tmp).glob("s-*.pgm")), start=1):
            data = ppm.read_bytes()
            header = data.split(maxsplit=4)
            width, height, pixels = int(header[1]), int(header[2]), header[4]
            band = pixels[width * (height // 10):width * (height * 85 // 100)]  # between header and footer
            if sum(1 for b in band if b < 160) > 100:
                out.append(i)
    return out


def _page_of(pdf: Path, *needles: str) -> list[int]:
    return [p for p in range(1, page_count(pdf) + 1)
            if all(n in " ".join(page_text(pdf, p, layout=False).split()) for n in needles)]


def test_signature_blocks_are_on_one_page(built):
    pdf, _ = built["sundsvall-2023/årsredovisning-2023.pdf"]
    assert _page_of(pdf, "Styrelsen intygar", "Sundsvall den", "Jonas Väst Ordförande",
                    "Christina Nordenö Vice ordförande", "Lina Kempe Ledamot", "Peter Pettersson Ledamot")
    for name in ("protokoll-2024-03-22.pdf", "protokoll-2024-04-26.pdf"):
        pdf, _ = built[f"sundsvall-2024-04-26/{name}"]
        assert _page_of(pdf, "Jonas Väst Ordförande", "Jan Andersson Sekreterare", "Justerare"), name
        assert _page_of(pdf, "Bevis om anslag", "Förvaringsplats", "Enligt uppdrag", "Namnförtydligande"), name
    pdf, _ = built["harnosand-timra-vp-2022/verksamhetsplan-2022.pdf"]
    assert _page_of(pdf, "Underskrifter", "Timrå 2021-11-26", "Lars Kempe Ordförande", "Mats Höglund")
    pdf, _ = built["sundsvall-ansokan-2024/ansökan-arbetskonsulent.pdf"]
    assert _page_of(pdf, "Underskrifter", "Ort och datum", "Denise Wallén, förvaltningsdirektör För ansvarig part",
                    "Mikael Broman För samverkande part, Försäkringskassan",
                    "För samverkande part, Region Västernorrland")


def test_no_word_is_broken_inside(built):
    """Every word LibreOffice printed is a word of the document: a word split across two lines
    of a narrow column would print as two fragments that are not."""
    from docx import Document

    for name, (pdf, docx) in built.items():
        doc = Document(str(docx))
        texts = [t.text or "" for t in doc.element.iter("{http://schemas.openxmlformats.org/"
                                                         "wordprocessingml/2006/main}t")]
        for sec in doc.sections:
            for part in (sec.header, sec.footer):
                texts += [t.text or "" for t in part._element.iter("{http://schemas.openxmlformats.org/"
                                                                     "wordprocessingml/2006/main}t")]
        with zipfile.ZipFile(docx) as z:  # the charts' texts: categories, series, axis titles
            for name in z.namelist():
                if name.startswith("word/charts/") and name.endswith(".xml"):
                    texts += re.findall(r"<(?:c:v|a:t)>([^<]*)</", z.read(name).decode("utf-8"))
        known = set(WORD.findall(normalise(" ".join(texts))))
        printed = set()
        for page in range(1, page_count(pdf) + 1):
            printed |= set(WORD.findall(page_text(pdf, page)))
        assert sorted(w for w in printed - known if len(w) > 1) == [], name


def test_toc_page_numbers_are_the_headings_pages(built):
    from finsam.render import toc

    for name in ("sundsvall-2023/årsredovisning-2023.pdf", "sundsvall-vp-2024/verksamhetsplan-2024.pdf"):
        pdf, docx = built[name]
        entries = toc.page_list(docx)
        assert len(entries) > 10
        pages = [int(p) for _, p in entries]
        assert pages == sorted(pages) and pages[0] >= 2
        for text, page in entries:
            on_page = " ".join(page_text(pdf, int(page), layout=False).split())
            assert text in on_page, (name, text, page)
        # The PDF's own contents show the same numbers.
        contents = " ".join(page_text(pdf, 2, layout=False).split())
        assert f"{entries[0][0]}" in contents and contents.count(".....") >= len(entries) - 1
        # Filled, so Word need not ask to update the fields on open.
        assert b"updateFields" not in zipfile.ZipFile(docx).read("word/settings.xml")


def test_fonts_are_calibri_or_its_twin(built):
    listed = subprocess.run(["fc-list"], capture_output=True, text=True).stdout if shutil.which("fc-list") else ""
    if "Carlito" not in listed and "Calibri" not in listed:
        if os.environ.get("FINSAM_REQUIRE_LIBREOFFICE"):
            pytest.fail("typsnittet Carlito (fonts-crosextra-carlito) krävs i CI men saknas")
        pytest.skip("varken Calibri eller Carlito är installerat")
    for name, (pdf, _) in built.items():
        fonts = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
        names = {line.split()[0].split("+")[-1].split("-")[0] for line in fonts.splitlines()[2:] if line.strip()}
        assert names <= {"Carlito", "Calibri", "OpenSymbol"}, (name, names)


def test_page_images_render(built, tmp_path):
    """pdftoppm makes a page image of every page (what docs/make_pages.py puts in docs/)."""
    pdf, _ = built["sundsvall-2023/årsredovisning-2023.pdf"]
    subprocess.run([tool("pdftoppm"), "-png", "-r", "50", str(pdf), str(tmp_path / "sida")], check=True)
    images = sorted(tmp_path.glob("sida-*.png"))
    assert len(images) == page_count(pdf)
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in images)
