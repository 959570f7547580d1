"""PDF output: LibreOffice lookup, the warm office (reuse, restart, threads, shutdown), PDF/A-2b
and tagging, core properties, updated tables of contents, and the one-shot fallback giving
the same document. One warm LibreOffice serves the whole module."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, normalise, run_cli, soffice

from finsam.render import office, pdf

WIN_PF = r"C:\Program Files\LibreOffice\program\soffice.exe"
WIN_PF86 = r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"
MAC_APP = "/Applications/LibreOffice.app/Contents/MacOS/soffice"


# -- finding LibreOffice (no LibreOffice needed) ----------------------------------------------

@pytest.fixture
def machine(monkeypatch):
    """Fake platform: ``machine(platform, files, path)`` sets sys.platform/os.name, which files
    exist and what PATH finds."""
    def setup(platform: str, files=(), path=None):
        monkeypatch.setattr(sys, "platform", platform)
        monkeypatch.setattr(os, "name", "nt" if platform == "win32" else "posix")
        monkeypatch.setattr(office, "_is_file", lambda p: p in set(files))
        monkeypatch.setattr(office, "_which", lambda name: (path or {}).get(name))
        monkeypatch.delenv("FINSAM_SOFFICE", raising=False)
    return setup


def test_lookup_prefers_path_soffice_then_libreoffice(machine):
    machine("linux", path={"soffice": "/x/soffice", "libreoffice": "/y/libreoffice"})
    assert office.find_soffice({}) == "/x/soffice"
    machine("linux", path={"libreoffice": "/y/libreoffice"})
    assert office.find_soffice({}) == "/y/libreoffice"


def test_lookup_windows_program_files(machine):
    machine("win32", files=[WIN_PF])
    assert office.find_soffice({}) == WIN_PF
    machine("win32", files=[WIN_PF86])
    assert office.find_soffice({}) == WIN_PF86
    # Installed on another drive: the ProgramFiles variable says where.
    other = r"D:\Program\LibreOffice\program\soffice.exe"
    machine("win32", files=[other, WIN_PF86])
    assert office.find_soffice({"ProgramFiles": "D:\\Program\\"}) == other
    machine("win32")
    assert office.find_soffice({}) is None


def test_lookup_macos_application_bundle(machine):
    machine("darwin", files=[MAC_APP, "/usr/bin/soffice"])
    assert office.find_soffice({}) == MAC_APP
    machine("darwin")
    assert office.find_soffice({}) is None


def test_lookup_env_override_wins_and_is_not_second_guessed(machine, monkeypatch):
    machine("win32", files=[WIN_PF, r"E:\LO\soffice.exe"], path={"soffice": "/x/soffice"})
    assert office.find_soffice({"FINSAM_SOFFICE": r"E:\LO\soffice.exe"}) == r"E:\LO\soffice.exe"
    assert office.find_soffice({"FINSAM_SOFFICE": r"E:\saknas.exe"}) is None
    monkeypatch.setenv("FINSAM_SOFFICE", r"E:\LO\soffice.exe")
    assert office.find_soffice() == r"E:\LO\soffice.exe"


def test_missing_libreoffice_is_a_swedish_note_and_no_file(machine, monkeypatch, tmp_path):
    machine("linux")
    docx = tmp_path / "a.docx"
    docx.write_bytes(b"PK")
    assert pdf.to_pdf([docx], tmp_path / "ut") == ([], pdf.MISSING)
    monkeypatch.setenv("FINSAM_SOFFICE", "/opt/lo/soffice")
    made, note = pdf.to_pdf([docx], tmp_path / "ut")
    assert made == [] and "FINSAM_SOFFICE pekar på /opt/lo/soffice" in note
    assert not (tmp_path / "ut").exists()


def test_oneshot_filter_is_typed_json():
    import json

    name, _, options = pdf.oneshot_filter().partition(":writer_pdf_Export:")
    assert name == "pdf"
    parsed = json.loads(options)
    assert parsed["SelectPdfVersion"] == {"type": "long", "value": "2"}
    assert parsed["UseTaggedPDF"] == {"type": "boolean", "value": "true"}
    assert parsed["ExportNotes"] == {"type": "boolean", "value": "false"}


# -- with LibreOffice -----------------------------------------------------------------------

def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("FINSAM_REQUIRE_LIBREOFFICE"):
            pytest.fail(f"{name} (poppler-utils) krävs i CI men saknas")
        pytest.skip(f"{name} saknas")
    return path


def pdfinfo(path: Path, *flags: str) -> str:
    return subprocess.run([_tool("pdfinfo"), *flags, str(path)], capture_output=True, text=True,
                          check=True).stdout


def pages(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", pdfinfo(path), re.M).group(1))


def pdftext(path: Path, *flags: str) -> str:
    return normalise(subprocess.run([_tool("pdftotext"), *flags, str(path), "-"], capture_output=True,
                                    text=True, check=True).stdout)


def _group_gone(pid: int, wait: float = 10.0) -> bool:
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            return True
        # Zombies left for init to reap do not count as running.
        states = subprocess.run(["ps", "-o", "stat=", "-g", str(pid)], capture_output=True,
                                text=True).stdout.split()
        if all(s.startswith("Z") for s in states):
            return True
        time.sleep(0.1)
    return False


@pytest.fixture(scope="module")
def exe() -> str:
    path = soffice()
    if path is None:
        pytest.skip("LibreOffice saknas")
    return path


@pytest.fixture(scope="module")
def warm(exe):
    """The process's shared office, started once for the module; afterwards every LibreOffice
    process it ran must be gone."""
    office.shutdown()
    started = office.shared(exe)
    if started is None:
        message = f"LibreOffice startade inte varmt: {office._SHARED.error}"
        if os.environ.get("FINSAM_REQUIRE_LIBREOFFICE"):
            pytest.fail(message)
        pytest.skip(message)
    yield started
    pid = started.pid
    office.shutdown()
    assert not started.alive()
    if pid is not None and os.name != "nt":
        assert _group_gone(pid), "LibreOffice lever kvar efter shutdown()"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("pdf") / "sundsvall-2023"
    shutil.copytree(EXAMPLES / "sundsvall-2023", folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    result = run_cli("build", folder)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder / "ut" / "årsredovisning-2023.docx"


HEADINGS = {"Inledning": 2, "Ekonomi": 3, "Insatser": 5, "Bilagor": 8}
STALE = "Högerklicka för att uppdatera innehållsförteckningen."


def toc_docx(path: Path) -> Path:
    """A Word document with a TOC field whose result is stale, then four headings; three are
    followed by 0, 1, 2 extra pages, so they start on pages 2, 3, 5 and 8."""
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field_char(paragraph, kind):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    doc = Document()
    doc.core_properties.title = "Årsredovisning 2023 – provtryck"
    doc.core_properties.author = "Samordningsförbundet Östra Åre"
    doc.add_paragraph("Innehåll")
    toc = doc.add_paragraph()
    field_char(toc, "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = ' TOC \\o "1-3" \\h \\z \\u '
    toc.add_run()._r.append(instr)
    field_char(toc, "separate")
    toc.add_run(STALE)
    field_char(toc, "end")
    for extra, name in enumerate(HEADINGS):
        doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        doc.add_heading(name, 1)
        for _ in range(extra):
            doc.add_paragraph("Text om " + name.lower() + ". " * 10).add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph(f"Slutet av avsnittet {name}.")
    doc.save(path)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_warm_pdf_is_pdfa2b_tagged_with_core_properties(warm, tmp_path):
    src = toc_docx(tmp_path / "toc.docx")
    made, note = pdf.to_pdf([src], tmp_path / "ut")
    assert (made, note) == ([tmp_path / "ut" / "toc.pdf"], "")
    info = pdfinfo(made[0])
    assert re.search(r"^Title:\s+Årsredovisning 2023 – provtryck$", info, re.M)
    assert re.search(r"^Author:\s+Samordningsförbundet Östra Åre$", info, re.M)
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    xmp = pdfinfo(made[0], "-meta")
    assert re.search(r"<pdfaid:part>2</pdfaid:part>", xmp)
    assert re.search(r"<pdfaid:conformance>B</pdfaid:conformance>", xmp)
    assert "Årsredovisning 2023 – provtryck" in xmp  # dc:title in the XMP too (PDF/A wants both)
    assert pages(made[0]) == 11


def test_pdf_table_of_contents_has_page_numbers(warm, tmp_path):
    src = toc_docx(tmp_path / "toc.docx")
    before = sha(src)
    made, _ = pdf.to_pdf([src], tmp_path / "ut")
    first_page = pdftext(made[0], "-layout", "-l", "1")
    assert STALE not in first_page
    listed = dict(re.findall(r"^\s*(\w+)[ .]*?(\d+)\s*$", first_page, re.M))
    assert listed == {name: str(page) for name, page in HEADINGS.items()}
    # The headings really are on those pages.
    for name, page in HEADINGS.items():
        assert name in pdftext(made[0], "-f", str(page), "-l", str(page)).split("\n")[0]
    assert sha(src) == before and sorted(p.name for p in tmp_path.iterdir()) == ["toc.docx", "ut"]


def test_update_indexes_writes_docx_with_page_numbers(warm, tmp_path):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    src = toc_docx(tmp_path / "toc.docx")
    before = sha(src)
    made, note = pdf.update_indexes([src], tmp_path / "ut")
    assert (made, note) == ([tmp_path / "ut" / "toc.docx"], "")
    assert sha(src) == before
    doc = Document(str(made[0]))
    texts = [Paragraph(p, doc).text for p in doc.element.body.iter(qn("w:p"))]
    assert STALE not in "\n".join(texts)
    assert [t for t in texts if "\t" in t] == [f"{name}\t{page}" for name, page in HEADINGS.items()]
    # Still a TOC field Word can update again.
    assert any(el.text.split()[0] == "TOC" for el in doc.element.body.iter(qn("w:instrText")))
    # In place, too.
    made, note = pdf.update_indexes([src], tmp_path)
    assert (made, note) == ([src], "") and sha(src) != before


def test_warm_and_oneshot_give_the_same_document(warm, report, tmp_path, monkeypatch):
    t0 = time.perf_counter()
    # As the pipeline does: the docx's table of contents gets its page numbers first; the
    # one-shot conversion cannot update an index, so it prints the ones the docx carries.
    report = Path(shutil.copy(report, tmp_path / report.name))
    assert pdf.paginate([report]) == ([report], "")
    made, note = pdf.to_pdf([report], tmp_path / "varm")
    assert note == ""
    # Now as if the warm office could not start: to_pdf falls back to the one-shot call.
    monkeypatch.setattr(office, "_SHARED", office._Shared())
    monkeypatch.setattr(office, "find_uno_python", lambda exe: None)
    cold, note = pdf.to_pdf([report], tmp_path / "kall")
    assert note == "" and office._SHARED.office is None
    assert [p.name for p in made] == [p.name for p in cold] == ["årsredovisning-2023.pdf"]
    assert pages(made[0]) == pages(cold[0]) > 5
    warm_text, cold_text = pdftext(made[0]), pdftext(cold[0])
    assert warm_text == cold_text
    assert "1 288 424" in warm_text
    assert re.search(r"<pdfaid:part>2</pdfaid:part>", pdfinfo(cold[0], "-meta"))
    assert time.perf_counter() - t0 < 120  # sanity only; speed lives in bench/


def test_listener_that_cannot_start_fails_cleanly(exe, tmp_path, monkeypatch):
    monkeypatch.setattr(office, "WORKER", tmp_path / "saknas.py")
    broken = office.Office(exe, sys.executable, start_timeout=5)
    with pytest.raises(office.OfficeError):
        broken.start()
    assert not broken.alive() and broken.pid is None


@pytest.mark.skipif(os.name == "nt", reason="POSIX process groups")
def test_dead_office_is_restarted(warm, tmp_path):
    shared = office.shared(warm.soffice)
    old, starts = shared.pid, shared.starts
    os.killpg(old, signal.SIGKILL)
    assert _group_gone(old)
    made, note = pdf.to_pdf([toc_docx(tmp_path / "toc.docx")], tmp_path / "ut")
    assert note == "" and pages(made[0]) == 11
    assert shared.starts == starts + 1 and shared.pid != old


def test_office_that_does_not_answer_in_time_is_replaced(warm, tmp_path):
    src = toc_docx(tmp_path / "toc.docx")
    shared = office.shared(warm.soffice)
    old, starts = shared.pid, shared.starts
    assert pdf.to_pdf([src], tmp_path / "ut", timeout=0.001) == ([], pdf.SOME_FAILED)
    assert not (tmp_path / "ut").exists() and not shared.alive()
    if os.name != "nt":
        assert _group_gone(old)
    made, note = pdf.to_pdf([src], tmp_path / "ut")
    assert note == "" and pages(made[0]) == 11 and shared.starts == starts + 1


def test_concurrent_conversions_share_one_office(warm, tmp_path):
    shared = office.shared(warm.soffice)
    pid = shared.pid
    src = toc_docx(tmp_path / "toc.docx")
    results = {}

    def convert(i):
        results[i] = pdf.to_pdf([src], tmp_path / str(i))

    threads = [threading.Thread(target=convert, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert sorted(results) == [0, 1, 2]
    for i, (made, note) in results.items():
        assert note == "" and made == [tmp_path / str(i) / "toc.pdf"]
        assert pages(made[0]) == 11
    assert office.shared(warm.soffice).pid == pid


def test_one_load_gives_the_same_docx_and_pdf_as_paginate_then_pdf(warm, report, tmp_path):
    # to_pdf(pages=True) takes the TOC's page numbers from the load that makes the PDF; the
    # result is what paginate (load, store a docx, read it) and then to_pdf (load again) gave.
    two, one = tmp_path / "två", tmp_path / "en"
    two.mkdir()
    one.mkdir()
    before = shutil.copy(report, two / report.name)
    after = shutil.copy(report, one / report.name)
    assert pdf.paginate([Path(before)]) == ([Path(before)], "")
    old, note = pdf.to_pdf([Path(before)], two / "pdf")
    assert note == ""
    starts = warm.starts
    new, note = pdf.to_pdf([Path(after)], one / "pdf", pages=True)
    assert note == "" and warm.starts == starts
    assert sha(Path(after)) == sha(Path(before)) != sha(report)
    from finsam.render import toc

    listed = [page for _, page in toc.page_list(Path(after))]
    assert listed and all(p.isdigit() for p in listed)
    assert pages(new[0]) == pages(old[0]) > 5
    assert pdftext(new[0]) == pdftext(old[0])


def test_pages_without_the_warm_office_leave_the_docx_as_it_is(exe, report, tmp_path, monkeypatch):
    monkeypatch.setattr(office, "_SHARED", office._Shared())
    monkeypatch.setattr(office, "find_uno_python", lambda exe: None)
    doc = Path(shutil.copy(report, tmp_path / report.name))
    made, note = pdf.to_pdf([doc], tmp_path / "pdf", pages=True)
    assert note == "" and [p.name for p in made] == ["årsredovisning-2023.pdf"]
    assert sha(doc) == sha(report)


# -- the web page's build workers ------------------------------------------------------------

def _office_state() -> dict:
    """In a pool worker: its warm office, as far as it has got."""
    shared = office._SHARED.office
    return {"running": bool(shared and shared.alive()), "starts": shared.starts if shared else 0,
            "pid": os.getpid()}


def test_build_worker_has_libreoffice_running_before_the_first_build(exe, tmp_path):
    import io
    import tempfile
    import zipfile

    from finsam.web import jobs, work
    from finsam.web.preview import docx_html

    runner = jobs.Runner(processes=True, workers={"kontroll": 1, "bygge": 1})
    try:
        runner.warm()
        before = runner._pool("bygge").submit(_office_state).result(180)
        if not before["running"] and os.environ.get("FINSAM_REQUIRE_LIBREOFFICE") is None:
            pytest.skip("LibreOffice startade inte varmt i byggprocessen")
        assert before["running"] and before["starts"] == 1  # started by the worker's initializer
        job = runner.reserve("bygge", "session")
        runner.launch(job, tempfile.mkdtemp(prefix="finsam-test-"), work.build, [], True)
        result = job.wait(300)
        after = runner._pool("bygge").submit(_office_state).result(60)
    finally:
        runner.shutdown(wait=True)
    assert result is not None and "zip" in result, result.get("fel")
    assert after == before  # the first build used the office started at the start, no other
    with zipfile.ZipFile(io.BytesIO(result["zip"])) as z:
        docx = z.read("årsredovisning-2023.docx")
        (tmp_path / "web.pdf").write_bytes(z.read("årsredovisning-2023.pdf"))
    # The preview made while LibreOffice made the PDF is the finished docx's, page numbers too.
    preview = result["bygge"]["forhandsvisningar"][0]
    assert preview["fil"] == "årsredovisning-2023.docx"
    assert preview["html"] == docx_html(docx)
    assert re.search(r'<a href="#_Toc\d+"[^>]*>1 Förvaltningsberättelse\t\d+</a>', preview["html"])
    # The same document as the one-shot call makes of the zip's docx (whose TOC has its pages).
    (tmp_path / "web.docx").write_bytes(docx)
    cold, note = pdf.to_pdf_oneshot([tmp_path / "web.docx"], tmp_path / "kall")
    assert note == ""
    assert pages(cold[0]) == pages(tmp_path / "web.pdf") > 5
    assert pdftext(cold[0]) == pdftext(tmp_path / "web.pdf")
