"""Board minutes and the interim budget follow-up (issue 4)."""
from __future__ import annotations

import copy
import shutil
import sys

import pytest

from conftest import EXAMPLES, docx_text, run_cli, sha256_tree

sys.path.insert(0, str(EXAMPLES / "data"))
import sundsvall_2024  # noqa: E402

from conftest import documents  # noqa: E402
from finsam.schema.budgetuppfoljning import FOLLOWUP_WB  # noqa: E402
from finsam.schema.sammantrade import MEETING_WB  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

SCHEMAS = {"sammantrade.xlsx": MEETING_WB, "budgetuppfoljning.xlsx": FOLLOWUP_WB}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("m")
    for name in ("sundsvall-2024-04-26", "sundsvall-2023"):
        shutil.copytree(EXAMPLES / name, base / name, ignore=shutil.ignore_patterns("ut", "*.md"))
    folder = base / "sundsvall-2024-04-26"
    before = sha256_tree(folder)
    result = run_cli("build", folder)
    return folder, result, before


def test_build_writes_minutes_and_follow_up(built):
    folder, result, before = built
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("protokoll-2024-04-26.docx", "protokoll-2024-03-22.docx", "budgetuppföljning-2024-03-31.docx"):
        assert (folder / "ut" / name).is_file()
    assert sha256_tree(folder) == before


def test_minutes_docx_facts(built):
    folder, _, _ = built
    text = docx_text(folder / "ut" / "protokoll-2024-04-26.docx")
    assert "Protokollet omfattar § 53–69" in text
    headings = [line for line in text.splitlines() if line.startswith("§ ")]
    assert [int(h.split()[1]) for h in headings] == list(range(53, 70))
    # Each name under its own signature line: ordförande, sekreterare, justerare.
    for name, role in (("Jonas Väst", "Ordförande"), ("Jan Andersson", "Sekreterare"),
                       ("Peter Pettersson", "Justerare")):
        assert f"……………………………………………\n{name}\n{role}" in text
    # The notice is signed "enligt uppdrag" by the secretary.
    assert "Enligt uppdrag (namnteckning) | \n\n……………………………………………" in text
    assert "Namnförtydligande | Jan Andersson" in text
    assert "Anslagsdatum | 2024-05-07" in text
    assert "Anslaget tas ned tidigast | 2024-05-28" in text
    assert "Justeringsdatum | 2024-05-06" in text
    decisions = [line for line in text.splitlines() if line.startswith("Att ")]
    seed = sundsvall_2024.seed.MEETING_2024_04_26["paragrafer"]
    assert decisions == [line for p in seed for line in p["beslut"]]
    assert "Att lägga budgetuppföljningen per den 31 mars 2024 till handlingarna." in decisions
    assert text.count("Styrelsen beslutade") == sum(1 for p in seed if p["beslut"])
    assert "Lotta Qvarnlöf | Försäkringskassan | Nej" in text
    assert "Rodney Engström | förtroendevald revisor (§ 53–60)" in text


def test_minutes_attach_follow_up(built):
    folder, _, _ = built
    text = docx_text(folder / "ut" / "protokoll-2024-04-26.docx")
    assert "Bilaga 2: Budgetuppföljning per 2024-03-31" in text
    assert "Summa kostnader | 7 360 | 1 735 | 6 685" in text
    assert "Resultat 2024 | 0 | 1 945 | 676" in text
    assert "Prognos eget kapital 2024 |  |  | 1 964" in text


def test_follow_up_docx(built):
    folder, _, _ = built
    text = docx_text(folder / "ut" / "budgetuppföljning-2024-03-31.docx")
    assert "Summa intäkter | 7 360 | 3 680 | 7 360" in text
    assert "Summa insatser 2024 | 5 715 | 1 589 | 5 066,5" in text
    assert "eget kapital vid årets början (1 288 tkr enligt föregående års balansräkning)" in text
    assert ".xlsx" not in text  # no file name in a document body
    assert "överstiger taket 1 472 tkr (20 % av driftsbidraget)" in text


def test_published_follow_up_1965_is_within_rounding(tmp_path):
    """The follow-up prints prognos eget kapital 1 965 tkr; 1 288 + 676 = 1 964 is a sum of
    printed figures. Eget kapital at the start is 1 288 424 kr exactly (last year's ledger)
    and the forecast result 676 tkr stands for anything from 675,5 to 676,5 tkr, so the exact
    sum lies between 1 963,9 and 1 964,9 tkr, which 1 965 can be the rounding of: not a fel."""
    for name in ("sundsvall-2024-04-26-publicerad", "sundsvall-2023"):
        shutil.copytree(EXAMPLES / name, tmp_path / name, ignore=shutil.ignore_patterns("ut", "*.md"))
    result = run_cli("check", tmp_path / "sundsvall-2024-04-26-publicerad", "--json", "--alla")
    import json

    found = json.loads(result.stdout)["findings"]
    hit = [f for f in found if f["code"] == "uppfoljning-prognos-eget-kapital"]
    assert len(hit) == 1 and hit[0]["ok"]
    assert hit[0]["sheet"] == "Uppföljning" and hit[0]["cell"] == "F45"
    assert (hit[0]["expected"], hit[0]["actual"], hit[0]["unit"]) == (1964.424, 1965, "tkr")  # 1 288 + 676
    # one more tkr is more than rounding can explain
    files = copy.deepcopy(sundsvall_2024.published())
    next(r for r in files[FOLLOWUP][1]["uppfoljning"] if r.get("radtyp") == "Prognos eget kapital")["prognos"] = 1966
    folder = _write(tmp_path / "m", files)
    shutil.copytree(EXAMPLES / "sundsvall-2023", tmp_path / "sundsvall-2023", dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("ut", "*.md"))
    result = run_cli("check", folder, "--json")
    assert result.returncode == 1
    hit = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "uppfoljning-prognos-eget-kapital"]
    assert len(hit) == 1 and "avrundningen kan förklara högst 1 tkr" in hit[0]["message"].replace("\u00a0", " ")


def _write(folder, files):
    folder.mkdir(parents=True, exist_ok=True)
    for filename, (schema, data) in files.items():
        write_workbook(SCHEMAS[schema], folder / filename, data)
    return folder


def _results(tmp_path, mutate, which="sammantrade-2024-04-26.xlsx"):
    files = copy.deepcopy(sundsvall_2024.MEETINGS)
    mutate(files[which][1])
    shutil.copytree(EXAMPLES / "sundsvall-2023", tmp_path / "sundsvall-2023",
                    ignore=shutil.ignore_patterns("ut", "*.md"))
    docs = documents(_write(tmp_path / "m", files))
    return [r for d in docs if d.kind.key in ("sammantrade", "budgetuppfoljning") for r in d.findings if not r.ok]


def _para(data, nr):
    return next(p for p in data["paragrafer"] if p["nr"] == nr)


def _person(data, name):
    return next(a for a in data["narvaro"] if a["namn"] == name)


CASES = [
    ("missing § 60", lambda d: d["paragrafer"].remove(_para(d, 60)),
     "protokoll-paragraf-foljd", "sammantrade-2024-04-26.xlsx", "Paragrafer", "A12"),
    ("first § not continuing", lambda d: [d["sammantrade"].update(forsta_paragraf=54)] +
     [p.update(nr=p["nr"] + 1) for p in d["paragrafer"]],
     "protokoll-fortsatter-numrering", "sammantrade-2024-04-26.xlsx", "Sammanträde", "B9"),
    ("first § differs from facts", lambda d: d["sammantrade"].update(forsta_paragraf=52),
     "protokoll-forsta-paragraf", "sammantrade-2024-04-26.xlsx", "Paragrafer", "A5"),
    ("justerare absent", lambda d: _person(d, "Peter Pettersson").update(narvarande="Nej"),
     "protokoll-justerare", "sammantrade-2024-04-26.xlsx", "Sammanträde", "B13"),
    ("justerare not ordinarie", lambda d: d["sammantrade"].update(justerare="Lotta Qvarnlöf"),
     "protokoll-justerare", "sammantrade-2024-04-26.xlsx", "Sammanträde", "B13"),
    ("too few for quorum", lambda d: [_person(d, n).update(narvarande="Nej") for n in
                                      ("Jonas Väst", "Christina Nordenö", "Lina Kempe")],
     "protokoll-beslutsfor", "sammantrade-2024-04-26.xlsx", "Närvaro", "E5:E15"),
    ("justering before meeting", lambda d: d["sammantrade"].update(justeringsdatum=sundsvall_2024.seed.D(2024, 4, 25)),
     "protokoll-justeringsdatum", "sammantrade-2024-04-26.xlsx", "Sammanträde", "B14"),
    ("anslag before justering", lambda d: d["sammantrade"].update(anslagsdatum=sundsvall_2024.seed.D(2024, 5, 5)),
     "protokoll-anslagsdatum", "sammantrade-2024-04-26.xlsx", "Sammanträde", "B15"),
    ("decision without Att", lambda d: _para(d, 54).update(beslut="Fastställa dagordningen."),
     "protokoll-beslut-att", "sammantrade-2024-04-26.xlsx", "Paragrafer", "E6"),
    ("secretary absent", lambda d: _person(d, "Jan Andersson").update(narvarande="Nej"),
     "protokoll-sekreterare-narvarande", "sammantrade-2024-04-26.xlsx", "Sammanträde", "B12"),
    ("no ordinarie in attendance", lambda d: [a.update(kategori="Övrig") for a in d["narvaro"]
                                              if a["kategori"] == "Ordinarie"],
     "protokoll-ordinarie-saknas", "sammantrade-2024-04-26.xlsx", "Sammanträde", None),
    ("chair absent", lambda d: _person(d, "Jonas Väst").update(narvarande="Nej"),
     "protokoll-ordforande-narvarande", "sammantrade-2024-04-26.xlsx", "Sammanträde", "B11"),
    ("serving ersättare absent", lambda d: _person(d, "Pia Persbo").update(tjanstgorande="Ja"),
     "protokoll-tjanstgorande-franvarande", "sammantrade-2024-04-26.xlsx", "Närvaro", "F12"),
]


@pytest.mark.parametrize("name,mutate,code,workbook,sheet,cell", CASES, ids=[c[0] for c in CASES])
def test_minutes_checks(tmp_path, name, mutate, code, workbook, sheet, cell):
    found = _results(tmp_path, mutate)
    assert any(r.code == code and r.location.workbook == workbook and r.location.sheet == sheet
               and r.location.cell == cell for r in found), [(r.code, str(r.location)) for r in found]


FOLLOWUP = "budgetuppfoljning-2024-03-31.xlsx"


def _fu_row(data, post):
    return next(r for r in data["uppfoljning"] if r["post"] == post)


FOLLOWUP_CASES = [
    ("group sum", lambda d: _fu_row(d, "Summa styrelsen").update(prognos=120),
     "uppfoljning-summa-grupp", "F12"),
    ("total costs", lambda d: _fu_row(d, "Summa kostnader").update(utfall=1800),
     "uppfoljning-summa-kostnader", "E43"),
    ("result", lambda d: _fu_row(d, "Resultat 2024").update(prognos=700),
     "uppfoljning-resultat", "F44"),
    ("equity identity", lambda d: _fu_row(d, "Prognos eget kapital 2024").update(prognos=2000),
     "uppfoljning-prognos-eget-kapital", "F45"),
    ("start equity disagrees with last year", lambda d: d["uppgifter"].update(ek_ingaende=1300),
     "uppfoljning-ingaende-eget-kapital", None),
    ("equity floor", lambda d: d["uppgifter"].update(ek_golv=3_000_000),
     "uppfoljning-eget-kapital-golv", "F45"),
    ("equity cap (as in the example)", lambda d: None, "uppfoljning-eget-kapital-tak", "F45"),
    ("no start equity", lambda d: d["uppgifter"].update(ek_ingaende=None, foregaende_ar=None),
     "uppfoljning-ingaende-eget-kapital-saknas", None),
]


@pytest.mark.parametrize("name,mutate,code,cell", FOLLOWUP_CASES, ids=[c[0] for c in FOLLOWUP_CASES])
def test_follow_up_checks(tmp_path, name, mutate, code, cell):
    found = _results(tmp_path, mutate, FOLLOWUP)
    hits = [r for r in found if r.code == code]
    assert hits, [(r.code, str(r.location)) for r in found]
    if cell:
        assert any(r.location.cell == cell and r.location.sheet == "Uppföljning" for r in hits)
    else:
        assert hits[0].location.sheet == "Uppgifter"


def test_follow_up_without_previous_year_uses_cell(tmp_path):
    files = copy.deepcopy(sundsvall_2024.MEETINGS)
    files[FOLLOWUP][1]["uppgifter"]["foregaende_ar"] = None
    _write(tmp_path / "m", files)
    results = documents(tmp_path / "m", "budgetuppfoljning")[0].findings
    eq = next(r for r in results if r.code == "uppfoljning-prognos-eget-kapital")
    assert eq.ok and eq.expected == eq.actual


def test_missing_previous_year_folder_is_saknas_at_its_cell(tmp_path):
    """A moved or missing last-year folder does not stop the build: a saknas finding names
    the cell, and eget kapital at the start is then not known from last year."""
    files = copy.deepcopy(sundsvall_2024.MEETINGS)
    files[FOLLOWUP][1]["uppgifter"]["foregaende_ar"] = "../finns-inte"
    folder = _write(tmp_path / "m", files)
    result = run_cli("check", folder)
    assert "Internt fel" not in result.stdout + result.stderr
    assert "foregaende-ar-saknas" in result.stdout
    assert "budgetuppfoljning-2024-03-31.xlsx / Uppgifter / B9" in result.stdout
    assert "ingen mapp ../finns-inte" in " ".join(result.stdout.split())
