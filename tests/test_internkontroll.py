"""Intern styrning och kontroll (issue 14, part 4): internkontroll.xlsx, its checks, and the
two documents it makes: the plan för intern styrning och kontroll and the risk- och
väsentlighetsanalys with its risk matrix.

The real example (seed 000) is Samordningsförbundet i Sundsvall's plan and analysis for 2024,
adopted 2023-11-28, with the follow-up of § 58 (2024-04-26: a stickprov on 2024-04-19 without
deviations). The as-printed variant keeps the risk table's rows as the seed prints them."""
from __future__ import annotations

import copy
import datetime as dt
import io
import shutil
import sys

import pytest

from conftest import EXAMPLES, ROOT, docx_text, documents, run_cli

sys.path.insert(0, str(EXAMPLES / "data"))
import internkontroll_2024  # noqa: E402
import riskanalys_2024  # noqa: E402
import sundsvall_internkontroll  # noqa: E402

from finsam.findings import has_errors  # noqa: E402
from finsam.schema.internkontroll import INTERNKONTROLL_WB  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

WB = "internkontroll.xlsx"
FOLDER = "sundsvall-internkontroll-2024"
PUBLISHED = "sundsvall-internkontroll-2024-publicerad"
FIRST = 5  # the first data row of every table sheet


def _write(folder, data):
    folder.mkdir(parents=True, exist_ok=True)
    write_workbook(INTERNKONTROLL_WB, folder / WB, data)
    return folder


def _failing(docs):
    return [r for d in docs for r in d.findings if not r.ok]


def _data(published=False):
    return copy.deepcopy(sundsvall_internkontroll.workbook(published))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("internkontroll")
    shutil.copytree(EXAMPLES / FOLDER, base / FOLDER, ignore=shutil.ignore_patterns("ut", "*.md"))
    result = run_cli("build", base / FOLDER)
    assert result.returncode == 0, result.stdout + result.stderr
    return base / FOLDER


# -- the real example ---------------------------------------------------------------------------

def test_example_has_no_finding_and_the_model_is_the_seed():
    docs = documents(EXAMPLES / FOLDER)
    assert [d.kind.key for d in docs] == ["internkontroll"]
    assert all(r.ok for r in docs[0].findings), [r.text() for r in docs[0].findings if not r.ok]
    p = docs[0].model
    assert (p.settings.forbund, p.year, p.settings.antagen, p.limit) == \
        ("Samordningsförbundet i Sundsvall", 2024, dt.date(2023, 11, 28), 8)
    assert [(x.niva, x.namn) for x in p.levels("vasentlighet")] == \
        [(n, x["namn"]) for n, x in riskanalys_2024.SCALES["vasentlighet"]["nivaer"].items()]
    assert [r.value for r in p.risks] == [3, 3, 4, 4, 4, 4, 4, 6, 6, 6, 9]
    assert [c.process for c in p.controls][:5] == [r["process"] for r in internkontroll_2024.PROCESSES]
    # the one risk above the limit (R11, 3 × 3) has the Bemanning control
    above = [r for r in p.risks if p.needs_control(r)]
    assert [(r.process, r.value) for r in above] == [("Bemanning", 9)]
    ok = next(r for r in docs[0].findings if r.code == "internkontroll-kontroll-saknas")
    assert ok.ok and (ok.location.sheet, ok.location.cell) == ("Risker", "A15")


def test_published_finds_the_rows_the_seed_prints_without_process():
    """Row 8 of the printed table holds only a riskhantering (the page break split row 7);
    rows 11 and 12 print the risk in the process column, so row 12's risk value 9 has no
    control for its "process"."""
    docs = documents(EXAMPLES / PUBLISHED)
    bad = [(r.code, r.severity, r.location.sheet, r.location.cell) for r in _failing(docs)]
    assert bad == [("internkontroll-process-saknas", "saknas", "Risker", "A12"),
                   ("internkontroll-risk-saknas", "saknas", "Risker", "B15"),
                   ("internkontroll-risk-saknas", "saknas", "Risker", "B16"),
                   ("internkontroll-kontroll-saknas", "avvikelse", "Risker", "A16")]
    assert not has_errors(docs[0].findings)
    text = next(r for r in _failing(docs) if r.code == "internkontroll-process-saknas").text()
    assert "”Regelbunden ekonomisk rapport”" in text and "raden ovanför" in text
    assert run_cli("check", EXAMPLES / PUBLISHED).returncode == 0


def test_plan_docx(built):
    text = docx_text(built / "ut" / "internkontrollplan-2024.docx")
    lines = text.splitlines()
    assert lines[:3] == ["Plan för intern styrning och kontroll 2024", "Samordningsförbundet i Sundsvall",
                         "Antagen av styrelsen 2023-11-28"]
    assert internkontroll_2024.FACTS["inledning"][0] in lines
    assert "Attest- och delegeringsordning" in lines
    assert "Process/rutin | Kontrollmoment | Kontrollansvarig | Frekvens | Rapportering till" in lines
    assert ("Uppföljning budget | Budget i balans | Förbundschef | Kvartalsvis samt delårsbokslut och årsbokslut"
            " | Styrelsen") in lines
    assert "Uppföljning 2024" in lines
    assert ("Uppföljningen gjordes 2024-04-19 av ordförande och förbundschef. 5 av 6 kontroller är utförda; ingen "
            "fann avvikelser.") in lines
    assert "Delegering | Kontroll att delegeringsordningen följs | Utförd | Nej | Stickprov 2024-04-19, inga " \
           "avvikelser." in lines
    assert any(line.startswith("Bemanning | ") and line.endswith("| Inte rapporterad |  | ") for line in lines)
    assert "UTKAST" not in text and "Förslag" not in lines


def test_analysis_docx_and_its_risk_matrix(built):
    from docx import Document
    from docx.oxml.ns import qn

    text = docx_text(built / "ut" / "riskanalys-2024.docx")
    lines = text.splitlines()
    assert lines[:3] == ["Risk- och väsentlighetsanalys 2024", "Samordningsförbundet i Sundsvall",
                         "Antagen av styrelsen 2023-11-28"]
    assert "1 | Osannolik | Risken är obefintlig." in lines
    assert "4 | Allvarlig | Konsekvensen är stor, får inte inträffa." in lines
    assert "R6 | Uppföljning budget | Budget följs inte | 1 | 4 | 4 | Regelbunden ekonomisk rapport vid " \
           "styrelsemöten | Ja" in lines
    assert "R11 | Bemanning | Förbundschef eller utvecklingsledare är frånvarande längre än 6 månader. | 3 | 3 | " \
           "9 | Anställa vikarie | Ja" in lines
    assert "Sannolikhet / väsentlighet | 1 Försumbar | 2 Lindrig | 3 Kännbar | 4 Allvarlig" in lines
    assert "4 Sannolik |  |  |  | " in lines
    assert "2 Mindre sannolik |  | R3, R4, R5 | R8, R9, R10 | " in lines
    assert "1 Osannolik |  |  | R1, R2 | R6, R7" in lines
    assert any(line.startswith("R11 Förbundschef eller utvecklingsledare är frånvarande längre än 6 månader. "
                               "(riskvärde 9): Att förbundschef") for line in lines)
    doc = Document(str(built / "ut" / "riskanalys-2024.docx"))
    matrix = next(t for t in doc.tables if t.rows[0].cells[0].text == "Sannolikhet / väsentlighet")

    def fill(row, col):
        shd = matrix.rows[row].cells[col]._tc.tcPr.find(qn("w:shd"))
        return shd.get(qn("w:fill")) if shd is not None else None

    # rows: sannolikhet 4, 3, 2, 1; columns: väsentlighet 1–4. 3 × 3 = 9 > 8 red, 2 × 3 = 6 > 4 yellow
    assert (fill(2, 3), fill(3, 3), fill(4, 1), fill(1, 4)) == ("F4A6A6", "FFE699", "C5E0B3", "F4A6A6")


def test_no_adoption_date_is_a_proposal(tmp_path):
    data = _data()
    data["internkontroll"]["antagen"] = None
    folder = _write(tmp_path / "f", data)
    assert run_cli("build", folder).returncode == 0
    for name in ("internkontrollplan-2024.docx", "riskanalys-2024.docx"):
        lines = docx_text(folder / "ut" / name).splitlines()
        assert lines[2] == "Förslag" and not any(line.startswith("Antagen av") for line in lines)


def test_the_limit_is_the_workbooks(tmp_path):
    """Lower the limit to 5: the risks of value 6 now need a control; the plan has one for
    Uppföljning av verksamhetens mål and Bemanning, so nothing fails, and the analysis lists them."""
    data = _data()
    data["internkontroll"]["kontroll_over"] = 5
    folder = _write(tmp_path / "f", data)
    docs = documents(folder)
    passed = [r for r in docs[0].findings if r.code == "internkontroll-kontroll-saknas"]
    assert [r.location.cell for r in passed] == ["A12", "A13", "A14", "A15"] and all(r.ok for r in passed)
    data["kontroller"] = [c for c in data["kontroller"] if c["process"] != "Bemanning"]
    bad = _failing(documents(_write(tmp_path / "g", data)))
    assert [(r.code, r.location.cell) for r in bad] == [("internkontroll-kontroll-saknas", "A14"),
                                                         ("internkontroll-kontroll-saknas", "A15")]


def test_draft_with_fel_is_marked(tmp_path):
    from docx import Document

    from finsam.pipeline import render_outputs

    data = _data()
    data["risker"][0]["sannolikhet"] = 5
    folder = _write(tmp_path / "f", data)
    docs = documents(folder)
    assert has_errors(docs[0].findings)
    out = render_outputs(docs, draft=True)
    doc = Document(io.BytesIO(out["riskanalys-2024.docx"]))
    body = [p.text for p in doc.paragraphs]
    assert "UTKAST" in body and any(t.startswith("Kontrollen hittade 1 fel.") for t in body)
    row = next(row for t in doc.tables for row in t.rows if "(internkontroll-skala)" in row.cells[4].text)
    assert row.cells[1].text == "internkontroll.xlsx, Risker, C5"
    assert run_cli("build", folder).returncode == 1 and not (folder / "ut").exists()


def test_blank_workbook_reads_with_clear_messages(tmp_path):
    from finsam.errors import InputError
    from finsam.pipeline import load

    shutil.copy(ROOT / "workbooks" / WB, tmp_path / WB)
    with pytest.raises(InputError) as info:
        load(tmp_path)
    messages = [str(p) for p in info.value.problems]
    assert any("internkontroll.xlsx, blad Inställningar" in m and "Förbund" in m for m in messages), messages


def test_blank_workbook_has_the_scales_prefilled():
    import openpyxl

    wb = openpyxl.load_workbook(ROOT / "workbooks" / WB)
    ws = wb["Sannolikhet"]
    rows = [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(FIRST, FIRST + 4)]
    assert rows == [(1, "Osannolik"), (2, "Mindre sannolik"), (3, "Möjlig"), (4, "Sannolik")]
    assert wb["Väsentlighet"].cell(FIRST + 3, 3).value == "Konsekvensen är stor, får inte inträffa."


def test_templates_are_up_to_date(tmp_path):
    from finsam.mallar import write_templates

    written = {p.name: p for p in write_templates(tmp_path)}
    for name in ("internkontrollplan.docx", "riskanalys.docx"):
        assert written[name].read_bytes() == (ROOT / "templates" / name).read_bytes()


# -- a cell broken on purpose: the code at the cell -----------------------------------------------

def _risk(d, i):
    return d["risker"][i]


def _control(d, i):
    return d["kontroller"][i]


CASES = [
    ("sannolikhet above the scale", lambda d: _risk(d, 0).update(sannolikhet=5),
     "internkontroll-skala", "Risker", "C5"),
    ("väsentlighet 0", lambda d: _risk(d, 1).update(vasentlighet=0), "internkontroll-skala", "Risker", "D6"),
    ("a risk without process", lambda d: _risk(d, 2).pop("process"), "internkontroll-process-saknas", "Risker", "A7"),
    ("a control without process", lambda d: _control(d, 1).pop("process"),
     "internkontroll-process-saknas", "Kontrollplan", "A6"),
    ("a risk without its text", lambda d: _risk(d, 3).pop("risk"), "internkontroll-risk-saknas", "Risker", "B8"),
    ("a risk without sannolikhet", lambda d: _risk(d, 4).pop("sannolikhet"),
     "internkontroll-bedomning-saknas", "Risker", "C9"),
    ("a risk above the limit without a control",
     lambda d: d.update(kontroller=[c for c in d["kontroller"] if c["process"] != "Bemanning"]),
     "internkontroll-kontroll-saknas", "Risker", "A15"),
    ("a control without a responsible", lambda d: _control(d, 2).pop("kontrollansvarig"),
     "internkontroll-ansvarig-saknas", "Kontrollplan", "C7"),
    ("a control without a frequency", lambda d: _control(d, 3).pop("frekvens"),
     "internkontroll-frekvens-saknas", "Kontrollplan", "D8"),
    ("a deviation without a comment", lambda d: _control(d, 0).update(avvikelse="Ja", kommentar=None),
     "internkontroll-avvikelse-kommentar", "Kontrollplan", "H5"),
    ("limit 0", lambda d: d["internkontroll"].update(kontroll_over=0), "internkontroll-for-litet", "Inställningar",
     "B9"),
    ("limit above 5 × 5", lambda d: d["internkontroll"].update(kontroll_over=30), "internkontroll-for-stort",
     "Inställningar", "B9"),
    ("a sannolikhet level 0", lambda d: d["sannolikhet"][0].update(niva=0), "sannolikhet-for-litet", "Sannolikhet",
     "A5"),
    ("a sannolikhet level 6", lambda d: d["sannolikhet"][3].update(niva=6), "sannolikhet-for-stort", "Sannolikhet",
     "A8"),
    ("a sannolikhet level twice", lambda d: d["sannolikhet"][3].update(niva=3), "sannolikhet-dubblett",
     "Sannolikhet", "A8"),
    ("a väsentlighet level 0", lambda d: d["vasentlighet"][0].update(niva=0), "vasentlighet-for-litet",
     "Väsentlighet", "A5"),
    ("a väsentlighet level 6", lambda d: d["vasentlighet"][3].update(niva=6), "vasentlighet-for-stort",
     "Väsentlighet", "A8"),
    ("a väsentlighet level twice", lambda d: d["vasentlighet"][1].update(niva=1), "vasentlighet-dubblett",
     "Väsentlighet", "A6"),
]
TESTED = {c[2] for c in CASES}


@pytest.mark.parametrize("name,mutate,code,sheet,cell", CASES, ids=[c[0] for c in CASES])
def test_internkontroll_checks(tmp_path, name, mutate, code, sheet, cell):
    data = _data()
    mutate(data)
    found = _failing(documents(_write(tmp_path / "f", data)))
    assert any(r.code == code and r.location.workbook == WB and r.location.sheet == sheet
               and r.location.cell == cell for r in found), [(r.code, str(r.location)) for r in found]


# -- the follow-up in the annual report ------------------------------------------------------------

def _annual_with_plan(tmp_path, data):
    folder = tmp_path / "sundsvall-2023"
    shutil.copytree(EXAMPLES / "sundsvall-2023", folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    write_workbook(INTERNKONTROLL_WB, folder / WB, data)
    return folder


def test_annual_report_reports_the_years_follow_up(tmp_path):
    data = _data()
    data["internkontroll"]["ar"] = 2023
    data["kontroller"][1].update(avvikelse="Ja", kommentar="Ett beslut saknade delegation.")
    folder = _annual_with_plan(tmp_path, data)
    docs = documents(folder)
    assert [d.kind.key for d in docs] == ["arsredovisning", "internkontroll"]
    assert docs[0].model.internkontroll == docs[1].model
    assert run_cli("build", folder).returncode == 0
    assert {p.name for p in (folder / "ut").iterdir()} >= {"årsredovisning-2023.docx", "internkontrollplan-2023.docx",
                                                         "riskanalys-2023.docx"}
    lines = docx_text(folder / "ut" / "årsredovisning-2023.docx").splitlines()
    i = lines.index("1.4.1 Intern styrning och kontroll")
    assert lines[i + 1] == ("Styrelsen antog 2023-11-28 en plan för intern styrning och kontroll för 2023. Uppföljningen "
                            "gjordes 2024-04-19 av ordförande och förbundschef. 5 av 6 kontroller är utförda; en fann "
                            "avvikelser.")
    assert "Delegering | Kontroll att delegeringsordningen följs | Utförd | Ja | Ett beslut saknade delegation." in lines
    assert lines.index("1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning") > i


def test_annual_report_without_follow_up_or_of_another_year_has_no_section(tmp_path):
    other_year = _data()  # 2024: not the annual report's year
    docs = documents(_annual_with_plan(tmp_path / "a", other_year))
    assert docs[0].model.internkontroll is None
    none_reported = _data()
    none_reported["internkontroll"]["ar"] = 2023
    for c in none_reported["kontroller"]:
        for key in ("utfort", "avvikelse", "kommentar"):
            c.pop(key, None)
    folder = _annual_with_plan(tmp_path / "b", none_reported)
    assert documents(folder)[0].model.internkontroll is None
    assert run_cli("build", folder).returncode == 0
    text = docx_text(folder / "ut" / "årsredovisning-2023.docx")
    assert "Intern styrning och kontroll" not in text
