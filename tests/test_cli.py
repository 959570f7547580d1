"""CLI conventions: Swedish help (argparse's own words too) with every argument explained,
usage errors exit 64, build --delvis, --pdf for every folder, progress only on a terminal,
sammanstall says when a folder failed."""
from __future__ import annotations

import argparse
import io
import re
import shutil
import sys

import pytest

from conftest import EXAMPLES, docx_text, run_cli
from finsam import cli

ENGLISH = ("usage:", "options:", "positional arguments", "optional arguments", "show this help",
           "error:", "show program's version", "the following arguments", "invalid choice", "unrecognized",
           "expected one argument", "not allowed with")


def parsers():
    """The top-level parser and every subcommand's, each once."""
    top = cli.build_parser()
    found = [top]
    for action in top._actions:
        if isinstance(action, argparse._SubParsersAction):
            for p in action.choices.values():
                if all(p is not q for q in found):
                    found.append(p)
    return found


def test_every_help_text_is_swedish_and_explains_every_argument():
    all_parsers = parsers()
    assert len(all_parsers) == 7  # finsam and its six commands
    for p in all_parsers:
        text = p.format_help()
        for word in ENGLISH:
            assert word not in text, (p.prog, word, text)
        assert text.startswith(f"användning: {p.prog}"), text
        assert "flaggor:" in text
        for code in ("0 ", "1 ", "2 ", "3 ", "64 ", "130 "):
            assert re.search(rf"^\s+{code}", text, re.M), (p.prog, code)
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                continue
            assert action.help and action.help != argparse.SUPPRESS, (p.prog, action.dest)
            assert not re.search(r"\b(the|and|show|file)\b", action.help), action.help


def test_help_and_version_exit_0(capsys):
    assert cli.main(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("användning: finsam") and "kommandon:" in out and "Slutkoder:" in out
    assert cli.main(["build", "-h"]) == 0
    assert "--delvis" in capsys.readouterr().out
    from finsam import __version__

    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"finsam {__version__}"


@pytest.mark.parametrize("argv, said", [
    ([], "ange ett kommando"),
    (["bogus"], "ogiltigt val: 'bogus'"),
    (["check"], "följande argument saknas: MAPP"),
    (["check", "x", "--bogus"], "okända argument: --bogus"),
    (["build", "x", "--jobb", "0"], "--jobb: minst 1, inte 0"),
    (["build", "x", "--jobb", "två"], "--jobb: ett heltal behövs, inte ”två”"),
    (["build", "x", "--utkast", "--delvis"], "--delvis: kan inte användas tillsammans med --utkast"),
    (["build", "a", "b", "--ut", "c"], "--ut kan bara användas med en mapp"),
    (["serve", "--port", "70000"], "--port: ett portnummer mellan 1 och 65535"),
    (["new", "x", "--ar", "tjugo"], "--ar: ett årtal som 2024 behövs"),
    (["new", "x", "--dokument", "brev"], "--dokument: ogiltigt val: 'brev'"),
])
def test_usage_errors_exit_64_in_swedish(argv, said, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == cli.EXIT_USAGE == 64
    out = capsys.readouterr()
    assert out.out == ""
    assert "felaktig användning" in out.err and said in out.err, out.err
    assert "Hjälp: finsam" in out.err
    for word in ENGLISH:
        assert word not in out.err, (word, out.err)
    assert list(tmp_path.iterdir()) == []


def test_usage_error_exit_code_from_the_command_line():
    result = run_cli("build")
    assert result.returncode == 64
    assert result.stderr.startswith("användning: finsam build")
    assert "följande argument saknas: MAPP" in result.stderr and "Traceback" not in result.stderr


# -- build --delvis ----------------------------------------------------------------------------

@pytest.fixture
def meetings(tmp_path):
    """Two meetings and a follow-up with fel (prognos eget kapital 1 966 for 1 288 + 676 = 1 964,
    more than rounding explains), bilaga to the second meeting."""
    import copy

    import sundsvall_2024
    from test_minutes import FOLLOWUP, _write

    shutil.copytree(EXAMPLES / "sundsvall-2023", tmp_path / "sundsvall-2023", ignore=shutil.ignore_patterns("ut", "*.md"))
    folder = tmp_path / "möten"
    shutil.copytree(EXAMPLES / "sundsvall-2024-04-26", folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    files = copy.deepcopy(sundsvall_2024.published())
    next(r for r in files[FOLLOWUP][1]["uppfoljning"] if r.get("radtyp") == "Prognos eget kapital")["prognos"] = 1966
    return _write(folder, {FOLLOWUP: files[FOLLOWUP]})


def test_default_is_all_or_nothing(meetings, capsys):
    assert cli.main(["build", str(meetings)]) == cli.EXIT_FEL
    out = capsys.readouterr().out
    assert "Inga rapporter skrevs" in out and "--delvis" in out
    assert not (meetings / "ut").exists()


def test_delvis_builds_documents_without_fel_and_lists_the_rest(meetings, capsys):
    assert cli.main(["build", str(meetings), "--delvis"]) == cli.EXIT_FEL
    out = capsys.readouterr().out
    assert sorted(p.name for p in (meetings / "ut").iterdir()) == ["protokoll-2024-03-22.docx"]
    text = docx_text(meetings / "ut" / "protokoll-2024-03-22.docx")
    assert "2024-03-22" in text and "UTKAST" not in text
    assert "Hölls tillbaka (2 av 3 dokument" in out
    assert "Budgetuppföljning per 2024-03-31 (budgetuppfoljning-2024-03-31.xlsx): 1 fel i dokumentets " \
           "egna kontroller" in out
    # the second meeting has no fel of its own, but carries the follow-up as its bilaga
    assert "Sammanträdesprotokoll 2024-04-26 (sammantrade-2024-04-26.xlsx): innehåller Budgetuppföljning " \
           "per 2024-03-31" in out
    assert "uppfoljning-prognos-eget-kapital" in out


def test_delvis_without_fel_writes_everything(tmp_path, capsys):
    folder = tmp_path / "f"
    shutil.copytree(EXAMPLES / "sundsvall-2023", folder, ignore=shutil.ignore_patterns("ut", "*.md"))
    assert cli.main(["build", str(folder), "--delvis"]) == cli.EXIT_OK
    assert "Hölls tillbaka" not in capsys.readouterr().out
    assert sorted(p.name for p in (folder / "ut").iterdir()) == ["revision-2023.xlsx", "årsredovisning-2023.docx"]


# -- many folders --------------------------------------------------------------------------------

@pytest.fixture
def two(tmp_path):
    out = []
    for name in ("a", "b"):
        shutil.copytree(EXAMPLES / "sundsvall-2023", tmp_path / name, ignore=shutil.ignore_patterns("ut", "*.md"))
        out.append(tmp_path / name)
    return out


def test_pdf_is_asked_for_every_folder(two, capsys, monkeypatch):
    import finsam.render.pdf as pdf

    asked = []

    def to_pdf(docx, out, timeout=240, **kwargs):
        asked.append(sorted(p.name for p in docx))
        return [], "PDF skapades inte (test)."

    monkeypatch.setattr(pdf, "to_pdf", to_pdf)
    assert cli.main(["build", *map(str, two), "--pdf", "--jobb", "1"]) == 0
    assert asked == [["årsredovisning-2023.docx"]] * 2
    assert capsys.readouterr().out.count("PDF skapades inte (test).") == 2


def test_pool_gets_pdf_and_delvis_for_every_folder(two, monkeypatch):
    import finsam.batch as batch

    seen = {}

    def run_all(fn, items, jobs, progress=None):
        seen.update(fn=fn, items=items, jobs=jobs)
        return [(0, "") for _ in items]

    monkeypatch.setattr(batch, "run_all", run_all)
    assert cli.main(["build", *map(str, two), "--pdf", "--delvis", "--jobb", "2"]) == 0
    assert seen["fn"] is batch.build_folder and seen["jobs"] == 2
    assert seen["items"] == [(str(f), False, None, True, True) for f in two]


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_per_forbund_on_a_terminal_only(two, capsys, monkeypatch):
    assert cli.main(["build", *map(str, two), "--jobb", "1"]) == 0
    out = capsys.readouterr()
    assert out.err == ""  # not a terminal: nothing extra
    assert out.out.count("Skrev ") == 4
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["build", *map(str, two), "--jobb", "1"]) == 0
    assert terminal.getvalue().splitlines() == [f"[1/2] {two[0]}: klar", f"[2/2] {two[1]}: klar"]
    assert "\x1b" not in terminal.getvalue() + capsys.readouterr().out  # no colour codes


def test_progress_with_a_process_pool(two, monkeypatch, capsys):
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["sammanstall", *map(str, two), "--ut", str(two[0].parent / "s"), "--jobb", "2"]) == 0
    lines = sorted(terminal.getvalue().splitlines())
    assert [line[:6] for line in lines] == ["[1/2] ", "[2/2] "]
    assert sorted(line.split(" ", 1)[1] for line in lines) == [f"{two[0]}: sammanställd", f"{two[1]}: sammanställd"]


def test_one_folder_with_a_bug_does_not_stop_the_others(two, capsys, monkeypatch):
    import finsam.pipeline as pipeline

    real = pipeline.load

    def load(folder, *args, **kwargs):
        if folder.name == "a":
            raise RuntimeError("bug")
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(pipeline, "load", load)
    assert cli.main(["build", *map(str, two), "--jobb", "1"]) == cli.EXIT_INTERNAL
    out = capsys.readouterr().out
    assert "Internt fel i finsam (RuntimeError)" in out
    assert (two[1] / "ut" / "årsredovisning-2023.docx").is_file() and not (two[0] / "ut").exists()


def test_rollup_exit_codes(two, tmp_path, capsys):
    broken = tmp_path / "trasig"
    broken.mkdir()
    (broken / "ekonomi.xlsx").write_bytes(b"PK\x03\x04 avklippt")
    published = tmp_path / "publicerad"
    shutil.copytree(EXAMPLES / "sundsvall-2023-publicerad", published, ignore=shutil.ignore_patterns("ut", "*.md"))
    out = tmp_path / "s"
    assert cli.main(["sammanstall", *map(str, two), "--ut", str(out), "--jobb", "1"]) == cli.EXIT_OK
    assert cli.main(["sammanstall", *map(str, two), str(published), "--ut", str(out), "--jobb", "1"]) == cli.EXIT_FEL
    assert f"{published}: 19 fel i siffrorna" in capsys.readouterr().out
    assert cli.main(["sammanstall", *map(str, two), str(broken), "--ut", str(out), "--jobb", "1"]) == cli.EXIT_INPUT
    text = capsys.readouterr().out
    assert "2 förbund sammanställda, 1 mappar kunde inte läsas:" in text and str(broken) in text
    assert {p.name for p in out.iterdir()} == {"sammanställning.xlsx", "sammanställning.docx"}
