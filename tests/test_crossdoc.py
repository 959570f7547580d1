"""Figures that must agree across the documents of a folder (issue 17.4): the annual report's
budget is the adopted verksamhetsplan's, and the § that adopts the annual report states its
result and eget kapital. Each check broken in one cell gives one finding naming both places."""
from __future__ import annotations

import copy
import datetime as dt
import sys
from decimal import Decimal

import pytest

from conftest import EXAMPLES, documents, write_folder

sys.path.insert(0, str(EXAMPLES / "data"))
import sundsvall_2023  # noqa: E402
import sundsvall_2024  # noqa: E402
import vp_examples  # noqa: E402

from finsam.schema.sammantrade import MEETING_WB  # noqa: E402
from finsam.schema.verksamhetsplan import PLAN_WB  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

TESTED = {"ar-budget-verksamhetsplan", "protokoll-arsredovisning-resultat", "protokoll-arsredovisning-eget-kapital",
          "protokoll-arsredovisning-saknas"}
TYPES = {"Summa grupp", "Summa kostnader", "Resultat", "Rubrik"}


def _plan_2023(adopted=True) -> dict:
    """A verksamhetsplan for 2023 whose budget is the annual report's budget column."""
    vp = vp_examples.sundsvall()
    vp["uppgifter"] = dict(vp["uppgifter"], forsta_ar=2023,
                           beslutsdatum=dt.date(2022, 11, 25) if adopted else None)
    vp["budget"] = [{"grupp": r.get("grupp"), "radtyp": r.get("radtyp") if r.get("radtyp") in TYPES else None,
                     "post": r["post"], "ar1": r.get("budget"), "ar2": None, "ar3": None}
                    for r in sundsvall_2023.CORRECTED["ekonomi.xlsx"]["budget"]]
    vp["sammanstallning"] = []
    return vp


def _failing(docs, code):
    return [r for d in docs for r in d.findings if r.code == code and not r.ok]


def _passing(docs, code):
    return [r for d in docs for r in d.findings if r.code == code and r.ok]


def test_annual_budget_is_the_adopted_plans(tmp_path):
    folder = write_folder(tmp_path / "f", copy.deepcopy(sundsvall_2023.CORRECTED))
    vp = _plan_2023()
    write_workbook(PLAN_WB, folder / "verksamhetsplan.xlsx", vp)
    docs = documents(folder)
    assert not _failing(docs, "ar-budget-verksamhetsplan")
    report = next(d for d in docs if d.kind.key == "arsredovisning").model.forbund
    budgeted = [r for r in report.budget if r.budget is not None and r.radtyp != "Rubrik"]
    assert len(budgeted) > 30  # every line and sum (the sums are the workbook's formulas)
    assert len(_passing(docs, "ar-budget-verksamhetsplan")) == len(budgeted)

    # The plan budgets 50 tkr more for the board's fees than the annual report shows.
    row = next(r for r in vp["budget"] if r["post"] == "Styrelsearvoden")
    row["ar1"] += 50
    write_workbook(PLAN_WB, folder / "verksamhetsplan.xlsx", vp)
    docs = documents(folder)
    bad = _failing(docs, "ar-budget-verksamhetsplan")
    assert len(bad) == 1
    f = bad[0]
    assert (f.severity, f.location.workbook, f.location.sheet) == ("avvikelse", "ekonomi.xlsx", "Budgetuppföljning")
    report = next(d for d in docs if d.kind.key == "arsredovisning").model.forbund
    fees = next(r for r in report.budget if r.post == "Styrelsearvoden")
    assert f.location == fees.src.loc("budget")
    assert f.expected == Decimal(row["ar1"]) and f.actual == Decimal(row["ar1"] - 50)
    plan = next(d for d in docs if d.kind.key == "verksamhetsplan").model
    planned = next(r for r in plan.budget if r.post == "Styrelsearvoden").src.loc("ar1")
    assert f"verksamhetsplan.xlsx › Budget › {planned.cell}" in f.text()
    assert "antagen 2022-11-25" in f.text()


def test_a_plan_for_another_year_is_not_compared(tmp_path):
    folder = write_folder(tmp_path / "f", copy.deepcopy(sundsvall_2023.CORRECTED))
    write_workbook(PLAN_WB, folder / "verksamhetsplan.xlsx", vp_examples.sundsvall())  # the plan for 2024
    docs = documents(folder)
    assert not [r for d in docs for r in d.findings if r.code == "ar-budget-verksamhetsplan"]


@pytest.fixture(scope="module")
def report_2023(tmp_path_factory):
    folder = write_folder(tmp_path_factory.mktemp("ar"), copy.deepcopy(sundsvall_2023.CORRECTED))
    return next(d for d in documents(folder) if d.kind.key == "arsredovisning").model


def _minutes_with(folder, decision: dict):
    meeting = copy.deepcopy(sundsvall_2024.MEETINGS["sammantrade-2024-03-22.xlsx"][1])
    meeting["arsredovisningsbeslut"] = [decision]
    write_workbook(MEETING_WB, folder / "sammantrade-2024-03-22.xlsx", meeting)
    return documents(folder)


def test_the_adopting_paragraph_states_the_reports_figures(tmp_path, report_2023):
    fig = report_2023.figures
    folder = write_folder(tmp_path / "f", copy.deepcopy(sundsvall_2023.CORRECTED))
    decision = {"nr": 47, "ar": 2023, "arets_resultat": int(fig.arets_resultat), "eget_kapital": int(fig.eget_kapital)}
    docs = _minutes_with(folder, decision)
    for code in ("protokoll-arsredovisning-resultat", "protokoll-arsredovisning-eget-kapital"):
        assert len(_passing(docs, code)) == 1 and not _failing(docs, code), code

    for key, code, line in (("arets_resultat", "protokoll-arsredovisning-resultat", "arets_resultat"),
                            ("eget_kapital", "protokoll-arsredovisning-eget-kapital", "eget_kapital")):
        broken = dict(decision, **{key: decision[key] + 1000})
        docs = _minutes_with(folder, broken)
        bad = [r for d in docs for r in d.findings if not r.ok and r.code.startswith("protokoll-arsredovisning")]
        assert [r.code for r in bad] == [code]
        f = bad[0]
        assert (f.severity, f.location.workbook, f.location.sheet) == (
            "fel", "sammantrade-2024-03-22.xlsx", "Beslut om årsredovisning")
        minutes = next(d for d in docs if d.kind.key == "sammantrade").model
        assert f.location == minutes.annual[0].src.loc(key)
        assert f.actual == Decimal(broken[key]) and f.expected == Decimal(decision[key])
        st = report_2023.forbund.rr if line == "arets_resultat" else report_2023.forbund.br
        other = st.loc(line)
        assert f"{other.workbook} › {other.sheet} › {other.cell}" in f.text()


def test_an_adopted_report_not_in_the_folder_is_noted(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    docs = _minutes_with(folder, {"nr": 47, "ar": 2023, "arets_resultat": 676_089, "eget_kapital": None})
    bad = _failing(docs, "protokoll-arsredovisning-saknas")
    assert len(bad) == 1 and bad[0].severity == "saknas" and not bad[0].blocks
    assert bad[0].location.sheet == "Beslut om årsredovisning"
