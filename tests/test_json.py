"""finsam check --json: one versioned shape, validated against the JSON Schema shipped in the
package, for every bundled example; each finding once; values as numbers beside their unit."""
from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest

from conftest import EXAMPLES, run_cli
from finsam import cli

EXAMPLE_FOLDERS = sorted(p for p in EXAMPLES.iterdir() if p.is_dir() and any(p.glob("*.xlsx")))


@pytest.fixture(scope="module")
def validator():
    import jsonschema

    schema = cli.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def check_json(capsys, folder, *flags):
    code = cli.main(["check", str(folder), "--json", *flags])
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_schema_is_package_data():
    from importlib.resources import files

    text = files("finsam").joinpath("schemas/check.schema.json").read_text(encoding="utf-8")
    assert json.loads(text)["properties"]["schema_version"] == {"const": cli.JSON_SCHEMA_VERSION}


def test_every_example_validates(validator, capsys):
    assert len(EXAMPLE_FOLDERS) >= 7
    seen_codes = set()
    for folder in EXAMPLE_FOLDERS:
        for flags in ((), ("--alla",)):
            code, payload = check_json(capsys, folder, *flags)
            errors = sorted(validator.iter_errors(payload), key=str)
            assert not errors, (folder.name, flags, [e.message for e in errors[:3]])
            assert payload["exit_code"] == code in (0, 1), folder
            assert payload["schema_version"] == 1 and payload["folder"] == str(folder)
            s = payload["summary"]
            assert s["checks"] == s["passed"] + s["errors"] + s["deviations"] + s["missing"] + s["hints"]
            assert s["documents"] == len(payload["documents"]) >= 1
            docs = payload["documents"]
            assert [d["index"] for d in docs] == list(range(len(docs)))
            assert s["checks"] == sum(d["checks"] for d in docs)
            assert (code == 1) == (s["errors"] > 0)
            findings = payload["findings"]
            assert len(findings) == (s["checks"] if flags else s["errors"] + s["deviations"] + s["missing"] + s["hints"])
            for d in docs:  # each finding once, under its document's index
                mine = [f for f in findings if f["document"] == d["index"]]
                assert sum(not f["ok"] and f["severity"] == "fel" for f in mine) == d["errors"]
            seen_codes |= {f["code"] for f in findings}
            for f in findings:
                assert all(k.isascii() for k in f)
    assert "br-balanserar" in seen_codes


def test_amounts_are_numbers_beside_their_unit(capsys):
    code, payload = check_json(capsys, EXAMPLES / "sundsvall-2023-publicerad")
    assert code == 1 and payload["summary"]["errors"] == 19
    by_cell = {(f["code"], f["sheet"], f["cell"]): f for f in payload["findings"]}
    f = by_cell[("br-summa-omsattningstillgangar", "Balansräkning", "D10")]
    assert (f["expected"], f["actual"], f["unit"], f["severity"]) == (3696599, 3696600, "kr", "fel")
    assert f["workbook"] == "ekonomi.xlsx" and f["tolerance"] == 0
    assert "3 696 599 kr" in f["message"].replace("\u00a0", " ")
    f = by_cell[("insatser-mot-budgetpost", "Budgetuppföljning", "E36")]
    assert (f["expected"], f["actual"], f["unit"], f["tolerance"]) == (830.665, 751, "tkr", 0.5)
    f = by_cell[("deltagare-summa", "Deltagare", "E7")]
    assert (f["expected"], f["actual"], f["unit"]) == (37, 39, "st")


def test_percentages_are_in_percent(capsys):
    _, payload = check_json(capsys, EXAMPLES / "sundsvall-2023", "--alla")
    shares = [f for f in payload["findings"] if f["unit"] == "%"]
    assert shares
    for f in shares:
        for value in (f["expected"], f["actual"]):
            assert value is None or isinstance(value, str) or -1000 <= value <= 1000
    assert any(isinstance(f["actual"], (int, float)) and f["actual"] > 1 for f in shares)


def test_json_value_conversion():
    import datetime as dt

    assert cli._json_value(Decimal("1288424"), "kr") == 1288424
    assert isinstance(cli._json_value(Decimal("1288424.00"), "kr"), int)
    assert cli._json_value(Decimal("1964.424"), "tkr") == 1964.424
    assert cli._json_value(Decimal("0.175"), "%") == 17.5
    assert cli._json_value(Decimal("1"), "%") == 100
    assert cli._json_value(7, "st") == 7
    assert cli._json_value(dt.date(2024, 3, 31), "") == "2024-03-31"
    assert cli._json_value("Sundsvall", "") == "Sundsvall"
    assert cli._json_value(None, "kr") is None


def test_unreadable_input_has_the_same_shape(validator, tmp_path, capsys):
    folder = tmp_path / "trasig"
    folder.mkdir()
    (folder / "ekonomi.xlsx").write_bytes(b"PK\x03\x04 avklippt")
    code, payload = check_json(capsys, folder)
    assert code == 2 and payload["exit_code"] == 2
    assert not list(validator.iter_errors(payload))
    assert payload["findings"] == [] and payload["documents"] == []
    problem = payload["input_errors"][0]
    assert problem["workbook"] == "ekonomi.xlsx" and problem["found"]
    code, payload = check_json(capsys, tmp_path / "finns-inte")
    assert code == 2 and payload["input_errors"][0]["found"] == "ingen sådan mapp"
    assert not list(validator.iter_errors(payload))


def test_skipped_files_are_listed(validator, tmp_path, capsys):
    import shutil

    folder = tmp_path / "f"
    shutil.copytree(EXAMPLES / "sundsvall-2023", folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    (folder / "~$ekonomi.xlsx").write_bytes(b"lock")
    code, payload = check_json(capsys, folder)
    assert code == 0 and not list(validator.iter_errors(payload))
    assert payload["skipped"] == [{"file": "~$ekonomi.xlsx", "reason": "en låsfil som Excel eller LibreOffice skapar"}]


def test_many_findings_are_streamed(monkeypatch):
    """The findings are generated while written: the writer never holds them as a list."""
    from types import SimpleNamespace

    from finsam.errors import Location
    from finsam.findings import Finding

    n = 20_000
    made = {"n": 0}

    def findings():
        for i in range(n):
            made["n"] += 1
            yield Finding(f"kod-{i % 7}", "fel", False, Location("ekonomi.xlsx", "Blad", f"A{i + 1}"),
                          Decimal(i), Decimal(i + 1), "kr", "{expected} mot {actual}", "test")

    class Lazy(list):
        def __iter__(self):
            return findings()

        def __len__(self):
            return n

    kind = SimpleNamespace(key="arsredovisning", outputs=())
    doc = SimpleNamespace(kind=kind, title="Årsredovisning 2023", sources=("ekonomi.xlsx",), model=None,
                          findings=Lazy())
    loaded = SimpleNamespace(documents=[doc], skipped=[], findings=Lazy())
    monkeypatch.setattr(cli, "_counts", lambda results: {"checks": n, "passed": 0, "errors": n, "deviations": 0})
    payload = cli._check_json("f", loaded, [], 1, False)
    assert made["n"] == 0  # nothing made before writing starts

    class Sink(io.StringIO):
        def write(self, text):
            self.peak = max(getattr(self, "peak", 0), made["n"] - getattr(self, "written", 0))
            self.written = made["n"]
            return super().write(text)

    out = Sink()
    cli._write_json(payload, out)
    parsed = json.loads(out.getvalue())
    assert len(parsed["findings"]) == n and parsed["findings"][-1]["cell"] == f"A{n}"
    assert parsed["findings"][5]["expected"] == 5 and parsed["findings"][5]["unit"] == "kr"
    assert out.peak <= 4001  # written a few thousand at a time, never all 20 000 at once


def test_check_json_from_the_command_line(validator):
    result = run_cli("check", EXAMPLES / "sundsvall-vp-2024-publicerad", "--json")
    assert result.returncode == 1 and result.stderr == ""
    payload = json.loads(result.stdout)
    assert not list(validator.iter_errors(payload))
    assert payload["summary"]["errors"] == 5
