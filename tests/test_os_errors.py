"""Operating-system errors are the user's to fix: `ut` is a file, the folder is read-only, the
disk is full, a report is open in Word. Each gives a Swedish message naming the path and what
to do, exit 2, no "Internt fel", and ut/ exactly as it was; an internal error (exit 3) after
rendering started leaves ut/ as it was too."""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile

import pytest

from conftest import EXAMPLES, docx_text
from finsam import cli
from finsam.render import safe_io

REPORT, REVISION = "årsredovisning-2023.docx", "revision-2023.xlsx"


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "förbund"
    shutil.copytree(EXAMPLES / "sundsvall-2023", target, ignore=shutil.ignore_patterns("ut", "*.md"))
    return target


@pytest.fixture
def old_outputs(folder):
    """ut/ with last run's two reports (old bytes) and a file of the user's own."""
    ut = folder / "ut"
    ut.mkdir()
    (ut / REPORT).write_bytes(b"OLD REPORT")
    (ut / REVISION).write_bytes(b"OLD REVISION")
    (ut / "anteckningar.txt").write_text("mina", encoding="utf-8")
    return ut


def tree(folder) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones too) with its SHA-256."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(capsys, *args):
    code = cli.main(list(map(str, args)))
    out = capsys.readouterr()
    return code, out.out, out.err


def assert_user_error(code, err, path, *words):
    assert code == cli.EXIT_INPUT, err
    assert "Internt fel" not in err and "Traceback" not in err
    assert "Inget har skrivits" in err
    assert f"Plats:      {path}" in err, err
    for word in words:
        assert word in err, err


def test_ut_is_a_file(folder, capsys):
    (folder / "ut").write_text("en fil, inte en mapp", encoding="utf-8")
    before = tree(folder)
    code, _, err = run(capsys, "build", folder)
    assert_user_error(code, err, folder / "ut", "det finns en fil med det namnet", "Byt namn på filen", "--ut")
    assert tree(folder) == before


def test_ut_below_a_file(folder, capsys):
    (folder / "fil").write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "build", folder, "--ut", folder / "fil" / "ut")
    assert code == cli.EXIT_INPUT and "Internt fel" not in err
    assert "fil" in err and "Gör så här" in err


def test_read_only_folder(folder, old_outputs, capsys, monkeypatch):
    before = tree(folder)
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        os.chmod(old_outputs, 0o555)  # a real read-only folder (root could still write)
    else:
        def denied(*args, dir=None, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(dir))

        monkeypatch.setattr(tempfile, "mkstemp", denied)
    try:
        code, _, err = run(capsys, "build", folder)
    finally:
        os.chmod(old_outputs, 0o755)
    assert_user_error(code, err, old_outputs, "åtkomst nekad", "skrivskyddad", "skrivrätt")
    assert tree(folder) == before


def test_disk_full_while_writing(folder, old_outputs, capsys, monkeypatch):
    """ENOSPC on the second temporary file: the first one is removed, the old reports stay."""
    before = tree(folder)
    real_fdopen = os.fdopen
    calls = {"n": 0}

    class FullDisk:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

    def fdopen(fd, *args, **kwargs):
        calls["n"] += 1
        fh = real_fdopen(fd, *args, **kwargs)
        return FullDisk(fh) if calls["n"] == 2 else fh

    monkeypatch.setattr(safe_io.os, "fdopen", fdopen)
    code, _, err = run(capsys, "build", folder)
    assert calls["n"] == 2
    assert_user_error(code, err, old_outputs, "disken är full", "Frigör utrymme")
    assert tree(folder) == before


def test_report_open_in_word(folder, old_outputs, capsys, monkeypatch):
    """Windows refuses to replace a file Word has open (PermissionError on os.replace). The
    report before it in the set was already replaced: it gets its old content back."""
    before = tree(folder)
    real_replace = os.replace
    replaced = []

    def replace(src, dst):  # the first move onto the revision workbook fails, as in Windows
        if os.path.basename(dst) == REVISION and not replaced:
            replaced.append(dst)
            raise PermissionError(errno.EACCES, "Permission denied", str(src), None, str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(safe_io.os, "replace", replace)
    code, _, err = run(capsys, "build", folder)
    assert replaced, "the revision workbook was never replaced"
    assert_user_error(code, err, old_outputs / REVISION, "öppen i ett annat program", "Word", "Stäng filen")
    assert tree(folder) == before  # the annual report, replaced first, is OLD again


def test_locked_report_then_success(folder, old_outputs, capsys, monkeypatch):
    """After closing the file in Word the same command writes everything."""
    monkeypatch.setattr(safe_io.os, "replace", _fail_once(os.replace, REPORT))
    assert run(capsys, "build", folder)[0] == cli.EXIT_INPUT
    monkeypatch.undo()
    code, out, _ = run(capsys, "build", folder)
    assert code == cli.EXIT_OK, out
    assert "Samordningsförbundet" in docx_text(old_outputs / REPORT)
    assert (old_outputs / "anteckningar.txt").read_text(encoding="utf-8") == "mina"
    assert sorted(p.name for p in old_outputs.iterdir()) == sorted([REPORT, REVISION, "anteckningar.txt"])


def _fail_once(real, name):
    state = {"done": False}

    def replace(src, dst):
        if not state["done"] and os.path.basename(dst) == name:
            state["done"] = True
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(src, dst)

    return replace


def test_internal_error_after_rendering_started_leaves_ut_as_it_was(folder, old_outputs, capsys, monkeypatch):
    """The annual report rendered, then the revision workbook's renderer crashes: exit 3,
    "Internt fel", ut/ byte for byte as before."""
    before = tree(folder)
    rendered = []
    import finsam.render.arsredovisning as annual
    import finsam.render.revision as revision

    real_render = annual.render

    def render(*args, **kwargs):
        rendered.append(REPORT)
        return real_render(*args, **kwargs)

    def crash(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(annual, "render", render)
    monkeypatch.setattr(revision, "render", crash)
    code, _, err = run(capsys, "build", folder)
    assert rendered == [REPORT]
    assert code == cli.EXIT_INTERNAL and "Internt fel i finsam (RuntimeError)" in err
    assert tree(folder) == before


def test_internal_error_while_moving_into_place(folder, old_outputs, capsys, monkeypatch):
    """A bug (not an OSError) between two replaces: rolled back all the same, exit 3."""
    before = tree(folder)
    real_replace = os.replace
    calls = {"n": 0}

    def replace(src, dst):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("bug")
        return real_replace(src, dst)

    monkeypatch.setattr(safe_io.os, "replace", replace)
    code, _, err = run(capsys, "build", folder)
    assert code == cli.EXIT_INTERNAL and "Internt fel" in err
    assert tree(folder) == before


def test_failed_first_build_leaves_no_ut_folder(folder, capsys, monkeypatch):
    """No ut/ before, a crash while committing: no ut/ after (not even an empty one)."""
    monkeypatch.setattr(safe_io.os, "replace", _fail_once(os.replace, REVISION))
    before = tree(folder)
    code, _, err = run(capsys, "build", folder)
    assert code == cli.EXIT_INPUT, err
    assert not (folder / "ut").exists()
    assert tree(folder) == before


@pytest.mark.parametrize("where", ["temporary folder", "target folder"])
def test_new_is_all_or_nothing_on_a_full_disk(tmp_path, capsys, monkeypatch, where):
    """ENOSPC while the blank workbooks are made (xlsxwriter, in the temporary folder) or
    while the second one is moved into the new folder: no folder, no half set."""
    real_mkstemp = tempfile.mkstemp
    target = tmp_path / "nytt"
    calls = {"n": 0}

    def mkstemp(*args, dir=None, **kwargs):
        in_target = dir is not None and str(dir).startswith(str(target))
        if in_target == (where == "target folder"):
            calls["n"] += 1
            if calls["n"] == 2:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    code, _, err = run(capsys, "new", target)
    assert calls["n"] == 2
    assert code == cli.EXIT_INPUT and "disken är full" in err and "Internt fel" not in err, err
    assert not target.exists()


def test_unreadable_workbook_is_a_user_error(folder, capsys, monkeypatch):
    """A workbook that cannot be opened (no read access, or locked by another program)."""
    from pathlib import Path

    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "insatser.xlsx":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    import builtins

    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if str(file).endswith("insatser.xlsx"):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded_open)
    code, _, err = run(capsys, "check", folder)
    assert code == cli.EXIT_INPUT, err
    assert "Internt fel" not in err and "insatser.xlsx" in err
