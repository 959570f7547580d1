"""End to end: the example builds, the docx holds the reconciled figures, the published
variant is caught, inputs are never touched."""
from __future__ import annotations

import json
import re
import subprocess

import pytest
from docx import Document

from conftest import EXAMPLES, docx_text, normalise, run_cli, sha256_tree, soffice

from finsam.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    import shutil

    folder = tmp_path_factory.mktemp("build") / "sundsvall-2023"
    shutil.copytree(EXAMPLES / "sundsvall-2023", folder, ignore=shutil.ignore_patterns("ut"))
    before = sha256_tree(folder)
    result = run_cli("build", folder)
    return folder, result, before


def test_build_passes_without_fel(built):
    folder, result, _ = built
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 fel" in result.stdout
    assert (folder / "ut" / "årsredovisning-2023.docx").is_file()
    assert "Traceback" not in result.stderr


def test_inputs_byte_identical_after_build(built):
    folder, _, before = built
    assert sha256_tree(folder) == before


def _paragraph(text: str, *needles: str) -> str:
    """The first paragraph (line) containing every needle."""
    for line in text.splitlines():
        if all(n in line for n in needles):
            return line
    raise AssertionError(f"no paragraph with {needles!r}")


def test_docx_shows_reconciled_figures(built):
    folder, _, _ = built
    text = docx_text(folder / "ut" / "årsredovisning-2023.docx")
    # Årets resultat in the resultaträkning row and the summary.
    assert re.search(r"Årets resultat \| +\| 476 308 \| -409 222", text)
    assert "överskott på 476 308 kr" in text
    # Eget kapital 1 288 424 = 17,5 % of 7 360 000, cap met.
    ek = _paragraph(text, "eget kapital vid årets slut är 1 288 424 kr")
    assert "17,5 %" in ek and "7 360 000 kr" in ek
    # Individual share 70,4 % of driftsbidraget.
    ind = _paragraph(text, "5 182 188 kr gick till individinriktade insatser", "driftsbidraget (7 360 000 kr)")
    assert "70,4 %" in ind and "driftsbidraget (7 360 000 kr)" in ind
    # Balance sheet total and soliditet.
    assert re.search(r"Summa tillgångar \| +\| 3 923 481 \| 3 696 599", text)
    assert "Soliditet (eget kapital / summa tillgångar): 33 %" in text
    # Participants: 734 (359 kvinnor, 373 män) in the summary and the table total.
    assert "734 deltagare (359 kvinnor och 373 män)" in text
    assert "Totalt | 734 (359/373) | 1 019 | 186 (85/101) | 13" in text
    # Goal texts are computed.
    assert _paragraph(text, "Utfall: 199 (93 kvinnor och 106 män), jämfört med 137")
    assert text.count("Målet är uppnått.") >= 7


def test_docx_shows_participant_splits_as_reported(built):
    """Participant counts are not survey results: the split is shown as the förbund reports
    it, also for small groups (the NNS rule of ten is for survey respondents)."""
    folder, _, _ = built
    text = docx_text(folder / "ut" / "årsredovisning-2023.docx")
    row = _paragraph(text, "Arbetskonsulent AE |")
    assert row.split(" | ")[3] == "5 (3/2)"
    # The rule is printed in the NNS bilaga only (the last "Bilaga 1." is its heading).
    assert "minst tio" not in text.rsplit("Bilaga 1. ", 1)[0]


def test_docx_detailed_follow_up_has_one_sign_convention(built):
    folder, _, _ = built
    doc = Document(str(folder / "ut" / "årsredovisning-2023.docx"))
    rows = {}
    for table in doc.tables:
        for row in table.rows:
            cells = [normalise(c.text).strip() for c in row.cells]
            if len(cells) == 5 and cells[0]:
                rows.setdefault(cells[0], cells)
    assert rows["Redovisningstjänster"][1:4] == ["75", "95", "-20"]
    assert rows["Utbildning, konferens och resor"][1:4] == ["100", "80", "20"]
    assert rows["Summa insatser"][1:5] == ["6 170", "5 695", "475", "6 660"]


def test_docx_signatures_and_board(built):
    folder, _, _ = built
    text = docx_text(folder / "ut" / "årsredovisning-2023.docx")
    # Two signatures a row, each name and role under its own line.
    assert ("……………………………………………\nJonas Väst\nOrdförande | \n\n……………………………………………\n"
            "Christina Nordenö\nVice ordförande") in text
    assert ("……………………………………………\nLina Kempe\nLedamot | \n\n……………………………………………\n"
            "Peter Pettersson\nLedamot") in text
    assert "8 protokollförda sammanträden" in text
    assert "3/4 (konstituerande möte)" in text


def test_published_variant_exits_1_and_names_contradictions(capsys):
    code = main(["check", str(EXAMPLES / "sundsvall-2023-publicerad"), "--json"])
    assert code == 1
    payload = json.loads(capsys.readouterr().out)
    found = {(f["code"], f["sheet"], f["cell"], f["expected"], f["actual"], f["unit"]) for f in payload["findings"]}

    def has(code, sheet, cell, expected, actual, unit):
        return (code, sheet, cell, expected, actual, unit) in found

    assert has("br-summa-omsattningstillgangar", "Balansräkning", "D10", 3696599, 3696600, "kr")
    assert has("br-arets-resultat-mot-rr", "Balansräkning", "D14", -409222, -409221, "kr")
    assert has("rr-verksamhetens-resultat", "Resultaträkning", "D7", -408793, -408792, "kr")
    assert has("kf-likvida-slut", "Kassaflödesanalys", "D16", 3272, 3472, "tkr")
    # one wrong insats figure, one finding: at the budget post it is booked on (the total of
    # insatser then agrees once that post stands for its insatser)
    assert has("insatser-mot-budgetpost", "Budgetuppföljning", "E36", 830.665, 751, "tkr")
    assert not any(f[0] == "insatser-mot-budgetuppfoljning" for f in found)
    assert has("mal-utfall-mot-deltagare", "Förbundets mål", "F10", 734, 746, "st")
    assert has("mal-utfall-mot-deltagare", "Förbundets mål", "H5", 106, 103, "st")
    assert has("deltagare-summa", "Deltagare", "E7", 37, 39, "st")
    assert has("femar-resultat", "Femårsöversikt", "D8", 164755, 164757, "kr")
    # The table mostly counts utfall − budget (15 rows); the 9 rows that count budget − utfall
    # break its own convention and are the findings.
    assert has("budget-differens", "Budgetuppföljning", "F10", -22, 22, "tkr")
    reversed_rows = [f for f in payload["findings"] if f["code"] == "budget-differens"]
    assert len(reversed_rows) == 9
    assert all("(utfall − budget)" in f["message"] and "Raden räknar budget − utfall" in f["message"]
               for f in reversed_rows)
    # The messages say how far apart the figures are and how much rounding can explain.
    kf = next(f for f in payload["findings"] if f["code"] == "kf-likvida-slut")
    assert "skiljer 200 tkr; avrundningen kan förklara högst 1,5 tkr" in normalise(kf["message"])


def test_published_build_writes_nothing_without_utkast(tmp_path):
    import shutil

    folder = tmp_path / "pub"
    shutil.copytree(EXAMPLES / "sundsvall-2023-publicerad", folder, ignore=shutil.ignore_patterns("ut"))
    result = run_cli("build", folder)
    assert result.returncode == 1
    assert not (folder / "ut").exists()
    assert "Inga rapporter skrevs" in result.stdout


def test_published_utkast_marks_every_page_and_lists_findings(tmp_path):
    import shutil

    folder = tmp_path / "pub"
    shutil.copytree(EXAMPLES / "sundsvall-2023-publicerad", folder, ignore=shutil.ignore_patterns("ut"))
    result = run_cli("build", folder, "--utkast")
    assert result.returncode == 1
    path = folder / "ut" / "årsredovisning-2023.docx"
    doc = Document(str(path))
    header = " ".join(p.text for s in doc.sections for p in s.header.paragraphs)
    assert "UTKAST" in header
    text = docx_text(path)
    assert "Kontrollresultat" in text
    assert "ekonomi.xlsx, Balansräkning, D10" in text
    assert "br-summa-omsattningstillgangar" in text


def test_check_text_output_is_swedish_table():
    result = run_cli("check", EXAMPLES / "sundsvall-2023-publicerad")
    assert result.returncode == 1
    assert result.stdout.splitlines()[1].split()[:5] == ["Typ", "Kod", "Plats", "Förväntat", "Faktiskt"]
    # the published texts' figures that disagree with the tables are avvikelser (check.prose)
    assert re.search(r"\d+ kontroller: \d+ godkända, \d+ fel, \d+ avvikelser, \d+ tips\.", result.stdout)


@pytest.mark.libreoffice
def test_docx_opens_in_libreoffice(built, tmp_path):
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice saknas")
    folder, _, _ = built
    out = tmp_path / "pdf"
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
                    "pdf", "--outdir", str(out), str(folder / "ut" / "årsredovisning-2023.docx")],
                   check=True, capture_output=True, timeout=180)
    pdf = out / "årsredovisning-2023.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 20_000
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout \
        if subprocess.run(["which", "pdftotext"], capture_output=True).returncode == 0 else ""
    if text:
        assert "1 288 424" in normalise(text)


def _document_xml(data: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


def _plain_docxtpl(template, context) -> bytes:
    import io

    from docxtpl import DocxTemplate

    from finsam.render.environment import make_environment

    from finsam.render import toc

    plain = DocxTemplate(io.BytesIO(template.read_bytes()))
    plain.render(dict(context, logo=None), jinja_env=make_environment(), autoescape=True)
    toc.fill(plain.docx.element)  # render_docx's own steps after docxtpl's
    from finsam.render.docx import keep_table_ends

    keep_table_ends(plain.docx.element.body)
    buf = io.BytesIO()
    plain.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("kind", ["column-loop", "repeated-picture"])
def test_whole_document_render_keeps_docxtpls_table_and_picture_fixes(tmp_path, kind):
    """A template whose rows vary in cell count ({%tc %}) goes through docxtpl's table fix;
    a picture repeated by a loop gets docxtpl's renumbered docPr ids. Same bytes as docxtpl."""
    import base64

    from docx import Document as NewDocument

    from finsam.render.docx import render_docx

    doc = NewDocument()
    if kind == "column-loop":
        table = doc.add_table(rows=2, cols=4)  # the loop's tag cells vanish; one cell a year
        for row, first, each in ((0, "Insats", "{{ y }}"), (1, "{{ name }}", "{{ y * 2 }}")):
            cells = table.rows[row].cells
            cells[0].text, cells[1].text = first, "{%tc for y in years %}"
            cells[2].text, cells[3].text = each, "{%tc endfor %}"
    else:
        png = tmp_path / "a.png"
        png.write_bytes(base64.b64decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="))
        doc.add_paragraph("{%p for y in years %}")
        doc.add_paragraph("{{ name }} {{ y }}")
        doc.add_picture(str(png))
        doc.add_paragraph("{%p endfor %}")
    template = tmp_path / "mall.docx"
    doc.save(str(template))
    context = {"years": [2024, 2025, 2026, 2027, 2028], "name": "Psykolog & <SIP>"}
    ours = _document_xml(render_docx(template, context))
    assert ours == _document_xml(_plain_docxtpl(template, context))
    assert b"Psykolog &amp; &lt;SIP&gt;" in ours
    if kind == "column-loop":
        assert ours.count(b"<w:gridCol ") == 6 and b"4056" in ours  # 1 + 5 columns: grid widened
    else:
        assert ours.count(b"<wp:docPr ") == 5 and len(set(re.findall(rb'<wp:docPr id="(\d+)"', ours))) == 5


def test_whole_document_render_equals_docxtpls_own(tmp_path):
    """render_docx parses the rendered body with the whole document instead of letting
    docxtpl move it in (lxml's move grows faster than the rows); the annual report must be
    the one docxtpl itself makes, byte for byte."""
    from conftest import annual

    from finsam.render.arsredovisning import annual_report_context
    from finsam.render.docx import render_docx
    from finsam.resources import template as packaged

    doc = annual(EXAMPLES / "sundsvall-2023")
    context = annual_report_context(doc.model.forbund, doc.model.figures, doc.findings, False)
    template = packaged("arsredovisning.docx")
    expected = _document_xml(_plain_docxtpl(template, context))
    assert "1\u00a0288\u00a0424".encode() in expected or b"1 288 424" in expected
    assert _document_xml(render_docx(template, context)) == expected
