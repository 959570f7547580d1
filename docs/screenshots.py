"""Regenerate the web page's screenshots in docs/ (linked from the README):

    .venv/bin/python docs/screenshots.py

Starts ``finsam serve`` on a free loopback port, drives Debian's chromium through Playwright
at 1280×720 and at 390×844 (a phone), and writes docs/webb-*.png. What the user sees right
after each action is captured as it is on screen (no full-page stitching).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
EX = ROOT / "examples"
ANNUAL = ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx")
MEETINGS = ("budgetuppfoljning-2024-03-31.xlsx", "sammantrade-2024-03-22.xlsx", "sammantrade-2024-04-26.xlsx")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _server():
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
            return url, proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("finsam serve startade inte")


def _files(folder: str, names) -> list[str]:
    return [str(EX / folder / n) for n in names]


def main() -> None:
    from playwright.sync_api import sync_playwright

    url, proc = _server()
    written = []
    try:
        with sync_playwright() as p, tempfile.TemporaryDirectory() as profiles:
            for width, height in ((1280, 720), (390, 844)):
                context = p.chromium.launch_persistent_context(
                    str(Path(profiles) / str(width)), executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                    headless=True, args=ARGS, viewport={"width": width, "height": height}, locale="sv-SE")
                page = context.pages[0] if context.pages else context.new_page()

                def shot(name: str) -> None:
                    path = DOCS / f"webb-{width}-{name}.png"
                    page.screenshot(path=str(path))
                    written.append(path)

                page.goto(url)
                page.set_input_files("#filer", _files("sundsvall-2023-publicerad", ANNUAL)
                                     + _files("sundsvall-2024-04-26", MEETINGS))
                shot("start")
                page.click("#kontrollera")
                page.wait_for_selector("#rod", timeout=60_000)
                shot("fynd")
                page.locator("li.grupp summary").first.click()
                page.evaluate("document.querySelector('li.grupp').scrollIntoView({block: 'start'})")
                shot("utfalld")
                page.click("#skapa-klara")
                page.wait_for_selector("#klart", timeout=180_000)
                shot("rapporter")
                page.locator("#rubrik-forhand").scroll_into_view_if_needed()
                page.evaluate("document.getElementById('rubrik-forhand').scrollIntoView({block: 'start'})")
                shot("forhandsvisning")
                page.goto(url)
                page.click("#exempelknapp")
                page.wait_for_selector("#gron", timeout=60_000)
                shot("inga-fel")
                context.close()
    finally:
        proc.terminate()
        proc.wait(20)
    for path in written:
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
