"""Last year from last year's folder: the 2022 report as published (examples/sundsvall-2022)
is read through the 2023 workbook's "Föregående års mapp", and every figure of 2023's
comparatives is compared with it."""
from __future__ import annotations

import copy
import shutil
import sys
from pathlib import Path

from conftest import EXAMPLES, annual, write_folder

sys.path.insert(0, str(EXAMPLES / "data"))
import sundsvall_2023  # noqa: E402

E = "ekonomi.xlsx"
# (code, mutation of the 2023 published data, sheet, cell) — codes the coverage test counts
CASES = [
    ("foregaende-ar", lambda d, year=1: _set_fg(d, "rr", "intakter", 7_377_000, year), "Resultaträkning", "D5"),
    ("foregaende-ar-saknas", None, "Inställningar", "B17"),
]


def _set_fg(data, sheet, line, value, year=1):
    values = list(data[E][sheet][line])
    values[year] = value
    data[E][sheet][line] = tuple(values)


def _pair(tmp_path: Path, data: dict) -> Path:
    """2023 in tmp/sundsvall-2023, linked to a copy of the 2022 example beside it."""
    shutil.copytree(EXAMPLES / "sundsvall-2022", tmp_path / "sundsvall-2022",
                    ignore=shutil.ignore_patterns("ut", "*.md"))
    return write_folder(tmp_path / "sundsvall-2023", data)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def _comparisons(doc):
    return [r for r in doc.findings if r.code == "foregaende-ar"]


def test_published_2023_repeats_2022_exactly():
    """The 2023 report's 2022 column, every line compared, equals the 2022 report as printed
    (its contradictions included: the 2023 report carried them over)."""
    doc = annual(EXAMPLES / "sundsvall-2023-publicerad")
    assert doc.model.previous is not None and doc.model.previous.year == 2022
    compared = _comparisons(doc)
    assert len(compared) >= 90
    assert [r.text() for r in compared if not r.ok] == []
    by_cell = {(r.location.sheet, r.location.cell): r for r in compared}
    # the printed −408 792 of 2022 (items give −408 793) is in both reports
    assert "−408 792 kr" in _plain(by_cell[("Resultaträkning", "D7")].text())
    assert by_cell[("Budgetuppföljning", "G42")].ok  # "Summa insatser" = "Summa insatser 2022"


def test_changed_comparative_is_one_finding_naming_last_years_cell(tmp_path):
    """Last year's report printed another figure than this year's comparative column (which
    agrees with everything else in this year's report)."""
    import sundsvall_2022

    from finsam.kinds import all_workbooks
    from finsam.schema.write import write_workbook

    code, mutate, sheet, cell = CASES[0]
    folder = _pair(tmp_path, sundsvall_2023.published())
    last = sundsvall_2022.workbooks()
    mutate(last, year=0)
    schema = next(s for s in all_workbooks() if s.filename == E)
    write_workbook(schema, tmp_path / "sundsvall-2022" / E, last[E])
    doc = annual(folder)
    bad = [r for r in _comparisons(doc) if not r.ok]
    assert [(r.location.sheet, r.location.cell, r.severity) for r in bad] == [(sheet, cell, "fel")]
    text = _plain(bad[0].text())
    assert "7 377 000 kr" in text and "7 377 991 kr" in text
    assert "sundsvall-2022/ekonomi.xlsx, blad Resultaträkning, cell C5" in text


def test_typed_last_year_driftsbidrag_is_compared(tmp_path):
    data = sundsvall_2023.published()
    data[E]["installningar"] = dict(data[E]["installningar"], driftsbidrag_fg=7_360_000)
    doc = annual(_pair(tmp_path, data))
    bad = [(r.location.sheet, r.location.cell) for r in _comparisons(doc) if not r.ok]
    assert bad == [("Inställningar", "B10")]


def test_without_last_years_folder_nothing_is_compared(tmp_path):
    data = copy.deepcopy(sundsvall_2023.CORRECTED)
    doc = annual(write_folder(tmp_path / "f", data))
    assert doc.model.previous is None
    assert _comparisons(doc) == []


# Every contradiction of the 2022 report the engine can see (sundsvall_2022_NOTES.md §1),
# one finding each: (code, sheet, cell).
EXPECTED_2022 = [
    ("rr-verksamhetens-resultat", "Resultaträkning", "C7"),    # −408 792, items −408 793
    ("br-summa-omsattningstillgangar", "Balansräkning", "C10"),  # 3 696 600, items 3 696 599
    ("br-arets-resultat-mot-rr", "Balansräkning", "C14"),     # −409 221, RR −409 222
    ("kf-fordringar-mot-br", "Kassaflödesanalys", "C9"),      # −114, balance sheets +13
    ("kf-skulder-mot-br", "Kassaflödesanalys", "C10"),        # 288, balance sheets +361
    ("kf-likvida-slut", "Kassaflödesanalys", "C16"),          # 3 507 − 235 ≠ 3 472
    ("kf-likvida-slut", "Kassaflödesanalys", "D16"),          # 4 277 − 803 ≠ 3 507
    # RR 2021 intäkter 7 378 002, while not 2, the femårsöversikt and the printed verksamhetens
    # resultat −285 801 all give 7 378 001: one finding at the RR cell (the note's comparison,
    # made at that cell, naming the other two), not three
    ("not-summa", "Resultaträkning", "D5"),
    ("femar-resultat", "Femårsöversikt", "D7"),               # 2020: 164 757 ≠ 164 755
    ("femar-resultat", "Femårsöversikt", "D9"),               # 2018: 334 000 ≠ 334 300
    ("insatser-mot-budgetpost", "Budgetuppföljning", "D33"),  # text 1 100 000 kr, follow-up 1 160 tkr
]


def test_2022_as_published_reports_each_contradiction_once():
    doc = annual(EXAMPLES / "sundsvall-2022")
    fel = sorted((r.code, r.location.sheet, r.location.cell) for r in doc.findings
                 if not r.ok and r.severity == "fel")
    assert fel == sorted(EXPECTED_2022)


def test_2022_reports_insatser_through_the_budget_follow_up():
    """The 2022 report gives no kronor per insats: each insats counts with its budget post,
    the 'Arbetskonsulenter' post once for the two insatser booked on it."""
    doc = annual(EXAMPLES / "sundsvall-2022")
    fig = doc.model.figures
    assert fig.individ_utfall == 5_757_000  # 193 + 1 160 + 645 + 1 789 + 867 + 603 tkr + 500 000 kr
    assert fig.struktur_utfall == 903_000   # 758 + 48 + 74 + 23 tkr, as the text's 903 000 kr
    assert fig.insats_costs.unit.name == "tkr"
    assert round(fig.individ_andel.value * 1000) == 780  # "78 % av driftsbidraget" (summary)


def test_missing_last_years_folder_is_saknas_and_does_not_stop(tmp_path):
    """A folder copied without last year's beside it still builds; the check list says the
    comparison was not made, at the cell that names the folder."""
    from finsam.cli import main

    code, _, sheet, cell = CASES[1]
    folder = write_folder(tmp_path / "sundsvall-2023", sundsvall_2023.published())
    doc = annual(folder)
    missing = [r for r in doc.findings if r.code == code]
    assert [(r.severity, r.location.sheet, r.location.cell) for r in missing] == [("saknas", sheet, cell)]
    assert "ingen mapp ../sundsvall-2022" in missing[0].text()
    assert not missing[0].blocks
    assert _comparisons(doc) == []
    folder2 = write_folder(tmp_path / "ren", sundsvall_2023.CORRECTED | {E: dict(
        sundsvall_2023.CORRECTED[E], installningar=dict(sundsvall_2023.CORRECTED[E]["installningar"],
                                                           foregaende_ar="../finns-inte"))})
    assert main(["build", str(folder2)]) == 0
