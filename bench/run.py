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


class _CachedEnvironment:
    """Made on first use: a plain Jinja environment that compiles each template source once
    per process, as the engine's does (``render.environment``)."""

    env = None

    @classmethod
    def get(cls):
        if cls.env is None:
            from jinja2 import Environment

            from finsam.render.environment import FILTERS

            class Cached(Environment):
                compiled: dict = {}

                def from_string(self, source, globals=None, template_class=None):
                    key = (source, template_class)
                    if key not in self.compiled:
                        self.compiled[key] = super().from_string(source, globals, template_class)
                    return self.compiled[key]

            cls.env = Cached(autoescape=True)
            cls.env.filters.update(FILTERS)
        return cls.env


def floor_a(folder: Path, context: dict) -> tuple[float, float, float]:
    """(read, render cold, render cached) seconds with python-calamine and plain docxtpl.
    Cold: a new Jinja environment, so the template compiles; cached: one environment per
    process that keeps the compiled template (what the engine does from its second
    document on, and on disk across processes)."""
    import io

    import python_calamine
    from docxtpl import DocxTemplate
    from jinja2 import Environment

    from finsam.render.environment import FILTERS

    t0 = time.perf_counter()
    cells = 0
    for path in sorted(folder.glob("*.xlsx")):
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        for sheet in wb.sheet_names:
            for row in wb.get_sheet_by_name(sheet).to_python():
                cells += len(row)
    t1 = time.perf_counter()
    env = Environment(autoescape=True)
    env.filters.update(FILTERS)
    tpl = DocxTemplate(str(ROOT / "templates" / "arsredovisning.docx"))
    tpl.render(context, jinja_env=env, autoescape=True)
    tpl.save(io.BytesIO())
    t2 = time.perf_counter()
    tpl = DocxTemplate(str(ROOT / "templates" / "arsredovisning.docx"))
    tpl.render(context, jinja_env=_CachedEnvironment.get(), autoescape=True)
    tpl.save(io.BytesIO())
    t3 = time.perf_counter()
    return t1 - t0, t2 - t1, t3 - t2


def _annual(folder: Path, keep_raw: bool):
    """(pool, kind, model, related) of the folder's annual report, as ``pipeline.load``."""
    from finsam.kinds import Related, all_workbooks, kind
    from finsam.pipeline import _groups, _later_year
    from finsam.read.folder import scan

    pool = scan(folder, all_workbooks(), keep_raw)
    k = kind("arsredovisning")
    related = Related(pool.books, {}, unresolved=pool.unresolved)
    books = _groups(k, pool.books, _later_year(pool.books), [])[0]
    return pool, k, k.build(books, related), related


def _findings(k, model, related) -> list:
    from finsam.check import constraints

    return list(k.check(model, related)) + constraints.check(model, k.every_workbook)


def engine_phases(folder: Path) -> dict[str, float]:
    from finsam.gcpause import paused_gc
    from finsam.render.safe_io import commit

    t0 = time.perf_counter()
    with paused_gc():
        pool, k, model, related = _annual(folder, True)
    t1 = time.perf_counter()
    with paused_gc():
        findings = _findings(k, model, related)
    t2 = time.perf_counter()
    files = {o.filename(model): o.render(model, findings, False) for o in k.outputs}
    t3 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        commit(Path(tmp), files)
    t4 = time.perf_counter()
    return {"read": t1 - t0, "check": t2 - t1, "render": t3 - t2, "write": t4 - t3}


def context_for(folder: Path) -> dict:
    from finsam.render.arsredovisning import annual_report_context

    _, k, model, related = _annual(folder, False)
    return annual_report_context(model.forbund, model.figures, _findings(k, model, related), False,
                                 previous=model.previous)


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
    code = ("import time, sys; t = time.perf_counter(); import finsam.cli, finsam.pipeline, "
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


def spread(xs: list[float], digits: int = 3) -> str:
    """min / median / max."""
    return " / ".join(f"{x:.{digits}f}" for x in (min(xs), statistics.median(xs), max(xs)))


def ratio_spread(xs: list[float]) -> str:
    return f"{statistics.median(xs):.1f} ({min(xs):.1f}–{max(xs):.1f})"


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"belastning {one:.1f} (1 min), {five:.1f} (5 min)"


def importtime_top(folder: Path, n: int = 12) -> list[tuple[str, int, int]]:
    """(module, own µs, cumulative µs) of ``finsam check folder``'s slowest imports by own time."""
    err = subprocess.run([PY, "-X", "importtime", "-m", "finsam", "check", str(folder)], capture_output=True,
                         text=True, env=ENV).stderr
    rows = []
    for line in err.splitlines():
        if line.startswith("import time:") and "|" in line and "self" not in line:
            own, cum, name = line[len("import time:"):].split("|")
            rows.append((name.strip(), int(own), int(cum)))
    rows.sort(key=lambda r: r[1], reverse=True)
    return rows[:n], sum(r[1] for r in rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--antal", type=int, default=10, help="förbund för mätningen per förbund")
    parser.add_argument("--korningar", type=int, default=5, help="körningar; min/median/max över dem")
    parser.add_argument("--stora", type=int, default=80, help="förbund i den parallella körningen (0: hoppa över)")
    parser.add_argument("--rader", type=int, default=100_000, help="rader i den stora deltagartabellen (0: hoppa över)")
    parser.add_argument("--skriv", action="store_true", help="skriv bench/RESULTS.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finsam-bench-"))
    lines = [f"# Mätresultat {dt.date.today().isoformat()}", "", f"Maskin: {machine()}.",
             "Kommandon körs med Pythons bytekodcache (som hos användare). Maskinen är en delad virtuell "
             f"maskin (delad med andra jobb under mätningen); vid start {load_note()}.", ""]
    try:
        folders = [synth.write_forbund(work / f"f{i:02d}", i) for i in range(1, args.antal + 1)]
        example = work / "sundsvall-2023"
        shutil.copytree(ROOT / "examples" / "sundsvall-2023", example, ignore=shutil.ignore_patterns("ut", "*.md"))
        folders.insert(0, example)
        engine_phases(example)  # warm the template cache, as any second build is
        contexts = {f: context_for(f) for f in folders}
        floor_a(example, contexts[example])
        runs = []  # per run: medians over the folders
        for _ in range(args.korningar):
            fr = [floor_a(f, contexts[f]) for f in folders]
            ph = [engine_phases(f) for f in folders]
            med = statistics.median
            run = {"floor_read": med(r[0] for r in fr), "floor_cold": med(r[1] for r in fr),
                   "floor_cached": med(r[2] for r in fr)}
            run.update({k: med(p[k] for p in ph) for k in ("read", "check", "render", "write")})
            runs.append(run)
        col = lambda key: [r[key] for r in runs]  # noqa: E731
        per_run = lambda fn: [fn(r) for r in runs]  # noqa: E731
        imp, loaded = import_time()
        check_cli = [wall([PY, "-m", "finsam", "check", str(example)])[0] for _ in range(args.korningar)]
        build_cli = [wall([PY, "-m", "finsam", "build", str(example)])[0] for _ in range(args.korningar)]
        start = [wall([PY, "-c", "pass"])[0] for _ in range(args.korningar)]
        lines += [
            f"Per förbund: median över {len(folders)} mappar (exemplet Sundsvall 2023 och {args.antal} syntetiska "
            f"med 5–40 insatser och 1–10 medlemmar); {args.korningar} körningar, min / median / max över "
            "körningarna. Golv A: python-calamine läser samma arbetsböcker, vanlig docxtpl (utan sandlåda, "
            "utan kontroller, utan diagram) renderar samma mall. Golvet *kall* kompilerar mallen varje gång "
            "(en ny Jinja-miljö); golvet *cachad* behåller den kompilerade mallen i processen, som motorn gör. "
            "Kvoterna räknas mot det cachade golvet, inom samma körning (median, och min–max).",
            "", "| Mätning | Sekunder (min / median / max) | Mot golv A (cachad) |", "| --- | ---: | ---: |",
            f"| Golv A: läsning (calamine) | {spread(col('floor_read'))} | 1,0 |",
            f"| Golv A: rendering, kall (mallen kompileras) | {spread(col('floor_cold'))} | "
            f"{ratio_spread(per_run(lambda r: r['floor_cold'] / r['floor_cached']))} |",
            f"| Golv A: rendering, cachad (realistiskt golv) | {spread(col('floor_cached'))} | 1,0 |",
            f"| Golv A: totalt, cachad | {spread(per_run(lambda r: r['floor_read'] + r['floor_cached']))} | 1,0 |",
            f"| Motorn: läsning + modell | {spread(col('read'))} | "
            f"{ratio_spread(per_run(lambda r: r['read'] / r['floor_read']))} × läsning |",
            f"| Motorn: kontroller | {spread(col('check'))} | – |",
            f"| Motorn: läsning + kontroller | {spread(per_run(lambda r: r['read'] + r['check']))} | "
            f"{ratio_spread(per_run(lambda r: (r['read'] + r['check']) / r['floor_read']))} × läsning |",
            f"| Motorn: rendering (årsredovisning + revisionsunderlag) | {spread(col('render'))} | "
            f"{ratio_spread(per_run(lambda r: r['render'] / r['floor_cached']))} × rendering |",
            f"| Motorn: skrivning (atomisk, fsync) | {spread(col('write'))} | – |",
            f"| Motorn: import (finsam.cli, modell, kontroller; bästa av 5) | {fmt(imp)} | – |",
            f"| `python -c pass` (tolkens start) | {spread(start)} | – |",
            f"| `finsam check` exemplet, hela kommandot | {spread(check_cli)} | mål ≤ 0,12 s |",
            f"| `finsam build` exemplet, hela kommandot | {spread(build_cli)} | – |",
            "",
            f"`finsam check` laddar inga dokumentbibliotek: {', '.join(loaded) or 'inga av docx, docxtpl, xlsxwriter, pandas, openpyxl, lxml'}.",
            "",
        ]
        top, total_us = importtime_top(example)
        lines += [f"`python -X importtime -m finsam check` exemplet: {total_us / 1000:.0f} ms import sammanlagt; "
                  "de största posterna efter egen tid:", "", "| Modul | Egen ms | Sammanlagd ms |",
                  "| --- | ---: | ---: |"]
        lines += [f"| `{name}` | {own / 1000:.1f} | {cum / 1000:.1f} |" for name, own, cum in top]
        lines += ["", f"Efter mätningen per förbund: {load_note()}.", ""]
        if args.stora:
            many = [synth.write_forbund(work / "many" / f"m{i:02d}", 100 + i) for i in range(args.stora)]
            env = dict(ENV, SOURCE_DATE_EPOCH="1711065600")
            par, _ = wall([PY, "-m", "finsam", "build", *map(str, many), "--jobb", str(os.cpu_count() or 2)], env)
            digests_par = {p: p.read_bytes() for m in many for p in (m / "ut").iterdir()}
            seq, _ = wall([PY, "-m", "finsam", "build", *map(str, many), "--jobb", "1"], env)
            same = digests_par == {p: p.read_bytes() for m in many for p in (m / "ut").iterdir()}
            lines += ["| Många förbund | Sekunder | Anmärkning |", "| --- | ---: | --- |",
                      f"| {args.stora} förbund, `finsam build … --jobb {os.cpu_count()}` | {fmt(par)} | mål < 30 s |",
                      f"| {args.stora} förbund, sekventiellt (`--jobb 1`) | {fmt(seq)} | "
                      f"{seq / par:.1f} × parallellt; utdata {'identiska' if same else 'SKILJER SIG'} byte för byte |",
                      ""]
        if args.rader:
            lines += big_table(work, args.rader, folders[1])
            lines.append(f"Efter de stora tabellerna: {load_note()}.")
            lines.append("")
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
        # the generated part ends at the first section of its own (## …): those are kept
        history = old[old.index("\n## "):] if "\n## " in old else ""
        results.write_text(text + "\n" + history, encoding="utf-8")


def big_table(work: Path, rows: int, usual: Path) -> list[str]:
    """``finsam check`` and ``finsam build`` of one förbund whose deltagare.xlsx has ``rows``
    rows (and insatser.xlsx as many insatser): time and peak memory of the process tree."""
    from finsam.read import read_workbook
    from finsam.schema.insatser import DELTAGARE_WB, INSATSER_WB

    big = synth.write_forbund(work / "big", 7, deltagare_rader=rows)
    size = (big / "deltagare.xlsx").stat().st_size / 2**20
    t = time.perf_counter()
    read_workbook(big / "deltagare.xlsx", DELTAGARE_WB, [])
    read_deltagare = time.perf_counter() - t
    t = time.perf_counter()
    read_workbook(big / "insatser.xlsx", INSATSER_WB, [])
    read_insatser = time.perf_counter() - t
    runs = [tree_peak([PY, "-m", "finsam", "check", str(big), "--json"]) for _ in range(3)]
    code = subprocess.run([PY, "-m", "finsam", "check", str(big)], capture_output=True, env=ENV).returncode
    outcome = "vägras av mappens cellbudget, exit 2" if code == 2 else f"exit {code}"
    out = ["| Stor deltagartabell | Sekunder | Toppminne |", "| --- | ---: | ---: |",
           f"| {rows} rader i deltagare.xlsx ({size:.0f} MB) och lika många insatser i insatser.xlsx, "
           f"`finsam check` ({outcome}; min / median / max av 3) | {spread([r[0] for r in runs])} | "
           f"{max(r[1] for r in runs) / 1024:.0f} MB |",
           f"| varav läsning av deltagare.xlsx ({rows} rader × 10 kolumner) | {fmt(read_deltagare)} | – |",
           f"| varav läsning av insatser.xlsx ({rows} rader × 7 kolumner) | {fmt(read_insatser)} | – |"]
    failing = work / "big-fel"
    failing.mkdir()
    for name in ("ekonomi.xlsx", "deltagare.xlsx", "texter.xlsx"):
        shutil.copyfile(big / name, failing / name)
    shutil.copyfile(usual / "insatser.xlsx", failing / "insatser.xlsx")
    fail_s, fail_kb = tree_peak([PY, "-m", "finsam", "check", str(failing), "--json"])
    text = subprocess.run([PY, "-m", "finsam", "check", str(failing), "--json"], capture_output=True,
                          text=True, env=ENV).stdout
    fel = json.loads(text)["summary"]["errors"]
    out.append(f"| samma deltagare mot en insatsbok av vanlig storlek: {fel} fel, `finsam check --json` "
               f"({len(text.encode()) / 2**20:.0f} MB) | {fmt(fail_s)} | {fail_kb / 1024:.0f} MB |")
    build_s, build_kb = tree_peak([PY, "-m", "finsam", "build", str(big)])
    made = sorted((big / "ut").glob("*")) if (big / "ut").is_dir() else []
    sizes = ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f} MB" for p in made) or "inget skrevs"
    out.append(f"| samma mapp, `finsam build` (en körning; {sizes}) | {fmt(build_s)} | {build_kb / 1024:.0f} MB |")
    out.append("")
    return out


if __name__ == "__main__":
    main()
