"""Reader against python-calamine, per cell (issue 19.2).

    .venv/bin/python bench/reader.py [--korningar 5] [--rader 100000]

For the example (Sundsvall 2023), a synthetic förbund with 40 insatser and one deltagare
table of ``--rader`` rows: python-calamine reading every cell of the same workbooks, and
finsam's read (defensive scans, typing, model) and checks. min / median / max over the
runs, each ratio within one run. Then where finsam's time goes (cProfile, own time, by
module) for the 40-insats folder.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402


def calamine(folder: Path) -> tuple[float, int]:
    import python_calamine

    t = time.perf_counter()
    cells = 0
    for path in sorted(folder.glob("*.xlsx")):
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        for sheet in wb.sheet_names:
            for row in wb.get_sheet_by_name(sheet).to_python():
                cells += sum(1 for v in row if v != "")
    return time.perf_counter() - t, cells


def engine(folder: Path) -> tuple[float, float]:
    """(read + model, checks) seconds, as ``finsam check`` does them."""
    from finsam.check import constraints
    from finsam.gcpause import paused_gc
    from finsam.kinds import Related, all_workbooks, kind
    from finsam.pipeline import _groups, _later_year
    from finsam.read.folder import scan

    import finsam.read.folder as folder_module

    # 100 000 rows in both tables are 1,45 million cells, over the folder's cell budget
    # (read.xlsx.MAX_FOLDER_CELLS, which ``finsam check`` enforces): lifted here, in this
    # process only, so that the reader itself is measured.
    folder_module.MAX_FOLDER_CELLS = 10 ** 8
    k = kind("arsredovisning")
    with paused_gc():
        t0 = time.perf_counter()
        pool = scan(folder, all_workbooks())
        related = Related(pool.books, {}, unresolved=pool.unresolved)
        model = k.build(_groups(k, pool.books, _later_year(pool.books), [])[0], related)
        t1 = time.perf_counter()
        list(k.check(model, related)) + constraints.check(model, k.every_workbook)
        t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def spread(xs, f="{:.4f}") -> str:
    return " / ".join(f.format(x) for x in (min(xs), statistics.median(xs), max(xs)))


def by_module(folder: Path, top: int = 10) -> list[tuple[str, float, float]]:
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(5):
        engine(folder)
    prof.disable()
    groups: dict[str, float] = {}
    total = 0.0
    for (file, _, func), (_, _, tt, _, _) in pstats.Stats(prof).stats.items():
        total += tt
        if file == "~":
            name = "C: " + func.strip("<>").replace("method ", "").replace("built-in ", "")
        elif "/finsam/" in file:
            name = "finsam." + file.split("/finsam/", 1)[1].removesuffix(".py").replace("/", ".")
        else:
            name = Path(file).parent.name + "/" + Path(file).name
        groups[name] = groups.get(name, 0.0) + tt
    rows = sorted(groups.items(), key=lambda kv: kv[1], reverse=True)[:top]
    return [(name, sec / 5, sec / total) for name, sec in rows]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--korningar", type=int, default=5)
    parser.add_argument("--rader", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finsam-reader-"))
    try:
        example = work / "sundsvall-2023"
        shutil.copytree(ROOT / "examples" / "sundsvall-2023", example, ignore=shutil.ignore_patterns("ut", "*.md"))
        seed = next(s for s in range(1, 500) if synth.forbund_data(s)["insatser.xlsx"]["insatser"].__len__() == 40)
        forty = synth.write_forbund(work / "forty", seed)
        folders = [("Exemplet Sundsvall 2023", example), ("Syntetiskt förbund, 40 insatser", forty)]
        if args.rader:
            big = synth.write_forbund(work / "big", 7, deltagare_rader=args.rader)
            only = work / "rows"
            shutil.copytree(forty, only)
            shutil.copyfile(big / "deltagare.xlsx", only / "deltagare.xlsx")
            shutil.copyfile(big / "insatser.xlsx", only / "insatser.xlsx")
            folders.append((f"{args.rader} rader i deltagare.xlsx och insatser.xlsx", only))
        print(f"Belastning vid start: {os.getloadavg()[0]:.1f}\n")
        print("| Mapp | Ifyllda celler | calamine s | finsam läsning + modell s | finsam kontroller s | "
              "läsning + kontroller mot calamine | µs per cell (finsam / calamine) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for title, folder in folders:
            engine(folder)
            calamine(folder)
            runs = []
            for _ in range(args.korningar if "rader" not in title else min(args.korningar, 3)):
                c, cells = calamine(folder)
                r, k = engine(folder)
                runs.append((c, r, k))
            ratios = [(r + k) / c for c, r, k in runs]
            c_med = statistics.median(x[0] for x in runs)
            e_med = statistics.median(x[1] + x[2] for x in runs)
            print(f"| {title} | {cells} | {spread([x[0] for x in runs])} | {spread([x[1] for x in runs])} | "
                  f"{spread([x[2] for x in runs])} | {statistics.median(ratios):.1f} ({min(ratios):.1f}–"
                  f"{max(ratios):.1f}) | {e_med / cells * 1e6:.1f} / {c_med / cells * 1e6:.2f} |")
        print(f"\nBelastning efter: {os.getloadavg()[0]:.1f}\n")
        print("Var finsams tid går (40 insatser; cProfile egen tid per modul, medel av 5 körningar):\n")
        print("| Modul eller C-funktion | ms | Andel |")
        print("| --- | ---: | ---: |")
        for name, sec, share in by_module(forty):
            print(f"| `{name}` | {sec * 1000:.1f} | {share * 100:.0f} % |")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
