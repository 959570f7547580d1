"""PDF timing: a warm LibreOffice (one long-lived soffice over UNO) against the one-shot
``soffice --convert-to`` that starts LibreOffice for every call.

    .venv/bin/python bench/pdf.py [--antal 20] [--skriv]

The example's annual report: one-shot (cold) against warm, and the warm office's start and
stop. Then --antal annual reports of synthetic förbund: one warm office converting them one
call at a time, against one one-shot call per document (what every `finsam build --pdf` and
every web request paid before), and against one one-shot call for all of them together.
--skriv puts the figures in bench/RESULTS.md as its last section ("## PDF"), after the history,
which bench/run.py --skriv keeps.
"""
from __future__ import annotations

import argparse
import datetime as dt
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
from run import ENV, PY, machine  # noqa: E402

from finsam.render import office, pdf  # noqa: E402

HEADING = "\n## PDF"


def timed(fn) -> float:
    t = time.perf_counter()
    made, note = fn()
    elapsed = time.perf_counter() - t
    assert made and not note, note
    return elapsed


def fmt(s: float) -> str:
    return f"{s:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--antal", type=int, default=20, help="dokument i mätningen av många")
    parser.add_argument("--skriv", action="store_true", help="skriv avsnittet i bench/RESULTS.md")
    args = parser.parse_args()
    exe = pdf.soffice()
    if exe is None:
        sys.exit("LibreOffice (soffice) saknas")
    version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.strip()

    with tempfile.TemporaryDirectory(prefix="finsam-bench-pdf-") as tmp:
        work = Path(tmp)
        example = work / "sundsvall-2023"
        shutil.copytree(ROOT / "examples" / "sundsvall-2023", example, ignore=shutil.ignore_patterns("ut", "*.md"))
        many = [synth.write_forbund(work / f"f{i:02d}", 200 + i) for i in range(args.antal)]
        subprocess.run([PY, "-m", "finsam", "build", str(example), *map(str, many)], env=ENV, check=True,
                       capture_output=True)
        report = example / "ut" / "årsredovisning-2023.docx"
        docs = [p for m in many for p in (m / "ut").glob("årsredovisning-*.docx")]
        assert len(docs) == args.antal
        out = work / "pdf"

        cold = [timed(lambda: pdf.to_pdf_oneshot([report], out)) for _ in range(3)]
        python = office.find_uno_python(exe)
        assert python, "ingen Python med uno"
        first = timed(lambda: pdf.to_pdf([report], out))
        warm = [timed(lambda: pdf.to_pdf([report], out)) for _ in range(5)]
        t = time.perf_counter()
        office.shutdown()
        stop = time.perf_counter() - t
        shared = office.Office(exe, python)
        t = time.perf_counter()
        shared.start()
        start = time.perf_counter() - t
        shared.stop()
        pages = subprocess.run(["pdfinfo", str(out / "årsredovisning-2023.pdf")], capture_output=True,
                               text=True).stdout.split("Pages:")[1].split()[0]

        office.shutdown()
        t = time.perf_counter()
        for d in docs:
            timed(lambda: pdf.to_pdf([d], out))
        many_warm = time.perf_counter() - t
        office.shutdown()
        t = time.perf_counter()
        for d in docs:
            timed(lambda: pdf.to_pdf_oneshot([d], out))
        many_cold = time.perf_counter() - t
        many_batch = timed(lambda: pdf.to_pdf_oneshot(docs, out))

    n = args.antal
    rows = [
        f"## PDF {dt.date.today().isoformat()}",
        "",
        f"Maskin: {machine()}; {version}. Mätt med `bench/pdf.py`.",
        "",
        f"Årsredovisningen för exemplet Sundsvall 2023 ({pages} sidor) som PDF/A-2b med taggar. "
        "Kall = en ny LibreOffice per anrop (`soffice --convert-to`, som `to_pdf` gjorde förut och "
        "som är reservvägen nu); varm = en LibreOffice per process som tar emot dokumenten över UNO.",
        "",
        "| Mätning | Sekunder |",
        "| --- | ---: |",
        f"| Kall: ett dokument, `soffice --convert-to` (median av 3) | {fmt(statistics.median(cold))} |",
        f"| Varm: första anropet (startar LibreOffice och konverterar) | {fmt(first)} |",
        f"| Varm: ett dokument när LibreOffice redan kör (median av 5; mål ≤ 1 s) | {fmt(statistics.median(warm))} |",
        f"| Varm: bara starten (LibreOffice svarar på sin UNO-kanal) | {fmt(start)} |",
        f"| Varm: stopp vid programslut | {fmt(stop)} |",
        "",
        f"{n} årsredovisningar för syntetiska förbund, en i taget:",
        "",
        "| Mätning | Sekunder | Per dokument |",
        "| --- | ---: | ---: |",
        f"| Varm: en LibreOffice, {n} anrop (start inräknad) | {fmt(many_warm)} | {fmt(many_warm / n)} |",
        f"| Kall: {n} anrop, en ny LibreOffice för varje | {fmt(many_cold)} | {fmt(many_cold / n)} |",
        f"| Kall: ett anrop med alla {n} (en LibreOffice, inga index uppdateras) | {fmt(many_batch)} | {fmt(many_batch / n)} |",
    ]
    text = "\n".join(rows) + "\n"
    print(text)
    if args.skriv:
        results = ROOT / "bench" / "RESULTS.md"
        old = results.read_text(encoding="utf-8")
        if HEADING in old:
            start_at = old.index(HEADING)
            rest = old.find("\n## ", start_at + len(HEADING))
            old = old[:start_at] + (old[rest:] if rest != -1 else "\n")
        results.write_text(old.rstrip("\n") + "\n\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
