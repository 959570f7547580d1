"""Reading: Swedish numbers, dates, personnummer, bad cells, what Excel/LibreOffice save."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from conftest import EXAMPLES, ROOT, annual, run_cli, sha256_tree, soffice, write_folder

from finsam.errors import InputError
from conftest import load_forbund as load
from finsam.read import personnummer
from finsam.read.values import ValueProblem, excel_serial_to_date, parse_date_text, parse_swedish_number


@pytest.mark.parametrize("text,value,unit", [
    ("1 288 424", Decimal("1288424"), None),
    ("1\u00a0288\u00a0424", Decimal("1288424"), None),
    ("1\u202f288\u202f424 kr", Decimal("1288424"), "kr"),
    ("\u2212409 221", Decimal("-409221"), None),
    ("-409 221", Decimal("-409221"), None),
    ("17,5 %", Decimal("17.5"), "%"),
    ("17,5%", Decimal("17.5"), "%"),
    ("1 844,5", Decimal("1844.5"), None),
    ("7 360 tkr", Decimal("7360"), "tkr"),
    ("0", Decimal(0), None),
    ("+12", Decimal(12), None),
])
def test_swedish_numbers(text, value, unit):
    assert parse_swedish_number(text) == (value, unit)


@pytest.mark.parametrize("text", ["12 34", "1.288.424", "17.5", "abc", "1 2345", "", "1,2,3", "--5"])
def test_swedish_numbers_refused(text):
    with pytest.raises(ValueProblem):
        parse_swedish_number(text)


@given(st.integers(min_value=-10**12, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f"]),
       st.integers(min_value=0, max_value=99))
def test_number_round_trip_property(n, sep, cents):
    """Any amount formatted the Swedish way parses back to itself, exactly."""
    digits = f"{abs(n):,}".replace(",", sep)
    text = ("\u2212" if n < 0 else "") + digits + (f",{cents:02d}" if cents else "")
    expected = Decimal(abs(n)) + (Decimal(cents) / 100 if cents else 0)
    assert parse_swedish_number(text)[0] == (-expected if n < 0 else expected)


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_formatter_output_parses_back(value):
    from finsam import fmt

    assert parse_swedish_number(fmt.number(value, 2))[0] == value


def test_dates():
    assert parse_date_text("2024-03-22") == dt.date(2024, 3, 22)
    assert parse_date_text("22/3 2024") == dt.date(2024, 3, 22)
    assert excel_serial_to_date(Decimal(45373)) == dt.date(2024, 3, 22)
    with pytest.raises(ValueProblem):
        parse_date_text("2024-02-30")


@pytest.mark.parametrize("text,masked", [
    ("19121212-1212", ["19121212-****"]),
    ("191212121212", ["19121212-****"]),
    ("121212-1212", ["121212-****"]),
    ("121212+1212", ["121212-****"]),
    ("Deltagare 811218-9876 har", ["811218-****"]),
    ("701063-2391", ["701063-****"]),  # samordningsnummer (day + 60)
])
def test_personnummer_found_and_masked(text, masked):
    assert personnummer.find(text) == masked


@pytest.mark.parametrize("text", ["19121212-1213", "1 288 424", "7360000", "2024-03-22", "121312-1212",
                                  "5182188", "3 923 481 kr", "20231231"])
def test_personnummer_not_found(text):
    assert personnummer.find(text) == []


def _expect_input_error(tmp_path, data, workbook, sheet, cell, *words):
    folder = write_folder(tmp_path / "f", data)
    before = sha256_tree(folder)
    result = run_cli("build", folder)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"{workbook}, blad {sheet}" + (f", cell {cell}" if cell else "") in result.stderr, result.stderr
    assert "Förväntat:" in result.stderr and "Hittat:" in result.stderr
    for word in words:
        assert word in result.stderr, result.stderr
    assert not (folder / "ut").exists()
    assert sha256_tree(folder) == before
    return result.stderr


def test_text_in_number_column(tmp_path, corrected):
    corrected["ekonomi.xlsx"]["rr"]["kostnader"] = ("sex miljoner", 7_786_784)
    err = _expect_input_error(tmp_path, corrected, "ekonomi.xlsx", "Resultaträkning", "C6",
                              "ett belopp i kronor", "texten ”sex miljoner”")
    assert "inte ett tal" in err


def test_unknown_insats_type(tmp_path, corrected):
    """Insats types are the förbund's own (bladet Insatstyper); a type not listed there is a
    finding at its cell, not unreadable input."""
    corrected["insatser.xlsx"]["insatser"][0]["typ"] = "Individuell"
    doc = annual(write_folder(tmp_path / "f", corrected))
    bad = [r for r in doc.findings if not r.ok and r.code == "insatser-okand-typ"]
    assert [(r.location.sheet, r.location.cell, r.actual) for r in bad] == [("Insatser", "B5", "Individuell")]


def test_missing_sheet(tmp_path, corrected):
    import zipfile

    folder = write_folder(tmp_path / "f", corrected)
    # Rename the Femårsöversikt sheet inside the workbook (as a user renaming a tab would).
    path = folder / "ekonomi.xlsx"
    data = {}
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            data[info.filename] = z.read(info.filename)
    data["xl/workbook.xml"] = data["xl/workbook.xml"].replace("Femårsöversikt".encode(), "Fem år".encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in data.items():
            z.writestr(name, content)
    result = run_cli("check", folder)
    assert result.returncode == 2
    assert "ekonomi.xlsx, blad Femårsöversikt" in result.stderr
    assert "”Fem år”" in result.stderr


def test_missing_file(tmp_path, corrected):
    folder = write_folder(tmp_path / "f", corrected)
    (folder / "deltagare.xlsx").rename(folder / "deltagare.xls")
    result = run_cli("check", folder)
    assert result.returncode == 2
    assert "Plats:     deltagare.xls\n" in result.stderr and "Excel-arbetsbok (deltagare.xlsx)" in result.stderr


def test_personnummer_stops_build_masked(tmp_path, corrected):
    corrected["texter.xlsx"]["texter"]["handelser"] = "Kontakt: 19121212-1212 vid frågor."
    err = _expect_input_error(tmp_path, corrected, "texter.xlsx", "Texter", "B13", "19121212-****")
    assert "1212-1212" not in err and "19121212-1212" not in err


def test_parallel_read_gives_the_sequential_model_and_problems(tmp_path, corrected, monkeypatch):
    """The CLI reads big workbooks in a worker process (its tables pickled back compactly):
    forced here on the small example, the model and the problems must be the same."""
    import finsam.read as read
    from finsam.pipeline import load as load_folder

    def load_documents(folder, parallel):
        return annual(folder, parallel=parallel).model

    folder = write_folder(tmp_path / "ok", corrected)
    monkeypatch.setattr(read, "PARALLEL_BYTES", 0)
    parallel = load_documents(folder, parallel=True).forbund
    assert parallel == load_documents(folder, parallel=False).forbund
    assert len(parallel.participants) > 5 and parallel.participant_total is not None

    corrected["ekonomi.xlsx"]["rr"]["kostnader"] = ("sex miljoner", 7_786_784)
    corrected["insatser.xlsx"]["insatser"][0]["typ"] = "Individuell"
    corrected["texter.xlsx"]["texter"]["handelser"] = "Kontakt: 19121212-1212 vid frågor."
    broken = write_folder(tmp_path / "broken", corrected)
    found = []
    for parallel in (True, False):
        with pytest.raises(InputError) as exc:
            load_folder(broken, parallel=parallel)
        found.append([str(p) for p in exc.value.problems])
    assert found[0] == found[1] and len(found[0]) == 2, found
    assert [p.split(",")[0] for p in found[0]] == ["ekonomi.xlsx", "texter.xlsx"]


def test_numbers_typed_as_swedish_text_are_accepted(tmp_path, corrected):
    corrected["ekonomi.xlsx"]["installningar"]["driftsbidrag"] = "7 360 000"
    corrected["ekonomi.xlsx"]["installningar"]["ek_tak"] = "20 %"
    corrected["ekonomi.xlsx"]["rr"]["kostnader"] = ("6\u00a0890\u00a0369", "7 786 784")
    folder = write_folder(tmp_path / "f", corrected)
    f = load(folder)
    assert f.settings.driftsbidrag == Decimal("7360000")
    assert f.settings.ek_tak == Decimal("0.2")
    assert f.rr.get("kostnader") == Decimal("6890369")


def test_blank_workbooks_are_up_to_date(tmp_path):
    from finsam.kinds import all_workbooks
    from finsam.schema.write import write_workbook

    for schema in all_workbooks():
        write_workbook(schema, tmp_path / schema.filename)
        assert (tmp_path / schema.filename).read_bytes() == (ROOT / "workbooks" / schema.filename).read_bytes(), \
            f"workbooks/{schema.filename} är inaktuell: kör `finsam workbooks`"


def test_example_workbooks_are_up_to_date(tmp_path):
    sys.path.insert(0, str(EXAMPLES / "data"))
    import generate

    for path in generate.generate(tmp_path):
        rel = path.relative_to(tmp_path)
        assert path.read_bytes() == (EXAMPLES / rel).read_bytes(), f"examples/{rel} är inaktuell"


def test_blank_workbook_reads_with_clear_messages(tmp_path):
    for name in ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx"):
        shutil.copy(ROOT / "workbooks" / name, tmp_path / name)
    with pytest.raises(InputError) as info:
        load(tmp_path)
    messages = [str(p) for p in info.value.problems]
    assert any("ekonomi.xlsx, blad Inställningar, cell B5" in m and "Förbundets namn" in m for m in messages)


def test_new_creates_blank_workbooks_and_never_overwrites(tmp_path):
    from finsam.cli import main

    folder = tmp_path / "nytt"
    assert main(["new", str(folder), "--ar", "2025"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["deltagare.xlsx", "ekonomi.xlsx", "insatser.xlsx",
                                                         "texter.xlsx"]
    with pytest.raises(InputError) as info:
        load(folder)
    assert not any("Räkenskapsår" in str(p) for p in info.value.problems)
    before = sha256_tree(folder)
    assert main(["new", str(folder)]) == 2
    assert sha256_tree(folder) == before


def test_check_does_not_import_writers():
    code = ("import sys, finsam.cli as c; c.main(['check', %r]); "
            "print(sorted(m for m in ('docx','docxtpl','xlsxwriter','pandas','openpyxl') if m in sys.modules))"
            % str(EXAMPLES / "sundsvall-2023"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout
    assert out.strip().splitlines()[-1] == "[]"


@pytest.mark.libreoffice
def test_workbooks_saved_by_libreoffice_read_the_same(tmp_path):
    """LibreOffice re-saves the example (its own XML, shared strings, cached values):
    the model read from it equals the model read from ours."""
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice saknas")
    src = EXAMPLES / "sundsvall-2023"
    out = tmp_path / "lo"
    files = [str(src / n) for n in ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx")]
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), *files],
                   check=True, capture_output=True, timeout=240)
    ours, theirs = load(src), load(out)
    assert theirs.rr.values == ours.rr.values
    assert theirs.br.values == ours.br.values
    assert [(b.post, b.budget, b.utfall, b.utfall_fg) for b in theirs.budget] == \
        [(b.post, b.budget, b.utfall, b.utfall_fg) for b in ours.budget]
    assert [(p.insats, p.kvinnor, p.man, p.totalt) for p in theirs.participants] == \
        [(p.insats, p.kvinnor, p.man, p.totalt) for p in ours.participants]
    assert theirs.settings.beslutsdatum == ours.settings.beslutsdatum
    assert theirs.texts == ours.texts


def test_table_records_are_frozen_dataclasses_as_the_constructor_makes_them():
    import dataclasses

    f = load(EXAMPLES / "sundsvall-2023")
    row = f.participants[0]
    rebuilt = type(row)(**{fl.name: getattr(row, fl.name) for fl in dataclasses.fields(row)})
    assert rebuilt == row and repr(rebuilt) == repr(row)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.kvinnor = 1
