"""Ansökan om medel (issue 14, item 5): the application's workbook, checks and document, and the
chain onwards: application → § decision in the minutes → the insats's budget row in the
verksamhetsplan and the budget follow-up.

The real example (seed 000) is the application for a further arbetskonsulent, which § 61 of
2024-04-26 sent back (återremittera): nothing was granted. The chain's grant here is
synthetic: a later meeting (2024-06-14, § 71) that grants the amounts applied for."""
from __future__ import annotations

import copy
import datetime as dt
import shutil
import sys
from decimal import Decimal

import pytest

from conftest import EXAMPLES, ROOT, docx_text, documents, run_cli

sys.path.insert(0, str(EXAMPLES / "data"))
import ansokan_2024  # noqa: E402
import sundsvall_2024  # noqa: E402
import sundsvall_ansokan  # noqa: E402
import vp_examples  # noqa: E402

from finsam.findings import has_errors  # noqa: E402
from finsam.kinds import all_kinds  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

APP = "ansokan-arbetskonsulent.xlsx"
INSATS = ansokan_2024.FACTS["insats"]
SCHEMAS = {s.filename: s for k in all_kinds() for s in k.workbooks}
FOLDER = "sundsvall-ansokan-2024"


def _write(folder, files: dict):
    folder.mkdir(parents=True, exist_ok=True)
    for name, (schema, data) in files.items():
        write_workbook(SCHEMAS[schema], folder / name, data)
    return folder


def _with_last_year(tmp_path):
    """The follow-ups read last year's closing eget kapital from ../sundsvall-2023."""
    if not (tmp_path / "sundsvall-2023").exists():
        shutil.copytree(EXAMPLES / "sundsvall-2023", tmp_path / "sundsvall-2023",
                        ignore=shutil.ignore_patterns("ut", "*.md"))


def _failing(docs, kind=None):
    return [r for d in docs if kind is None or d.kind.key == kind for r in d.findings if not r.ok]


# -- the real example ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("ansokan")
    for name in (FOLDER, "sundsvall-2023"):
        shutil.copytree(EXAMPLES / name, base / name, ignore=shutil.ignore_patterns("ut", "*.md"))
    result = run_cli("build", base / FOLDER)
    assert result.returncode == 0, result.stdout + result.stderr
    return base / FOLDER


def test_example_has_no_fel_and_every_check_passes():
    docs = documents(EXAMPLES / FOLDER)
    assert [d.kind.key for d in docs] == ["budgetuppfoljning", "ansokan", "sammantrade"]
    app = next(d for d in docs if d.kind.key == "ansokan")
    assert not has_errors([r for d in docs for r in d.findings])
    assert all(r.ok for r in app.findings), [(r.code, r.text()) for r in app.findings if not r.ok]
    codes = {r.code for r in app.findings}
    assert {"ansokan-summa-ar", "ansokan-summa-totalt", "ansokan-sokt-belopp", "ansokan-samverkan"} <= codes
    coop = next(r for r in app.findings if r.code == "ansokan-samverkan")
    assert (coop.actual, coop.expected) == (4, 2)
    assert "Sundsvalls kommun, Arbetsförmedlingen, Försäkringskassan, Region Västernorrland" in coop.text()
    requested = next(r for r in app.findings if r.code == "ansokan-sokt-belopp")
    assert (requested.expected, requested.actual, requested.unit) == (973_500, 973_500, "kr")
    assert (requested.location.sheet, requested.location.cell) == ("Ansökan", "B13")


def test_example_model_is_the_seed():
    docs = documents(EXAMPLES / FOLDER)
    a = next(d for d in docs if d.kind.key == "ansokan").model
    b = ansokan_2024.BUDGET
    assert a.facts.insats == INSATS and a.years == (("ar1", 2024), ("ar2", 2025))
    assert [r.kostnadsslag for r in a.costs] == ["Lönekostnader", "Lokalkostnader", "Material (IT och telefoni)",
                                                 "Övriga kostnader"]
    for row, printed in zip(a.costs, b["rader"]):
        assert (row.ar1, row.ar2) == (printed["belopp"][2024], printed["belopp"][2025])
    assert (a.year_total("ar1"), a.year_total("ar2"), a.budget_total) == (247_500, 726_000, 973_500)
    assert a.requested(2024) == 247_500 and a.requested(2026) == 0
    assert [(g.mal, g.indikator) for g in a.goals] == ansokan_2024.GOALS
    assert a.applicant.part == "Sundsvalls kommun" and [p.organisation for p in a.partners] == \
        ansokan_2024.FACTS["samverkansparter"]


def test_example_decision_is_aterremiss_and_grants_nothing():
    """§ 61 of 2024-04-26 sent the application back: the minutes say återremittera, no year, no
    amount; nothing is granted, and no chain check compares a budget with a grant."""
    from finsam.model.ansokan import granted

    docs = documents(EXAMPLES / FOLDER)
    minutes = next(d for d in docs if d.kind.key == "sammantrade")
    assert [(d.nr, d.ansokan, d.beslut, d.ar, d.belopp) for d in minutes.model.funding] == \
        [(61, INSATS, "Återremittera", None, None)]
    p61 = next(p for p in minutes.model.paragraphs if p.nr == 61)
    assert p61.decisions == ansokan_2024.DECISION["beslut"]
    app = next(d for d in docs if d.kind.key == "ansokan").model
    assert granted([app], [minutes.model]) == []
    chain = {"protokoll-medel-belopp", "protokoll-medel-ansokan-saknas", "protokoll-medel-over-sokt",
             "protokoll-medel-under-sokt", "uppfoljning-insats-over-beviljat",
             "uppfoljning-insats-prognos-over-beviljat"}
    assert not [r for d in docs for r in d.findings if r.code in chain]


def test_application_docx(built):
    text = docx_text(built / "ut" / "ansökan-arbetskonsulent.docx")
    lines = text.splitlines()
    assert lines[0] == "Ansökan om medel" and "från Samordningsförbundet i Sundsvall" in lines
    assert f"Insats: {INSATS}" in lines
    assert "Period: sept-dec 2024 och jan-dec 2025." in lines
    assert "Organisationens namn | Individ- och arbetsmarknadsförvaltningen" in lines
    assert "Förbundets part | Sundsvalls kommun" in lines
    assert "Organisationsnummer | 212000-2411" in lines
    assert not any(line.startswith(("Plusgiro", "Bankgiro")) for line in lines)  # printed empty
    assert "Försäkringskassan | SFT | Mikael Broman | Camilla Steen" in lines
    assert "Region Västernorrland |  |  | Karin Nordström" in lines
    assert ("Ansökan tar upp samverkan mellan 4 av förbundets parter: Sundsvalls kommun, Arbetsförmedlingen, "
            "Försäkringskassan, Region Västernorrland. Förbundet kräver minst 2.") in lines
    assert "Sökt belopp: 973 500 kr (2024: 247 500 kr, 2025: 726 000 kr)." in lines
    for goal, indicator in ansokan_2024.GOALS:
        assert f"{goal} | {indicator}" in lines
    assert ansokan_2024.FACTS["mal_forbehall"] in lines
    assert "Kostnadsslag (kr) | Budget 2024 | Budget 2025 | Totalt" in lines
    assert "Lönekostnader | 225 000 | 681 000 | 906 000" in lines
    assert "Material (IT och telefoni) | 7 500 | 15 000 | 22 500" in lines
    assert "Övriga kostnader |  |  | " in lines  # printed empty, no total either
    assert "Summa | 247 500 | 726 000 | 973 500" in lines
    assert "Sökt belopp totalt: 973 500 kr." in lines
    for heading in ("Bakgrund till insatsen", "Syftet med insatsen", "Målgruppen för insatsen", "Insatsens mål",
                    "Jämställdhet", "Förväntat resultat för individerna"):
        assert heading in lines
    assert ansokan_2024.FACTS["syfte"] in lines
    # signatures: the applicant's and each samverkanspart's signatory, the Region's line without a name
    assert "……………………………………………\nDenise Wallén, förvaltningsdirektör\nFör ansvarig part, Individ- och " \
           "arbetsmarknadsförvaltningen" in text
    assert "……………………………………………\n\nFör samverkande part, Region Västernorrland" in text
    assert "UTKAST" not in text and ".xlsx" not in text and "@" not in text


def test_application_docx_headings_are_styled(built):
    from docx import Document

    doc = Document(str(built / "ut" / "ansökan-arbetskonsulent.docx"))
    heads = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert heads[:3] == [("Heading 1", "Uppgifter om ansvarig part (stödmottagare)"),
                         ("Heading 1", "Samverkansparter"), ("Heading 1", "Sammanfattning")]
    assert ("Heading 2", "Genomförande/samverkan") in heads and ("Heading 1", "Sökta medel") in heads
    assert doc.core_properties.title == f"Ansökan om medel – {INSATS} – Samordningsförbundet i Sundsvall"
    assert doc.core_properties.author == "Samordningsförbundet i Sundsvall"


def test_minutes_of_the_example_still_record_the_aterremiss(built):
    text = docx_text(built / "ut" / "protokoll-2024-04-26.docx")
    assert "§ 61 Ansökan om en arbetskonsulent till Arbetsmarknadstorget" in text
    assert "Att återremittera ansökan till huvudmännen för ett förtydligande för ovannämnda målgrupp." in text
    assert "Att bevilja" not in text


def test_draft_with_fel_is_marked(tmp_path):
    from docx import Document

    from finsam.pipeline import render_outputs

    data = sundsvall_ansokan.application()
    data["ansokan"]["sokt_belopp"] = 1_000_000
    folder = _write(tmp_path / "a", {APP: ("ansokan.xlsx", data)})
    docs = documents(folder)
    assert has_errors(docs[0].findings)
    out = render_outputs(docs, draft=True)["ansökan-arbetskonsulent.docx"]
    import io

    doc = Document(io.BytesIO(out))
    assert doc.sections[0].header.paragraphs[1].text == "UTKAST – innehåller fel, får inte fastställas"
    body = [p.text for p in doc.paragraphs]
    assert "UTKAST" in body and any(t.startswith("Kontrollen hittade 1 fel.") for t in body)
    finding = next(row for t in doc.tables for row in t.rows if "(ansokan-sokt-belopp)" in row.cells[4].text)
    assert finding.cells[1].text == "ansokan-arbetskonsulent.xlsx, Ansökan, B13"
    assert doc.core_properties.title.startswith("Utkast: Ansökan om medel")
    final = run_cli("build", folder)
    assert final.returncode == 1 and not (folder / "ut").exists()


def test_budget_in_tkr_with_one_decimal(tmp_path):
    """The form's budget may be in tkr: the reader turns it into kronor, the checks allow the
    rounding the unit explains, the document prints it in tkr."""
    data = sundsvall_ansokan.application()
    for row in data["kostnader"]:
        for key in ("ar1", "ar2"):
            if row.get(key) is not None:
                row[key] = Decimal(row[key]) / 1000
    data["kostnader.enhet"] = "tkr med 1 decimal"
    folder = _write(tmp_path / "a", {APP: ("ansokan.xlsx", data)})
    docs = documents(folder)
    assert all(r.ok for r in docs[0].findings), [r.text() for r in docs[0].findings if not r.ok]
    a = docs[0].model
    assert a.unit.name == "tkr" and a.costs[2].ar1 == 7_500 and a.budget_total == 973_500
    assert run_cli("build", folder).returncode == 0
    text = docx_text(folder / "ut" / "ansökan-arbetskonsulent.docx")
    assert "Kostnadsslag (tkr) | Budget 2024 | Budget 2025 | Totalt" in text
    assert "Material (IT och telefoni) | 7,5 | 15,0 | 22,5" in text
    assert "Summa | 247,5 | 726,0 | 973,5" in text
    assert "Sökt belopp totalt: 973,5 tkr." in text
    # four figures of one decimal explain 0,2 tkr; 0,3 tkr more than the rows they do not
    data["kostnader"][-1]["ar1"] = Decimal("247.7")
    assert not _failing(documents(_write(tmp_path / "b", {APP: ("ansokan.xlsx", data)})))
    data["kostnader"][-1]["ar1"] = Decimal("247.8")
    bad = _failing(documents(_write(tmp_path / "c", {APP: ("ansokan.xlsx", data)})))
    assert ("ansokan-summa-ar", "C9") in [(r.code, r.location.cell) for r in bad]
    assert "avrundningen kan förklara högst 0,2 tkr" in \
        next(r for r in bad if r.code == "ansokan-summa-ar").text().replace("\u00a0", " ")


def test_one_year_and_three_year_budgets(tmp_path):
    data = sundsvall_ansokan.application()
    data["ansokan"].update(antal_ar=3, sokt_belopp=1_073_500)
    data["kostnader"][0]["ar3"] = 100_000
    data["kostnader"][-1]["ar3"] = 100_000
    folder = _write(tmp_path / "three", {APP: ("ansokan.xlsx", data)})
    assert all(r.ok for r in documents(folder)[0].findings)
    assert run_cli("build", folder).returncode == 0
    text = docx_text(folder / "ut" / "ansökan-arbetskonsulent.docx")
    assert "Kostnadsslag (kr) | Budget 2024 | Budget 2025 | Budget 2026 | Totalt" in text
    assert "Summa | 247 500 | 726 000 | 100 000 | 1 073 500" in text
    one = sundsvall_ansokan.application()
    one["ansokan"].update(antal_ar=1, sokt_belopp=247_500)
    for row in one["kostnader"]:
        row.pop("ar2", None)
    folder = _write(tmp_path / "one", {APP: ("ansokan.xlsx", one)})
    assert all(r.ok for r in documents(folder)[0].findings)
    assert run_cli("build", folder).returncode == 0
    text = docx_text(folder / "ut" / "ansökan-arbetskonsulent.docx")
    assert "Kostnadsslag (kr) | Budget 2024 | Totalt" in text and "Summa | 247 500 | 247 500" in text


def test_blank_workbook_reads_with_clear_messages(tmp_path):
    from finsam.errors import InputError
    from finsam.pipeline import load

    shutil.copy(ROOT / "workbooks" / "ansokan.xlsx", tmp_path / "ansokan.xlsx")
    with pytest.raises(InputError) as info:
        load(tmp_path)
    messages = [str(p) for p in info.value.problems]
    assert any("ansokan.xlsx, blad Ansökan, cell B5" in m and "Förbund" in m for m in messages), messages
    assert any("blad Sökande" in m and "Förbundets part" in m for m in messages)


def test_template_is_up_to_date(tmp_path):
    from finsam.mallar import write_templates

    written = {p.name: p for p in write_templates(tmp_path)}
    assert written["ansokan.docx"].read_bytes() == (ROOT / "templates" / "ansokan.docx").read_bytes()


# -- a cell broken on purpose: the code at the cell -----------------------------------------------

def _cost(data, name):
    return next(r for r in data["kostnader"] if r["kostnadsslag"] == name)


CASES = [
    ("Summa row 2024 off", lambda d: _cost(d, "Summa").update(ar1=250_000),
     "ansokan-summa-ar", "Kostnader", "C9"),
    ("a row's total typed over the formula", lambda d: _cost(d, "Lönekostnader").update(totalt=900_000),
     "ansokan-summa-totalt", "Kostnader", "F5"),
    ("requested amount not the budget", lambda d: d["ansokan"].update(sokt_belopp=1_000_000),
     "ansokan-sokt-belopp", "Ansökan", "B13"),
    ("amount in a year the application does not have", lambda d: _cost(d, "Lokalkostnader").update(ar3=5_000),
     "ansokan-ar-utanfor", "Kostnader", "E6"),
    ("only the applicant's own party", lambda d: d.update(samverkansparter=[]),
     "ansokan-samverkan", "Sökande", "B7"),
    ("fewer parties than the förbund requires", lambda d: d["villkor"].update(minst_parter=5),
     "ansokan-samverkan", "Samverkansparter", "A5:A7"),
    ("goal without an indicator", lambda d: d["mal"][1].update(indikator=None),
     "ansokan-indikator-saknas", "Mål", "B6"),
    ("applicant's party not one of the förbund's", lambda d: d["sokande"].update(part="Sundsvall"),
     "sokande-okand-part", "Sökande", "B7"),
    ("more budget years than the form has", lambda d: d["ansokan"].update(antal_ar=4),
     "ansokan-for-stort", "Ansökan", "B12"),
    ("no budget year", lambda d: d["ansokan"].update(antal_ar=0), "ansokan-for-litet", "Ansökan", "B12"),
    ("co-operation of no party required", lambda d: d["villkor"].update(minst_parter=0),
     "villkor-for-litet", "Villkor", "B5"),
]


@pytest.mark.parametrize("name,mutate,code,sheet,cell", CASES, ids=[c[0] for c in CASES])
def test_application_checks(tmp_path, name, mutate, code, sheet, cell):
    data = sundsvall_ansokan.application()
    mutate(data)
    found = _failing(documents(_write(tmp_path / "a", {APP: ("ansokan.xlsx", data)})))
    assert any(r.code == code and r.location.workbook == APP and r.location.sheet == sheet
               and r.location.cell == cell for r in found), [(r.code, str(r.location)) for r in found]


# -- the chain: application → § decision → insats budget → follow-up -----------------------------

GRANT_MEETING = "sammantrade-2024-06-14.xlsx"
PLAN = "verksamhetsplan.xlsx"
FOLLOWUP = "budgetuppfoljning-2024-08-31.xlsx"
NEW = "Nya insatser/aktiviteter 2024, hälsoteamet, fontänhus, Uvas, språkstödjare."


def _grant_meeting(rows) -> dict:
    """A synthetic meeting after § 61: the application comes back and § 71 decides on it."""
    m = copy.deepcopy(sundsvall_ansokan.meeting())
    m["sammantrade"].update(datum=dt.date(2024, 6, 14), forsta_paragraf=70, foregaende_sista=None,
                            justeringsdatum=dt.date(2024, 6, 18), anslagsdatum=dt.date(2024, 6, 19))
    m["paragrafer"] = [
        {"nr": 70, "rubrik": "Mötets öppnande", "beslut": "Att förklara mötet öppnat."},
        {"nr": 71, "rubrik": "Ansökan om en arbetskonsulent till Arbetsmarknadstorget (återremitterad § 61)",
         "text": "Huvudmännen har förtydligat syftet och målen för eleverna på Vuxenutbildningen.",
         "beslut": "Att bevilja ansökan med 247 500 kr för 2024 och 726 000 kr för 2025."},
        {"nr": 72, "rubrik": "Mötets avslutande", "beslut": "Att förklara mötet avslutat."},
    ]
    m["medelsbeslut"] = rows
    return m


def _grant(year, amount, **kw):
    return dict({"nr": 71, "ansokan": INSATS, "beslut": "Bevilja", "ar": year, "belopp": amount}, **kw)


def _split(rows, amounts: dict, key_amounts: dict):
    """Book the insats on its own row, taken out of "Nya insatser/aktiviteter 2024" so that
    every sum of the table stays as it was."""
    i = next(i for i, r in enumerate(rows) if r["post"] == NEW)
    new = rows[i]
    mine = {"grupp": "Insatser", "post": INSATS, **amounts}
    if "insatstyp" in new:
        mine["insatstyp"] = new["insatstyp"]
    for key, value in amounts.items():
        rest = Decimal(str(new[key])) - value if new.get(key) is not None and value is not None else new.get(key)
        new[key] = key_amounts.get(key, rest)
    rows.insert(i, mine)


def chain_files(grant_rows=None, plan_2024=Decimal("247.5"), budget=Decimal("247.5"), prognos=Decimal("200")):
    """The folder of the chain: the application (seed), the real meeting of 2024-04-26 (§ 61
    återremittera), the synthetic grant of 2024-06-14, a verksamhetsplan 2024 revised to book
    the insats on its own row, and a follow-up per 2024-08-31 with that row (tkr)."""
    grant_rows = [_grant(2024, 247_500), _grant(2025, 726_000)] if grant_rows is None else grant_rows
    plan = copy.deepcopy(vp_examples.sundsvall())
    _split(plan["budget"], {"ar1": plan_2024}, {})
    followup = copy.deepcopy(sundsvall_2024.MEETINGS["budgetuppfoljning-2024-03-31.xlsx"][1])
    followup["uppgifter"].update(per=dt.date(2024, 8, 31), bilaga_datum=None, bilaga_nr=None)
    _split(followup["uppfoljning"], {"budget": budget, "utfall": None, "prognos": prognos},
           {"utfall": None, "prognos": Decimal("0")})
    return {
        APP: ("ansokan.xlsx", sundsvall_ansokan.application()),
        "sammantrade-2024-04-26.xlsx": ("sammantrade.xlsx", sundsvall_ansokan.meeting()),
        GRANT_MEETING: ("sammantrade.xlsx", _grant_meeting(grant_rows)),
        PLAN: ("verksamhetsplan.xlsx", plan),
        FOLLOWUP: ("budgetuppfoljning.xlsx", followup),
    }


def _chain(tmp_path, files=None, name="kedja"):
    _with_last_year(tmp_path)
    return documents(_write(tmp_path / name, files or chain_files()))


def _cell_of(docs, code):
    return [(r.location.workbook, r.location.sheet, r.location.cell, r.ok) for d in docs for r in d.findings
            if r.code == code]


def test_chain_application_decision_plan_follow_up(tmp_path):
    """A grant of what was applied for: the § against the application, the plan's and the
    follow-up's row for the insats against the grant, all passing; no document has a fel."""
    from finsam.model.ansokan import granted

    docs = _chain(tmp_path)
    assert not has_errors([r for d in docs for r in d.findings]), \
        [(r.code, r.text()) for d in docs for r in d.findings if not r.ok and r.blocks]
    minutes = [d.model for d in docs if d.kind.key == "sammantrade"]
    app = next(d.model for d in docs if d.kind.key == "ansokan")
    g = granted([app], minutes)
    assert len(g) == 1 and (g[0].for_year(2024), g[0].for_year(2025), g[0].for_year(2026)) == (247_500, 726_000, 0)
    assert [(x.decision.nr, x.meeting) for x in g[0].rows] == [(71, dt.date(2024, 6, 14))] * 2  # not § 61
    # § 71 against the application, each year at its row's amount cell
    assert _cell_of(docs, "protokoll-medel-over-sokt") == [(GRANT_MEETING, "Beslut om medel", "E5", True),
                                                           (GRANT_MEETING, "Beslut om medel", "E6", True)]
    assert [ok for *_, ok in _cell_of(docs, "protokoll-medel-under-sokt")] == [True, True]
    # the plan's 2024 budget for the insats (Budget, År 1) and the follow-up's budget and prognos
    plan = _cell_of(docs, "vp-insats-over-beviljat")
    assert len(plan) == 1 and plan[0][:2] == (PLAN, "Budget") and plan[0][2].startswith("E") and plan[0][3]
    follow = next(d for d in docs if d.kind.key == "budgetuppfoljning")
    hits = {r.code: r for r in follow.findings if r.code.startswith("uppfoljning-insats")}
    assert hits["uppfoljning-insats-over-beviljat"].ok and hits["uppfoljning-insats-prognos-over-beviljat"].ok
    assert (hits["uppfoljning-insats-over-beviljat"].actual, hits["uppfoljning-insats-over-beviljat"].expected,
            hits["uppfoljning-insats-over-beviljat"].unit) == (Decimal("247.5"), Decimal("247.5"), "tkr")
    assert "§ 71 2024-06-14" in hits["uppfoljning-insats-over-beviljat"].text()


def test_chain_grant_more_than_applied_for_is_fel(tmp_path):
    docs = _chain(tmp_path, chain_files([_grant(2024, 247_500), _grant(2025, 800_000)]))
    bad = [r for r in _failing(docs) if r.code == "protokoll-medel-over-sokt"]
    assert [(r.location.workbook, r.location.sheet, r.location.cell) for r in bad] == \
        [(GRANT_MEETING, "Beslut om medel", "E6")]
    assert bad[0].blocks and (bad[0].actual, bad[0].expected) == (800_000, 726_000)
    assert "söker 726 000 kr för året" in bad[0].text().replace("\u00a0", " ")


def test_chain_grant_for_a_year_not_applied_for_is_fel(tmp_path):
    docs = _chain(tmp_path, chain_files([_grant(2024, 247_500), _grant(2026, 100_000)]), "ar")
    bad = [r for r in _failing(docs) if r.code == "protokoll-medel-over-sokt"]
    assert [r.location.cell for r in bad] == ["E6"] and "ingen budget för 2026" in bad[0].text()


def test_chain_partial_grant_is_avvikelse_and_the_budgets_follow_the_grant(tmp_path):
    """Less than applied for is the board's to decide (avvikelse, never blocks); the follow-up's
    budget must then follow the grant: the applied-for 247,5 tkr is above it."""
    docs = _chain(tmp_path, chain_files([_grant(2024, 200_000), _grant(2025, 726_000)]))
    under = [r for r in _failing(docs) if r.code == "protokoll-medel-under-sokt"]
    assert [(r.location.cell, r.severity, r.blocks) for r in under] == [("E5", "avvikelse", False)]
    assert "47 500 kr mindre" in under[0].text().replace("\u00a0", " ")
    over = {(r.code, r.location.workbook) for r in _failing(docs) if r.code.endswith("over-beviljat")}
    assert over == {("vp-insats-over-beviljat", PLAN), ("uppfoljning-insats-over-beviljat", FOLLOWUP)}
    follow = next(r for r in _failing(docs) if r.code == "uppfoljning-insats-over-beviljat")
    assert "styrelsen har beviljat 200,0 tkr för 2024 (§ 71 2024-06-14)" in follow.text().replace("\u00a0", " ")


def test_chain_follow_up_over_the_grant(tmp_path):
    docs = _chain(tmp_path, chain_files(budget=Decimal("300"), prognos=Decimal("260")))
    follow = next(d for d in docs if d.kind.key == "budgetuppfoljning")
    bad = {r.code: r for r in follow.findings if not r.ok}
    row = next(r for r in follow.model.rows if r.post == INSATS).src.row
    assert bad["uppfoljning-insats-over-beviljat"].location.cell == f"D{row}"
    assert bad["uppfoljning-insats-over-beviljat"].severity == "fel"
    assert bad["uppfoljning-insats-prognos-over-beviljat"].location.cell == f"F{row}"
    assert bad["uppfoljning-insats-prognos-over-beviljat"].severity == "avvikelse"


def test_chain_rounding_of_a_follow_up_in_whole_tkr(tmp_path):
    """248 tkr can be the rounding of 247 500 kr: not over the grant; 249 tkr is."""
    docs = _chain(tmp_path, chain_files(budget=Decimal("248")), "hel")
    hit = next(r for d in docs for r in d.findings if r.code == "uppfoljning-insats-over-beviljat")
    assert hit.ok
    docs = _chain(tmp_path, chain_files(budget=Decimal("249")), "over")
    assert not next(r for d in docs for r in d.findings if r.code == "uppfoljning-insats-over-beviljat").ok


def test_chain_plan_budgets_a_year_nothing_was_granted_for(tmp_path):
    docs = _chain(tmp_path, chain_files([_grant(2025, 726_000)]))
    bad = [r for r in _failing(docs) if r.code == "vp-insats-over-beviljat"]
    text = bad[0].text().replace("\u00a0", " ")
    assert len(bad) == 1 and "2024 är 247,5 tkr men styrelsen har inte beviljat insatsen" in text
    assert text.endswith("något för 2024; beviljat är 2025: 726,0 tkr."), text


def test_chain_by_diarienummer_and_budgetpost(tmp_path):
    """The § may name the application by its diarienummer, and the budgets may name the insats
    by the budgetpost the application gives."""
    files = chain_files([_grant(2024, 247_500, ansokan="dnr 2024/12"), _grant(2025, 726_000, ansokan="Dnr 2024/12")],
                        plan_2024=Decimal("300"))
    files[APP][1]["ansokan"].update(diarienummer="Dnr 2024/12", budgetpost="Arbetskonsulent, andra målgrupper")
    for name in (PLAN, FOLLOWUP):
        table = files[name][1]["budget" if name == PLAN else "uppfoljning"]
        next(r for r in table if r["post"] == INSATS)["post"] = "Arbetskonsulent, andra målgrupper"
    docs = _chain(tmp_path, files)
    assert [ok for *_, ok in _cell_of(docs, "protokoll-medel-over-sokt")] == [True, True]
    assert [(c[0], ok) for *c, ok in _cell_of(docs, "vp-insats-over-beviljat")] == [(PLAN, False)]


def test_chain_on_the_command_line(tmp_path):
    _with_last_year(tmp_path)
    folder = _write(tmp_path / "cli", chain_files([_grant(2024, 247_500), _grant(2025, 800_000)]))
    result = run_cli("check", folder)
    assert result.returncode == 1
    assert "protokoll-medel-over-sokt" in result.stdout
    assert f"{GRANT_MEETING} / Beslut om medel / E6" in result.stdout


DECISION_CASES = [
    ("grant without an amount", [_grant(2024, None)], "protokoll-medel-belopp", "E5"),
    ("grant without a year", [_grant(None, 247_500)], "protokoll-medel-belopp", "D5"),
    ("återremiss with an amount", [{"nr": 71, "ansokan": INSATS, "beslut": "Återremittera", "belopp": 1000}],
     "protokoll-medel-belopp", "E5"),
    ("grant to an application not in the folder", [_grant(2024, 247_500, ansokan="Okänd insats")],
     "protokoll-medel-ansokan-saknas", "B5"),
    ("grant more than applied for", [_grant(2024, 300_000)], "protokoll-medel-over-sokt", "E5"),
    ("grant less than applied for", [_grant(2024, 200_000)], "protokoll-medel-under-sokt", "E5"),
]


@pytest.mark.parametrize("name,rows,code,cell", DECISION_CASES, ids=[c[0] for c in DECISION_CASES])
def test_decision_checks(tmp_path, name, rows, code, cell):
    files = {k: v for k, v in chain_files(rows).items() if k in (APP, GRANT_MEETING)}
    files[GRANT_MEETING][1]["sammantrade"]["foregaende_sista"] = 69
    found = _failing(documents(_write(tmp_path / "d", files)))
    assert any(r.code == code and r.location.workbook == GRANT_MEETING and r.location.sheet == "Beslut om medel"
               and r.location.cell == cell for r in found), [(r.code, str(r.location)) for r in found]


# The codes the chain tests above break (for test_check_coverage).
CHAIN_TESTED = ("vp-insats-over-beviljat", "uppfoljning-insats-over-beviljat",
                "uppfoljning-insats-prognos-over-beviljat")
TESTED = {c[2] for c in CASES} | {c[2] for c in DECISION_CASES} | set(CHAIN_TESTED)


def test_grant_to_an_unknown_application_is_noted_once(tmp_path):
    """Two granted years of an application that is not in the folder: one saknas, at the
    first row's reference; it does not block the minutes."""
    rows = [_grant(2024, 247_500, ansokan="Okänd insats"), _grant(2025, 726_000, ansokan="Okänd insats")]
    files = {k: v for k, v in chain_files(rows).items() if k == GRANT_MEETING}
    files[GRANT_MEETING][1]["sammantrade"]["foregaende_sista"] = 69
    docs = documents(_write(tmp_path / "d", files))
    found = [r for r in _failing(docs) if r.code == "protokoll-medel-ansokan-saknas"]
    assert [(r.location.cell, r.severity, r.blocks) for r in found] == [("B5", "saknas", False)]
    assert "Ansökan ”Okänd insats” (§ 71) saknas" in found[0].text()
    assert not has_errors(docs[0].findings)
