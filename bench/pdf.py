"""PDF timing: a warm LibreOffice (one long-lived soffice over UNO) against the one-shot
``soffice --convert-to`` that starts LibreOffice for every call.

    .venv/bin/python bench/pdf.py [--antal 20] [--skriv]
    .venv/bin/python bench/pdf.py --bygg [--antal 80] [--jobb 2]
    .venv/bin/python bench/pdf.py --profil 5

--bygg times `finsam build <antal mappar> --pdf --jobb N` over synthetic förbund (bench/synth.py),
as one run, and counts the LibreOffice processes it started while it ran (warm ones have a
``finsam-office-`` profile, one-shot ones a ``finsam-pdf-`` one): one per worker process is
the aim.

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


def _offices() -> dict[str, str]:
    """Profile folder -> "varm" or "engång" of every LibreOffice of finsam's running now (by
    profile, not pid: soffice.bin restarts itself once on a new profile)."""
    import re

    found = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if not args or not args[0].endswith(b"soffice.bin"):
            continue
        line = b" ".join(args).decode("utf-8", "replace")
        profile = re.search(r"UserInstallation=(\S+)", line)
        if profile and "finsam-office-" in profile.group(1):
            found[profile.group(1)] = "varm"
        elif profile and "finsam-pdf-" in profile.group(1):
            found[profile.group(1)] = "engång"
    return found


def build_many(n: int, jobs: int) -> list[str]:
    """`finsam build` of ``n`` synthetic förbund with --pdf in one run; its LibreOffices."""
    with tempfile.TemporaryDirectory(prefix="finsam-bench-bygg-") as tmp:
        folders = [synth.write_forbund(Path(tmp) / f"f{i:03d}", 300 + i) for i in range(n)]
        before = set(_offices())
        seen: dict[str, str] = {}
        t = time.perf_counter()
        proc = subprocess.Popen([PY, "-m", "finsam", "build", *map(str, folders), "--pdf", "--jobb", str(jobs)],
                                env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        import threading

        out: list[str] = []
        reader = threading.Thread(target=lambda: out.append(proc.stdout.read()))
        reader.start()
        while proc.poll() is None:
            seen.update({key: how for key, how in _offices().items() if key not in before})
            time.sleep(0.2)
        seconds = time.perf_counter() - t
        reader.join()
        pdfs = sorted(p for f in folders for p in (f / "ut").glob("*.pdf"))
        pages = [int(subprocess.run(["pdfinfo", str(p)], capture_output=True, text=True).stdout
                     .split("Pages:")[1].split()[0]) for p in pdfs]
    warm = sum(1 for how in seen.values() if how == "varm")
    oneshot = sum(1 for how in seen.values() if how == "engång")
    assert proc.returncode == 0, out
    return [
        f"`finsam build` av {n} syntetiska förbund (bench/synth.py) med `--pdf --jobb {jobs}`, en körning:",
        "",
        "| Mätning | Värde |",
        "| --- | ---: |",
        f"| Sekunder totalt (start till slut, läsning, kontroll, Word, revisionsunderlag, PDF) | {fmt(seconds)} |",
        f"| Sekunder per förbund | {fmt(seconds / n)} |",
        f"| PDF:er | {len(pdfs)} ({min(pages)}–{max(pages)} sidor) |",
        f"| LibreOffice som startades: varma (en per arbetsprocess) | {warm} |",
        f"| LibreOffice som startades: engångsanrop (reservvägen) | {oneshot} |",
    ]


def profile_build(rounds: int) -> list[str]:
    """Where a web build of the example's annual report (with PDF) spends its time: the
    build worker's function (``web.work.build``) run here, in this process, ``rounds`` times
    after one first run, with the pipeline's, LibreOffice's and the preview's steps timed."""
    import functools
    import queue

    from finsam import pipeline
    from finsam.render import toc
    from finsam.web import preview, work

    laps: dict[str, list[float]] = {}
    passes: list[dict] = []

    def timed_fn(owner, name, label):
        fn = getattr(owner, name)

        @functools.wraps(fn)
        def wrapper(*a, **k):
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                laps.setdefault(label, []).append(time.perf_counter() - t)
        setattr(owner, name, wrapper)

    convert = office.Office.convert

    def timed_convert(self, op, *a, **k):
        t = time.perf_counter()
        answer = convert(self, op, *a, **k)
        seconds = answer.get("seconds", {}) if isinstance(answer, dict) else {}
        passes.append({"op": op, "total": time.perf_counter() - t, **seconds})
        return answer

    office.Office.convert = timed_convert
    timed_fn(pipeline, "load", "Läsa och kontrollera arbetsböckerna (`load`)")
    timed_fn(pipeline, "render_outputs", "Word och revisionsunderlag (`render_outputs`)")
    timed_fn(toc, "set_pages", "Sidnumren in i Word-filen (`toc.set_pages`)")
    timed_fn(preview, "docx_html", "Förhandsvisningen (`docx_html`)")
    work.init(queue.Queue(), process=False)
    example = ROOT / "examples" / "sundsvall-2023"
    totals, by_round = [], []
    for r in range(rounds + 1):
        laps.clear()
        passes.clear()
        with tempfile.TemporaryDirectory(prefix="finsam-bench-profil-") as tmp:
            folder = Path(tmp) / "mapp"
            folder.mkdir()
            uploads = []
            for path in sorted(example.iterdir()):
                if path.suffix in (".xlsx", ".png", ".svg"):
                    shutil.copyfile(path, folder / path.name)
                    uploads.append({"namn": path.name, "skickat": path.name, "storlek": path.stat().st_size})
            t = time.perf_counter()
            result = work.build("profil", tmp, uploads)
            total = time.perf_counter() - t
        assert "zip" in result, result.get("fel")
        if r:
            totals.append(total)
            by_round.append(({k: sum(v) for k, v in laps.items()}, list(passes)))
    office.Office.convert = convert

    def med(values):
        return statistics.median(values) if values else 0.0

    rows = ["| Steg | Sekunder (median) |", "| --- | ---: |"]
    for label in by_round[0][0]:
        rows.append(f"| {label} | {fmt(med([laps_[label] for laps_, _ in by_round]))} |")
    for i, first in enumerate(by_round[0][1]):
        def part(key):
            return med([p[i].get(key, 0.0) for _, p in by_round if i < len(p)])
        inside = ", ".join(f"{name} {fmt(part(key))}" for key, name in
                           (("load", "inläsning"), ("indexes", "index"), ("store", "export"), ("close", "stängning"))
                           if first.get(key) is not None)
        rows.append(f"| LibreOffice-pass {i + 1} (`{first['op']}`){': ' + inside if inside else ''} | "
                    f"{fmt(part('total'))} |")
    rows.append(f"| Hela bygget (`web.work.build`, median av {len(totals)}) | {fmt(med(totals))} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--antal", type=int, default=20, help="dokument i mätningen av många")
    parser.add_argument("--skriv", action="store_true", help="skriv avsnittet i bench/RESULTS.md")
    parser.add_argument("--bygg", action="store_true", help="mät `finsam build --pdf` över --antal mappar")
    parser.add_argument("--jobb", type=int, default=2, help="arbetsprocesser för --bygg")
    parser.add_argument("--profil", type=int, metavar="N", help="profilera webbsidans bygge av exemplet N gånger")
    args = parser.parse_args()
    if args.profil:
        print("\n".join(profile_build(args.profil)))
        return
    if args.bygg:
        print("\n".join(build_many(args.antal, args.jobb)))
        return
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
