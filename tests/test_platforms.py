"""Windows and macOS, as far as Linux can play them.

- A simulated Windows for the write path: ``os`` as safe_io sees it has name "nt", no
  fchmod/fchown, cannot open a folder (so no folder fsync), and refuses to replace a file
  that is "open in Word"; sys.platform is "win32" (for finsam.batch, and for the reader
  while it picks its start method), os.fork is gone, and multiprocessing's
  default start method is spawn, so the pools of ``build --jobb`` / ``sammanstall`` and the
  parallel reader spawn fresh interpreters as they do on Windows and macOS.
- å/ä/ö in both Unicode normal forms: macOS (HFS+) stores names in NFD, a name typed in
  Excel or on a Windows keyboard is NFC; folder scanning, links between folders and output
  names must work with either.
"""
from __future__ import annotations

import errno
import multiprocessing
import os
import shutil
import sys
import types
import unicodedata
from pathlib import Path

import pytest

from conftest import EXAMPLES, docx_text
from finsam import cli
from finsam.render import safe_io
from simwin import WindowsOS

NFC = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
REPORT = "årsredovisning-2023.docx"


@pytest.fixture
def windows(monkeypatch):
    fake = WindowsOS()
    monkeypatch.setattr(safe_io, "os", fake)
    for name in ("fchmod", "fchown", "fork"):
        monkeypatch.delattr(os, name, raising=False)
    # sys.platform only as finsam.batch sees it: set for the whole interpreter, the standard
    # library's own Windows branches would run (zoneinfo looking for tzdata).
    import finsam.batch

    monkeypatch.setattr(finsam.batch, "sys", types.SimpleNamespace(platform="win32"))
    before = multiprocessing.get_start_method(allow_none=True)
    multiprocessing.set_start_method("spawn", force=True)
    yield fake
    multiprocessing.set_start_method(before, force=True)


def copy_example(target: Path, name: str = "sundsvall-2023") -> Path:
    shutil.copytree(EXAMPLES / name, target, ignore=shutil.ignore_patterns("ut", "*.md"))
    return target


def test_build_on_simulated_windows(windows, tmp_path, capsys):
    folder = copy_example(tmp_path / "Härnösand")
    assert not hasattr(os, "fchmod") and not hasattr(os, "fork")
    assert cli.main(["build", str(folder)]) == 0, capsys.readouterr()
    ut = folder / "ut"
    assert sorted(p.name for p in ut.iterdir()) == ["revision-2023.xlsx", REPORT]
    assert "1 288 424" in docx_text(ut / REPORT)
    assert windows.calls.count("replace") == 2 and "open-folder" in windows.calls
    mode = (ut / REPORT).stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask()  # an ordinary file, made with os.chmod (no fchmod)


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_report_open_in_word_on_simulated_windows(windows, tmp_path, capsys):
    folder = copy_example(tmp_path / "f")
    assert cli.main(["build", str(folder)]) == 0
    before = {p.name: p.read_bytes() for p in (folder / "ut").iterdir()}
    capsys.readouterr()
    windows.locked.add(REPORT)
    assert cli.main(["build", str(folder), "--utkast"]) == cli.EXIT_INPUT
    err = capsys.readouterr().err
    assert f"Plats:      {folder / 'ut' / REPORT}" in err and "Stäng filen och kör igen." in err
    assert {p.name: p.read_bytes() for p in (folder / "ut").iterdir()} == before


def test_many_folders_with_spawned_workers(windows, tmp_path, capsys):
    """build --jobb 2 and sammanstall --jobb 2 through spawned processes (as on Windows and
    macOS): the worker functions are importable and the results are the same as in-process."""
    from finsam.batch import pool_context

    assert pool_context().get_start_method() == "spawn"
    folders = [copy_example(tmp_path / "å-förbund"), copy_example(tmp_path / NFD("ö-förbund"))]
    assert cli.main(["build", *map(str, folders), "--jobb", "2"]) == 0, capsys.readouterr()
    for folder in folders:
        assert "1 288 424" in docx_text(folder / "ut" / REPORT)
    out = capsys.readouterr().out
    assert out.count("208 kontroller: 208 godkända, 0 fel, 0 avvikelser.") == 2
    assert cli.main(["sammanstall", *map(str, folders), "--ut", str(tmp_path / "s"), "--jobb", "2"]) == 0
    assert "Sammanställning av 2 samordningsförbund" in docx_text(tmp_path / "s" / "sammanställning.docx")


def test_parallel_reader_with_spawn(windows, tmp_path, monkeypatch):
    """read_workbooks' worker process under spawn (the reader forks only on Linux)."""
    import finsam.read as read
    from finsam.kinds import kind

    folder = copy_example(tmp_path / "f")
    schemas = kind("arsredovisning").workbooks
    items = [(folder / s.filename, s, s.filename, "") for s in schemas]
    sequential = read.read_workbooks(items, [], False, parallel=False)
    monkeypatch.setattr(read, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    import concurrent.futures.process  # noqa: F401  (imported as on Linux, before the platform is faked)
    import multiprocessing.connection  # noqa: F401

    spawned = []
    real_get_context = multiprocessing.get_context

    def get_context(method=None):  # the reader has chosen by now: Linux again for the rest
        spawned.append(method)
        sys.platform = "linux"
        return real_get_context(method)

    monkeypatch.setattr(multiprocessing, "get_context", get_context)
    problems = []
    monkeypatch.setattr(sys, "platform", "win32")
    parallel = read.read_workbooks(items, problems, False, parallel=True)
    assert spawned == ["spawn"] and problems == []
    assert [b.source.sha256 for b in parallel] == [b.source.sha256 for b in sequential]
    assert [b.sheets.keys() for b in parallel] == [b.sheets.keys() for b in sequential]


def test_soffice_lookup_on_windows_and_macos(monkeypatch):
    """The LibreOffice lookup of render/office.py (reused by build --pdf) knows where the
    installers put it."""
    from finsam.render import office

    monkeypatch.setattr(sys, "platform", "win32")
    found = office.soffice_candidates({"ProgramFiles": r"D:\Program"})
    assert found[0] == r"D:\Program\LibreOffice\program\soffice.exe"
    monkeypatch.setattr(sys, "platform", "darwin")
    assert office.soffice_candidates({})[0] == "/Applications/LibreOffice.app/Contents/MacOS/soffice"


# -- å, ä, ö in NFC and NFD -------------------------------------------------------------------

@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_folder_and_workbook_names_in_either_form(form, tmp_path, capsys):
    """A folder and workbooks named with å/ä/ö in NFC or NFD: read, checked, built; every name
    the user sees is NFC, and the outputs are NFC."""
    norm = NFC if form == "NFC" else NFD
    folder = tmp_path / norm("Förbund Härnösand–Timrå")
    for book in (EXAMPLES / "sundsvall-2024-04-26").glob("*.xlsx"):
        target = folder / norm(book.name.replace("sammantrade", "sammanträde"))
        target.parent.mkdir(exist_ok=True)
        shutil.copy(book, target)
    copy_example(tmp_path / "sundsvall-2023")
    assert cli.main(["check", str(folder), "--json"]) == 0, capsys.readouterr().err
    import json

    payload = json.loads(capsys.readouterr().out)
    names = sorted(name for d in payload["documents"] for name in d["workbooks"])
    assert names == ["budgetuppfoljning-2024-03-31.xlsx", "sammanträde-2024-03-22.xlsx",
                     "sammanträde-2024-04-26.xlsx"]
    assert all(n == NFC(n) for n in names)
    assert cli.main(["build", str(folder)]) == 0, capsys.readouterr()
    written = sorted(os.listdir(folder / "ut"))
    assert written == sorted(["budgetuppföljning-2024-03-31.docx", "protokoll-2024-03-22.docx",
                              "protokoll-2024-04-26.docx"])
    assert all(n == NFC(n) for n in written)


@pytest.mark.parametrize("typed, on_disk", [("NFC", "NFD"), ("NFD", "NFC")])
def test_folder_typed_in_the_other_form(typed, on_disk, tmp_path, capsys):
    """The folder on disk is named in one form (copied from a Mac: NFD), the user types the
    other: it is found, and ut/ goes inside it, not into a new look-alike folder."""
    norm = {"NFC": NFC, "NFD": NFD}
    real = copy_example(tmp_path / norm[on_disk]("Östersund"))
    given = tmp_path / norm[typed]("Östersund")
    assert cli.main(["check", str(given)]) == 0
    assert cli.main(["build", str(given)]) == 0, capsys.readouterr()
    assert os.listdir(tmp_path) == [real.name]
    assert REPORT in os.listdir(real / "ut")


def test_link_to_last_years_folder_in_the_other_form(tmp_path, capsys):
    """The follow-up names last year's folder as typed in Excel (NFC); the folder was copied
    from a Mac (NFD)."""
    import copy

    sys.path.insert(0, str(EXAMPLES / "data"))
    import sundsvall_2024

    from finsam.kinds import all_workbooks
    from finsam.schema.write import write_workbook

    copy_example(tmp_path / NFD("Förbund-2023"))
    name, data = sundsvall_2024.MEETINGS["budgetuppfoljning-2024-03-31.xlsx"]
    data = copy.deepcopy(data)
    data["uppgifter"]["foregaende_ar"] = NFC("../Förbund-2023")
    folder = tmp_path / "uppföljning"
    folder.mkdir()
    write_workbook({s.filename: s for s in all_workbooks()}[name], folder / "budgetuppfoljning-2024-03-31.xlsx", data)
    code = cli.main(["build", str(folder)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "ingen mapp" not in out.err
    text = docx_text(folder / "ut" / "budgetuppföljning-2024-03-31.docx")
    assert "1 288" in text  # ingående eget kapital, read from last year's ekonomi.xlsx


def test_old_output_named_in_nfd_is_replaced_not_doubled(tmp_path, capsys):
    folder = copy_example(tmp_path / "f")
    ut = folder / "ut"
    ut.mkdir()
    (ut / NFD(REPORT)).write_bytes(b"OLD, from a Mac")
    assert NFD(REPORT) != REPORT
    assert cli.main(["build", str(folder)]) == 0, capsys.readouterr()
    names = os.listdir(ut)
    assert sorted(NFC(n) for n in names) == ["revision-2023.xlsx", REPORT]  # one report, not two
    report = next(ut / n for n in names if NFC(n) == REPORT)
    assert "1 288 424" in docx_text(report)
