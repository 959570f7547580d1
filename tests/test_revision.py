"""The auditor's workbook: LibreOffice recalculates every formula to the engine's values,
every check row says OK on the reconciled example and FEL on the known contradictions,
every hyperlink lands on a copied cell, and the SHA-256 values are those of the inputs."""
from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest

import synthetic_tkr
from conftest import EXAMPLES, run_cli, soffice, write_folder

RECALC_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def _build(tmp_path, name, *flags):
    folder = tmp_path / name
    shutil.copytree(EXAMPLES / name, folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    result = run_cli("build", folder, *flags)
    assert result.returncode in (0, 1), result.stderr
    return folder, folder / "ut" / "revision-2023.xlsx"


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("rev"), "sundsvall-2023")


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("revp"), "sundsvall-2023-publicerad", "--utkast")


def _recalculate(path, tmp_path):
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice saknas")
    profile = tmp_path / "profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_PROFILE)
    out = tmp_path / "recalc"
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=240)
    return out / path.name


def _controls(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Kontroller"]
    headers = [c.value for c in ws[1]]
    return [dict(zip(headers, (c.value for c in row))) for row in ws.iter_rows(min_row=2)], wb


def test_profile_really_recalculates(tmp_path):
    import xlsxwriter

    path = tmp_path / "probe.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    wb.add_worksheet().write_formula(0, 0, "=1+1", None, 0)
    wb.close()
    recalculated = openpyxl.load_workbook(_recalculate(path, tmp_path), data_only=True).active
    assert recalculated["A1"].value == 2


@pytest.fixture(scope="module")
def unseen(tmp_path_factory):
    """A förbund unlike the examples (tests/synthetic_tkr.py): tkr with decimals, its own
    groups and judgement words ("Delvis uppnått"), no share goal, blanks."""
    folder = write_folder(tmp_path_factory.mktemp("revtkr") / "testbygd", synthetic_tkr.workbooks())
    result = run_cli("build", folder)
    assert result.returncode in (0, 1), result.stderr
    return folder, folder / "ut" / "revision-2024.xlsx"


@pytest.mark.libreoffice
@pytest.mark.parametrize("which", ["corrected", "unseen"])
def test_libreoffice_recalculates_to_engine_values(which, request, tmp_path):
    _, path = request.getfixturevalue(which)
    recalculated = openpyxl.load_workbook(_recalculate(path, tmp_path), data_only=True)
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    count = 0
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    count += 1
                    ours = cached[ws.title][cell.coordinate].value
                    theirs = recalculated[ws.title][cell.coordinate].value
                    if isinstance(ours, (int, float)):
                        assert theirs == pytest.approx(ours, rel=1e-9, abs=1e-6), (ws.title, cell.coordinate)
                    else:
                        assert theirs == ours, (ws.title, cell.coordinate, cell.value)
    assert count > 100


@pytest.mark.libreoffice
def test_every_check_says_ok_on_reconciled_example(corrected, tmp_path):
    _, path = corrected
    rows, _ = _controls(_recalculate(path, tmp_path))
    assert len(rows) >= 15
    assert {r["Status (formel)"] for r in rows} == {"OK"}
    formula_rows = openpyxl.load_workbook(path)["Kontroller"]
    with_formula = sum(1 for c in formula_rows["J"][1:] if isinstance(c.value, str) and c.value.startswith("="))
    assert with_formula >= 0.95 * len(rows)


@pytest.mark.libreoffice
def test_known_contradictions_say_fel(published, tmp_path):
    _, path = published
    rows, _ = _controls(_recalculate(path, tmp_path))
    status = {(r["Kod"], r["Plats (länk)"]): r["Status (formel)"] for r in rows}
    expected_fel = [
        ("br-summa-omsattningstillgangar", "ekonomi.xlsx › Balansräkning › D10"),
        ("br-arets-resultat-mot-rr", "ekonomi.xlsx › Balansräkning › D14"),
        ("rr-verksamhetens-resultat", "ekonomi.xlsx › Resultaträkning › D7"),
        ("kf-likvida-slut", "ekonomi.xlsx › Kassaflödesanalys › D16"),
        ("insatser-mot-budgetpost", "ekonomi.xlsx › Budgetuppföljning › E36"),
        ("budget-differens", "ekonomi.xlsx › Budgetuppföljning › F10"),
        ("mal-utfall-mot-deltagare", "insatser.xlsx › Förbundets mål › F10"),
        ("deltagare-summa", "deltagare.xlsx › Deltagare › E7"),
        ("femar-resultat", "ekonomi.xlsx › Femårsöversikt › D8"),
    ]
    for key in expected_fel:
        assert status[key] == "FEL", key
    # the formula agrees with the engine on every row
    assert all(r["Status (formel)"] == r["Motorns status"] for r in rows)


def test_hyperlinks_point_at_existing_cells(corrected):
    _, path = corrected
    wb = openpyxl.load_workbook(path)
    ws = wb["Kontroller"]
    links = 0
    for row in ws.iter_rows(min_row=2):
        cell = row[3]
        if cell.hyperlink is None:
            continue
        target = cell.hyperlink.location
        sheet, _, ref = target.rpartition("!")
        sheet = sheet.strip("'").replace("''", "'")
        assert sheet in wb.sheetnames, target
        first = ref.split(":")[0]
        assert wb[sheet][first].value is not None, target
        links += 1
    assert links >= 100


def test_sha256_matches_sha256sum(corrected):
    folder, path = corrected
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb["Sammanfattning"]
    listed = {row[0].value: row[1].value for row in ws.iter_rows() if row[0].value and
              str(row[0].value).endswith(".xlsx")}
    assert set(listed) == {"ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx", "nns.xlsx"}
    for name, digest in listed.items():
        out = subprocess.run(["sha256sum", str(folder / name)], capture_output=True, text=True, check=True)
        assert out.stdout.split()[0] == digest


def test_copied_sheets_hold_values_engine_read(corrected):
    _, path = corrected
    wb = openpyxl.load_workbook(path)
    br = wb["ekonomi – Balansräkning"]
    assert br["C13"].value == 1288424 and br["D10"].value == 3696599
    assert not (isinstance(br["C13"].value, str) and br["C13"].value.startswith("="))
    summary = openpyxl.load_workbook(path, data_only=True)["Sammanfattning"]
    values = {row[0].value: row[3].value for row in summary.iter_rows() if row[0].value}
    assert values["Eget kapital / driftsbidrag"] == pytest.approx(1288424 / 7360000)
    assert values["Soliditet"] == pytest.approx(1288424 / 3923481)


def test_text_starting_with_equals_stays_text(tmp_path, corrected_data=None):
    import copy
    import sys

    sys.path.insert(0, str(EXAMPLES / "data"))
    import sundsvall_2023
    from conftest import write_folder

    data = copy.deepcopy(sundsvall_2023.CORRECTED)
    data["insatser.xlsx"]["insatser"][0]["beskrivning"] = "=SUM(A1:A9) är inte en formel"
    folder = write_folder(tmp_path / "f", data)
    assert run_cli("build", folder).returncode == 0
    wb = openpyxl.load_workbook(folder / "ut" / "revision-2023.xlsx")
    ws = wb["insatser – Insatser"]
    cell = ws["H5"]
    assert cell.value == "=SUM(A1:A9) är inte en formel" and cell.data_type == "s"


def test_prints_readably_on_a4(corrected):
    """Years as years, each column's own number format, wrapped texts in rows tall enough,
    units in the checks' amounts, every sheet as wide as an A4 page, no UTKAST when final."""
    _, path = corrected
    wb = openpyxl.load_workbook(path)
    settings = wb["ekonomi – Inställningar"]
    year = next(settings.cell(r, 2) for r in range(1, settings.max_row + 1) if settings.cell(r, 1).value == "Räkenskapsår")
    assert year.value == 2023 and year.number_format == "0"  # never 2,023 or 2 023
    cap = next(settings.cell(r, 2) for r in range(1, settings.max_row + 1)
               if settings.cell(r, 1).value == "Eget kapital: högst andel av driftsbidraget")
    assert cap.number_format == "0.0 %"
    five = wb["ekonomi – Femårsöversikt"]
    assert {five.cell(r, 1).number_format for r in range(5, 10) if isinstance(five.cell(r, 1).value, int)} == {"0"}
    budget = wb["ekonomi – Budgetuppföljning"]
    amounts = {c.number_format for row in budget.iter_rows(min_row=5) for c in row[3:6] if isinstance(c.value, (int, float))}
    assert amounts == {"#,##0.0"}  # one tkr format in a tkr column
    texts = wb["texter – Texter"]
    tall = [c for row in texts.iter_rows() for c in row if isinstance(c.value, str) and "\n" in c.value]
    assert tall
    for cell in tall:
        assert cell.alignment.wrap_text and texts.row_dimensions[cell.row].height >= 15 * (cell.value.count("\n") + 1)
    controls = wb["Kontroller"]
    formats = {controls.cell(r, 5).number_format for r in range(2, controls.max_row + 1)
               if isinstance(controls.cell(r, 5).value, (int, float))}
    assert '#,##0" kr"' in formats and '#,##0.0" tkr"' in formats
    widths = sum(controls.column_dimensions[c].width for c in "ABCDEFGHIJKL")
    assert widths <= 230  # printed at about two thirds of size or more on A4 landscape
    for ws in wb.worksheets:
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
        assert "UTKAST" not in (ws.oddHeader.center.text or "")


@pytest.mark.libreoffice
def test_typed_judgement_formula_reads_words_as_the_engine(tmp_path):
    """The auditor's formula for a typed goal judgement gives AVVIKELSE exactly where the
    engine reads not met or partly met: the vocabulary's own words and a word opening a text."""
    import xlsxwriter

    from finsam.check.policy import TYPED_ACHIEVED
    from finsam.model.goals import insats_judgement

    texts = ["Delvis uppnått", "Ja. Målet nåddes.", "Nej, inte i år", "delvis", "  Till viss del  ",
             "Ej bedömt", "Uppnått", "Till stor del (se ovan)", "Målet är inte uppnått", "Ja"]
    path = tmp_path / "judgements.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet()
    for i, text in enumerate(texts):
        ws.write_string(i, 0, text)
        ws.write_formula(i, 1, "=" + TYPED_ACHIEVED.format(f"A{i + 1}"), None, "")
    wb.close()
    got = openpyxl.load_workbook(_recalculate(path, tmp_path), data_only=True).active
    expected = ["AVVIKELSE" if insats_judgement(t) in ("nej", "delvis") else "OK" for t in texts]
    assert [got.cell(i + 1, 2).value for i in range(len(texts))] == expected
    assert expected.count("AVVIKELSE") == 6
