"""The blank workbooks as good as the documents: formulas locked behind a protection without
password while inputs stay open, a hover help on every input column, Swedish percentages,
A4 printing with a footer, and instructions that print on one or two pages in full."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from conftest import ROOT, soffice

WORKBOOKS = sorted((ROOT / "workbooks").glob("*.xlsx"))
INPUT_FILL = "FFFFF2CC"
COMPUTED_FILL = "FFE7E6E6"


def schema_of(path: Path):
    from finsam.kinds import all_workbooks

    return next(s for s in all_workbooks() if s.filename == path.name)


def test_there_are_blank_workbooks():
    assert {p.name for p in WORKBOOKS} >= {"ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx",
                                           "sammantrade.xlsx", "budgetuppfoljning.xlsx", "verksamhetsplan.xlsx"}


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_formulas_locked_inputs_open_protection_without_password(path):
    wb = openpyxl.load_workbook(path)
    formulas = inputs = 0
    for ws in wb.worksheets:
        if ws.title == "Instruktioner":
            assert not ws.protection.sheet
            continue
        p = ws.protection
        assert p.sheet and not p.password, ws.title
        # Rows may still be inserted and deleted, filters used (False = not protected).
        assert p.insertRows is False and p.deleteRows is False and p.autoFilter is False, ws.title
        for row in ws.iter_rows():
            for cell in row:
                fill = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else None
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    formulas += 1
                    assert cell.protection.locked, (ws.title, cell.coordinate)
                    assert fill == COMPUTED_FILL, (ws.title, cell.coordinate)
                elif fill == INPUT_FILL:
                    inputs += 1
                    assert not cell.protection.locked, (ws.title, cell.coordinate)
                elif fill == COMPUTED_FILL:
                    assert cell.protection.locked, (ws.title, cell.coordinate)
    assert inputs > 10
    if path.name in ("ekonomi.xlsx", "budgetuppfoljning.xlsx", "verksamhetsplan.xlsx"):
        assert formulas > 10


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_every_input_column_has_a_hover_help(path):
    from finsam.errors import column_letter

    schema = schema_of(path)
    wb = openpyxl.load_workbook(path)
    for spec in schema.sheets:
        ws = wb[spec.name]
        prompts = {}
        for dv in ws.data_validations.dataValidation:
            for rng in str(dv.sqref).split():
                prompts[rng.split(":")[0]] = dv
        if spec.kind == "form":
            for i, field in enumerate(spec.fields):
                dv = prompts.get(f"B{5 + i}")
                assert dv is not None and dv.showInputMessage and dv.prompt, (spec.name, field.key)
                assert dv.promptTitle == field.header[:32] or dv.promptTitle.endswith("…")
        elif spec.kind == "table":
            for i, column in enumerate(spec.columns):
                if column.computed:
                    continue
                dv = prompts.get(f"{column_letter(i + 1)}5")
                assert dv is not None and dv.showInputMessage and dv.prompt, (spec.name, column.key)
                assert column.expected[:20].lower() in dv.prompt.lower()
                if column.help:
                    assert column.help[:40] in dv.prompt
        else:
            row = 5 + next(i for i, line in enumerate(spec.lines) if not line.formula and not line.heading)
            assert prompts.get(f"C{row}") is not None and prompts[f"C{row}"].prompt, spec.name


def test_percentages_are_shown_the_swedish_way():
    wb = openpyxl.load_workbook(ROOT / "workbooks" / "ekonomi.xlsx")
    ws = wb["Inställningar"]
    labels = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(5, ws.max_row + 1)}
    cap = labels["Eget kapital: högst andel av driftsbidraget"]
    assert cap.value == 0.2 and cap.number_format == "0.0 %"  # 20,0 % in a Swedish Excel
    share = wb["Medlemmar"]["C5"]
    assert share.number_format == "0.0 %"
    assert not any(c.number_format == "0.0%" for ws in wb.worksheets for row in ws.iter_rows() for c in row)


@pytest.mark.parametrize("path", WORKBOOKS, ids=lambda p: p.name)
def test_every_sheet_prints_on_a4_with_a_footer(path):
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9, ws.title
        assert ws.oddFooter.left.text == path.name and "&P" in ws.oddFooter.right.text, ws.title
        assert ws.oddFooter.center.text == "&A"
        assert ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth or 1) == 1
    instructions = wb["Instruktioner"]
    assert instructions.page_setup.orientation == "portrait" and instructions.page_setup.fitToHeight == 2
    # Every wrapped help text has a row tall enough for its lines (nothing cut or overlapping).
    width = instructions.column_dimensions["B"].width
    for row in instructions.iter_rows(min_row=4):
        text = row[1].value
        if isinstance(text, str) and len(text) > width * 1.1:
            lines = -(-len(text) // int(width * 1.1))
            assert instructions.row_dimensions[row[1].row].height >= 15 * lines, (path.name, text[:40])


def test_blank_workbooks_still_read_as_empty_input(tmp_path):
    """The protection changes nothing for the reader: a new folder of blank workbooks reads."""
    from finsam.cli import main

    assert main(["new", str(tmp_path / "ny"), "--ar", "2024"]) == 0
    wb = openpyxl.load_workbook(tmp_path / "ny" / "ekonomi.xlsx")
    assert wb["Resultaträkning"].protection.sheet


@pytest.mark.libreoffice
def test_instructions_print_on_two_pages_in_full(tmp_path):
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice saknas")
    if shutil.which("pdftotext") is None:
        if os.environ.get("FINSAM_REQUIRE_LIBREOFFICE"):
            pytest.fail("pdftotext (poppler-utils) krävs i CI men saknas")
        pytest.skip("pdftotext saknas")
    from finsam.schema.write import GENERAL_HELP

    source = ROOT / "workbooks" / "ekonomi.xlsx"  # the longest instructions
    profile = tmp_path / "profil"
    subprocess.run([exe, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   capture_output=True, timeout=240, check=True)
    pdf = tmp_path / "ekonomi.pdf"
    pages = []
    page = 1
    while True:
        out = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                             capture_output=True, text=True)
        if out.returncode != 0 or not out.stdout.strip():
            break
        pages.append(out.stdout)
        page += 1
    instructions = [p for p in pages if re.search(r"ekonomi\.xlsx\s+Instruktioner\s+Sida \d+ av \d+", p)]
    assert 1 <= len(instructions) <= 2
    text = " ".join(" ".join(instructions).split())
    for sentence in GENERAL_HELP:
        assert " ".join(sentence.split()[:6]) in text  # each help text is printed, not cut off
    for sheet in schema_of(source).sheets:
        assert sheet.title.split(" (")[0][:30] in text
