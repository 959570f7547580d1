"""Benchmarks against a floor measured in the same run on the same files.

    .venv/bin/python bench/run.py [--antal 10] [--stora 80] [--rader 100000] [--skriv]

Floor A: read the same workbooks with python-calamine (the fastest reader on PyPI)
and render the same template with plain docxtpl (default Jinja, no sandbox, no
checks). The engine: `finsam check` and `finsam build` per förbund, split into
import, read, check, render and write. Every figure is printed with its ratio to the
floor; --skriv writes bench/RESULTS.md. Speed targets live here, never in unit tests.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

PY = sys.executable
# Measure as users run it: with Python's bytecode cache. (This sandbox sets
# PYTHONDONTWRITEBYTECODE=1, which makes every start recompile every imported module.)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} kärnor ({cpu}), "
            f"Python {platform.python_version()}")


def floor_a(folder: Path, context: dict) -> tuple[float, float]:
    """(read seconds, render seconds) with python-calamine and plain docxtpl."""
    import python_calamine
    from docxtpl import DocxTemplate
    from jinja2 import Environment

    t0 = time.perf_counter()
    cells = 0
    for name in ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx"):
        wb = python_calamine.CalamineWorkbook.from_path(str(folder / name))
        for sheet in wb.sheet_names:
            for row in wb.get_sheet_by_name(sheet).to_python():
                cells += len(row)
    t1 = time.perf_counter()
    from finsam.render.environment import FILTERS

    env = Environment(autoescape=True)
    env.filters.update(FILTERS)
    tpl = DocxTemplate(str(ROOT / "templates" / "arsredovisning.docx"))
    tpl.render(context, jinja_env=env, autoescape=True)
    import io
    tpl.save(io.BytesIO())
    t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def engine_phases(folder: Path) -> dict[str, float]:
    from finsam.check import run_checks
    from finsam.model.documents import load_documents
    from finsam.model.figures import compute
    from finsam.render import annual_report
    from finsam.render.revision import revision_workbook
    from finsam.render.safe_io import write_atomic

    t0 = time.perf_counter()
    docs = load_documents(folder, keep_raw=True)
    t1 = time.perf_counter()
    fig = compute(docs.forbund)
    results = run_checks(docs.forbund, fig)
    t2 = time.perf_counter()
    docx = annual_report(docs.forbund, fig, results)
    xlsx = revision_workbook(docs.annual_books, docs.forbund, fig, results)
    t3 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        write_atomic(Path(tmp) / "a.docx", docx)
        write_atomic(Path(tmp) / "r.xlsx", xlsx)
    t4 = time.perf_counter()
    return {"read": t1 - t0, "check": t2 - t1, "render": t3 - t2, "write": t4 - t3}


def context_for(folder: Path) -> dict:
    from finsam.check import run_checks
    from finsam.model.build import load
    from finsam.model.figures import compute
    from finsam.render.context import annual_report_context

    f = load(folder)
    fig = compute(f)
    return annual_report_context(f, fig, run_checks(f, fig), False)


def wall(cmd: list[str], env=None) -> tuple[float, int]:
    """(seconds, peak KB of the child) for one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env or ENV)
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(after, before)


def _rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` and its descendants, in KB (0 once gone)."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += _rss_kb(int(child))
    except (OSError, ValueError):
        pass
    return total


def tree_peak(cmd: list[str]) -> tuple[float, int]:
    """(seconds, peak KB summed over the command's process tree)."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _rss_kb(proc.pid))
        time.sleep(0.05)
    return time.perf_counter() - t, peak


def import_time() -> tuple[float, list[str]]:
    code = ("import time, sys; t = time.perf_counter(); import finsam.cli, finsam.model.documents, "
            "finsam.check; print(time.perf_counter() - t); "
            "print(','.join(m for m in ('docx', 'docxtpl', 'xlsxwriter', 'pandas', 'openpyxl', 'lxml') "
            "if m in sys.modules))")
    runs = []
    for _ in range(5):
        out = subprocess.run([PY, "-c", code], capture_output=True, text=True, cwd=ROOT, env=ENV).stdout.split("\n")
        runs.append(float(out[0]))
        loaded = [m for m in out[1].split(",") if m]
    return min(runs), loaded


def profile_build(folder: Path) -> list[tuple[str, float]]:
    import cProfile
    import pstats

    from finsam.cli import main

    out = Path(tempfile.mkdtemp())
    prof = cProfile.Profile()
    prof.enable()
    main(["build", str(folder), "--ut", str(out)])
    prof.disable()
    shutil.rmtree(out, ignore_errors=True)
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_, _, tt, _, _) in stats.stats.items():
        if file == "~":  # a C function or method
            rows.append((func.strip("<>").replace("method ", "").replace("built-in ", "") + " (C)", tt))
        else:
            rows.append((f"{Path(file).parent.name}/{Path(file).name}:{line} {func}", tt))
    rows.sort(key=lambda r: r[1], reverse=True)
    return rows[:5]


def fmt(s: float) -> str:
    return f"{s:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--antal", type=int, default=10, help="förbund för mätningen per förbund")
    parser.add_argument("--stora", type=int, default=80, help="förbund i den parallella körningen")
    parser.add_argument("--rader", type=int, default=100_000, help="rader i den stora deltagartabellen")
    parser.add_argument("--skriv", action="store_true", help="skriv bench/RESULTS.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finsam-bench-"))
    lines = [f"# Mätresultat {dt.date.today().isoformat()}", "", f"Maskin: {machine()}.",
             "Kommandon körs med Pythons bytekodcache (som hos användare). Maskinen är en delad virtuell "
             "maskin; upprepade körningar varierar med upp till ±30 %.", ""]
    try:
        folders = [synth.write_forbund(work / f"f{i:02d}", i) for i in range(1, args.antal + 1)]
        example = work / "sundsvall-2023"
        shutil.copytree(ROOT / "examples" / "sundsvall-2023", example, ignore=shutil.ignore_patterns("ut", "*.md"))
        folders.insert(0, example)
        engine_phases(example)  # warm the template cache, as any second build is
        rows = []
        for folder in folders:
            ctx = context_for(folder)
            fr = min((floor_a(folder, ctx) for _ in range(3)), key=sum)
            ph = min((engine_phases(folder) for _ in range(3)), key=lambda p: sum(p.values()))
            rows.append((folder.name, fr, ph))
        med = lambda xs: statistics.median(xs)  # noqa: E731
        floor_read = med([r[1][0] for r in rows])
        floor_render = med([r[1][1] for r in rows])
        phases = {k: med([r[2][k] for r in rows]) for k in ("read", "check", "render", "write")}
        imp, loaded = import_time()
        check_cli = min(wall([PY, "-m", "finsam", "check", str(example)])[0] for _ in range(3))
        build_cli = min(wall([PY, "-m", "finsam", "build", str(example)])[0] for _ in range(3))
        start = min(wall([PY, "-c", "pass"])[0] for _ in range(3))
        lines += [
            f"Per förbund: median över {len(rows)} mappar (exemplet Sundsvall 2023 och {args.antal} syntetiska "
            "med 5–40 insatser och 1–10 medlemmar), bästa av tre körningar. Golv A: python-calamine läser "
            "samma arbetsböcker, vanlig docxtpl renderar samma mall utan sandlåda och utan kontroller.",
            "", "| Mätning | Sekunder | Mot golv A |", "| --- | ---: | ---: |",
            f"| Golv A: läsning (calamine) | {fmt(floor_read)} | 1,0 |",
            f"| Golv A: rendering (docxtpl) | {fmt(floor_render)} | 1,0 |",
            f"| Golv A: totalt | {fmt(floor_read + floor_render)} | 1,0 |",
            f"| Motorn: import (engine.cli, modell, kontroller) | {fmt(imp)} | – |",
            f"| Motorn: läsning + modell | {fmt(phases['read'])} | {phases['read'] / floor_read:.1f} × läsning |",
            f"| Motorn: kontroller | {fmt(phases['check'])} | – |",
            f"| Motorn: läsning + kontroller | {fmt(phases['read'] + phases['check'])} | "
            f"{(phases['read'] + phases['check']) / floor_read:.1f} × läsning, "
            f"{(phases['read'] + phases['check']) / (floor_read + floor_render):.2f} × golv A |",
            f"| Motorn: rendering (årsredovisning + revisionsunderlag) | {fmt(phases['render'])} | "
            f"{phases['render'] / floor_render:.1f} × rendering |",
            f"| Motorn: skrivning (atomisk, fsync) | {fmt(phases['write'])} | – |",
            f"| `python -c pass` (tolkens start) | {fmt(start)} | – |",
            f"| `finsam check` exemplet, hela kommandot | {fmt(check_cli)} | – |",
            f"| `finsam build` exemplet, hela kommandot | {fmt(build_cli)} | – |",
            f"| `finsam build` utöver start och import | {fmt(build_cli - start - imp)} | mål < 1 s |",
            "",
            f"`finsam check` laddar inga dokumentbibliotek: {', '.join(loaded) or 'inga av docx, docxtpl, xlsxwriter, pandas, openpyxl, lxml'}.",
            "",
        ]
        # Many förbund: process pool against sequential.
        many = [synth.write_forbund(work / "many" / f"m{i:02d}", 100 + i) for i in range(args.stora)]
        env = dict(ENV, SOURCE_DATE_EPOCH="1711065600")
        par, _ = wall([PY, "-m", "finsam", "build", *map(str, many), "--jobb", str(os.cpu_count() or 2)], env)
        digests_par = {p: p.read_bytes() for m in many for p in (m / "ut").iterdir()}
        seq, _ = wall([PY, "-m", "finsam", "build", *map(str, many), "--jobb", "1"], env)
        same = digests_par == {p: p.read_bytes() for m in many for p in (m / "ut").iterdir()}
        lines += ["| Många förbund | Sekunder | Anmärkning |", "| --- | ---: | --- |",
                  f"| {args.stora} förbund, `finsam build … --jobb {os.cpu_count()}` | {fmt(par)} | mål < 30 s |",
                  f"| {args.stora} förbund, sekventiellt (`--jobb 1`) | {fmt(seq)} | "
                  f"{seq / par:.1f} × parallellt; utdata {'identiska' if same else 'SKILJER SIG'} byte för byte |", ""]
        # One big participant table.
        big = synth.write_forbund(work / "big", 7, deltagare_rader=args.rader)
        from finsam.read import read_workbook
        from finsam.schema import DELTAGARE_WB, INSATSER_WB

        t = time.perf_counter()
        read_workbook(big / "deltagare.xlsx", DELTAGARE_WB, [])
        read_deltagare = time.perf_counter() - t
        t = time.perf_counter()
        read_workbook(big / "insatser.xlsx", INSATSER_WB, [])
        read_insatser = time.perf_counter() - t
        # Best of three for the time; for memory the highest sum over the process and its
        # worker (the big workbooks are read two at a time), sampled every 50 ms.
        runs = [tree_peak([PY, "-m", "finsam", "check", str(big), "--json"]) for _ in range(3)]
        seconds = min(r[0] for r in runs)
        peak_kb = max(r[1] for r in runs)
        lines += ["| Stor deltagartabell | Sekunder | Toppminne |", "| --- | ---: | ---: |",
                  f"| {args.rader} rader i deltagare.xlsx (och lika många insatser i insatser.xlsx), "
                  f"`finsam check` | {fmt(seconds)} | {peak_kb / 1024:.0f} MB |",
                  f"| varav läsning av deltagare.xlsx ({args.rader} rader × 10 kolumner) | {fmt(read_deltagare)} | – |",
                  f"| varav läsning av insatser.xlsx ({args.rader} rader × 7 kolumner) | {fmt(read_insatser)} | – |",
                  ""]
        # The same participants against an insatser.xlsx of a usual size: every row a finding.
        failing = work / "big-fel"
        failing.mkdir()
        for name in ("ekonomi.xlsx", "deltagare.xlsx", "texter.xlsx"):
            shutil.copyfile(big / name, failing / name)
        shutil.copyfile(folders[1] / "insatser.xlsx", failing / "insatser.xlsx")
        fail_s, fail_kb = tree_peak([PY, "-m", "finsam", "check", str(failing), "--json"])
        out = subprocess.run([PY, "-m", "finsam", "check", str(failing), "--json"], capture_output=True,
                             text=True, env=ENV).stdout
        fel = json.loads(out)["fel"]
        lines[-1:] = [f"| samma deltagare mot en insatsbok av vanlig storlek: {fel} fel, `finsam check --json` "
                      f"({len(out.encode()) / 2**20:.0f} MB) | {fmt(fail_s)} | {fail_kb / 1024:.0f} MB |", ""]
        # No target, but a förbund may try: the annual report then lists every insats.
        build_s, build_kb = tree_peak([PY, "-m", "finsam", "build", str(big)])
        docx_mb = sum(p.stat().st_size for p in (big / "ut").glob("*.docx")) / 2**20
        lines[-1:] = [f"| samma mapp, `finsam build` (en körning; årsredovisningen listar alla "
                      f"{args.rader} insatser, {docx_mb:.0f} MB docx) | {fmt(build_s)} | {build_kb / 1024:.0f} MB |",
                      ""]
        top = profile_build(example)
        lines += ["Profil av ett `finsam build` av exemplet (cProfile, egen tid), de fem största posterna:", "",
                  "| Funktion | Sekunder |", "| --- | ---: |"]
        lines += [f"| `{name}` | {fmt(sec)} |" for name, sec in top]
        lines.append("")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = "\n".join(lines)
    print(text)
    if args.skriv:
        results = ROOT / "bench" / "RESULTS.md"
        old = results.read_text(encoding="utf-8") if results.exists() else ""
        history = old[old.index("\n## Historik"):] if "\n## Historik" in old else ""
        results.write_text(text + "\n" + history, encoding="utf-8")


if __name__ == "__main__":
    main()
