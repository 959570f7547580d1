"""A bounded loopback burst against ``finsam serve``: throughput and latency of checks and
builds through the web page's process pools (two check workers, two build workers).

    .venv/bin/python bench/web.py [--rundor 3] [--samtidiga 8]
    .venv/bin/python bench/web.py --arsredovisning [--varv 7] [--paus 5]

--arsredovisning times only "Skapa rapporter" (with PDF, as the page always builds it) for the
example's annual report with all its workbooks: the first build on a newly started server
(after --paus seconds, as a user arriving a little after the start) and then --varv more.

Only 127.0.0.1, at most ``--samtidiga`` requests in flight, each from its own session (as
separate browsers would be). A request's latency runs from the POST of the upload to the
result page being fetched (the page's own flow: POST → job → status → result).
Prints a Markdown section for bench/RESULTS.md.
"""
from __future__ import annotations

import argparse
import http.cookiejar
import io
import json
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EX = ROOT / "examples"
ANNUAL = [EX / "sundsvall-2023" / n for n in ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx")]
ANNUAL_ALL = sorted(p for p in (EX / "sundsvall-2023").iterdir() if p.suffix.lower() in (".xlsx", ".png", ".svg"))
MEETINGS = [EX / "sundsvall-2024-04-26" / n for n in ("budgetuppfoljning-2024-03-31.xlsx",
                                                      "sammantrade-2024-03-22.xlsx", "sammantrade-2024-04-26.xlsx")]


def server(started: list | None = None):
    t0 = time.perf_counter()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    proc = subprocess.Popen([sys.executable, "-m", "finsam", "serve", "--port", str(port)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/halsa", timeout=1)
            if started is not None:
                started.append(time.perf_counter() - t0)
            return url, proc
        except OSError:
            time.sleep(0.1)
    raise SystemExit("finsam serve startade inte")


class Browser:
    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        page = self.opener.open(base + "/", timeout=30).read().decode()
        self.csrf = re.search(r'<meta name="csrf" content="([^"]+)"', page).group(1)

    def run(self, action: str, files: list[Path]) -> tuple[float, int]:
        """(seconds, HTTP status of the result) for one job, start to result page."""
        boundary = "benchgrans"
        body = io.BytesIO()
        body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n{self.csrf}\r\n'.encode())
        for path in files:
            body.write(f'--{boundary}\r\nContent-Disposition: form-data; name="filer"; filename="{path.name}"\r\n'
                       "Content-Type: application/octet-stream\r\n\r\n".encode() + path.read_bytes() + b"\r\n")
        body.write(f"--{boundary}--\r\n".encode())
        req = urllib.request.Request(self.base + action, data=body.getvalue(), method="POST", headers={
            "Content-Type": f"multipart/form-data; boundary={boundary}", "X-Finsam-Jobb": "1",
            "X-CSRF-Token": self.csrf})
        start = time.perf_counter()
        try:
            job = json.loads(self.opener.open(req, timeout=120).read())
        except urllib.error.HTTPError as e:
            return time.perf_counter() - start, e.code
        while True:
            state = json.loads(self.opener.open(self.base + job["status"], timeout=60).read())
            if state["klar"]:
                break
            time.sleep(0.02)
        try:
            with self.opener.open(self.base + job["resultat"], timeout=60) as r:
                r.read()
                code = r.status
        except urllib.error.HTTPError as e:
            code = e.code
        return time.perf_counter() - start, code


def burst(browsers: list[Browser], action: str, files, per_browser: int):
    """Each browser runs ``per_browser`` jobs one after another, all browsers at once."""
    times, codes = [], []
    lock = threading.Lock()

    def go(b):
        for _ in range(per_browser):
            t, code = b.run(action, files)
            with lock:
                times.append(t)
                codes.append(code)
            if code in (429, 503):
                time.sleep(0.05)          # the user reads "finsam är upptaget" and tries again

    start = time.perf_counter()
    threads = [threading.Thread(target=go, args=(b,)) for b in browsers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, times, codes


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def row(name: str, wall: float, times: list[float], codes: list[int]) -> str:
    done = [t for t, c in zip(times, codes) if c == 200]
    refused = sum(1 for c in codes if c in (429, 503))
    return (f"| {name} | {len(times)} | {len(done)} | {refused} | {wall:.2f} | {len(done) / wall:.2f} | "
            f"{statistics.median(done):.2f} | {pct(done, 95):.2f} | {max(done):.2f} |")


def annual_report(rounds: int, pause: float) -> list[str]:
    """The first and the following builds of the annual report with PDF, one at a time."""
    started: list = []
    url, proc = server(started)
    try:
        time.sleep(pause)
        one = Browser(url)
        first, code = one.run("/bygg", ANNUAL_ALL)
        assert code == 200, code
        warm = []
        for _ in range(rounds):
            t, code = one.run("/bygg", ANNUAL_ALL)
            assert code == 200, code
            warm.append(t)
    finally:
        proc.terminate()
        proc.wait(30)
    names = ", ".join(p.name for p in ANNUAL_ALL)
    return [
        f"Årsredovisningen Sundsvall 2023 ({names}), ”Skapa rapporter” med PDF, en i taget, "
        f"från uppladdningen till att resultatsidan är hämtad. Servern svarade {started[0]:.2f} s efter start; "
        f"första bygget {pause:g} s därefter.",
        "",
        "| Mätning | Sekunder |",
        "| --- | ---: |",
        f"| Första bygget efter start (kallt) | {first:.2f} |",
        f"| Följande byggen, median av {len(warm)} (varmt) | {statistics.median(warm):.2f} |",
        f"| Följande byggen, min–max | {min(warm):.2f}–{max(warm):.2f} |",
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rundor", type=int, default=3, help="jobb per webbläsare i varje skur")
    parser.add_argument("--samtidiga", type=int, default=8, help="webbläsare samtidigt (högst 8)")
    parser.add_argument("--arsredovisning", action="store_true",
                        help="mät bara årsredovisningens bygge med PDF (första och följande)")
    parser.add_argument("--varv", type=int, default=7, help="byggen efter det första (--arsredovisning)")
    parser.add_argument("--paus", type=float, default=5.0, help="sekunder från start till första bygget")
    args = parser.parse_args()
    if args.arsredovisning:
        print("\n".join(annual_report(args.varv, args.paus)))
        return
    n = min(args.samtidiga, 8)
    url, proc = server()
    lines = []
    try:
        one = Browser(url)
        one.run("/kontrollera", ANNUAL)                       # warm both pools' first worker
        one.run("/bygg", ANNUAL)
        results = []
        wall, times, codes = burst([one], "/kontrollera", ANNUAL, 10)
        results.append(row("Kontroll, en i taget (årsredovisningens 4 arbetsböcker)", wall, times, codes))
        wall, times, codes = burst([Browser(url) for _ in range(4)], "/kontrollera", ANNUAL, args.rundor)
        results.append(row("Kontroll, 4 samtidiga webbläsare (poolens gräns: 2 arbetar, 2 väntar)", wall, times,
                           codes))
        wall, times, codes = burst([Browser(url) for _ in range(n)], "/kontrollera", ANNUAL, args.rundor)
        results.append(row(f"Kontroll, {n} samtidiga webbläsare", wall, times, codes))
        wall, times, codes = burst([Browser(url)], "/bygg", MEETINGS, 3)
        results.append(row("Bygge med PDF, ett i taget (2 protokoll + uppföljning)", wall, times, codes))
        # Checks while two builds run: the build pool is busy, the check pool is not.
        builders = [Browser(url) for _ in range(2)]
        build_times: list = []
        stop = threading.Event()

        def keep_building(b):
            while not stop.is_set():
                build_times.append(b.run("/bygg", ANNUAL)[0])

        threads = [threading.Thread(target=keep_building, args=(b,)) for b in builders]
        for t in threads:
            t.start()
        time.sleep(1.0)
        checkers = [Browser(url) for _ in range(4)]
        wall, times, codes = burst(checkers, "/kontrollera", ANNUAL, args.rundor)
        results.append(row(f"Kontroll, {len(checkers)} samtidiga medan 2 byggen pågår", wall, times, codes))
        stop.set()
        for t in threads:
            t.join()
        refused = burst([Browser(url) for _ in range(8)], "/bygg", ANNUAL, 1)
        codes = refused[2]
        lines.append(f"## Webbsidan under last {time.strftime('%Y-%m-%d')}")
        lines.append("")
        lines.append(f"Maskin: {platform.system()} {platform.machine()}, {os.cpu_count()} kärnor, Python "
                     f"{platform.python_version()}. Mätt med `bench/web.py` mot `finsam serve` på 127.0.0.1 "
                     "(två kontrollprocesser, två byggprocesser; högst två väntande jobb per pool, "
                     "varje webbläsare sin egen session). Tid = från uppladdningen till att resultatsidan är hämtad, för de "
                     "klara jobben; en avvisad begäran (503, ”finsam är upptaget”) får svar direkt, och "
                     "webbläsaren försöker igen efter 50 ms. Medianer och percentiler gäller de klara jobben.")
        lines.append("")
        lines.append("| Mätning | Begäranden | Klara | Avvisade direkt | Sekunder totalt | Klara/s | Median s | "
                     "95:e percentil s | Max s |")
        lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        lines += results
        lines.append("")
        lines.append(f"Byggen som pågick under mätningen ”medan 2 byggen pågår”: {len(build_times)}, median "
                     f"{statistics.median(build_times):.2f} s. En skur med 8 samtidiga byggbegäranden: "
                     f"{codes.count(200)} byggdes, {codes.count(503)} fick direkt beskedet att finsam är upptaget "
                     f"(503), {len([c for c in codes if c not in (200, 503)])} annat.")
    finally:
        proc.terminate()
        proc.wait(30)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
