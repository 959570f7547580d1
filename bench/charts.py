"""What the annual report's charts cost: rendering the example's annual report with its
charts (six in the report, thirteen in the NNS bilaga) against the same context without
them, in one process (templates compiled), and ``finsam build`` of the example as a whole
command with and without nns.xlsx.

    .venv/bin/python bench/charts.py [--runs 15]

Medians over the runs; the machine is shared, so repeated runs vary.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "sundsvall-2023"


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    from finsam.pipeline import load
    from finsam.render.arsredovisning import annual_report_context, render
    from finsam.render.docx import render_docx

    doc = next(d for d in load(EXAMPLE).documents if d.kind.key == "arsredovisning")
    model = doc.model

    def with_charts():
        return render(model, doc.findings)

    def without_charts():
        context = annual_report_context(model.forbund, model.figures, doc.findings, False, previous=model.previous)
        return render_docx("arsredovisning.docx", context)

    with_charts(), without_charts()  # compile the template once, as a long-running process has
    rows = [("Rendering med diagram (19 st)", _median(with_charts, args.runs)),
            ("Rendering utan diagram", _median(without_charts, args.runs))]
    from finsam.render import charts

    from finsam.render.diagram import annual_charts

    one = annual_charts(model.forbund, model.figures)["budget"]
    rows.append(("Ett diagram: XML", _median(lambda: charts.chart_xml(one, "rId1"), args.runs * 20)))
    rows.append(("Ett diagram: inbäddad arbetsbok (xlsxwriter)",
                 _median(lambda: charts.workbook_bytes(one), args.runs * 4)))

    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "utan-nns"
        shutil.copytree(EXAMPLE, plain, ignore=shutil.ignore_patterns("ut", "*.md", "nns.xlsx"))

        def build(folder):
            def run():
                subprocess.run([sys.executable, "-m", "finsam", "build", str(folder), "--ut", str(Path(tmp) / "ut")],
                               check=True, capture_output=True)
            return run

        rows.append(("`finsam build` exemplet med nns.xlsx, hela kommandot", _median(build(EXAMPLE), max(3, args.runs // 3))))
        rows.append(("`finsam build` exemplet utan nns.xlsx", _median(build(plain), max(3, args.runs // 3))))
        sizes = {}
        for name, folder in (("med", EXAMPLE), ("utan", plain)):
            build(folder)()
            sizes[name] = (Path(tmp) / "ut" / "årsredovisning-2023.docx").stat().st_size

    print("| Mätning | Sekunder |\n| --- | ---: |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} |")
    print(f"\nÅrsredovisningens docx: {sizes['med'] // 1024} kB med bilagan och diagrammen, "
          f"{sizes['utan'] // 1024} kB utan nns.xlsx.")


if __name__ == "__main__":
    main()
