"""Many förbund: the roll-up equals the sum of the folders' own figures, a broken folder
is reported and skipped, and parallel builds give the same bytes as sequential ones."""
from __future__ import annotations

import hashlib
import shutil
import sys
from decimal import Decimal

import openpyxl
import pytest

from conftest import EXAMPLES, ROOT, docx_text

sys.path.insert(0, str(ROOT / "bench"))
import synth  # noqa: E402

from conftest import annual  # noqa: E402
from finsam.cli import main  # noqa: E402
from conftest import load_forbund as load  # noqa: E402
from finsam.model.figures import compute  # noqa: E402


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    base = tmp_path_factory.mktemp("many")
    shutil.copytree(EXAMPLES / "sundsvall-2023", base / "sundsvall-2023", ignore=shutil.ignore_patterns("ut", "*.md"))
    synth.write_forbund(base / "syntet-a", 11)
    synth.write_forbund(base / "syntet-b", 12)
    broken = base / "trasig"
    broken.mkdir()
    for name in ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx"):
        shutil.copy(base / "syntet-a" / name, broken / name)
    (broken / "deltagare.xlsx").write_bytes(b"PK\x03\x04 avklippt")
    return base, [base / "sundsvall-2023", base / "syntet-a", base / "syntet-b"], broken


def test_synthetic_folders_reconcile(folders):
    _, good, _ = folders
    for folder in good[1:]:
        results = annual(folder).findings
        assert [r.code for r in results if not r.ok and r.severity == "fel"] == []


def test_rollup_equals_sum_of_folders(folders):
    base, good, broken = folders
    out = base / "ut"
    # the broken folder is listed and the others are summed; exit 2 says one could not be read
    assert main(["sammanstall", *map(str, good), str(broken), "--ut", str(out), "--jobb", "2"]) == 2
    wb = openpyxl.load_workbook(out / "sammanställning.xlsx", data_only=True)
    ws = wb["Förbund"]
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    data, total = rows[:-1], rows[-1]
    assert len(data) == 3 and total["Förbund"] == "Summa (3 förbund)"
    sums = {k: Decimal(0) for k in ("driftsbidrag", "resultat", "eget_kapital", "deltagare", "arbete")}
    for folder, row in zip(good, data):
        f = load(folder)
        fig = compute(f)
        assert row["Förbund"] == f.settings.namn
        assert Decimal(str(row["Driftsbidrag (kr)"])) == f.settings.driftsbidrag
        assert Decimal(str(row["Årets resultat (kr)"])) == fig.arets_resultat
        assert Decimal(str(row["Eget kapital (kr)"])) == fig.eget_kapital
        assert row["Deltagare"] == fig.participants.totalt
        assert row["Till arbete/studier"] == fig.participants.arbete + fig.participants.studier
        sums["driftsbidrag"] += f.settings.driftsbidrag
        sums["resultat"] += fig.arets_resultat
        sums["eget_kapital"] += fig.eget_kapital
        sums["deltagare"] += fig.participants.totalt
        sums["arbete"] += fig.participants.arbete + fig.participants.studier
    assert Decimal(str(total["Driftsbidrag (kr)"])) == sums["driftsbidrag"]
    assert Decimal(str(total["Årets resultat (kr)"])) == sums["resultat"]
    assert Decimal(str(total["Eget kapital (kr)"])) == sums["eget_kapital"]
    assert total["Deltagare"] == sums["deltagare"]
    assert total["Till arbete/studier"] == sums["arbete"]
    bad = wb["Kunde inte läsas"]
    assert bad["A2"].value == str(broken)
    assert "deltagare.xlsx" in bad["B2"].value and "skadad eller avkortad" in bad["B2"].value
    text = docx_text(out / "sammanställning.docx")
    assert "Sammanställning av 3 samordningsförbund" in text
    assert "Samordningsförbundet i Sundsvall (2023) | 7 360 000 | 476 308 | 1 288 424" in text
    p = compute(load(good[0])).participants  # outcomes per gender, as the participants
    assert f"| 734 (359/373) | {p.arbete + p.studier} ({p.arbete_studier_kvinnor}/{p.arbete_studier_man}) |" \
        in text.replace("\u00a0", " ")
    assert str(broken) in text


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((folder / "ut").iterdir())}


def test_parallel_build_identical_to_sequential(folders, tmp_path, monkeypatch):
    _, good, _ = folders
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1711065600")
    runs = {}
    for mode, jobs in (("seq", "1"), ("par", "2")):
        copies = []
        for folder in good:
            target = tmp_path / mode / folder.name
            shutil.copytree(folder, target, ignore=shutil.ignore_patterns("ut"))
            copies.append(str(target))
        assert main(["build", *copies, "--jobb", jobs]) == 0
        runs[mode] = [_digests(tmp_path / mode / folder.name) for folder in good]
    assert runs["seq"] == runs["par"]
    assert all(len(d) == 2 for d in runs["seq"])


def test_duplicates_warned_and_forbund_with_fel_not_summed(tmp_path):
    """The same förbund and year twice is summed once and warned about; a förbund whose
    figures have fel is listed with them but left out of the totals."""
    from finsam.batch import summarise_folder
    from finsam.render.rollup import classify, rollup_docx, rollup_workbook, totals

    clean = summarise_folder(str(EXAMPLES / "sundsvall-2023"))
    published = summarise_folder(str(EXAMPLES / "sundsvall-2023-publicerad"))
    assert clean["fel"] == 0 and published["fel"] > 0
    again = dict(clean, mapp=str(tmp_path / "kopia"))
    rows = [clean, published, again]
    summed, listed, warnings = classify(rows)
    assert summed == [clean]
    assert [r["skal"] for r in listed] == [f"{published['fel']} fel i siffrorna",
                                           "samma förbund och år som mappen sundsvall-2023"]
    assert len(warnings) == 1 and "Samordningsförbundet i Sundsvall 2023 finns i flera mappar" in warnings[0]
    assert "sundsvall-2023, sundsvall-2023-publicerad, kopia" in warnings[0]
    t = totals(rows)
    assert t["antal"] == 1 and t["driftsbidrag"] == Decimal(str(clean["driftsbidrag"]))
    assert t["eget_kapital"] == Decimal(str(clean["eget_kapital"]))

    path = tmp_path / "s.xlsx"
    path.write_bytes(rollup_workbook(rows))
    wb = openpyxl.load_workbook(path, data_only=True)
    main_rows = list(wb["Förbund"].iter_rows(min_row=2, values_only=True))
    assert len(main_rows) == 2 and main_rows[-1][0] == "Summa (1 förbund)"
    assert main_rows[-1][3] == clean["driftsbidrag"]
    apart = list(wb["Inte i summan"].iter_rows(min_row=2, values_only=True))
    assert [r[-1] for r in apart[:2]] == [r["skal"] for r in listed]
    assert any(r[0] and "finns i flera mappar" in r[0] for r in apart[2:])
    docx = tmp_path / "s.docx"
    docx.write_bytes(rollup_docx(rows))
    text = docx_text(docx)
    assert "Observera: Samordningsförbundet i Sundsvall 2023 finns i flera mappar" in text
    assert "Förbund som inte ingår i summan" in text
    summa = next(line for line in text.splitlines() if line.startswith("Summa |"))
    assert summa.startswith("Summa | 7 360 000 | 476 308 | 1 288 424")
