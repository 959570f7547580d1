"""What a user does on the page, in a real browser: Debian's chromium driven by Playwright
(playwright-core only: the system browser, no browser download), against ``finsam serve``
on loopback. Each user is a browser of its own with a fresh user-data-dir."""
from __future__ import annotations

import os
import re
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import EXAMPLES, docx_text
from webtools import CHROMIUM, MEETINGS, ZIP_NAME, new_user, paths, start_server, stop_server

HAS_PDF = bool(__import__("shutil").which("soffice"))


@pytest.fixture(scope="module")
def server():
    if CHROMIUM is None:
        if os.environ.get("FINSAM_REQUIRE_BROWSER"):
            pytest.fail("chromium krävs men saknas")
        pytest.skip("chromium saknas")
    url, proc = start_server()
    yield url
    stop_server(proc)


@pytest.fixture(scope="module")
def pw():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


@pytest.fixture
def user(pw, tmp_path):
    """user(width, height) -> page, in a browser of its own."""
    contexts = []

    def make(width=1280, height=720, name="a"):
        context, page = new_user(pw, tmp_path / f"profil-{name}", width, height)
        contexts.append(context)
        return page

    yield make
    for c in contexts:
        c.close()


def _text(page, selector: str) -> str:
    """The element's text with NBSP (thousands separators) as plain spaces."""
    return page.inner_text(selector).replace("\xa0", " ")


def _steps(page) -> list[str]:
    return page.eval_on_selector_all("#steg li", "items => items.map(li => li.textContent.trim())")


def _no_overflow(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"sidan är {width} px bred"


def _in_view(page, selector):
    box = page.locator(selector).bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"], box


def test_check_then_build_with_preview_and_download(server, user, tmp_path):
    page = user(1280, 720)
    page.goto(server)
    assert page.inner_text("label#valj") == "Välj filer …"            # our label, not the browser's
    page.set_input_files("#filer", [str(p) for p in paths("sundsvall-2023")])
    assert page.locator("#valda li").count() == 4
    page.click("#kontrollera")
    page.wait_for_selector("#gron", timeout=60_000)
    assert "Inga fel." in page.inner_text("#gron")
    assert page.evaluate("window.scrollY") == 0
    _in_view(page, "#gron")                                           # visible without scrolling
    _in_view(page, "#skapa-gron")                                     # "Skapa rapporter" right by it
    assert _steps(page)[:2] == ["Läser 4 arbetsböcker", "Kontrollerar"]
    assert page.locator("#fillista li").count() == 4
    page.click("#skapa-gron")
    assert page.is_disabled("#kontrollera") and page.is_disabled("#skapa")   # while working
    page.wait_for_selector("#klart", timeout=180_000)
    assert not page.is_disabled("#kontrollera")
    steps = _steps(page)
    assert steps[:3] == ["Läser 4 arbetsböcker", "Kontrollerar", "Skapar årsredovisning 2023"]
    assert steps[-1] == "Packar zip-filen" and "Gör förhandsvisning" in steps
    if HAS_PDF:
        assert "Gör PDF av årsredovisning 2023" in steps
    _in_view(page, "#ladda-ned")
    preview = page.locator(".forhandsvisning[open] .dokumentvy")
    assert "Ordförande har ordet" in preview.inner_text()
    assert page.locator(".dokumentvy script, .dokumentvy [onclick], .dokumentvy iframe").count() == 0
    listed = page.eval_on_selector_all("#zip-innehall code", "c => c.map(x => x.textContent)")
    assert {"årsredovisning-2023.docx", "revision-2023.xlsx", "LÄS MIG.txt"} <= set(listed)
    with page.expect_download(timeout=60_000) as info:
        page.click("#ladda-ned")
    assert ZIP_NAME.match(info.value.suggested_filename)
    path = tmp_path / "rapporter.zip"
    info.value.save_as(path)
    z = zipfile.ZipFile(path)
    assert sorted(z.namelist()) == sorted(listed)
    z.extractall(tmp_path / "ut")
    text = docx_text(tmp_path / "ut" / "årsredovisning-2023.docx")
    assert "1 288 424" in text and "17,5 %" in text and "70,4 %" in text


def test_triple_click_gives_one_build(server, user):
    page = user()
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
    page.goto(server)
    page.set_input_files("#filer", [str(p) for p in paths("sundsvall-2023")])
    page.click("#skapa", click_count=3)
    page.click("#skapa", force=True, no_wait_after=True)               # a fourth, on the disabled button
    assert page.is_disabled("#skapa")
    page.wait_for_selector("#klart", timeout=180_000)
    assert [u for u in posts if u.endswith("/bygg")] == [server + "/bygg"]


def test_renamed_lock_and_other_files(server, user):
    page = user()
    page.goto(server)
    eko, ins, delt, txt = (p.read_bytes() for p in paths("sundsvall-2023"))
    meeting = (EXAMPLES / "sundsvall-2024-04-26" / "sammantrade-2024-03-22.xlsx").read_bytes()
    x = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    page.set_input_files("#filer", [
        {"name": "ekonomi (1).xlsx", "mimeType": x, "buffer": eko},
        {"name": "insatser-slutlig.xlsx", "mimeType": x, "buffer": ins},
        {"name": "deltagare.xlsx", "mimeType": x, "buffer": delt},
        {"name": "texter.xlsx", "mimeType": x, "buffer": txt},
        {"name": "sammanträde-2024-03-22.xlsx", "mimeType": x, "buffer": meeting},
        {"name": "~$ekonomi.xlsx", "mimeType": x, "buffer": b"\x00lock"},
        {"name": ".~lock.ekonomi.xlsx#", "mimeType": "text/plain", "buffer": b",anna,datorn;"},
        {"name": "anteckningar.txt", "mimeType": "text/plain", "buffer": b"hej"},
    ])
    page.click("#kontrollera")
    page.wait_for_selector("#besked", timeout=60_000)
    rows = {li.split(" – ")[0]: li for li in page.eval_on_selector_all(
        "#fillista li", "items => items.map(li => li.innerText.replace(/\\s+/g, ' ').trim())")}
    assert rows["ekonomi (1).xlsx"].startswith("ekonomi (1).xlsx – Årsredovisning 2023")
    assert rows["insatser-slutlig.xlsx"].startswith("insatser-slutlig.xlsx – Årsredovisning 2023")
    assert "Sammanträdesprotokoll 2024-03-22" in rows["sammanträde-2024-03-22.xlsx"]
    assert "används inte – en låsfil" in rows["~$ekonomi.xlsx"]
    assert "används inte – en låsfil" in rows[".~lock.ekonomi.xlsx#"]
    assert "används inte – inte en Excel-arbetsbok" in rows["anteckningar.txt"]
    assert "Inga fel." in page.inner_text("#gron")


def test_last_year_added_in_a_second_pick(server, user):
    page = user()
    page.goto(server)
    page.set_input_files("#filer", [str(p) for p in paths("sundsvall-2024-04-26", MEETINGS)])
    page.set_input_files("#filer", [str(EXAMPLES / "sundsvall-2023" / "ekonomi.xlsx")])   # added, not replaced
    assert page.locator("#valda li").count() == 4
    page.click("#kontrollera")
    page.wait_for_selector("#besked", timeout=60_000)
    files = page.inner_text("#fillista")
    assert "ekonomi.xlsx – föregående års ekonomi.xlsx (2023), för Budgetuppföljning per 2024-03-31" in files
    checked = _text(page, "#resultat")
    assert "Prognos eget kapital är 1 964 tkr men ska vara högst 1 472 tkr." in checked
    page.click("#skapa-gron")
    page.wait_for_selector("#klart", timeout=180_000)
    built = _text(page, "#resultat")
    assert "Prognos eget kapital är 1 964 tkr men ska vara högst 1 472 tkr." in built
    assert "föregående års ekonomi.xlsx (2023)" in page.inner_text("#fillista")
    preview = page.locator(".forhandsvisning").filter(
        has=page.locator("summary", has_text="Budgetuppföljning per 2024-03-31"))
    assert preview.get_attribute("open") is not None                  # the first preview is open
    assert "1 288 tkr enligt föregående års balansräkning" in preview.inner_text().replace("\xa0", " ")


def test_partial_success_lists_what_was_held_back(server, user):
    page = user()
    page.goto(server)
    page.set_input_files("#filer", [str(p) for p in paths("sundsvall-2023-publicerad")]
                        + [str(p) for p in paths("sundsvall-2024-04-26", MEETINGS)])
    page.click("#kontrollera")
    page.wait_for_selector("#rod", timeout=60_000)
    assert "3 av 4 dokument kan skapas" in page.inner_text("#rod")
    page.click("#skapa-klara")
    page.wait_for_selector("#klart", timeout=180_000)
    assert "3 dokument skapades, 1 hölls tillbaka." in page.inner_text("#klart")
    held = page.inner_text("#hallna")
    assert held.startswith("Årsredovisning 2023 – hålls tillbaka: 19 fel")
    assert page.locator("#skapade li").count() == 3
    listed = page.eval_on_selector_all("#zip-innehall code", "c => c.map(x => x.textContent)")
    assert "protokoll-2024-04-26.docx" in listed and not any(n.startswith("årsredovisning") for n in listed)


def test_grouped_findings_expand(server, user):
    page = user()
    page.goto(server)
    page.set_input_files("#filer", [str(p) for p in paths("sundsvall-2023-publicerad")])
    page.click("#kontrollera")
    page.wait_for_selector("#rod", timeout=60_000)
    group = page.locator("li.grupp details").first
    summary = group.locator("summary")
    assert summary.inner_text().startswith("fel 9 rader i Budgetuppföljning, kolumn F:")
    assert not group.locator("ul li").first.is_visible()
    summary.click()
    assert group.locator("ul li").count() == 9 and group.locator("ul li").first.is_visible()
    assert group.locator("ul li").first.inner_text().startswith("blad Budgetuppföljning, cell F10 Differensen för")
    code = page.locator(".kod").first
    size = page.evaluate("e => parseFloat(getComputedStyle(e).fontSize)", code.element_handle())
    body = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    assert size < body                                                    # codes stay, smaller
    first = page.locator("ul.fynd > li").first.inner_text()
    assert not first.startswith(("budget-", "br-")) and "/tmp" not in page.inner_text("body")


def test_example_with_progress(server, user, tmp_path):
    page = user()
    page.goto(server)
    page.click("#exempelknapp")
    page.wait_for_selector("#gron", timeout=60_000)
    assert _steps(page) == ["Läser 5 arbetsböcker", "Kontrollerar"]  # with nns.xlsx
    page.click("#skapa-gron")
    page.wait_for_selector("#klart", timeout=180_000)
    assert _steps(page)[2] == "Skapar årsredovisning 2023"
    with page.expect_download(timeout=60_000) as info:
        page.click("#ladda-ned")
    assert info.value.suggested_filename.startswith("sundsvall-2023-rapporter-")


def test_broken_workbook_in_plain_swedish(server, user, tmp_path, corrected):
    from conftest import write_folder
    from webtools import ANNUAL

    corrected["ekonomi.xlsx"]["rr"]["kostnader"] = ("sex miljoner", 7_786_784)
    folder = write_folder(tmp_path / "trasig", corrected)
    page = user()
    page.goto(server)
    page.set_input_files("#filer", [str(folder / n) for n in ANNUAL])
    page.click("#kontrollera")
    page.wait_for_selector("#rod", timeout=60_000)
    assert "Arbetsböckerna kan inte läsas." in page.inner_text("#rod")
    problems = page.inner_text(".bok.fel-ruta")
    assert "ekonomi.xlsx, blad Resultaträkning, cell C6" in problems and "texten ”sex miljoner”" in problems
    body = page.inner_text("body")
    assert "finsam-web-" not in body and "/tmp" not in body and "finsam new" not in body


def test_two_users_at_once(server, user):
    a, b = user(name="a"), user(name="b")
    for page, folder in ((a, "sundsvall-2023"), (b, "sundsvall-2023-publicerad")):
        page.goto(server)
        page.set_input_files("#filer", [str(p) for p in paths(folder)])
    a.click("#kontrollera")
    b.click("#kontrollera")
    a.wait_for_selector("#gron", timeout=60_000)
    b.wait_for_selector("#rod", timeout=60_000)
    assert a.locator("li.grupp").count() == 0 and "19 fel" in b.inner_text("#rod")


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 720)])
def test_layout_without_horizontal_overflow(server, user, width, height):
    page = user(width, height)
    page.goto(server)
    _no_overflow(page)
    page.set_input_files("#filer", [str(p) for p in paths("sundsvall-2023-publicerad")]
                        + [str(p) for p in paths("sundsvall-2024-04-26", MEETINGS)])
    page.click("#kontrollera")
    page.wait_for_selector("#rod", timeout=60_000)
    _no_overflow(page)
    _in_view(page, "#rod")
    page.locator("li.grupp summary").first.click()
    _no_overflow(page)
    page.click("#skapa-klara")
    page.wait_for_selector("#klart", timeout=180_000)
    _no_overflow(page)
    _in_view(page, "#klart")


def test_a_site_the_user_visits_cannot_drive_finsam(server, user):
    """A page on another origin posts a form to finsam (as a malicious site would): refused."""
    target = server + "/exempel"

    class Evil(BaseHTTPRequestHandler):
        def do_GET(self):
            body = (f'<form id="f" method="post" action="{target}"><input name="csrf" value="gissat"></form>'
                    '<script>document.getElementById("f").submit()</script>').encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    evil = ThreadingHTTPServer(("127.0.0.1", 0), Evil)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        page = user()
        page.goto(server)                                 # the user has finsam open in a tab
        other = page.context.new_page()
        with other.expect_response(lambda r: r.url == target, timeout=30_000) as info:
            other.goto(f"http://localhost:{evil.server_port}/")
        assert info.value.status == 403
        other.wait_for_load_state()
        assert "Begäran kom inte från finsam-sidan och utfördes inte." in other.inner_text("body")
        assert re.search(r"Inga fel|Skapa rapporter för", other.inner_text("body")) is None
    finally:
        evil.shutdown()
