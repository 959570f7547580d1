"""Hostile and broken inputs (issue 6): one parametrised test over tests/hostile/corpus.py.

Each case is generated into tmp_path, then ``python -m finsam build DIR`` runs in a
child process. For every case: the expected exit code, no traceback, the inputs are
byte-identical afterwards, no temp files are left, nothing is written to DIR/ut unless the
build succeeded, the child stays under 500 MB peak RSS (measured per child with wait4)
and 5 s wall time. Exit 2 must name workbook, sheet and cell in Swedish; exit 1 must list
the finding code at its cell in ``check --json``; exit 0 must render the text as typed.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape as xml_escape
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from hostile.corpus import CASES, Case, build_case, base_dir  # noqa: E402

from finsam.errors import Location  # noqa: E402

MAX_RSS_KB = 500 * 1024
REPORT = "årsredovisning-2023.docx"

# The child's own peak RSS. os.wait4's ru_maxrss is not enough on Linux: a child inherits
# its parent's high-water mark through fork/exec, so it is max(pytest, child), a sound
# but loose upper bound. VmHWM of the exec'd process is exact, so a sitecustomize on the
# child's PYTHONPATH writes it to a file at exit; wait4 stays the fallback.
_HWM_HOOK = """\
import atexit, os
_path = os.environ.get("FINSAM_TEST_HWM_FILE")
if _path:
    def _report_hwm(path=_path):
        try:
            with open("/proc/self/status") as fh:
                kb = next(line.split()[1] for line in fh if line.startswith("VmHWM:"))
            with open(path, "w") as out:
                out.write(kb)
        except (OSError, StopIteration):
            pass
    atexit.register(_report_hwm)
"""


@functools.lru_cache(maxsize=None)
def _hook_dir() -> str:
    folder = Path(tempfile.mkdtemp(prefix="finsam-hostile-hook-"))
    (folder / "sitecustomize.py").write_text(_HWM_HOOK, encoding="utf-8")
    return str(folder)


@dataclass
class Run:
    rc: int
    stdout: str
    stderr: str
    maxrss_kb: int        # the child's own peak (VmHWM), else the wait4 upper bound
    seconds: float
    exact_rss: bool = False

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_cli(*args: str, timeout: float = 60) -> Run:
    """Run the CLI in a child and measure that child alone (os.wait4 gives its rusage)."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (_hook_dir(), env.get("PYTHONPATH"))))
    env.pop("FINSAM_DEBUG", None)
    hwm_fd, hwm_file = tempfile.mkstemp(prefix="finsam-hwm-")
    os.close(hwm_fd)
    os.unlink(hwm_file)
    env["FINSAM_TEST_HWM_FILE"] = hwm_file
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "finsam", *map(str, args)],
                                stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=REPO, env=env)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.monotonic() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        rss, exact = usage.ru_maxrss, False
        try:
            rss, exact = int(Path(hwm_file).read_text()), True
            os.unlink(hwm_file)
        except (OSError, ValueError):
            pass
        return Run(proc.returncode, out.read().decode("utf-8", "replace"),
                   err.read().decode("utf-8", "replace"), rss, seconds, exact)


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.relative_to(folder).parts[0] != "ut"}


def docx_text(path: Path) -> str:
    """Every paragraph of a docx (body, tables, nested tables, headers, footers), one a line."""
    from docx import Document

    doc = Document(str(path))
    lines: list[str] = []

    def blocks(container):
        for p in container.paragraphs:
            lines.append(p.text)
        for table in getattr(container, "tables", ()):
            for row in table.rows:
                for cell in row.cells:
                    blocks(cell)

    blocks(doc)
    for section in doc.sections:
        blocks(section.header)
        blocks(section.footer)
    return "\n".join(lines)


def xlsx_parts(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist()
                       if n.startswith("xl/worksheets/") or n == "xl/sharedStrings.xml")


@functools.lru_cache(maxsize=None)
def base_report_text() -> str:
    folder = Path(tempfile.mkdtemp(prefix="finsam-hostile-ref-"))
    for p in base_dir().iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    run = run_cli("build", folder)
    assert run.rc == 0, run.output
    return docx_text(folder / "ut" / REPORT)


def test_corpus_is_large_enough():
    names = [c.name for c in CASES]
    assert len(names) >= 30
    assert len(set(names)) == len(names)
    assert {c.exit for c in CASES} == {0, 1, 2}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path):
    folder = build_case(case.name, tmp_path / "förbund")
    before = snapshot(folder)

    run = run_cli("build", folder)
    out = run.output
    print(f"{case.name}: exit {run.rc}, {run.seconds:.2f} s, peak RSS {run.maxrss_kb / 1024:.0f} MB"
          + ("" if run.exact_rss else " (wait4 upper bound)"))

    assert "Traceback" not in out, out
    assert "Internt fel" not in out, out
    assert run.rc == case.exit, f"exit {run.rc}, expected {case.exit}:\n{out}"
    assert run.seconds < case.max_seconds, f"{run.seconds:.1f} s"
    assert run.maxrss_kb < MAX_RSS_KB, f"peak RSS {run.maxrss_kb / 1024:.0f} MB"

    # Inputs untouched, no temp files, nothing half-written.
    assert snapshot(folder) == before
    assert not [p for p in folder.rglob(".*.tmp")], list(folder.rglob("*"))
    assert not [p for p in folder.rglob("*.tmp")]
    ut = folder / "ut"
    if case.exit != 0:
        assert not ut.exists() or not any(ut.iterdir()), list(ut.iterdir())

    for text in case.must_contain:
        assert text in out, f"{text!r} missing in:\n{out}"
    for text in case.must_not_contain:
        assert text not in out, f"{text!r} leaked in:\n{out}"

    if case.exit == 2:
        err = run.stderr
        assert case.workbook and case.workbook in err, err
        assert "Förväntat" in err and "Hittat" in err, err
        assert "Inget har skrivits" in err
        if case.sheet:
            assert f"{case.workbook}, blad {case.sheet}" in err, err
        for cell in case.cells:
            assert f"Plats:     {Location(case.workbook, case.sheet, cell)}" in err, err
        if case.must_not_contain:  # the JSON route must not leak either
            js = run_cli("check", "--json", folder)
            assert js.rc == 2, js.output
            payload = json.loads(js.stdout)
            assert payload["input_errors"] and payload["exit_code"] == 2
            for text in case.must_not_contain:
                assert text not in js.output, f"{text!r} leaked in check --json"

    elif case.exit == 1:
        assert case.code and case.code in run.stdout, run.stdout
        js = run_cli("check", "--json", folder)
        assert js.rc == 1, js.output
        assert "Traceback" not in js.output
        findings = json.loads(js.stdout)["findings"]
        hits = [f for f in findings if f["code"] == case.code]
        assert hits, [f["code"] for f in findings]
        for cell in case.cells:
            assert any(f["cell"] == cell and f["workbook"] == case.workbook
                       and f["sheet"] == case.sheet and f["severity"] == "fel" for f in hits), hits

    else:
        report = ut / REPORT
        assert report.is_file(), out
        assert not [p.name for p in ut.iterdir() if p.name.startswith(".")]
        text = docx_text(report)
        for expected in case.docx_contains:
            assert expected in text, f"{expected[:80]!r} not in the report"
        for unexpected in case.docx_not_contains:
            assert unexpected not in text, f"{unexpected!r} in the report"
        if case.same_as_base:
            assert text == base_report_text()
        for workbook in ut.glob("*.xlsx"):  # e.g. the auditor's copy of the inputs
            parts = xlsx_parts(workbook)
            formulas = "".join(re.findall(r"<f>(.*?)</f>", parts, re.S))
            for expected in case.xlsx_text:
                escaped = xml_escape(expected)
                assert escaped in parts, f"{expected!r} not stored in {workbook.name}"
                assert escaped not in formulas, f"{expected!r} became a formula in {workbook.name}"
