"""A test per check: break one figure of the reconciled example on purpose and assert
the exact finding code, severity and cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import annual, write_folder

from finsam.check.statements import STATEMENTS


def _findings(tmp_path: Path, data: dict):
    folder = write_folder(tmp_path / "f", data)
    return annual(folder).findings


def _has(results, code, workbook, sheet, cell, severity="fel"):
    return any(not r.ok and r.code == code and r.severity == severity and r.location.workbook == workbook
               and r.location.sheet == sheet and r.location.cell == cell for r in results)


def test_corrected_example_has_no_fel(tmp_path, corrected):
    results = _findings(tmp_path, corrected)
    assert [r.code for r in results if not r.ok and r.severity == "fel"] == []
    assert len(results) >= 150


def _budget_row(data, post):
    return next(r for r in data["ekonomi.xlsx"]["budget"] if r["post"] == post)


def _set(d, key, value):
    d[key] = value


def _set_statement(data, sheet, line, index, value):
    values = list(data["ekonomi.xlsx"][sheet].get(line, (None, None, None)))
    values[index] = value
    data["ekonomi.xlsx"][sheet][line] = tuple(values)


E, I, D, T = "ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx"

# (name, mutation, code, workbook, sheet, cell, severity)
CASES = [
    # a line nothing else repeats: only the balance itself can fail
    ("br-balanserar", lambda d: _set_statement(d, "br", "anlaggningstillgangar", 0, 1_000),
     "br-balanserar", E, "Balansräkning", "C20", "fel"),
    ("br-arets-resultat-mot-rr", lambda d: _set_statement(d, "br", "arets_resultat", 0, 476_000),
     "br-arets-resultat-mot-rr", E, "Balansräkning", "C14", "fel"),
    ("br-ingaende-eget-kapital", lambda d: _set_statement(d, "br", "ovrigt_eget_kapital", 0, 812_000),
     "br-ingaende-eget-kapital", E, "Balansräkning", "C15", "fel"),
    ("kf-resultat-mot-rr", lambda d: _set_statement(d, "kf", "resultat", 0, 470),
     "kf-resultat-mot-rr", E, "Kassaflödesanalys", "C6", "fel"),
    ("kf-fordringar-mot-br", lambda d: _set_statement(d, "kf", "forandring_fordringar", 0, 30),
     "kf-fordringar-mot-br", E, "Kassaflödesanalys", "C9", "fel"),
    ("kf-skulder-mot-br", lambda d: _set_statement(d, "kf", "forandring_skulder", 0, -240),
     "kf-skulder-mot-br", E, "Kassaflödesanalys", "C10", "fel"),
    ("kf-ingaende-likvida-medel", lambda d: _set_statement(d, "kf", "likvida_borjan", 0, 3_400),
     "kf-ingaende-likvida-medel", E, "Kassaflödesanalys", "C15", "fel"),
    ("kf-likvida-medel-mot-br", lambda d: _set_statement(d, "kf", "justeringar", 0, 7),
     "kf-likvida-medel-mot-br", E, "Kassaflödesanalys", "C16", "fel"),
    ("not-summa", lambda d: _set(d[E]["noter"][4], "i_ar", 196_000),
     "not-summa", E, "Balansräkning", "C7", "fel"),
    ("not-okand", lambda d: d[E]["noter"].append({"not_nr": 9, "post": "Okänd", "i_ar": 1, "fg_ar": 1}),
     "not-okand", E, "Noter", "A14", "fel"),
    ("bkr-resultat-mot-rr", lambda d: _set_statement(d, "bkr", "arets_resultat", 0, 470),
     "bkr-resultat-mot-rr", E, "Balanskravsresultat", "C5", "fel"),
    ("balanskravsresultat-negativt", lambda d: _set_statement(d, "bkr", "reservering_rur", 0, -600),
     "balanskravsresultat-negativt", E, "Balanskravsresultat", "C14", "avvikelse"),
    ("femar-resultat", lambda d: _set(d[E]["femar"][4], "resultat", 1),
     "femar-resultat", E, "Femårsöversikt", "D9", "fel"),
    ("femar-mot-rr", lambda d: _set(d[E]["femar"][0], "intakter", 7_367_000),
     "femar-mot-rr", E, "Femårsöversikt", "B5", "fel"),
    ("femar-soliditet", lambda d: _set(d[E]["femar"][0], "soliditet", 0.25),
     "femar-soliditet", E, "Femårsöversikt", "E5", "fel"),
    ("femar-anstallda", lambda d: _set(d[E]["femar"][0], "anstallda", 2),
     "femar-anstallda", E, "Femårsöversikt", "F5", "fel"),
    ("femar-saknar-ar", lambda d: d[E]["femar"].pop(1),
     "femar-saknar-ar", E, "Femårsöversikt", "A5", "saknas"),
    # 105 + 5 = 110; the printed 111 could be rounding (±1,5 tkr for three whole-tkr figures), 115 cannot
    ("budget-summa-grupp", lambda d: _set(_budget_row(d, "Summa styrelsen"), "budget", 115),
     "budget-summa-grupp", E, "Budgetuppföljning", "D12", "fel"),
    ("budget-summa-kostnader", lambda d: _set(_budget_row(d, "Summa kostnader"), "utfall", 6_800),
     "budget-summa-kostnader", E, "Budgetuppföljning", "E43", "fel"),
    ("budget-resultat", lambda d: _set(_budget_row(d, "Resultat"), "utfall", 400),
     "budget-resultat", E, "Budgetuppföljning", "E44", "fel"),
    ("budget-differens", lambda d: _set(_budget_row(d, "Lokalhyra"), "differens", 5),
     "budget-differens", E, "Budgetuppföljning", "F14", "fel"),
    ("budget-intakter-mot-rr", lambda d: _set(_budget_row(d, "Sundsvalls kommun"), "utfall", 1_800),
     "budget-intakter-mot-rr", E, "Budgetuppföljning", "E8", "fel"),
    ("budget-resultat-mot-rr", lambda d: _set(_budget_row(d, "Konsulter"), "utfall", 800),
     "budget-resultat-mot-rr", E, "Budgetuppföljning", "E44", "fel"),
    ("insatser-mot-budgetuppfoljning", lambda d: d[I]["insatser"][5].update(utfall=950_000, budgetpost=None),
     "insatser-mot-budgetuppfoljning", E, "Budgetuppföljning", "E42", "fel"),
    ("insatser-mot-budgetpost", lambda d: _set(d[I]["insatser"][5], "utfall", 950_000),
     "insatser-mot-budgetpost", E, "Budgetuppföljning", "E34", "fel"),
    ("insatser-okand-budgetpost", lambda d: _set(d[I]["insatser"][9], "budgetpost", "Katalogen"),
     "insatser-okand-budgetpost", I, "Insatser", "D14", "fel"),
    # kassa och bank 2022 is repeated in the kassaflödesanalys twice and sums into the balance
    ("siffra-motsagd", lambda d: _set_statement(d, "br", "kassa_bank", 1, 3_472_999),
     "siffra-motsagd", E, "Balansräkning", "D9", "fel"),
    ("insatser-ej-forbrukat", lambda d: d[I]["insatser"][9].update(
        budget=d[I]["insatser"][9]["utfall"] + 50_000, ej_forbrukat=10_000),
     "insatser-ej-forbrukat", I, "Insatser", "G14", "fel"),
    ("bokslut-saknas", lambda d: _set_statement(d, "rr", "intakter", 0, None),
     "bokslut-saknas", E, "Resultaträkning", "C5", "saknas"),
    ("insatser-dubblett", lambda d: d[I]["insatser"].append(dict(d[I]["insatser"][10], utfall=0)),
     "insatser-dubblett", I, "Insatser", "A18", "fel"),
    ("insatsmal-okand-insats", lambda d: _set(d[I]["insatsmal"][0], "insats", "SIP-samordnaren"),
     "insatsmal-okand-insats", I, "Insatsmål", "A5", "fel"),
    ("insatsmal-ej-uppnatt", lambda d: _set(d[I]["insatsmal"][12], "uppnatt", "Nej"),
     "insatsmal-ej-uppnatt", I, "Insatsmål", "C17", "avvikelse"),
    ("medlemmar-andelar-summa", lambda d: _set(d[E]["medlemmar"][1], "andel", 0.3),
     "medlemmar-andelar-summa", E, "Medlemmar", "C5:C7", "fel"),
    ("medlemmar-lagens-fordelning", lambda d: _set(d[E]["medlemmar"][1], "andel", 0.3),
     "medlemmar-lagens-fordelning", E, "Medlemmar", "C6", "fel"),
    ("medlemmar-saknas", lambda d: d[E]["medlemmar"].clear(),
     "medlemmar-saknas", E, "Inställningar", None, "fel"),
    ("deltagare-summa", lambda d: _set(d[D]["deltagare"][0], "totalt", 400),
     "deltagare-summa", D, "Deltagare", "E5", "fel"),
    ("deltagare-utfall-over-deltagare", lambda d: _set(d[D]["deltagare"][4], "arbete_kvinnor", 40),
     "deltagare-utfall-over-deltagare", D, "Deltagare", "G9", "fel"),
    ("deltagare-totalrad", lambda d: d[D]["deltagare"].append({"insats": "Totalt", "kvinnor": 360}),
     "deltagare-totalrad", D, "Deltagare", "B12", "fel"),
    ("deltagare-okand-insats", lambda d: _set(d[D]["deltagare"][4], "insats", "Psykologen"),
     "deltagare-okand-insats", D, "Deltagare", "A9", "fel"),
    ("deltagare-dubblett", lambda d: d[D]["deltagare"].append(dict(d[D]["deltagare"][6])),
     "deltagare-dubblett", D, "Deltagare", "A12", "fel"),
    ("deltagare-for-litet", lambda d: _set(d[D]["deltagare"][0], "kvinnor", -5),
     "deltagare-for-litet", D, "Deltagare", "B5", "fel"),
    ("deltagare-for-stort", lambda d: _set(d[D]["deltagare"][0], "kvinnor", 1_000_000),
     "deltagare-for-stort", D, "Deltagare", "B5", "fel"),
    ("mal-utfall-mot-deltagare", lambda d: _set(d[I]["mal"][0], "utfall", 200),
     "mal-utfall-mot-deltagare", I, "Förbundets mål", "F5", "fel"),
    ("mal-uppnatt-mot-berakning", lambda d: _set(d[I]["mal"][0], "uppnatt", "Nej"),
     "mal-uppnatt-mot-berakning", I, "Förbundets mål", "J5", "fel"),
    ("mal-kan-inte-bedomas", lambda d: _set(d[I]["mal"][0], "utfall_fg", None),
     "mal-kan-inte-bedomas", I, "Förbundets mål", "D5", "saknas"),
    ("mal-uppnatt-saknas", lambda d: _set(d[I]["mal"][1], "uppnatt", None),
     "mal-uppnatt-saknas", I, "Förbundets mål", "J6", "saknas"),
    ("verksamhetsmal-ej-uppnatt", lambda d: _set(d[I]["mal"][0], "utfall_fg", 300),
     "verksamhetsmal-ej-uppnatt", I, "Förbundets mål", "B5", "avvikelse"),
    ("finansiellt-mal-ej-uppnatt", lambda d: _set(d[I]["mal"][5], "utfall_fg", 800),
     "finansiellt-mal-ej-uppnatt", I, "Förbundets mål", "B10", "avvikelse"),
    ("eget-kapital-tak", lambda d: _set(d[E]["installningar"], "ek_tak", 0.1),
     "eget-kapital-tak", E, "Balansräkning", "C13", "avvikelse"),
    ("eget-kapital-golv", lambda d: _set(d[E]["installningar"], "ek_golv", 2_000_000),
     "eget-kapital-golv", E, "Balansräkning", "C13", "avvikelse"),
    ("individinriktad-andel", lambda d: _set(d[E]["installningar"], "individ_mal", 0.75),
     "individinriktad-andel", E, "Inställningar", "B13", "avvikelse"),
]


@pytest.mark.parametrize("name,mutate,code,workbook,sheet,cell,severity", CASES, ids=[c[0] for c in CASES])
def test_check_finds_broken_figure(tmp_path, corrected, name, mutate, code, workbook, sheet, cell, severity):
    mutate(corrected)
    results = _findings(tmp_path, corrected)
    hits = [r for r in results if not r.ok and r.code == code]
    assert _has(results, code, workbook, sheet, cell, severity), \
        [(r.code, str(r.location), r.severity) for r in hits] or \
        [(r.code, str(r.location)) for r in results if not r.ok]


def _statement_cases():
    """Every sum line of every statement: a typed wrong subtotal is reported at its cell."""
    out = []
    for spec, key in STATEMENTS:
        for i, line in enumerate(spec.lines):
            if line.formula:
                out.append((spec, key, line, f"C{5 + i}"))
    return out


@pytest.mark.parametrize("spec,key,line,cell", _statement_cases(),
                         ids=[f"{c[1]}-{c[2].key}" for c in _statement_cases()])
def test_statement_sum_lines(tmp_path, corrected, spec, key, line, cell):
    _set_statement(corrected, key, line.key, 0, 1_234_567)
    results = _findings(tmp_path, corrected)
    code = f"{key}-{line.key.replace('_', '-')}"
    assert _has(results, code, E, spec.name, cell), [(r.code, str(r.location)) for r in results if not r.ok]


def test_avvikelse_does_not_block_and_is_reported(tmp_path, corrected):
    from conftest import docx_text

    from finsam.cli import main

    corrected[E]["installningar"]["ek_tak"] = 0.1
    folder = write_folder(tmp_path / "f", corrected)
    assert main(["build", str(folder)]) == 0
    text = docx_text(folder / "ut" / "årsredovisning-2023.docx")
    assert "Målet är inte uppnått: eget kapital överstiger taket." in text


def test_streamed_json_is_json_dumps_byte_for_byte():
    """check --json writes findings as they are made (100 000 of them never sit in memory
    as dicts); the text must be exactly json.dumps(indent=2) of the same payload."""
    import io
    import json

    from finsam.cli import _JsonArray, _write_json

    payload = {"förbund": "Sundsvall", "år": 2023, "tom": [], "tomt": {}, "text": "rad 1\nrad 2 <&>",
               "fynd": [{"kod": "a", "belopp": 1.5, "lista": [1, 2]}, {"kod": "ö", "inget": None}],
               "dokument": [{"titel": "x", "fynd": []}, {"titel": "y", "fynd": [{"kod": "b"}]}]}
    lazy = dict(payload, fynd=_JsonArray(iter(payload["fynd"])),
                dokument=[dict(d, fynd=_JsonArray(iter(d["fynd"]))) for d in payload["dokument"]])
    out = io.StringIO()
    _write_json(lazy, out)
    assert out.getvalue() == json.dumps(payload, ensure_ascii=False, indent=2)


def _input_lines():
    """Every input line of every statement, each year it is reported in the example."""
    import sundsvall_2023

    out = []
    for spec, key in STATEMENTS:
        for line in spec.lines:
            if line.formula or line.heading:
                continue
            values = sundsvall_2023.CORRECTED[E][key].get(line.key, ())
            out += [(key, line.key, i) for i, v in enumerate(values) if v is not None and i < 2]
    return out


@pytest.mark.parametrize("sheet,line,year", _input_lines(), ids=lambda x: str(x))
def test_one_wrong_line_is_one_finding(tmp_path, corrected, sheet, line, year):
    """One wrong input line (the sum lines are formulas, as in the blank workbook) gives at
    most one fel, however many other places repeat the figure; never a cascade."""
    values = list(corrected[E][sheet][line])
    values[year] += 1000 if sheet in ("rr", "br") else 7
    corrected[E][sheet][line] = tuple(values)
    fel = [(r.code, r.location.sheet, r.location.cell) for r in _findings(tmp_path, corrected)
           if not r.ok and r.severity == "fel"]
    assert len(fel) <= 1, fel
