"""The web page: Flask test client for the HTTP contract, and a real browser (Debian's
chromium driven by Playwright) for what a user does."""
from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT, docx_text, write_folder

NAMES = ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SHOTS = ROOT / "docs" if os.environ.get("FINSAM_SCREENSHOTS") else None


# -- HTTP contract (Flask test client) ---------------------------------------------------

@pytest.fixture
def client():
    from finsam.web.app import create_app

    return create_app().test_client()


def _files(folder: Path):
    return {"filer": [(open(folder / n, "rb"), n) for n in NAMES]}


def test_check_reports_findings_and_green_state(client):
    ok = client.post("/kontrollera", data=_files(EXAMPLES / "sundsvall-2023"), content_type="multipart/form-data")
    assert ok.status_code == 200 and "Inga fel" in ok.text
    bad = client.post("/kontrollera", data=_files(EXAMPLES / "sundsvall-2023-publicerad"),
                      content_type="multipart/form-data")
    assert bad.status_code == 200
    assert "19 fel och 0 avvikelser" in " ".join(bad.text.split())
    # 9 budget-differens rows break the table's own convention: all shown (ten per code at most).
    assert bad.text.count('<tr class="fel"') == 19
    assert "ekonomi.xlsx / Balansräkning / D10" in bad.text


def test_build_returns_zip_with_documents(client):
    r = client.post("/bygg", data=_files(EXAMPLES / "sundsvall-2023"), content_type="multipart/form-data")
    assert r.status_code == 200 and r.mimetype == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(r.data)).namelist()
    assert {"årsredovisning-2023.docx", "revision-2023.xlsx"} <= set(names)
    assert "årsredovisning-2023.pdf" in names or "LÄS MIG.txt" in names


def test_build_with_fel_needs_utkast(client):
    r = client.post("/bygg", data=_files(EXAMPLES / "sundsvall-2023-publicerad"), content_type="multipart/form-data")
    assert r.status_code == 422 and "19 fel" in r.text
    data = _files(EXAMPLES / "sundsvall-2023-publicerad")
    data["utkast"] = "1"
    r = client.post("/bygg", data=data, content_type="multipart/form-data")
    assert r.status_code == 200 and r.mimetype == "application/zip"


def test_unreadable_workbook_names_cell(client, tmp_path, corrected):
    corrected["ekonomi.xlsx"]["rr"]["kostnader"] = ("sex miljoner", 7_786_784)
    folder = write_folder(tmp_path / "f", corrected)
    r = client.post("/kontrollera", data=_files(folder), content_type="multipart/form-data")
    assert r.status_code == 422
    assert "ekonomi.xlsx, blad Resultaträkning, cell C6" in r.text and "texten ”sex miljoner”" in r.text


def test_personnummer_masked_on_page(client, tmp_path, corrected):
    corrected["texter.xlsx"]["texter"]["handelser"] = "Ring 19121212-1212."
    folder = write_folder(tmp_path / "f", corrected)
    r = client.post("/kontrollera", data=_files(folder), content_type="multipart/form-data")
    assert r.status_code == 422 and "19121212-****" in r.text and "19121212-1212" not in r.text


def test_upload_limits_and_names(client, tmp_path):
    r = client.post("/kontrollera", data={"filer": [(io.BytesIO(b"x"), "hemligt.docx")]},
                    content_type="multipart/form-data")
    assert r.status_code == 400 and "inte en Excel-arbetsbok" in r.text
    r = client.post("/kontrollera", data={"filer": [(io.BytesIO(b"x"), f"ekonomi-{i}.xlsx") for i in range(21)]},
                    content_type="multipart/form-data")
    assert r.status_code == 400 and "Högst 20 filer" in r.text
    r = client.post("/kontrollera", data={}, content_type="multipart/form-data")
    assert r.status_code == 400


def test_no_upload_left_behind(client, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    client.post("/kontrollera", data=_files(EXAMPLES / "sundsvall-2023"), content_type="multipart/form-data")
    client.post("/bygg", data=_files(EXAMPLES / "sundsvall-2023"), content_type="multipart/form-data")
    assert [p for p in tmp_path.iterdir() if p.name.startswith("finsam-web-")] == []


def test_blank_workbooks_downloadable(client):
    r = client.get("/mallar/ekonomi.xlsx")
    assert r.status_code == 200 and r.data == (ROOT / "workbooks" / "ekonomi.xlsx").read_bytes()
    assert client.get("/mallar/..%2Fpyproject.toml").status_code == 404


# -- a real browser ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def server():
    if CHROMIUM is None:
        if os.environ.get("FINSAM_REQUIRE_BROWSER"):
            pytest.fail("chromium krävs i CI men saknas")
        pytest.skip("chromium saknas")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "finsam", "serve", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/halsa", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def _shot(page, name):
    if SHOTS:
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / name), full_page=True)


def test_browser_check_and_build(server, browser, tmp_path):
    page = browser.new_page(accept_downloads=True, viewport={"width": 1200, "height": 900})
    page.goto(server)
    _shot(page, "webb-start.png")
    page.set_input_files("#filer", [str(EXAMPLES / "sundsvall-2023" / n) for n in NAMES])
    page.click("#kontrollera")
    page.wait_for_selector("#gron", timeout=30_000)
    assert "Inga fel" in page.inner_text("#gron")
    assert page.locator(".filer li").count() == 4
    _shot(page, "webb-inga-fel.png")
    with page.expect_download(timeout=120_000) as info:
        page.click("#skapa")
    path = tmp_path / "rapporter.zip"
    info.value.save_as(path)
    out = tmp_path / "ut"
    zipfile.ZipFile(path).extractall(out)
    text = docx_text(out / "årsredovisning-2023.docx")
    assert "1 288 424" in text and "17,5 %" in text and "70,4 %" in text
    assert (out / "revision-2023.xlsx").is_file()
    page.close()


def test_browser_findings_and_broken_workbook(server, browser, tmp_path, corrected):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(server)
    page.set_input_files("#filer", [str(EXAMPLES / "sundsvall-2023-publicerad" / n) for n in NAMES])
    page.click("#kontrollera")
    page.wait_for_selector("#fyndtabell", timeout=30_000)
    assert page.locator("#fyndtabell tbody tr.fel").count() == 19  # every finding shown (no code has more than ten)
    first = page.locator("#fyndtabell tbody tr").first.get_attribute("data-typ")
    page.click("#sortera")
    assert page.locator("#fyndtabell th[aria-sort]").get_attribute("aria-sort") == "descending"
    assert first == "fel"
    page.click("#sortera")
    assert page.locator("#fyndtabell tbody tr").first.get_attribute("data-typ") == "fel"
    codes = page.eval_on_selector_all("#fyndtabell tbody tr", "rows => rows.map(r => r.querySelector('code')"
                                      ".textContent)")
    assert codes.count("budget-differens") == 9
    _shot(page, "webb-fynd.png")
    corrected["ekonomi.xlsx"]["rr"]["kostnader"] = ("sex miljoner", 7_786_784)
    folder = write_folder(tmp_path / "trasig", corrected)
    page.goto(server)
    page.set_input_files("#filer", [str(folder / n) for n in NAMES])
    page.click("#kontrollera")
    page.wait_for_selector(".fel-ruta", timeout=30_000)
    message = page.inner_text(".fel-ruta")
    assert "Arbetsböckerna kan inte läsas" in message
    assert "ekonomi.xlsx, blad Resultaträkning, cell C6" in message
    _shot(page, "webb-oläsbar.png")
    page.close()


def test_two_users_at_once(server, browser):
    a = browser.new_context().new_page()
    b = browser.new_context().new_page()
    for page, folder in ((a, "sundsvall-2023"), (b, "sundsvall-2023-publicerad")):
        page.goto(server)
        page.set_input_files("#filer", [str(EXAMPLES / folder / n) for n in NAMES])
    a.click("#kontrollera")
    b.click("#kontrollera")  # both requests are in flight together
    a.wait_for_selector("#gron", timeout=30_000)
    b.wait_for_selector("#rod", timeout=30_000)
    assert a.locator("#fyndtabell").count() == 0
    assert b.locator("#fyndtabell tbody tr.fel").count() == 19  # no code has more than ten
    assert "19 fel" in b.inner_text("#rod")


def test_example_with_one_click(server, browser):
    page = browser.new_page(accept_downloads=True)
    page.goto(server)
    page.click("#exempelknapp")
    page.wait_for_selector("#gron", timeout=30_000)
    with page.expect_download(timeout=120_000) as info:
        page.click("#skapa-exempel")
    assert info.value.suggested_filename == "finsam-rapporter.zip"
