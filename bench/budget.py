"""The folder cell budget (read.xlsx.MAX_FOLDER_CELLS) against time and memory:
``finsam check --json`` of a folder whose deltagare.xlsx and insatser.xlsx have N rows each,
once with valid data (every deltagare row names an insats) and once with every row a finding
(the deltagare rows name insatser of another förbund), for each N given.

    .venv/bin/python bench/budget.py [--rader 82000 100000] [--korningar 3]

Prints a Markdown table for bench/RESULTS.md: cells, exit code, seconds (min / median / max)
and the peak memory of the whole process tree.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402
from run import ENV, PY, load_note, tree_peak  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rader", type=int, nargs="+", default=[82_000, 100_000])
    parser.add_argument("--korningar", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="finsam-budget-"))
    lines = [f"Vid start: {load_note()}.", "",
             "| Mapp | Kod | Sekunder (min / median / max) | Toppminne |", "| --- | ---: | ---: | ---: |"]
    try:
        for rows in args.rader:
            valid = synth.write_forbund(work / f"giltig-{rows}", 7, deltagare_rader=rows)
            other = synth.write_forbund(work / f"annan-{rows}", 8, deltagare_rader=rows)
            failing = work / f"fel-{rows}"
            failing.mkdir()
            for name in ("ekonomi.xlsx", "insatser.xlsx", "texter.xlsx"):
                shutil.copyfile(valid / name, failing / name)
            shutil.copyfile(other / "deltagare.xlsx", failing / "deltagare.xlsx")
            for label, folder in ((f"{rows} + {rows} rader, giltiga", valid),
                                  (f"{rows} + {rows} rader, varje deltagarrad ett fynd", failing)):
                runs = [tree_peak([PY, "-m", "finsam", "check", str(folder), "--json"])
                        for _ in range(args.korningar)]
                code = subprocess.run([PY, "-m", "finsam", "check", str(folder)], capture_output=True,
                                      env=ENV).returncode
                secs = sorted(r[0] for r in runs)
                lines.append(f"| {label} | {code} | {secs[0]:.2f} / {statistics.median(secs):.2f} / {secs[-1]:.2f} "
                             f"| {max(r[1] for r in runs) / 1024:.0f} MB |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines += ["", f"Efter: {load_note()}."]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
