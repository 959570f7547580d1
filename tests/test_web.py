"""The web page's HTTP contract (Flask test client): uploads under any name, which document
each file was used for, last year's workbook in the same upload, partial builds, grouped
findings, the preview, the findings export and messages free of server paths. The real
browser tests are in test_web_browser.py, the security tests in test_web_security.py."""
from __future__ import annotations

import io
import re
import zipfile

import pytest

from conftest import EXAMPLES, ROOT, docx_text, write_folder
from webtools import ANNUAL, MEETINGS, ZIP_NAME, job_link, paths, post, text, token


@pytest.fixture
def app():
    from finsam.web.app import create_app

    app = create_app(processes=False)
    yield app
    app.extensions["finsam"].shutdown()


@pytest.fixture
def client(app):
    return app.test_client()


def _zip(client, html: str) -> zipfile.ZipFile:
    link = job_link(html, "zip")
    assert link, "ingen nedladdningslänk på sidan"
    r = client.get(link)
    assert r.status_code == 200 and r.mimetype == "application/zip"
    return zipfile.ZipFile(io.BytesIO(r.data))


def _unknown_workbook() -> bytes:
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True})
    book.add_worksheet("Blad1").write(0, 0, "Inköpslista")
    book.close()
    return buf.getvalue()


# -- checking ----------------------------------------------------------------------------

def test_check_green_and_grouped_findings(client):
    ok = post(client, "/kontrollera", paths("sundsvall-2023"))
    assert ok.status_code == 200 and 'id="gron"' in ok.text
    page = text(ok.text)
    assert "Inga fel." in page and "1 dokument kan skapas" in page
    assert 'id="skapa-gron"' in ok.text            # "Skapa rapporter" next to the green result
    assert "utkast" not in ok.text.lower()          # the draft option only when it is needed

    bad = post(client, "/kontrollera", paths("sundsvall-2023-publicerad"))
    assert bad.status_code == 200
    page = text(bad.text)
    assert "19 fel och 10 avvikelser bland" in page  # the avvikelser: figures in the texts (check.prose)
    assert 'id="skapa-utkast"' in bad.text          # now the draft is offered
    # The 9 budget-differens rows fold into one line that opens to the list of 9.
    folded = re.search(r"<details>(.*?)</details>", bad.text, re.S).group(1)
    assert "9 rader i Budgetuppföljning, kolumn F:" in text(folded)
    assert text(folded).count("Differensen för") == 9 and "cell F10" in folded and "cell F44" in folded
    assert sum("Differensen för" in d for d in re.findall(r"<details>(.*?)</details>", bad.text, re.S)) == 1
    # Per workbook, plain Swedish first, the code visible but small.
    assert ("Summa omsättningstillgångar (föregående år) ska vara 3 696 599 kr men är 3 696 600 kr: skiljer 1 kr; "
            "beloppen är exakta.") in page
    assert "ekonomi.xlsx, blad Balansräkning, cell D10" in page
    assert '<code class="kod">br-summa-omsattningstillgangar</code>' in bad.text
    order = [page.index(f"{book} (") for book in ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx")]
    assert order == sorted(order)
    assert "Årsredovisning 2023 19 fel – hålls tillbaka" in page


def test_findings_export_builds_nothing(client):
    from openpyxl import load_workbook

    r = post(client, "/kontrollera", paths("sundsvall-2023-publicerad"))
    link = job_link(r.text, "fynd.xlsx")
    x = client.get(link)
    assert x.status_code == 200 and x.mimetype.endswith("spreadsheetml.sheet")
    ws = load_workbook(io.BytesIO(x.data))["Fynd"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:6] == ("Dokument", "Typ", "Arbetsbok", "Blad", "Cell", "Meddelande")
    assert len(rows) == 1 + 19 + 10 + 42   # fel, the texts' avvikelser and tips (check.prose)
    d10 = next(row for row in rows if row[4] == "D10")
    assert d10[2:4] == ("ekonomi.xlsx", "Balansräkning") and d10[1] == "fel"
    assert "3 696 599 kr" in d10[5].replace("\xa0", " ") and d10[-1] == "br-summa-omsattningstillgangar"
    assert client.get(link.replace("fynd.xlsx", "zip")).status_code == 404   # a check builds nothing


def test_any_names_lock_files_and_other_files(client, tmp_path):
    meeting = (EXAMPLES / "sundsvall-2024-04-26" / "sammantrade-2024-03-22.xlsx").read_bytes()
    eko, ins, delt, txt = (p.read_bytes() for p in paths("sundsvall-2023"))
    files = [("ekonomi (1).xlsx", eko), ("C:\\Users\\anna\\Hämtade filer\\insatser.xlsx", ins),
             ("deltagare.xlsx", delt), ("texter 2023-final.xlsx", txt),
             ("sammanträde-2024-03-22.xlsx", meeting),
             ("~$ekonomi.xlsx", b"\x00lock"), (".~lock.ekonomi.xlsx#", b",anna,datorn;"),
             ("anteckningar.txt", b"hej"), ("Bok1.xlsx", _unknown_workbook()),
             ("../../etc/passwd", b"root:x:0:0")]
    r = post(client, "/kontrollera", files)
    assert r.status_code == 200, text(r.text)[:400]
    items = {m.group(1): text(m.group(2)) for m in
             re.finditer(r'<li class="(?:anvand|oanvand)"><strong>([^<]+)</strong>(.*?)</li>', r.text, re.S)}
    assert items["ekonomi (1).xlsx"].startswith("– Årsredovisning 2023")
    assert items["insatser.xlsx"].startswith("– Årsredovisning 2023")
    assert "skickad som ”C:\\Users\\anna\\Hämtade filer\\insatser.xlsx”" in items["insatser.xlsx"]
    assert items["texter 2023-final.xlsx"].startswith("– Årsredovisning 2023")
    assert items["sammanträde-2024-03-22.xlsx"].startswith("– Sammanträdesprotokoll 2024-03-22")
    assert "används inte – en låsfil" in items["~$ekonomi.xlsx"]
    assert "används inte – en låsfil" in items[".~lock.ekonomi.xlsx#"]
    assert "används inte – inte en Excel-arbetsbok" in items["anteckningar.txt"]
    assert "används inte – en okänd arbetsbok (bladen ”Blad1”)" in items["Bok1.xlsx"]
    assert "används inte" in items["passwd"]
    assert "Inga fel." in text(r.text)


def test_safe_names():
    from finsam.web.uploads import safe_name, unique

    assert safe_name("C:\\Users\\anna\\ekonomi.xlsx") == "ekonomi.xlsx"
    assert safe_name("/home/anna/../../etc/ekonomi.xlsx") == "ekonomi.xlsx"
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("..") == "fil" and safe_name("") == "fil" and safe_name(None) == "fil"
    assert safe_name(".bashrc") == "bashrc"
    assert safe_name(".~lock.ekonomi.xlsx#") == ".~lock.ekonomi.xlsx#"
    assert safe_name("~$ekonomi.xlsx") == "~$ekonomi.xlsx"
    assert safe_name("sammantra\u0308de.xlsx") == "sammanträde.xlsx"          # NFD from a Mac -> NFC
    assert safe_name("eko\x00no\nmi.xlsx") == "ekonomi.xlsx"
    assert safe_name('a<b>:c"d|e?f*.xlsx') == "a_b__c_d_e_f_.xlsx"
    long = safe_name("x" * 300 + ".xlsx")
    assert len(long) == 120 and long.endswith(".xlsx")
    assert unique("ekonomi.xlsx", {"ekonomi.xlsx"}) == "ekonomi (2).xlsx"
    assert unique("Ekonomi.xlsx", {"ekonomi.xlsx", "ekonomi (2).xlsx"}) == "Ekonomi (3).xlsx"


def test_same_name_twice_is_kept_apart(client):
    """Two meetings, both saved as sammantrade.xlsx in different folders, in one upload."""
    a, b = (EXAMPLES / "sundsvall-2024-04-26" / n for n in MEETINGS[1:])
    r = post(client, "/kontrollera", [("sammantrade.xlsx", a.read_bytes()), ("sammantrade.xlsx", b.read_bytes())])
    page = text(r.text)
    assert "sammantrade.xlsx – Sammanträdesprotokoll 2024-03-22 (sammantrade.xlsx)" in page
    size = (b.stat().st_size + 1023) // 1024  # as the page rounds it
    assert (f"sammantrade (2).xlsx – Sammanträdesprotokoll 2024-04-26 (sammantrade (2).xlsx) ({size} kB) "
            "skickad som ”sammantrade.xlsx”") in page


# -- last year's workbook in the same upload -------------------------------------------------

def test_last_year_in_the_same_upload_check_and_build_agree(client):
    files = [*paths("sundsvall-2024-04-26", MEETINGS), EXAMPLES / "sundsvall-2023" / "ekonomi.xlsx"]
    check = post(client, "/kontrollera", files)
    page = text(check.text)
    assert ("ekonomi.xlsx – föregående års ekonomi.xlsx (2023), för Budgetuppföljning per 2024-03-31 "
            "(budgetuppfoljning-2024-03-31.xlsx)") in page
    assert "Prognos eget kapital är 1 964 tkr men ska vara högst 1 472 tkr." in page
    assert "21 av 22 kontroller godkända" in page

    build = post(client, "/bygg", files)
    assert build.status_code == 200
    page2 = text(build.text)
    assert "Prognos eget kapital är 1 964 tkr men ska vara högst 1 472 tkr." in page2
    assert "21 av 22 kontroller godkända" in page2
    assert "föregående års ekonomi.xlsx (2023)" in page2
    z = _zip(client, build.text)
    assert ZIP_NAME.match(job_link(build.text, "zip") and re.search(r'download="([^"]+)"', build.text).group(1))
    docx = z.read("budgetuppföljning-2024-03-31.docx")
    path = ROOT / ".pytest-budget.docx"
    try:
        path.write_bytes(docx)
        body = docx_text(path)
    finally:
        path.unlink()
    assert "1 288 tkr enligt föregående års balansräkning" in body


def test_link_to_last_years_folder_is_not_followed(client):
    """Without last year's file the follow-up names ../sundsvall-2023; the page does not read it."""
    r = post(client, "/kontrollera", paths("sundsvall-2024-04-26", MEETINGS))
    page = text(r.text)
    assert "20 av 21 kontroller godkända" in page and "1 964 tkr" in page
    files = text(re.search(r'<ul class="lista filer" id="fillista">(.*?)</ul>', r.text, re.S).group(1))
    assert "föregående års" not in files and "sundsvall-2023" not in files


# -- building -------------------------------------------------------------------------------

def test_build_preview_zip_and_readme(client, tmp_path):
    r = post(client, "/bygg", paths("sundsvall-2023"))
    assert r.status_code == 200, text(r.text)[:300]
    name = re.search(r'download="([^"]+)"', r.text).group(1)
    assert ZIP_NAME.match(name) and name.startswith("sundsvall-2023-rapporter-")
    z = _zip(client, r.text)
    names = set(z.namelist())
    assert {"årsredovisning-2023.docx", "revision-2023.xlsx", "LÄS MIG.txt"} <= names
    listed = re.search(r'<ul class="lista" id="zip-innehall">(.*?)</ul>', r.text, re.S).group(1)
    assert set(re.findall(r"<code>([^<]+)</code>", listed)) == names
    readme = z.read("LÄS MIG.txt").decode()
    assert "Skapade dokument:\n- Årsredovisning 2023: årsredovisning-2023.docx, revision-2023.xlsx" in readme
    assert "Tillbakahållna" not in readme
    (tmp_path / "a.docx").write_bytes(z.read("årsredovisning-2023.docx"))
    assert "1 288 424" in docx_text(tmp_path / "a.docx")
    preview = re.search(r'<div class="dokumentvy">(.*?)</div>', r.text, re.S).group(1)
    # headings keep their contents bookmark (an empty anchor) in the preview
    assert re.search(r"<h1>(<a [^>]*></a>)?Ordförande har ordet</h1>", preview) and "1 288 424" in text(preview)
    assert "<script" not in preview and " on" not in re.sub(r">[^<]*<", "><", preview)


def test_partial_success(client, tmp_path):
    files = [*paths("sundsvall-2023-publicerad"), *paths("sundsvall-2024-04-26", MEETINGS)]
    check = post(client, "/kontrollera", files)
    assert "3 av 4 dokument kan skapas" in text(check.text)
    assert 'id="skapa-klara"' in check.text
    r = post(client, "/bygg", files)
    assert r.status_code == 200
    page = text(r.text)
    assert "3 dokument skapades, 1 hölls tillbaka." in page
    held = text(re.search(r'<ul class="lista" id="hallna">(.*?)</ul>', r.text, re.S).group(1))
    assert held.startswith("Årsredovisning 2023 – hålls tillbaka: 19 fel; det första: "
                           "Verksamhetens resultat (föregående år) ska vara −408 793 kr")
    z = _zip(client, r.text)
    names = set(z.namelist())
    assert {"protokoll-2024-03-22.docx", "protokoll-2024-04-26.docx", "budgetuppföljning-2024-03-31.docx"} <= names
    assert not any(n.startswith(("årsredovisning", "revision", "utkast/")) for n in names)
    readme = z.read("LÄS MIG.txt").decode()
    assert "Tillbakahållna dokument" in readme and "- Årsredovisning 2023: 19 fel" in readme
    assert "- Sammanträdesprotokoll 2024-04-26 (sammantrade-2024-04-26.xlsx): protokoll-2024-04-26.docx" in readme

    drafts = post(client, "/bygg", files, utkast="1")
    z = _zip(client, drafts.text)
    assert "utkast/årsredovisning-2023.docx" in z.namelist() and "protokoll-2024-03-22.docx" in z.namelist()
    (tmp_path / "u.docx").write_bytes(z.read("utkast/årsredovisning-2023.docx"))
    assert "UTKAST" in docx_text(tmp_path / "u.docx")
    assert "(utkast skapat)" in text(drafts.text)


def test_nothing_to_build_offers_the_draft(client):
    r = post(client, "/bygg", paths("sundsvall-2023-publicerad"))
    assert r.status_code == 422
    assert "Inget dokument skapades: 19 fel" in text(r.text) and 'id="skapa-utkast"' in r.text
    assert job_link(r.text, "zip") is None
    r = post(client, "/bygg", paths("sundsvall-2023-publicerad"), utkast="1")
    assert r.status_code == 200 and "utkast/årsredovisning-2023.docx" in _zip(client, r.text).namelist()


def test_pdf_missing_says_so_on_the_page(client, monkeypatch):
    monkeypatch.setenv("FINSAM_SOFFICE", "/finns/inte/soffice")
    r = post(client, "/bygg", paths("sundsvall-2023"))
    assert r.status_code == 200
    note = text(re.search(r'<p class="notering" id="pdf-notering">(.*?)</p>', r.text, re.S).group(1))
    assert note.startswith("PDF skapades inte: LibreOffice finns inte på datorn där finsam körs.")
    assert "/finns/inte" not in r.text and "apt-get" not in r.text
    z = _zip(client, r.text)
    assert not any(n.endswith(".pdf") for n in z.namelist())
    assert "LibreOffice finns inte" in z.read("LÄS MIG.txt").decode()


def test_example_in_one_click(client):
    r = post(client, "/exempel")
    assert r.status_code == 200 and "Inga fel." in text(r.text)
    assert '<input type="hidden" name="exempel" value="1">' in r.text
    built = post(client, "/bygg", exempel="1")
    assert "årsredovisning-2023.docx" in _zip(client, built.text).namelist()


# -- unreadable uploads: plain Swedish, no server paths, no terminal advice -----------------

def test_unreadable_workbook_names_cell(client, tmp_path, corrected):
    corrected["ekonomi.xlsx"]["rr"]["kostnader"] = ("sex miljoner", 7_786_784)
    folder = write_folder(tmp_path / "f", corrected)
    r = post(client, "/kontrollera", [folder / n for n in ANNUAL])
    assert r.status_code == 422
    page = text(r.text)
    assert "Arbetsböckerna kan inte läsas." in page
    assert "ekonomi.xlsx, blad Resultaträkning, cell C6" in page and "texten ”sex miljoner”" in page


@pytest.mark.parametrize("files", [
    [("ekonomi.xlsx", b"PK\x03\x04 trasig")],
    [("anteckningar.txt", b"hej")],
    [("ekonomi.xlsx", (EXAMPLES / "sundsvall-2023" / "ekonomi.xlsx").read_bytes())],
], ids=["trasig", "ingen-arbetsbok", "saknade"])
def test_broken_upload_shows_no_server_path_or_terminal_advice(client, files, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    r = post(client, "/kontrollera", files)
    assert r.status_code == 422
    link = job_link(r.text, "fynd.xlsx")
    export = client.get(link).data
    from openpyxl import load_workbook

    cells = " ".join(str(c) for ws in load_workbook(io.BytesIO(export)) for row in ws.iter_rows(values_only=True)
                     for c in row if c)
    for shown in (r.text, cells):
        for bad in ("finsam-web-", str(tmp_path), "/tmp/", "finsam new", "finsam ny", "finsam check", "MAPP",
                    "pip install", "i mappen"):
            assert bad not in shown, bad
    assert "kan inte läsas" in text(r.text)


def test_clean_rewrites_paths_and_terminal_advice():
    from finsam.web.present import clean

    root = "/tmp/finsam-web-abc123"
    assert clean(f"{root}/mapp: förväntade x.", (root, root + "/mapp")) == "uppladdningen: förväntade x."
    assert clean("Se /var/tmp/finsam-web-x9/mapp/ekonomi.xlsx.") == "Se uppladdningen"
    assert clean("Saknas. Kör finsam new MAPP för att skapa dem.") == \
        "Saknas. Tomma arbetsböcker finns att hämta längst ned på sidan."
    assert clean("Fel. Rätta och kör finsam check mitt-forbund igen.") == \
        "Fel. Ladda upp arbetsböckerna här på sidan och kontrollera igen."
    assert clean("Nyare version; uppdatera programmet (pip install --upgrade finsam).") == \
        "Uppdatera finsam på datorn där sidan körs."
    assert clean("arbetsboken texter.xlsx i mappen") == "arbetsboken texter.xlsx bland filerna"


def test_personnummer_masked_on_page(client, tmp_path, corrected):
    corrected["texter.xlsx"]["texter"]["handelser"] = "Ring 19121212-1212."
    folder = write_folder(tmp_path / "f", corrected)
    r = post(client, "/kontrollera", [folder / n for n in ANNUAL])
    assert r.status_code == 422 and "19121212-****" in r.text and "19121212-1212" not in r.text


def test_upload_limits(app, client):
    r = post(client, "/kontrollera", [(f"ekonomi-{i}.xlsx", b"x") for i in range(21)])
    assert r.status_code == 400 and "Högst 20 filer" in text(r.text)
    r = post(client, "/kontrollera")
    assert r.status_code == 400 and "Välj arbetsböckerna" in text(r.text)
    app.config["MAX_CONTENT_LENGTH"] = 10_000
    r = post(client, "/kontrollera", [("ekonomi.xlsx", b"x" * 20_000)])
    assert r.status_code == 413 and "för stora" in text(r.text)


def test_no_upload_left_behind(client, tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    post(client, "/kontrollera", paths("sundsvall-2023"))
    post(client, "/bygg", paths("sundsvall-2023"))
    post(client, "/kontrollera", [("ekonomi.xlsx", b"trasig")])
    post(client, "/kontrollera", [(f"e{i}.xlsx", b"x") for i in range(21)])
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("finsam-web-")] == []


def test_blank_workbooks_one_by_one_and_all_at_once(client):
    from finsam.kinds import all_workbooks

    r = client.get("/mallar/ekonomi.xlsx")
    assert r.status_code == 200 and r.data == (ROOT / "workbooks" / "ekonomi.xlsx").read_bytes()
    assert client.get("/mallar/..%2Fpyproject.toml").status_code == 404
    z = client.get("/mallar.zip")
    assert z.status_code == 200 and "tomma" in z.headers["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(z.data))
    assert sorted(archive.namelist()) == sorted(s.filename for s in all_workbooks())
    for name in archive.namelist():
        assert archive.read(name) == (ROOT / "workbooks" / name).read_bytes()
    page = client.get("/").text
    assert 'href="/mallar.zip"' in page and page.count('href="/mallar/') == len(all_workbooks())


def test_results_belong_to_their_session(app, client):
    r = post(client, "/bygg", paths("sundsvall-2023"))
    link = job_link(r.text, "zip")
    other = app.test_client()
    token(other)
    assert other.get(link).status_code == 404
    assert client.get(link).status_code == 200
