"""finsam as a real package. The wheel is built (through an sdist, from a copy of the source
outside the repository), installed into a fresh venv in tmp_path, and every command is run
from another working directory: --version, new, check (also --json against the schema the
wheel ships), build --pdf, sammanstall and serve (one HTTP round trip per page action). The
outputs are read back, not only the exit codes.

This needs PyPI for the dependencies and takes some tens of seconds; skip it locally with
FINSAM_SKIP_WHEEL=1. CI (FINSAM_REQUIRE_LIBREOFFICE=1) always runs it.
"""
from __future__ import annotations

import fnmatch
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import ROOT, docx_text, normalise

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
ENGINE = ROOT / "engine" / "finsam"
IN_CI = bool(os.environ.get("FINSAM_REQUIRE_LIBREOFFICE"))
SOURCE_IGNORE = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__",
                                       "*.pyc", ".pytest_cache", ".hypothesis", "ut", "sammanställning")


# -- the package layout, without building (fast) ------------------------------------------------

def _package_dirs() -> dict[str, Path]:
    """Every folder under engine/finsam holding Python modules, by its dotted name."""
    found = {}
    for path in [ENGINE, *sorted(p for p in ENGINE.rglob("*") if p.is_dir() and p.name != "__pycache__")]:
        if any(path.glob("*.py")):
            found[".".join(("finsam", *path.relative_to(ENGINE).parts))] = path
    return found


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(SETUPTOOLS["packages"])
    found = set(_package_dirs())
    assert {"finsam", "finsam.read", "finsam.render.layouts", "finsam.web"} <= found
    assert found - listed == set(), "missing from [tool.setuptools] packages"
    data_packages = set(SETUPTOOLS["package-dir"]) - {"finsam"}
    assert listed - found - data_packages == set(), "listed but not a package"


def _package_data_patterns() -> list[tuple[Path, str]]:
    """(package folder, glob) for each package-data entry."""
    out = []
    for package, globs in SETUPTOOLS["package-data"].items():
        base = ROOT / SETUPTOOLS["package-dir"].get(package, "")
        if package not in SETUPTOOLS["package-dir"]:
            base = ENGINE.joinpath(*package.split(".")[1:])
        out += [(base, g) for g in globs]
    return out


def test_every_data_file_under_the_package_is_package_data():
    """include-package-data is off: a data file not matched by package-data would be missing
    from the wheel (and only there)."""
    patterns = _package_data_patterns()
    missing = []
    for path in sorted(ENGINE.rglob("*")):
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        if not any(base in path.parents and fnmatch.fnmatch(path.relative_to(base).as_posix(), g)
                   for base, g in patterns):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []
    assert any(g == "schemas/*.json" for _, g in patterns)


# -- the installed wheel -------------------------------------------------------------------------

@dataclass
class Installed:
    base: Path
    wheel: Path
    bin: Path
    work: Path
    timings: dict = field(default_factory=dict)

    @property
    def python(self) -> Path:
        return self.bin / ("python.exe" if os.name == "nt" else "python")

    @property
    def finsam(self) -> Path:
        return self.bin / ("finsam.exe" if os.name == "nt" else "finsam")

    def env(self) -> dict:
        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
        env["PATH"] = str(self.bin) + os.pathsep + env.get("PATH", "")
        return env

    def run(self, *args, timeout=300, cwd=None) -> subprocess.CompletedProcess:
        t0 = time.monotonic()
        result = subprocess.run([str(self.finsam), *map(str, args)], cwd=cwd or self.work, env=self.env(),
                                capture_output=True, text=True, encoding="utf-8", timeout=timeout)
        self.timings[" ".join(map(str, args))[:60]] = round(time.monotonic() - t0, 2)
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def python_c(self, code: str) -> str:
        return subprocess.run([str(self.python), "-c", code], cwd=self.work, env=self.env(), capture_output=True,
                              text=True, encoding="utf-8", check=True, timeout=120).stdout.strip()


def _step(what, cmd, cwd, timeout):
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        pytest.fail(f"{what} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory, request) -> Installed:
    if os.environ.get("FINSAM_SKIP_WHEEL") and not IN_CI:
        pytest.skip("FINSAM_SKIP_WHEEL=1: the installed-wheel test is skipped (CI always runs it)")
    base = tmp_path_factory.mktemp("paket")
    timings = {}
    t0 = time.monotonic()
    src = base / "källkod"
    shutil.copytree(ROOT, src, ignore=SOURCE_IGNORE)
    # sdist first, then the wheel from the unpacked sdist: what PyPI would get, and what
    # pip builds for a platform without the wheel.
    _step("python -m build", [sys.executable, "-m", "build", "--outdir", str(base / "dist"), str(src)], base, 600)
    timings["build sdist + wheel"] = round(time.monotonic() - t0, 2)
    wheels = sorted((base / "dist").glob("finsam-*.whl"))
    assert len(wheels) == 1 and len(list((base / "dist").glob("finsam-*.tar.gz"))) == 1
    t0 = time.monotonic()
    venv = base / "venv"
    _step("python -m venv", [sys.executable, "-m", "venv", str(venv)], base, 300)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    _step("pip install", [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                          str(wheels[0])], base, 900)
    timings["venv + pip install"] = round(time.monotonic() - t0, 2)
    work = base / "arbete"
    work.mkdir()
    inst = Installed(base, wheels[0], bin_dir, work, timings)

    def report():  # in the test log (CI's too), past pytest's capture
        reporter = request.config.pluginmanager.get_plugin("terminalreporter")
        capture = request.config.pluginmanager.get_plugin("capturemanager")
        if reporter is not None and capture is not None:
            with capture.global_and_fixture_disabled():
                reporter.write_line(f"\n[installed wheel {wheels[0].name}] seconds: "
                                    + json.dumps(inst.timings, ensure_ascii=False))

    request.addfinalizer(report)
    return inst


@pytest.mark.wheel
def test_wheel_holds_every_package_file(installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    expected = set()
    for path in ENGINE.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            expected.add("finsam/" + path.relative_to(ENGINE).as_posix())
    for folder, package in (("templates", "templates"), ("workbooks", "workbooks")):
        expected |= {f"finsam/{package}/{p.name}" for p in (ROOT / folder).iterdir() if p.suffix in (".docx", ".xlsx")}
    for example in (ROOT / "examples").iterdir():
        if example.is_dir() and example.name != "data":
            expected |= {f"finsam/examples/{example.name}/{p.name}" for p in example.iterdir()
                         if p.suffix in (".xlsx", ".md")}
    assert expected - names == set()
    assert not [n for n in names if n.startswith("finsam/examples/data/") or "/ut/" in n]
    meta = zipfile.ZipFile(installed.wheel).read(
        f"finsam-{PYPROJECT['project']['version']}.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in meta
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


@pytest.mark.wheel
def test_installed_package_is_used_not_the_source(installed):
    where = Path(installed.python_c("import finsam; print(finsam.__file__)"))
    assert installed.base / "venv" in where.parents
    assert ROOT not in where.parents
    assert installed.python_c("import os; print(os.getcwd())") == str(installed.work)


@pytest.mark.wheel
def test_version(installed):
    result = installed.run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"finsam {PYPROJECT['project']['version']}"


@pytest.mark.wheel
def test_new(installed):
    import openpyxl

    result = installed.run("new", "nytt-förbund", "--ar", "2024")
    assert result.returncode == 0, result.stderr
    folder = installed.work / "nytt-förbund"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["deltagare.xlsx", "ekonomi.xlsx", "insatser.xlsx", "texter.xlsx"]
    assert f"Skapade {Path('nytt-förbund') / 'ekonomi.xlsx'}" in result.stdout
    wb = openpyxl.load_workbook(folder / "ekonomi.xlsx")
    assert "Instruktioner" in wb.sheetnames
    assert any(c.value == 2024 for ws in wb for row in ws.iter_rows() for c in row), "year not filled in"
    assert installed.run("new", "nytt-förbund").returncode == 2  # never overwrites


@pytest.fixture(scope="module")
def examples(installed) -> Path:
    """The bundled examples, copied out of the installed package (package data)."""
    installed.python_c(
        "from pathlib import Path\nfrom finsam.resources import copy_example\n"
        "for name in ('sundsvall-2023', 'sundsvall-2023-publicerad'):\n"
        "    copy_example(Path('exempel') / name, name)\n")
    return installed.work / "exempel"


@pytest.mark.wheel
def test_check(installed, examples):
    result = installed.run("check", Path("exempel") / "sundsvall-2023")
    assert result.returncode == 0, result.stderr
    assert "208 kontroller: 208 godkända, 0 fel, 0 avvikelser." in result.stdout  # 24 of them NNS
    result = installed.run("check", Path("exempel") / "sundsvall-2023-publicerad", "--json")
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    schema = json.loads(installed.python_c(
        "from importlib.resources import files\n"
        "print(files('finsam').joinpath('schemas/check.schema.json').read_text(encoding='utf-8'))"))
    import jsonschema

    jsonschema.validate(payload, schema)
    assert payload["summary"]["errors"] == 19 and payload["exit_code"] == 1
    assert any(f["code"] == "br-summa-omsattningstillgangar" and (f["expected"], f["actual"]) == (3696599, 3696600)
               for f in payload["findings"])


@pytest.mark.wheel
def test_build_pdf(installed, examples):
    import openpyxl

    folder = Path("exempel") / "sundsvall-2023"
    result = installed.run("build", folder, "--pdf")
    assert result.returncode == 0, result.stdout + result.stderr
    ut = installed.work / folder / "ut"
    names = sorted(p.name for p in ut.iterdir())
    has_office = bool(installed.python_c("from finsam.render.pdf import soffice; print(soffice() or '')"))
    if IN_CI or has_office:
        assert names == ["revision-2023.xlsx", "årsredovisning-2023.docx", "årsredovisning-2023.pdf"], result.stdout
        pdf = (ut / "årsredovisning-2023.pdf").read_bytes()
        assert pdf.startswith(b"%PDF-") and b"pdfaid" in pdf  # PDF/A claim in the XMP metadata
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(ut / "årsredovisning-2023.pdf"), "-"], capture_output=True,
                                  text=True, check=True).stdout
            assert "1 288 424" in normalise(text)
    else:
        assert names == ["revision-2023.xlsx", "årsredovisning-2023.docx"]
        assert "PDF skapades inte" in result.stdout
    assert f"Skrev {folder / 'ut' / 'årsredovisning-2023.docx'}" in result.stdout
    text = docx_text(ut / "årsredovisning-2023.docx")
    assert "Samordningsförbundet i Sundsvall" in text and "eget kapital vid årets slut är 1 288 424 kr" in text
    assert "UTKAST" not in text
    wb = openpyxl.load_workbook(ut / "revision-2023.xlsx")
    assert {"Kontroller", "Sammanfattning"} <= set(wb.sheetnames)
    assert wb["Kontroller"].max_row > 15


@pytest.mark.wheel
def test_sammanstall(installed, examples):
    result = installed.run("sammanstall", Path("exempel") / "sundsvall-2023",
                           Path("exempel") / "sundsvall-2023-publicerad", "--ut", "samman")
    assert result.returncode == 1, result.stdout + result.stderr  # the published one has fel
    assert "2 förbund sammanställda." in result.stdout and "19 fel i siffrorna" in result.stdout
    out = installed.work / "samman"
    assert sorted(p.name for p in out.iterdir()) == ["sammanställning.docx", "sammanställning.xlsx"]
    text = docx_text(out / "sammanställning.docx")
    assert "Sammanställning av 2 samordningsförbund" in text
    assert "Samordningsförbundet i Sundsvall (2023) | 7 360 000 | 476 308 | 1 288 424" in text


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Browser:
    """Requests as a browser page sends them: the session cookie, the page's CSRF token and
    the same origin (the web page refuses anything else)."""

    def __init__(self, url: str):
        import http.cookiejar

        self.url = url
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.csrf = ""

    def request(self, path, data=None, timeout=180):
        body = None
        headers = {}
        if data is not None:
            body = urllib.parse.urlencode({**data, "csrf": self.csrf}).encode()
            headers["Origin"] = self.url
        try:
            with self.opener.open(urllib.request.Request(self.url + path, data=body, headers=headers),
                                  timeout=timeout) as r:
                out = r.status, r.headers.get_content_type(), r.read()
        except urllib.error.HTTPError as exc:
            out = exc.code, exc.headers.get_content_type(), exc.read()
        if out[1] == "text/html":
            found = re.search(rb'<meta name="csrf" content="([^"]+)"', out[2])
            if found:
                self.csrf = found.group(1).decode()
        return out


@pytest.mark.wheel
def test_serve(installed):
    import openpyxl

    port = _free_port()
    t0 = time.monotonic()
    proc = subprocess.Popen([str(installed.finsam), "serve", "--port", str(port)], cwd=installed.work,
                            env=installed.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")
    url = f"http://127.0.0.1:{port}"
    browser = _Browser(url)
    _request = browser.request
    try:
        for _ in range(300):
            try:
                if _request("/halsa", timeout=1)[0] == 200:
                    break
            except OSError:
                assert proc.poll() is None, proc.communicate()
                time.sleep(0.1)
        status, ctype, page = _request("/")
        assert (status, ctype) == (200, "text/html")
        page = page.decode("utf-8")
        assert 'href="/mallar/ekonomi.xlsx"' in page and 'action="/exempel"' in page and 'action="/bygg"' in page

        # the blank-workbook download
        status, ctype, body = _request("/mallar/ekonomi.xlsx")
        assert (status, ctype) == (200, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        assert "Instruktioner" in openpyxl.load_workbook(io.BytesIO(body)).sheetnames

        # "Prova med exemplet"
        status, ctype, body = _request("/exempel", {})
        assert (status, ctype) == (200, "text/html")
        text = " ".join(body.decode("utf-8").split())
        assert "Inga fel." in text and "ekonomi.xlsx" in text

        # "Skapa rapporter" for the example
        status, ctype, body = _request("/bygg", {"exempel": "1"})
        assert (status, ctype) == (200, "text/html")
        link = re.search(rb'href="(/jobb/[^"/]+/zip)"', body)
        assert link, body[:400]
        status, ctype, body = _request(link.group(1).decode())
        assert (status, ctype) == (200, "application/zip")
        archive = zipfile.ZipFile(io.BytesIO(body))
        members = set(archive.namelist())
        assert {"årsredovisning-2023.docx", "revision-2023.xlsx"} <= members
        assert "årsredovisning-2023.pdf" in members if IN_CI else members & {"årsredovisning-2023.pdf", "LÄS MIG.txt"}
        docx = installed.base / "från-webben.docx"
        docx.write_bytes(archive.read("årsredovisning-2023.docx"))
        assert "eget kapital vid årets slut är 1 288 424 kr" in normalise(docx_text(docx))
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
        installed.timings["serve"] = round(time.monotonic() - t0, 2)
    assert f"http://127.0.0.1:{port}/" in out
    assert "Traceback" not in err
