"""A förbund that reports in its own way (tests/synthetic_tkr.py): tkr with two decimals,
one kommun, its own insats types and budget groups, no individual-share goal, no floor,
no ordförande text, goals judged "Till viss del", blanks for what it does not report, a
five-year overview in exact kronor. It builds with no fel, its documents print tkr and
never an unreported figure, and rounding is told apart from errors."""
from __future__ import annotations

import copy
import re
from decimal import Decimal

import pytest

import synthetic_tkr
from conftest import annual, docx_text, write_folder

E, I = "ekonomi.xlsx", "insatser.xlsx"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from finsam.cli import main

    folder = write_folder(tmp_path_factory.mktemp("tkr") / "testbygd", synthetic_tkr.workbooks())
    assert main(["build", str(folder)]) == 0
    return folder, annual(folder), docx_text(folder / "ut" / "årsredovisning-2024.docx")


def _rows(text: str, first: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(first + " |")]


def test_no_fel_and_goals_as_written(built):
    _, doc, _ = built
    assert [(r.code, str(r.location)) for r in doc.findings if not r.ok and r.severity == "fel"] == []
    not_met = sorted((r.code, r.actual) for r in doc.findings if not r.ok)
    assert not_met == [("insatsmal-ej-uppnatt", "Delvis uppnått"), ("insatsmal-ej-uppnatt", "Till viss del"),
                       ("verksamhetsmal-ej-uppnatt", "Till viss del")]


def test_documents_print_tkr_with_two_decimals(built):
    _, _, text = built
    assert "Belopp i tkr | Not | 2024 | 2023" in text
    assert _rows(text, "Verksamhetens intäkter") == ["Verksamhetens intäkter | 2 | 4 200,00 | 4 150,00"]
    assert "Förbundet fick 4 200,00 tkr i driftsbidrag" in text  # the settings' kronor, in the report's unit
    assert "Medlem | Andel | Driftsbidrag 2024, tkr" in text and "Testby kommun | 25 % | 1 050,00" in text
    assert "eget kapital vid årets slut är 956,66 tkr" in text and "Taket är 1 050,00 tkr" in text
    # the five-year overview stays in the kronor it was reported in, one row per reported year
    assert _rows(text, "2024")[0] == "2024 | 4 212 349 | 4 011 352 | 200 997 | 61 % | "
    assert [r.split(" |")[0] for r in text.splitlines() if re.match(r"20\d\d \|", r)] == ["2024", "2023", "2022"]


def test_what_is_not_reported_is_not_printed(built):
    _, _, text = built
    assert "Ordförande har ordet" not in text                  # no text: no section, not in contents
    assert "sammanträden" not in text                         # no meetings listed: no "0 sammanträden"
    assert "lägst" not in text and "golv" not in text          # no floor
    individual = next(line for line in text.splitlines() if "gick till individinriktade insatser, vilket" in line)
    assert individual.startswith("2 870,30 tkr")              # reported, not judged: no "Utfall:", no goal
    assert "ska gå till individinriktade insatser" not in text
    assert _rows(text, "Samtalsstöd")[0] == "Samtalsstöd |  | 230 |  | "   # no participants: blank, not 0
    assert _rows(text, "Extraordinära poster") == ["Extraordinära poster |  |  | "]
    assert _rows(text, "Staten")[0] == "Staten | 2 100,00 | 2 100,00 | 0,00 | "   # last year's utfall blank
    assert _rows(text, "Summa insatser")[0].endswith("| -101,03 | ")  # its sum row too, not 0,00
    assert _rows(text, "Fordringar") == ["Fordringar |  | 150,32 | 170,99"]    # no note 4: no reference
    assert "Antal anställda" not in text


def test_own_types_groups_and_ej_forbrukat(built):
    _, doc, text = built
    fig = doc.model.figures
    assert fig.individ_utfall == Decimal("2870300")  # Individinsats ×2 (one typed in lower case) + Volyminsats
    assert fig.struktur_utfall == Decimal("298670")
    assert doc.model.forbund.groups.insatser == ("Insatser",)
    assert "Samverkansforum | 350,00 tkr | 298,67 tkr | 51,33 tkr" in text
    assert "Bedömning: Till viss del." in text


def _finding(doc, code, sheet, cell):
    return next(r for r in doc.findings if r.code == code and r.location.sheet == sheet and r.location.cell == cell)


def test_rounded_totals_pass_and_say_so(built):
    """Printed 321,66 against items 201,00 + 20,67 + 100,00 = 321,67; Summa kostnader 3 999,01
    against rows summing to 3 999,00: both are the ledger's exact sums rounded."""
    _, doc, _ = built
    assert _finding(doc, "kf-lopande", "Kassaflödesanalys", "C11").ok
    assert _finding(doc, "budget-summa-kostnader", "Budgetuppföljning", "E21").ok


def test_a_difference_beyond_rounding_fails_with_both_amounts(tmp_path):
    data = synthetic_tkr.workbooks()
    row = next(r for r in data[E]["budget"] if r["post"] == "Summa kostnader")
    row["utfall"] = Decimal("3999.10")
    doc = annual(write_folder(tmp_path / "f", data))
    bad = [r for r in doc.findings if not r.ok and r.severity == "fel"]
    assert [(r.code, r.location.cell) for r in bad] == [("budget-summa-kostnader", "E21")]
    text = bad[0].text().replace("\u00a0", " ")
    assert "ska vara 3 999,00 tkr men är 3 999,10 tkr: skiljer 0,1 tkr; avrundningen kan förklara högst 0,02 tkr" \
        in text, text


def test_consistent_utfall_minus_budget_table_has_no_differens_finding(built):
    _, doc, _ = built
    assert doc.model.forbund.budget_sign == "utfall − budget"
    assert not [r for r in doc.findings if r.code == "budget-differens" and not r.ok]


@pytest.mark.parametrize("typed", ["Till viss del", "till viss del", "  TILL  viss del ", "Delvis", "Delvis uppnått",
                                   "Till stor del", "Ej bedömt", "Ej bedömd", "Kan inte bedömas", "Ja", "uppnått",
                                   "Ja. Målet har uppnåtts.", "Nej", "Målet är inte uppnått"])
def test_judgement_vocabulary(tmp_path, typed):
    """Each way of writing a judgement is understood and printed as written."""
    from finsam.schema.insatser import INSATS_GOALS

    meaning = INSATS_GOALS.column("uppnatt").meaning(typed)
    assert meaning in ("ja", "nej", "delvis", "ej_bedomt"), typed
    data = copy.deepcopy(synthetic_tkr.workbooks())
    data[I]["insatsmal"][1]["uppnatt"] = typed
    doc = annual(write_folder(tmp_path / "f", data))
    goal = next((r for r in doc.findings if r.code == "insatsmal-ej-uppnatt" and r.location.cell == "C6"), None)
    if meaning == "ej_bedomt":  # not judged: nothing to report
        assert goal is None
    else:
        assert goal.ok == (meaning == "ja") and (goal.ok or " ".join(goal.actual.split()).casefold() == " ".join(typed.split()).casefold())
    assert not [r for r in doc.findings if not r.ok and r.severity == "fel"]
