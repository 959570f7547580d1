"""Free text: sub-headings, lists, bold and italic typed in a cell (issue 20.3), and text
that arrives exactly as typed (issue 15.4)."""
from __future__ import annotations

import copy
import re
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from conftest import EXAMPLES, annual, documents, run_cli

sys.path.insert(0, str(EXAMPLES / "data"))
import sundsvall_2023  # noqa: E402
import sundsvall_2024  # noqa: E402

from finsam.names import clean_text  # noqa: E402
from finsam.read import personnummer  # noqa: E402
from finsam.render.text import NUMMER, PUNKT, RUBRIK, STYCKE, Run, blocks, inline, plain  # noqa: E402
from finsam.schema.sammantrade import MEETING_WB  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# -- the markup --------------------------------------------------------------------------
def test_line_markers():
    text = ("## Rubrik\n- punkt ett\n•  punkt två\n\n1. först\n2) sedan\n\\- inte en punkt\n\\## inte rubrik\n"
            "2024 var ett bra år\n#ingen rubrik\n-ingen punkt\n1.5 miljoner\n  mellanslag  inuti  \n100. hundra")
    got = [(b.typ, b.text, b.nr) for b in blocks(text)]
    assert got == [
        (RUBRIK, "Rubrik", None), (PUNKT, "punkt ett", None), (PUNKT, "punkt två", None),
        (NUMMER, "först", 1), (NUMMER, "sedan", 2), (STYCKE, "- inte en punkt", None),
        (STYCKE, "## inte rubrik", None), (STYCKE, "2024 var ett bra år", None),
        (STYCKE, "#ingen rubrik", None), (STYCKE, "-ingen punkt", None), (STYCKE, "1.5 miljoner", None),
        (STYCKE, "mellanslag  inuti", None), (NUMMER, "hundra", 100)]


@pytest.mark.parametrize("typed, runs", [
    ("**fet** och *kursiv*", [("fet", True, False), (" och ", False, False), ("kursiv", False, True)]),
    ("***båda***", [("båda", True, True)]),
    ("**fet *och kursiv***", [("fet ", True, False), ("och kursiv", True, True)]),
    ("*kursiv **och fet** text*", [("kursiv ", False, True), ("och fet", True, True), (" text", False, True)]),
    ("5 * 3 = 15", [("5 * 3 = 15", False, False)]),
    ("x ** y", [("x ** y", False, False)]),
    ("ett *öppnat men aldrig stängt", [("ett *öppnat men aldrig stängt", False, False)]),
    ("** inte fet **", [("** inte fet **", False, False)]),
    ("**", [("**", False, False)]),
    ("\\*inte kursiv\\*", [("*inte kursiv*", False, False)]),
    ("C:\\mapp\\fil", [("C:\\mapp\\fil", False, False)]),
    ("**a*b**", [("a*b", True, False)]),
])
def test_inline_markup(typed, runs):
    assert [(r.text, r.bold, r.italic) for r in inline(typed)] == runs


def test_substitution_hook_runs_per_paragraph_before_the_markup():
    """A plain-text substitution (figure references) sees each paragraph without its marker,
    and its result is read for bold and italic like typed text."""
    seen = []

    def substitute(text):
        seen.append(text)
        return text.replace("[eget kapital]", "**1 288 424 kr**")

    got = blocks("## Läget\n- Eget kapital: [eget kapital]", substitute)
    assert seen == ["Läget", "Eget kapital: [eget kapital]"]
    assert got[1].typ == PUNKT and got[1].runs == (Run("Eget kapital: "), Run("1 288 424 kr", bold=True))


# -- the example: § 65 of the minutes 2024-04-26 -------------------------------------------
@pytest.fixture(scope="module")
def minutes_doc(tmp_path_factory):
    import shutil

    from docx import Document

    base = tmp_path_factory.mktemp("t")
    for name in ("sundsvall-2024-04-26", "sundsvall-2023"):
        shutil.copytree(EXAMPLES / name, base / name, ignore=shutil.ignore_patterns("ut", "*.md"))
    result = run_cli("build", base / "sundsvall-2024-04-26")
    assert result.returncode == 0, result.stdout + result.stderr
    return Document(str(base / "sundsvall-2024-04-26" / "ut" / "protokoll-2024-04-26.docx"))


def _section(doc, start: str) -> list:
    paras = doc.paragraphs
    i = next(k for k, p in enumerate(paras) if p.text.startswith(start))
    out = []
    for p in paras[i + 1:]:
        if p.style.name in ("Heading 1", "Heading 2"):
            break
        out.append(p)
    return out


def _num_id(p) -> str | None:
    ppr = p._p.pPr
    if ppr is None or ppr.numPr is None or ppr.numPr.numId is None:
        return None
    return str(ppr.numPr.numId.val)


def test_paragraph_65_has_sub_headings_lists_bold_and_italic(minutes_doc):
    par = _section(minutes_doc, "§ 65 Kansliet informerar")
    assert [p.text for p in par if p.style.name == "Heading 3"] == [
        "Lanseringen av Valfärdsguiden", "Arbetsmarknadstorget 10 år", "Pressträffen på Arbetsmarknadstorget",
        "Finsam/Försäkringskassan", "Regeringsuppdrag till Försäkringskassan",
        "Lärande exempel inom ekonomiskt bistånd"]
    bullets = [p for p in par if p.style.name == "List Bullet"]
    assert [p.text.split()[0] for p in bullets] == ["Medarbetarrådet", "29", "4"]
    numbered = [p for p in par if p.style.name == "List Number"]
    assert [p.text.split()[0] for p in numbered] == ["analysera", "lämna", "redovisa"]
    assert not any(p.text[:2] in ("- ", "1.", "##") for p in par)  # the markers are gone
    bold = [r.text for p in par for r in p.runs if r.bold]
    assert bold == ["29 maj", "4 juni", "senast den 2 december 2024"]
    assert [r.text for p in par for r in p.runs if r.italic] == ["Sundsvalls Tidning"]
    assert not any("*" in p.text for p in par)


def test_numbered_lists_count_from_one_each(tmp_path):
    """Two numbered lists in one document: the second restarts at 1 (its own w:num with a
    start override on the List Number style's abstract numbering)."""
    from docx import Document

    data = copy.deepcopy(sundsvall_2024.MEETINGS["sammantrade-2024-03-22.xlsx"][1])
    data["paragrafer"][0]["text"] = "Inledning\n1. ett\n2. två\nMellan listorna\n1. första igen\n2. andra igen"
    data["paragrafer"][1]["text"] = "1. i nästa paragraf"
    write_workbook(MEETING_WB, tmp_path / "sammantrade.xlsx", data)
    out = _render_minutes(tmp_path)
    doc = Document(str(out))
    numbered = [p for p in doc.paragraphs if p.style.name == "List Number"]
    assert [p.text for p in numbered] == ["ett", "två", "första igen", "andra igen", "i nästa paragraf"]
    ids = [_num_id(p) for p in numbered]
    assert ids[0] is None and ids[1] is None  # the first list: the style's own numbering
    assert ids[2] == ids[3] and ids[2] is not None and ids[4] not in (None, ids[2])
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = {n.get(W + "numId"): n.find(W + "abstractNumId").get(W + "val") for n in numbering.iter(W + "num")}
    for num_id in (ids[2], ids[4]):
        assert abstract[num_id] == abstract[str(style_num)]
        num = next(n for n in numbering.iter(W + "num") if n.get(W + "numId") == num_id)
        assert num.find(f"{W}lvlOverride/{W}startOverride").get(W + "val") == "1"


def _render_minutes(folder):
    from finsam.render.sammantrade import render

    doc = documents(folder, "sammantrade")[0]
    out = folder / "protokoll.docx"
    out.write_bytes(render(doc.model, doc.findings, draft=True))
    return out


# -- the annual report: 1.5.1 analysis, insats introductions, sub-headings out of the TOC ---
def test_annual_report_texts_have_their_places(tmp_path):
    from docx import Document

    from conftest import write_folder
    from finsam.render.arsredovisning import render

    data = copy.deepcopy(sundsvall_2023.CORRECTED)
    texts = data["texter.xlsx"]["texter"]
    texts["resultat"] = "## Analys\nDeltagarna är **inte unika individer**.\n- Fler till arbete\n- Färre avbrott"
    texts["individinsatser"] = "Arbetsmarknadstorget jobbar med:\n- Personer 16–64 år\n- Unga med aktivitetsersättning"
    texts["strukturinsatser"] = "Gemensamma *utbildningsdagar* för personalen."
    data["insatser.xlsx"]["insatser"][0]["beskrivning"] = "Syftet är:\n1. stöd\n2. samverkan\n## Om insatsen\nText."
    write_folder(tmp_path, data)
    doc = annual(tmp_path)
    out = tmp_path / "a.docx"
    out.write_bytes(render(doc.model, doc.findings, draft=True))
    d = Document(str(out))
    sec = _until(d, "1.5.1 Resultat från de individinriktade insatserna", "1.5.2")
    analysis = [p for p in sec if p.text in ("Analys", "Fler till arbete", "Färre avbrott")
                or p.text.startswith("Deltagarna är")]
    assert [(p.style.name, p.text) for p in analysis] == [
        ("Heading 4", "Analys"), ("Normal", "Deltagarna är inte unika individer."),
        ("List Bullet", "Fler till arbete"), ("List Bullet", "Färre avbrott")]
    assert [r.text for r in analysis[1].runs if r.bold] == ["inte unika individer"]
    ind = _until(d, "1.5.6 Uppföljning", "1.5.7")
    assert [(p.style.name, p.text) for p in ind[:3]] == [
        ("Normal", "Arbetsmarknadstorget jobbar med:"), ("List Bullet", "Personer 16–64 år"),
        ("List Bullet", "Unga med aktivitetsersättning")]
    first = data["insatser.xlsx"]["insatser"][0]["namn"]
    k = next(i for i, p in enumerate(ind) if p.text == first and p.style.name == "Heading 4")
    assert [(p.style.name, p.text) for p in ind[k + 1:k + 6]] == [
        ("Normal", "Syftet är:"), ("List Number", "stöd"), ("List Number", "samverkan"),
        ("Heading 5", "Om insatsen"), ("Normal", "Text.")]
    struct = _until(d, "1.5.7 Uppföljning", "1.5.8")
    assert [r.text for p in struct for r in p.runs if r.italic and r.text.strip()][:1] == ["utbildningsdagar"]
    toc = [p.text for p in d.paragraphs if p.style.name.lower().startswith("toc ")]
    assert not any(t.startswith(("Analys", "Om insatsen")) for t in toc)


def _until(doc, start: str, stop: str) -> list:
    paras = doc.paragraphs
    i = next(k for k, p in enumerate(paras) if p.text.startswith(start) and p.style.name.startswith("Heading"))
    out = []
    for p in paras[i + 1:]:
        if p.text.startswith(stop) and p.style.name.startswith("Heading"):
            break
        out.append(p)
    return out


def test_instructions_explain_the_markup():
    import openpyxl

    from finsam.schema.fields import PROSE_HELP

    for name in ("texter", "sammantrade", "insatser", "verksamhetsplan", "ansokan", "nns"):
        ws = openpyxl.load_workbook(EXAMPLES.parent / "workbooks" / f"{name}.xlsx")["Instruktioner"]
        cells = [c for row in ws.iter_rows(values_only=True) for c in row if c]
        assert "Formaterad text" in cells, name
        for typed, meaning in PROSE_HELP:
            assert f"{typed}: {meaning}" in cells, (name, typed)
    ws = openpyxl.load_workbook(EXAMPLES.parent / "workbooks" / "budgetuppfoljning.xlsx")["Instruktioner"]
    assert "Formaterad text" not in [c for row in ws.iter_rows(values_only=True) for c in row if c]


# -- text exactly as typed (issue 15.4) ------------------------------------------------------
FRAGMENTS = ["{_{", "}_}", "{_%", "%_}", "{{", "}}", "{%", "%}", "{#", "#}", "{{ m.forbund }}",
             "{%p endfor %}", "{{r x }}", "&", "&amp;", "<", ">", "]]>", "<w:t>", "\"", "'",
             "{ PAGE }", "{ MERGEFIELD Namn }", "DATE \\@ \"yyyy\"", "_x0041_", "_x005F_", "\t", "  ",
             "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x00", "\r\n", "\r", "\n", "\u2028", "\u00ad", "\u200b",
             "\u00a0", "\u2212", "é", "e\u0301", "😀", "א", "%", "§"]
_SAFE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff")
free_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(_SAFE, max_size=12)),
                     min_size=1, max_size=10).map("".join)
_MARKER = re.compile(r"(?:#+[ \t]+|[-•][ \t]+|\d{1,3}[.)][ \t]+)(?=\S)")


def _typed_lines(text: str) -> list[str]:
    """The paragraphs a cell's text must give: its lines, cleaned and stripped, blanks gone."""
    return [line.strip() for line in clean_text(text).strip().split("\n") if line.strip()]


def _paragraph_text(doc_path, nr: int, rubrik: str) -> list:
    """The texts of the paragraphs under the heading "§ nr rubrik" (which must be exactly that)."""
    from docx import Document

    doc = Document(str(doc_path))
    assert f"§ {nr} {rubrik}" in [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    return [p.text for p in _section(doc, f"§ {nr} {rubrik}")]


@pytest.fixture(scope="module")
def meeting():
    return copy.deepcopy(sundsvall_2024.MEETINGS["sammantrade-2024-03-22.xlsx"][1])


def _minutes_text(tmp_path_factory, meeting, text, rubrik=None):
    """The paragraphs of the first § whose text is ``text`` (and heading ``rubrik``)."""
    data = copy.deepcopy(meeting)
    p = data["paragrafer"][0]
    p["text"], p["beslut"] = text, None
    if rubrik is not None:
        p["rubrik"] = rubrik
    folder = tmp_path_factory.mktemp("typed")
    write_workbook(MEETING_WB, folder / "sammantrade.xlsx", data)
    return _paragraph_text(_render_minutes(folder), p["nr"], clean_text(p["rubrik"]).strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=free_text)
@example(text="a {_{ b }_} c {_% d %_} e")  # docxtpl undid its own escapes in rendered values
@example(text="Kontroll\x01tecken\x07 och {{ f.namn }} {%p if x %} { PAGE \\@ } _x0041_")
def test_text_arrives_exactly_as_typed(tmp_path_factory, meeting, text):
    """Any text without the markup's characters reaches the docx exactly as typed: each
    line a paragraph (cleaned of characters XML cannot hold, stripped, blank lines gone)."""
    lines = _typed_lines(text)
    if "*" in text or "\\" in text or "[" in text or any(_MARKER.match(line) for line in lines) \
            or personnummer.maybe(text) or not lines:
        text = "x" + re.sub(r"[*\\#•\d\[-]", "", text)  # keep the case: no markup (nor [reference]) left
        lines = _typed_lines(text)
        if personnummer.maybe(text) or not lines:
            return
    # The heading (a plain {{ }} value) as typed too: one line of the same text.
    rubrik = "R " + " ".join(lines)
    assert _minutes_text(tmp_path_factory, meeting, text, rubrik) == lines


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.one_of(st.sampled_from(FRAGMENTS + ["*", "**", "\\*", "\\", "- ", "## ", "1. ", "\\- ",
                                                            "\n- ", "\n## ", "\n1. ", "\n\\## "]),
                               st.text(_SAFE, max_size=8)), min_size=1, max_size=12).map("".join))
def test_markup_removes_only_its_own_characters(tmp_path_factory, meeting, text):
    """With markup, the docx holds the typed text less the line markers, the stars that
    were read as bold or italic and the backslashes of escapes: nothing else is lost or added."""
    if personnummer.maybe(text) or not _typed_lines(text):
        return
    got = _minutes_text(tmp_path_factory, meeting, text)
    assert got == plain(clean_text(text).strip()).split("\n") if got else not plain(text)
    typed = []
    for line in _typed_lines(text):
        if line.startswith("\\") and _MARKER.match(line[1:]):
            line = line[1:]
        elif m := _MARKER.match(line):
            line = line[m.end():]
        typed.append(line)

    def bare(s):
        return re.sub(r"[*\\\s]", "", s)

    assert bare("".join(got)) == bare("".join(typed))


def test_plan_texts_have_sub_headings_in_the_contents(tmp_path):
    """In the verksamhetsplan a text's sub-heading is a Heading 2 under its Heading 1 section
    (the plan's structure is its texts): it is listed in the table of contents."""
    from docx import Document

    import vp_examples
    from finsam.render.verksamhetsplan import render
    from finsam.schema.verksamhetsplan import PLAN_WB

    data = vp_examples.sundsvall()
    first = data["texter"][0]
    first["text"] = "Inledning.\n## Mål för året\n- Fler till arbete\n- Färre avbrott\n*Preliminärt.*"
    write_workbook(PLAN_WB, tmp_path / "verksamhetsplan.xlsx", data)
    doc = documents(tmp_path, "verksamhetsplan")[0]
    out = tmp_path / "vp.docx"
    out.write_bytes(render(doc.model, doc.findings, draft=True))
    d = Document(str(out))
    sec = _until(d, first["rubrik"], data["texter"][1]["rubrik"])
    assert [(p.style.name, p.text) for p in sec] == [
        ("Normal", "Inledning."), ("Heading 2", "Mål för året"), ("List Bullet", "Fler till arbete"),
        ("List Bullet", "Färre avbrott"), ("Normal", "Preliminärt.")]
    assert [r.italic for r in sec[-1].runs if r.text] == [True]
    assert "Mål för året" in [p.text.split("\t")[0] for p in d.paragraphs if p.style.name.lower() == "toc 2"]
