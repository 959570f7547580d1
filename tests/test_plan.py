"""Verksamhetsplan och budget (issue 9): contributions, checks, rendered figures."""
from __future__ import annotations

import copy
import shutil
import sys
from decimal import Decimal
from types import SimpleNamespace

import pytest

from conftest import EXAMPLES, docx_text, run_cli

sys.path.insert(0, str(EXAMPLES / "data"))
import vp_examples  # noqa: E402

from conftest import documents  # noqa: E402
from finsam.model.verksamhetsplan import contributions  # noqa: E402
from finsam.schema.verksamhetsplan import PLAN_WB  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402


def _m(name, kind, share):
    return SimpleNamespace(namn=name, kategori=kind, andel=Decimal(str(share)))


def test_contributions_largest_remainder():
    members = [_m("Staten", "Staten", 0.5), _m("Region", "Region", 0.25), _m("Härnösand", "Kommun", 0.125),
               _m("Timrå", "Kommun", 0.125)]
    # kronor in, kronor out, rounded to whole tkr (the plan's unit)
    out = {c.member: c.amount for c in contributions(members, Decimal(1_877_000))}
    assert out == {"Staten": 1_877_000, "Region": 939_000, "Härnösand": 469_000, "Timrå": 469_000}
    three = [_m("Staten", "Staten", 0.5), _m("Region", "Region", 0.25)] + \
        [_m(k, "Kommun", s) for k, s in (("A", 0.1), ("B", 0.1), ("C", 0.05))]
    got = {c.member: c.amount for c in contributions(three, Decimal(1_001_000))}
    assert sum(v for k, v in got.items() if k != "Staten") == 1_001_000
    # a plan in tkr with one decimal rounds to 0,1 tkr
    from finsam.units import Unit

    tenth = {c.member: c.amount for c in contributions(members, Decimal(1_877_000), Unit("tkr", 1))}
    assert tenth == {"Staten": 1_877_000, "Region": 938_500, "Härnösand": 469_300, "Timrå": 469_200}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("vp")
    out = {}
    for name in ("harnosand-timra-vp-2022", "sundsvall-vp-2024"):
        shutil.copytree(EXAMPLES / name, base / name, ignore=shutil.ignore_patterns("ut", "*.md"))
        result = run_cli("build", base / name)
        assert result.returncode == 0, result.stdout + result.stderr
        out[name] = base / name
    return out


def test_harnosand_timra_contributions_reproduced(built):
    text = docx_text(built["harnosand-timra-vp-2022"] / "ut" / "verksamhetsplan-2022.docx")
    assert "Försäkringskassan Västernorrland, Arbetsförmedlingen | 50,0 % | 1 877 | 1 877 | 1 877" in text
    assert "Region Västernorrland | 25,0 % | 939 | 939 | 939" in text
    assert "Härnösands kommun (lika delning mellan kommunerna) | 12,5 % | 469 | 469 | 469" in text
    assert "Timrå kommun (lika delning mellan kommunerna) | 12,5 % | 469 | 469 | 469" in text
    assert "Summa |  | 3 754 | 3 754 | 3 754" in text
    assert "Region Västernorrland: 938,5 tkr avrundas till 939 tkr." in text
    assert "Härnösands kommun: 469,25 tkr avrundas till 469 tkr." in text


def test_sundsvall_plan_figures(built):
    text = docx_text(built["sundsvall-vp-2024"] / "ut" / "verksamhetsplan-2024.docx")
    assert "Summa administration | 1 535 |" in text
    assert "Summa kostnader | 7 360 | 7 560 | 7 560" in text
    assert "2024 | 1 112 | 1 472 | 15,1 % | uppfylls" in text
    assert "2026 | 712 | 1 472 | 9,7 % | uppfylls" in text
    assert "= 67,5 % (målet är minst 65,0 %). Målet uppfylls." in text


def test_published_plan_finds_administration_moved():
    result = run_cli("check", EXAMPLES / "sundsvall-vp-2024-publicerad", "--json")
    assert result.returncode == 1
    import json

    found = {(f["code"], f["sheet"], f["cell"], f["expected"], f["actual"], f["unit"])
             for f in json.loads(result.stdout)["findings"]}
    assert ("vp-sammanstallning-mot-budget", "Sammanställning", "D11", 1535, 1135, "tkr") in found
    assert ("vp-sammanstallning-mot-budget", "Sammanställning", "D12", 5715, 6115, "tkr") in found
    assert ("vp-rb-verksamhetens-resultat", "Resultatbudget", "D7", 101, 1, "tkr") in found


def _results(tmp_path, data):
    folder = tmp_path / "p"
    folder.mkdir(parents=True)
    write_workbook(PLAN_WB, folder / "verksamhetsplan.xlsx", data)
    return [r for r in documents(folder, "verksamhetsplan")[0].findings if not r.ok]


def _row(rows, post):
    return next(r for r in rows if r["post"] == post)


def _stmt(data, sheet, line, i, value):
    values = list(data[sheet].get(line, (None,) * 4))
    values[i] = value
    data[sheet][line] = tuple(values)


CASES = [
    ("vp-budget-summa-grupp", lambda d: _row(d["budget"], "Summa styrelsen").update(ar1=120), "Budget", "E12"),
    ("vp-budget-summa-kostnader", lambda d: _row(d["budget"], "Summa kostnader 2024").update(ar1=7000),
     "Budget", "E44"),
    ("vp-budget-resultat", lambda d: _row(d["budget"], "Resultat 2024").update(ar1=10), "Budget", "E45"),
    ("vp-sammanstallning-summa-grupp", lambda d: _row(d["sammanstallning"], "Summa intäkter").update(ar3=7000),
     "Sammanställning", "F9"),
    ("vp-sammanstallning-summa-kostnader", lambda d: _row(d["sammanstallning"], "Summa kostnader").update(ar2=7000),
     "Sammanställning", "E14"),
    ("vp-sammanstallning-resultat", lambda d: _row(d["sammanstallning"], "Budgererat resultat").update(ar2=0),
     "Sammanställning", "E15"),
    ("vp-sammanstallning-mot-budget", lambda d: _row(d["sammanstallning"], "Administration").update(ar1=1135),
     "Sammanställning", "D11"),
    ("vp-bidrag", lambda d: d["bidrag"][1].update(ar2=1900), "Bidrag", "C6"),
    ("vp-bidrag-halften", lambda d: d["bidrag"][1].update(ar2=1900), "Bidrag", "C6"),
    ("vp-resultat-mot-budget", lambda d: _stmt(d, "rb", "finansiella_kostnader", 1, 5), "Resultatbudget", "D10"),
    ("vp-bb-resultat-mot-rb", lambda d: _stmt(d, "bb", "arets_resultat", 2, -150), "Balansbudget", "E9"),
    ("vp-eget-kapital-rullning", lambda d: _stmt(d, "bb", "balanserat", 3, 900), "Balansbudget", "F8"),
    ("vp-rb-verksamhetens-resultat", lambda d: _stmt(d, "rb", "verksamhetens_resultat", 1, 5), "Resultatbudget", "D7"),
    ("vp-bb-summa-tillgangar", lambda d: _stmt(d, "bb", "summa_tillgangar", 1, 1400), "Balansbudget", "D7"),
    ("vp-eget-kapital-tak", lambda d: d["uppgifter"].update(ek_tak=0.1), "Balansbudget", "D10"),
    ("vp-eget-kapital-golv", lambda d: d["uppgifter"].update(ek_golv=1_000_000), "Balansbudget", "E10"),
    ("vp-individandel", lambda d: d["uppgifter"].update(individ_mal=0.8), "Uppgifter", "B13"),
    ("vp-insatstyp-saknas", lambda d: _row(d["budget"], "Utvecklingsledare").pop("insatstyp"), "Budget", "D38"),
]


@pytest.mark.parametrize("code,mutate,sheet,cell", CASES, ids=[c[0] for c in CASES])
def test_plan_checks(tmp_path, code, mutate, sheet, cell):
    data = copy.deepcopy(vp_examples.sundsvall())
    mutate(data)
    found = _results(tmp_path, data)
    assert any(r.code == code and r.location.sheet == sheet and r.location.cell == cell for r in found), \
        [(r.code, str(r.location)) for r in found]


def _statement_lines():
    from finsam.schema.verksamhetsplan import BALANCE_BUDGET, RESULT_BUDGET

    return [(f"vp-{key}-{line.key.replace('_', '-')}", key, spec.name, line.key, f"D{5 + i}")
            for spec, key in ((RESULT_BUDGET, "rb"), (BALANCE_BUDGET, "bb"))
            for i, line in enumerate(spec.lines) if line.formula]


@pytest.mark.parametrize("code,key,sheet,line,cell", _statement_lines(), ids=[c[0] for c in _statement_lines()])
def test_plan_statement_sum_lines(tmp_path, code, key, sheet, line, cell):
    data = copy.deepcopy(vp_examples.sundsvall())
    _stmt(data, key, line, 1, 9999)
    found = _results(tmp_path, data)
    assert any(r.code == code and r.location.sheet == sheet and r.location.cell == cell for r in found), \
        [(r.code, str(r.location)) for r in found]


def test_reconciled_examples_have_no_findings(tmp_path):
    for data in (vp_examples.sundsvall(), vp_examples.harnosand_timra()):
        assert _results(tmp_path / str(id(data)), copy.deepcopy(data)) == []
