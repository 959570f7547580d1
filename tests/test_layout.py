"""Board-ready documents, read back from the docx: a table of contents with an entry for every
heading, headings that keep with the next paragraph, table rows that never split, tables
within the margins, "Sida X av Y", a draft marked on every page, and each document's own
title, author and language."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx import Document
from docx.enum.shape import WD_INLINE_SHAPE

from conftest import EXAMPLES, documents

FOLDERS = ("sundsvall-2023", "sundsvall-2024-04-26", "sundsvall-vp-2024", "harnosand-timra-vp-2022",
           "sundsvall-ansokan-2024")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EPOCH = 1714000000  # 2024-04-24 23:06:40 UTC


@pytest.fixture(scope="module")
def rendered():
    """Every example's outputs, final and draft: {(folder, draft): {name: bytes}}."""
    from finsam.pipeline import render_outputs

    mp = pytest.MonkeyPatch()
    mp.setenv("SOURCE_DATE_EPOCH", str(EPOCH))
    out = {}
    for folder in FOLDERS:
        docs = documents(EXAMPLES / folder, keep_raw=True)
        for draft in (False, True):
            out[(folder, draft)] = render_outputs(docs, draft)
    mp.undo()
    return out


def docx_files(rendered, draft=False):
    return [(name, data) for (folder, d), files in rendered.items() if d == draft
            for name, data in files.items() if name.endswith(".docx")]


def open_docx(data: bytes):
    return Document(io.BytesIO(data))


def text_of(p) -> str:
    return "".join(t.text or "" for t in p.iter(W + "t"))


def style_of(p) -> str:
    el = p.find(f"{W}pPr/{W}pStyle")
    return el.get(W + "val") if el is not None else ""


def test_every_example_renders_each_kind(rendered):
    names = {name for name, _ in docx_files(rendered)}
    assert {"årsredovisning-2023.docx", "protokoll-2024-04-26.docx", "budgetuppföljning-2024-03-31.docx",
            "verksamhetsplan-2024.docx", "verksamhetsplan-2022.docx"} <= names


@pytest.mark.parametrize("name", ["årsredovisning-2023.docx", "verksamhetsplan-2024.docx"])
def test_toc_field_has_an_entry_for_every_heading(rendered, name):
    data = next(d for n, d in docx_files(rendered) if n == name)
    body = open_docx(data).element.body
    instr = [el.text for el in body.iter(W + "instrText")]
    assert [i for i in instr if i.strip().startswith("TOC")] == [' TOC \\o "1-3" \\h \\z \\u ']
    headings = [(p, int(style_of(p)[-1]), " ".join(text_of(p).split()))
                for p in body.iterchildren(W + "p") if re.fullmatch(r"Heading[123]", style_of(p))]
    entries = [p for p in body.iterchildren(W + "p") if re.fullmatch(r"TOC\d", style_of(p))]
    assert len(headings) > 8 and len(entries) == len(headings)
    for (heading, level, text), entry in zip(headings, entries):
        assert style_of(entry) == f"TOC{level}"
        link = entry.find(W + "hyperlink")
        anchor = link.get(W + "anchor")
        entry_text = "".join(t.text or "" for r in link.iterchildren(W + "r")
                             if r.find(W + "fldChar") is None for t in r.iter(W + "t"))
        assert entry_text == text
        # The link's bookmark is on the heading, and the entry has its PAGEREF field.
        assert anchor in [b.get(W + "name") for b in heading.iter(W + "bookmarkStart")]
        assert f" PAGEREF {anchor} \\h " in [i.text for i in link.iter(W + "instrText")]
    texts = [t for _, _, t in headings]
    if name.startswith("årsredovisning"):
        for number in range(1, 9):
            assert any(t.startswith(f"1.5.{number} ") for t in texts), number
        assert texts[0] == "Ordförande har ordet" and texts[-2] == "7 Styrelsens underskrifter"
        assert texts[-1].startswith("Bilaga 1. Resultatrapport från NNS")  # the example has nns.xlsx
        # The insatser and the notes are level 4: in the document, not in the contents.
        assert not any(t.startswith("Not ") for t in texts)
        # The old typed contents list is gone: every line of the contents is a field entry.
        assert sum(1 for p in body.iterchildren(W + "p")
                   if text_of(p) == "1 Förvaltningsberättelse" and not style_of(p).startswith("TOC")) == 1
    else:
        assert "Bakgrund till planen" in texts and "Balansbudget" in texts and "Mötesplan 2024" in texts
    # Without LibreOffice the page numbers are Word's to fill: it offers to update on open.
    settings = zipfile.ZipFile(io.BytesIO(data)).read("word/settings.xml").decode()
    assert '<w:updateFields w:val="true"/>' in settings


def test_documents_without_headings_to_list_have_no_toc(rendered):
    for name, data in docx_files(rendered):
        if name.startswith(("protokoll", "budgetuppföljning")):
            assert b"TOC \\o" not in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")


def test_headings_and_table_intros_keep_with_next(rendered):
    for name, data in docx_files(rendered):
        doc = open_docx(data)
        for style in ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "TOC Heading"):
            assert doc.styles[style].paragraph_format.keep_with_next is True, (name, style)
        body = list(doc.element.body)
        for i, el in enumerate(body):
            if el.tag != W + "tbl":
                continue
            before = body[i - 1]
            if before.tag == W + "p" and text_of(before).strip():
                keep = before.find(f"{W}pPr/{W}keepNext") is not None or style_of(before).startswith("Heading")
                assert keep, (name, text_of(before))


def test_every_row_cant_split_and_header_rows_repeat(rendered):
    for name, data in docx_files(rendered) + docx_files(rendered, draft=True):
        doc = open_docx(data)
        tables = list(doc.element.body.iter(W + "tbl"))
        assert tables, name
        for tbl in tables:
            rows = tbl.findall(W + "tr")
            for tr in rows:
                assert tr.find(f"{W}trPr/{W}cantSplit") is not None, name
            first = rows[0].find(f"{W}trPr/{W}tblHeader")
            bold_header = rows[0].find(f".//{W}b") is not None
            if bold_header and len(rows) > 1:
                assert first is not None, (name, text_of(rows[0]))


def test_signature_blocks_hold_together(rendered):
    """The signatures: rows cantSplit and every paragraph kept with the next, from the
    sentence before them to the last name; each name directly under its own line."""
    for name, data in docx_files(rendered):
        if not name.startswith(("årsredovisning", "protokoll", "verksamhetsplan-2022")):
            continue
        doc = open_docx(data)
        signature = [t for t in doc.tables if "……………………………………………\n" in t.rows[0].cells[0].text
                     and len(t.columns) == 2 and t.rows[0].cells[0].text.startswith("\n\n")]
        assert len(signature) == 1, name
        for row in signature[0].rows:
            assert row._tr.find(f"{W}trPr/{W}cantSplit") is not None
            for cell in row.cells:
                for par in cell.paragraphs:
                    assert par.paragraph_format.keep_with_next is True
                if cell.text:
                    lines = cell.text.split("\n")
                    assert lines[2] == "……………………………………………" and lines[3].strip()


def test_tables_fit_between_the_margins(rendered):
    for name, data in docx_files(rendered) + docx_files(rendered, draft=True):
        doc = open_docx(data)
        sec = doc.sections[0]
        room = sec.page_width - sec.left_margin - sec.right_margin
        for tbl in doc.element.body.iter(W + "tbl"):
            width = sum(int(c.get(W + "w")) for c in tbl.iter(W + "gridCol")) * 635  # twips -> EMU
            assert width <= room + 635, (name, width / 360000, room / 360000)


def test_footer_says_page_x_of_y(rendered):
    for name, data in docx_files(rendered):
        footer = open_docx(data).sections[0].footer
        instr = [el.text.strip() for el in footer._element.iter(W + "instrText")]
        assert instr == ["PAGE", "NUMPAGES"], name
        assert re.fullmatch(r"Sida 1 av 1", footer.paragraphs[-1].text), name


def headers_text(doc) -> list[str]:
    out = []
    for sec in doc.sections:
        for header in (sec.header, sec.first_page_header, sec.even_page_header):
            if not header.is_linked_to_previous or header is sec.header:
                out.append("\n".join(p.text for p in header.paragraphs))
    return out


def test_draft_is_marked_on_every_page_of_every_output(rendered):
    drafts = docx_files(rendered, draft=True)
    assert len(drafts) >= 6
    for name, data in drafts:
        doc = open_docx(data)
        assert not doc.settings.odd_and_even_pages_header_footer
        for sec in doc.sections:
            assert not sec.different_first_page_header_footer, name
            lines = [p.text for p in sec.header.paragraphs]
            marks = [line for line in lines if line.startswith("UTKAST – ")]
            assert len(marks) == 1, (name, lines)
            assert len(marks[0]) <= 50  # one line in the header
    for name, data in docx_files(rendered):
        doc = open_docx(data)
        assert not any("UTKAST" in h for h in headers_text(doc)), name
        assert "UTKAST" not in "\n".join(p.text for p in doc.paragraphs), name


def test_draft_revision_workbook_says_utkast_on_every_sheet(rendered):
    import openpyxl

    for draft in (True, False):
        wb = openpyxl.load_workbook(io.BytesIO(rendered[("sundsvall-2023", draft)]["revision-2023.xlsx"]))
        for ws in wb.worksheets:
            assert ("UTKAST" in (ws.oddHeader.center.text or "")) is draft, ws.title
            assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.orientation == "landscape"
            # As wide as the page (fitToWidth 1 is the default xlsxwriter leaves out), as long as needed.
            assert ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth or 1) == 1
            assert ws.page_setup.fitToHeight == 0


def test_clean_draft_is_a_proposal(rendered):
    final = open_docx(rendered[("sundsvall-2023", False)]["årsredovisning-2023.docx"])
    draft = open_docx(rendered[("sundsvall-2023", True)]["årsredovisning-2023.docx"])
    assert [p.text for p in final.paragraphs if p.style.name == "Title"] == ["Årsredovisning 2023"]
    assert "Fastställd av styrelsen 2024-03-22" in [p.text for p in final.paragraphs[:12]]
    cover = [p.text for p in draft.paragraphs[:12]]
    assert [p.text for p in draft.paragraphs if p.style.name == "Title"] == ["Förslag till årsredovisning 2023"]
    assert not any("Fastställd" in t or t == "UTKAST" for t in cover)  # no errors: no red UTKAST block
    assert [p.text for p in draft.sections[0].header.paragraphs][1] == "UTKAST – förslag, inte fastställt"
    assert not any(p.text == "Kontrollresultat" for p in draft.paragraphs)  # nothing to list
    plan_draft = [p.text for p in open_docx(rendered[("sundsvall-vp-2024", True)]["verksamhetsplan-2024.docx"]).paragraphs[:14]]
    plan_final = [p.text for p in open_docx(rendered[("sundsvall-vp-2024", False)]["verksamhetsplan-2024.docx"]).paragraphs[:14]]
    assert "Förslag" in plan_draft and not any("Antagen" in t or "Beslutad" in t for t in plan_draft)
    assert "Antagen av styrelsen 2023-11-28" in plan_final


def test_draft_with_errors_says_so_on_cover_and_every_page(tmp_path):
    from finsam.pipeline import render_outputs

    docs = documents(EXAMPLES / "sundsvall-2023-publicerad", keep_raw=True)
    doc = open_docx(render_outputs(docs, True)["årsredovisning-2023.docx"])
    cover = [p.text for p in doc.paragraphs[:14]]
    assert "UTKAST" in cover and any(t.startswith("Kontrollen hittade 19 fel") for t in cover)
    assert [p.text for p in doc.sections[0].header.paragraphs][1] == "UTKAST – innehåller fel, får inte fastställas"


def test_core_properties_are_each_documents_own(rendered):
    import datetime as dt

    expected = {
        "årsredovisning-2023.docx": ("Årsredovisning 2023 – Samordningsförbundet i Sundsvall",
                                     "Samordningsförbundet i Sundsvall"),
        "protokoll-2024-04-26.docx": ("Sammanträdesprotokoll 2024-04-26 – styrelsen för Samordningsförbundet i "
                                      "Sundsvall", "Samordningsförbundet i Sundsvall"),
        "budgetuppföljning-2024-03-31.docx": ("Budgetuppföljning per 2024-03-31 – Samordningsförbundet i Sundsvall",
                                              "Samordningsförbundet i Sundsvall"),
        "verksamhetsplan-2022.docx": ("Verksamhetsplan och budget 2022 – Samordningsförbundet Härnösand-Timrå",
                                      "Samordningsförbundet Härnösand-Timrå"),
    }
    when = dt.datetime.fromtimestamp(EPOCH, dt.timezone.utc)
    files = dict(docx_files(rendered))
    for name, (title, author) in expected.items():
        props = open_docx(files[name]).core_properties
        assert (props.title, props.author, props.language) == (title, author, "sv-SE"), name
        assert props.created == props.modified == when
    drafts = dict(docx_files(rendered, draft=True))
    assert open_docx(drafts["protokoll-2024-04-26.docx"]).core_properties.title.startswith("Utkast: Sammanträdes")


def test_every_style_is_swedish_and_calibri_by_name(rendered):
    for name, data in docx_files(rendered)[:3]:
        styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml")
        from lxml import etree

        root = etree.fromstring(styles)
        default = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        assert default.find(W + "lang").get(W + "val") == "sv-SE"
        assert default.find(W + "rFonts").get(W + "ascii") == "Calibri"
        count = 0
        for style in root.iter(W + "style"):
            if style.get(W + "type") == "numbering":
                continue
            count += 1
            assert style.find(f"{W}rPr/{W}lang").get(W + "val") == "sv-SE", style.get(W + "styleId")
        assert count > 100
        assert b"asciiTheme" not in styles and b"hAnsiTheme" not in styles  # Word would prefer the theme's font


def test_no_file_name_or_check_code_in_a_document_body(rendered):
    from finsam.pipeline import render_outputs

    for name, data in docx_files(rendered):
        text = "\n".join(text_of(p) for p in open_docx(data).element.body.iter(W + "p"))
        assert ".xlsx" not in text, name
        assert not re.search(r"\b(?:br|rr|kf|bkr|budget|femar|not|deltagare)-[a-z]+(?:-[a-z]+)*\b", text), name
    # In a draft the codes appear in the findings table only.
    doc = open_docx(render_outputs(documents(EXAMPLES / "sundsvall-2023-publicerad", keep_raw=True),
                                   True)["årsredovisning-2023.docx"])
    findings = doc.tables[0]
    assert findings.rows[0].cells[0].text == "Typ"
    coded = [p for p in doc.element.body.iter(W + "p") if "(br-summa-omsattningstillgangar)" in text_of(p)]
    assert coded and all(p.getparent().tag == W + "tc" for p in coded)
    assert all(tbl is findings._tbl for tbl in (p.getparent().getparent().getparent() for p in coded))


def test_minutes_justering_box_on_every_page(rendered):
    doc = open_docx(rendered[("sundsvall-2024-04-26", False)]["protokoll-2024-04-26.docx"])
    for sec in doc.sections:
        box = sec.footer.tables[0]
        labels = [c.text for c in box.rows[0].cells]
        assert labels == ["", "Ordförandes signatur (JV)", "Justerandes signatur (PP)"]
        assert [c.text for c in box.rows[1].cells] == ["", "", ""]  # room for the initials


def test_plan_has_its_motesplan_and_signatures(rendered):
    def table_text(data):
        doc = open_docx(data)
        return ["\n".join(" | ".join(c.text for c in r.cells) for r in t.rows) for t in doc.tables], doc

    tables, _ = table_text(rendered[("sundsvall-vp-2024", False)]["verksamhetsplan-2024.docx"])
    plan = next(t for t in tables if t.startswith("Styrelsemöte | Tid | Övrig information"))
    assert "2024-03-22 | 9,00–12,00 | Beslut av årsredovisningen" in plan
    assert plan.count("\n") == 9
    tables, doc = table_text(rendered[("harnosand-timra-vp-2022", False)]["verksamhetsplan-2022.docx"])
    signatures = next(t for t in tables if "Lars Kempe" in t)
    assert "Lars Kempe\nOrdförande" in signatures and "Nina Skyttberg\nVice ordförande" in signatures
    assert "Mats Höglund" in signatures
    assert "Timrå 2021-11-26" in [p.text for p in doc.paragraphs]


def test_plan_without_the_optional_sheets_still_reads(tmp_path):
    """A plan workbook made before Mötesplan and Underskrifter existed."""
    import dataclasses

    import vp_examples

    from finsam.schema.verksamhetsplan import PLAN_WB
    from finsam.schema.write import write_workbook

    folder = tmp_path / "vp"
    folder.mkdir()
    older = dataclasses.replace(PLAN_WB, sheets=tuple(s for s in PLAN_WB.sheets if not getattr(s, "optional", False)))
    assert len(older.sheets) == len(PLAN_WB.sheets) - 3  # Budgetgrupper, Mötesplan, Underskrifter
    write_workbook(older, folder / "plan.xlsx", vp_examples.sundsvall())
    [doc] = documents(folder)
    assert doc.model.meetings == () and doc.model.signatures == ()
    assert len(doc.model.texts) > 5


def _png(width: int, height: int) -> bytes:
    from finsam.render.logo import transparent_png

    return transparent_png(width, height)


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_logo_on_the_cover(kind):
    from conftest import annual

    from finsam.render.arsredovisning import annual_report_context
    from finsam.render.docx import render_docx

    doc = annual(EXAMPLES / "sundsvall-2023")
    context = annual_report_context(doc.model.forbund, doc.model.figures, doc.findings, False)
    logo = _png(200, 100) if kind == "png" else (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">'
        b'<rect width="200" height="100" fill="#1F4E78"/></svg>')
    data = render_docx("arsredovisning.docx", dict(context, logo=logo))
    rendered = open_docx(data)
    pictures = rendered.inline_shapes
    assert len(pictures) == 1
    assert pictures[0].height == 864000 and pictures[0].width == 2 * 864000  # 2,4 cm tall, proportions kept
    first = [p for p in rendered.paragraphs[:8] if p._p.find(f".//{W}drawing") is not None]
    assert first, "the logo is on the cover"
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    if kind == "svg":
        assert any(n.endswith(".svg") for n in names)
        assert b"svgBlip" in zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    # Without a logo the cover has no picture and no empty paragraph for it.
    plain = open_docx(render_docx("arsredovisning.docx", context))
    assert len(plain.inline_shapes) == 0


def test_logo_in_the_folder_goes_on_the_cover(tmp_path):
    """build reads logo.png from the förbund's folder; a file that is not an image is left
    out without stopping the build."""
    import shutil

    from finsam.cli import main
    from finsam.read.folder import find_logo

    folder = tmp_path / "f"
    shutil.copytree(EXAMPLES / "sundsvall-2023", folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    assert find_logo(folder) is None
    (folder / "logo.png").write_bytes(b"inte en bild")
    assert main(["build", str(folder)]) == 0
    pictures = lambda d: [s for s in d.inline_shapes if s.type == WD_INLINE_SHAPE.PICTURE]  # noqa: E731 (charts are shapes too)
    assert pictures(open_docx((folder / "ut" / "årsredovisning-2023.docx").read_bytes())) == []
    (folder / "logo.png").write_bytes(_png(4, 2))
    assert find_logo(folder).startswith(b"\x89PNG")
    assert main(["build", str(folder)]) == 0
    cover = open_docx((folder / "ut" / "årsredovisning-2023.docx").read_bytes())
    assert len(pictures(cover)) == 1


# The schema's child order of the property elements the builders and render_docx touch:
# Word refuses a document ("unreadable content") whose properties are out of order.
SEQUENCES = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
           "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
           "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
           "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
           "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
           "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
             "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark",
    "style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat "
             "locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
}


def test_properties_are_in_schema_order(rendered):
    from lxml import etree

    from conftest import ROOT

    files = [data for _, data in docx_files(rendered) + docx_files(rendered, draft=True)]
    files += [p.read_bytes() for p in sorted((ROOT / "templates").glob("*.docx"))]
    checked = 0
    for data in files:
        z = zipfile.ZipFile(io.BytesIO(data))
        for part in z.namelist():
            if not (part.startswith("word/") and part.endswith(".xml")):
                continue
            root = etree.fromstring(z.read(part))
            for tag, sequence in SEQUENCES.items():
                order = {name: i for i, name in enumerate(sequence.split())}
                for el in root.iter(W + tag):
                    kids = [c.tag[len(W):] for c in el if isinstance(c.tag, str) and c.tag.startswith(W)]
                    ranks = [order.get(k, -1) for k in kids]
                    once = [k for k in kids if k != "tblStylePr"]
                    assert -1 not in ranks and ranks == sorted(ranks) and len(set(once)) == len(once), (part, tag, kids)
                    checked += 1
    assert checked > 10000
