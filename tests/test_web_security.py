"""finsam serve must not be drivable by a site the user merely visits, must answer only to
its own loopback name, must stay bounded under a burst, and no workbook may make it open a
file outside the request's own temporary folder."""
from __future__ import annotations

import builtins
import http.cookiejar
import io
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import threading
import urllib.request

import pytest

from conftest import EXAMPLES, ROOT
from webtools import MEETINGS, paths, post, token, upload


@pytest.fixture
def app():
    from finsam.web.app import create_app

    app = create_app(processes=False)
    yield app
    app.extensions["finsam"].shutdown()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def temp_dirs(tmp_path, monkeypatch):
    """The folder every temporary directory of the app goes into, and a list of those made."""
    made = []
    real = tempfile.mkdtemp

    def mkdtemp(*args, **kwargs):
        path = real(*args, **kwargs)
        if os.path.basename(path).startswith("finsam-web-"):   # not LibreOffice's profile, say
            made.append(path)
        return path

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    return made


def _jobs(app) -> int:
    return len(app.extensions["finsam"]._jobs)


def _refused(r, app, temp_dirs, status=403):
    assert r.status_code == status, r.status_code
    assert r.mimetype != "application/zip" and "/zip" not in r.text
    assert temp_dirs == [] and _jobs(app) == 0      # nothing saved, nothing started, nothing built


# -- cross-site requests ----------------------------------------------------------------------

def test_cross_origin_post_is_refused(app, client, temp_dirs):
    files = paths("sundsvall-2023")
    r = post(client, "/bygg", files, headers={"Origin": "http://angripare.example"})
    _refused(r, app, temp_dirs)
    assert "Begäran kom inte från finsam-sidan och utfördes inte." in r.text
    _refused(post(client, "/bygg", files, headers={"Sec-Fetch-Site": "cross-site"}), app, temp_dirs)
    _refused(post(client, "/bygg", files, headers={"Sec-Fetch-Site": "same-site"}), app, temp_dirs)
    _refused(post(client, "/kontrollera", files, headers={"Origin": "null"}), app, temp_dirs)
    # A form on another site has no token, or a wrong one; a token from another session fails too.
    _refused(post(client, "/bygg", files, csrf=""), app, temp_dirs)
    _refused(post(client, "/bygg", files, csrf="gissat"), app, temp_dirs)
    other = app.test_client()
    _refused(post(client, "/bygg", files, csrf=token(other)), app, temp_dirs)
    fresh = app.test_client()                        # never loaded the page: no session at all
    _refused(fresh.post("/bygg", data={"csrf": "x", "filer": upload(files)}, content_type="multipart/form-data"),
             app, temp_dirs)
    # The page itself (same origin, with its token) works.
    ok = post(client, "/kontrollera", files, headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"})
    assert ok.status_code == 200 and "Inga fel." in ok.text


def test_async_refusal_is_json(app, client, temp_dirs):
    r = post(client, "/bygg", paths("sundsvall-2023"), headers={"X-Finsam-Jobb": "1", "Origin": "http://x.example"})
    assert r.status_code == 403 and r.is_json and "utfördes inte" in r.json["fel"]
    assert temp_dirs == [] and _jobs(app) == 0


def test_foreign_host_header_is_refused(app, client, temp_dirs):
    csrf = token(client)
    for host in ("angripare.example", "angripare.example:8000", "localhost.angripare.example",
                 "127.0.0.1.nip.io", "192.168.1.10:8000"):
        r = client.get("/", headers={"Host": host})
        assert r.status_code == 421 and "svarar bara på adressen till den här datorn" in r.text
        r = post(client, "/bygg", paths("sundsvall-2023"), csrf=csrf, headers={"Host": host})
        _refused(r, app, temp_dirs, status=421)
    for host in ("localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000"):
        assert client.get("/", headers={"Host": host}).status_code == 200


def test_security_headers(client):
    r = post(client, "/kontrollera", paths("sundsvall-2023"))
    for resp in (client.get("/"), client.get("/static/finsam.js"), client.get("/mallar.zip"), r):
        h = resp.headers
        csp = h["Content-Security-Policy"]
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
        assert h["X-Content-Type-Options"] == "nosniff" and h["X-Frame-Options"] == "DENY"
        assert h["Referrer-Policy"] == "no-referrer"
    cookie = client.get("/").headers.get("Set-Cookie") or r.headers.get("Set-Cookie") or ""
    page = client.get("/").text
    assert "<script>" not in page and " onclick=" not in page and " style=" not in page


def test_preview_is_sanitised():
    from finsam.web.preview import sanitise

    html = sanitise('<h1 onclick="x()">Rubrik</h1><script>alert(1)</script><a href="javascript:alert(1)">a</a>'
                    '<a href="https://exempel.se">b</a><img src="x" onerror="alert(1)"><iframe src="/"></iframe>'
                    '<img src="data:image/png;base64,iVBORw0KGgo="><img src="data:text/html,<b>">'
                    '<p style="background:url(x)">c</p><form action="/bygg"><input name="csrf"></form>')
    assert "<script" not in html and "onclick" not in html and "onerror" not in html and "javascript:" not in html
    assert "<iframe" not in html and "<form" not in html and "<input" not in html and "style=" not in html
    assert "<h1>Rubrik</h1>" in html and 'href="https://exempel.se"' in html
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in html and "data:text/html" not in html


# -- a bounded burst on loopback -------------------------------------------------------------

def _session(base: str):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(base + "/", timeout=30).read().decode()
    return opener, re.search(r'<meta name="csrf" content="([^"]+)"', page).group(1)


def _multipart(fields: dict, files: list) -> tuple[bytes, str]:
    boundary = "finsamgrans7d1"
    out = io.BytesIO()
    for k, v in fields.items():
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    for path in files:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="filer"; filename="{path.name}"\r\n'
                  "Content-Type: application/octet-stream\r\n\r\n".encode())
        out.write(path.read_bytes() + b"\r\n")
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), f"multipart/form-data; boundary={boundary}"


def _send(opener, csrf, url, files):
    body, ctype = _multipart({"csrf": csrf}, files)
    req = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": ctype, "X-Finsam-Jobb": "1", "X-CSRF-Token": csrf})
    try:
        with opener.open(req, timeout=60) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_burst_of_concurrent_builds_is_bounded(app, temp_dirs, monkeypatch):
    """Ten browsers ask for a build at once: two build, two wait, six are told at once that
    finsam is busy, and nothing is saved or built for those six."""
    from werkzeug.serving import make_server

    from finsam.web import work

    gate, entered, real = threading.Event(), [], work._build

    def held(*args, **kwargs):
        entered.append(1)
        gate.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(work, "_build", held)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        users = [_session(base) for _ in range(10)]
        files = paths("sundsvall-2023")
        answers = [None] * 10

        def go(i):
            answers[i] = _send(*users[i], base + "/bygg", files)

        threads = [threading.Thread(target=go, args=(i,)) for i in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        accepted = [a for a in answers if a[0] == 202]
        refused = [a for a in answers if a[0] == 503]
        assert len(accepted) == 4 and len(refused) == 6, [a[0] for a in answers]
        assert all("finsam är upptaget" in a[1]["fel"] and "Inget har skapats" in a[1]["fel"] for a in refused)
        assert len(temp_dirs) == 4                      # the refused six saved nothing
        # The same browser cannot start a second build while its first is under way.
        status, body = _send(*users[answers.index(accepted[0])], base + "/bygg", files)
        assert status == 429 and "redan" in body["fel"]
        gate.set()
        runner = app.extensions["finsam"]
        built = []
        for _, body in accepted:
            job = runner._jobs[body["jobb"]]
            built.append(job.wait(120))
        assert all("zip" in r for r in built) and len(entered) == 4
        assert all(not os.path.exists(d) for d in temp_dirs)
    finally:
        gate.set()
        server.shutdown()


# -- time and memory limits in a worker ------------------------------------------------------

def test_worker_limits_time_and_memory():
    code = """
import time
from finsam.web import work
work._process = True
try:
    with work.limits(1, 64):
        time.sleep(5)
    print("ingen tidsgräns")
except work.JobTimeout:
    print("tidsgräns")
try:
    with work.limits(30, 64):
        data = bytearray(512 * 2**20)
    print("ingen minnesgräns")
except MemoryError:
    print("minnesgräns")
data = bytearray(256 * 2**20)   # the limit is lifted after the job
print("efteråt ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["tidsgräns", "minnesgräns", "efteråt", "ok"], out.stderr


# -- nothing outside the request's own folder ------------------------------------------------

def _followup(tmp_path, link: str) -> pathlib.Path:
    sys.path.insert(0, str(EXAMPLES / "data"))
    import copy

    import sundsvall_2024

    from finsam.kinds import all_workbooks
    from finsam.schema.write import write_workbook

    schema_name, data = copy.deepcopy(sundsvall_2024.MEETINGS[MEETINGS[0]])
    data["uppgifter"]["foregaende_ar"] = link
    schema = next(s for s in all_workbooks() if s.filename == schema_name)
    path = tmp_path / "in" / link.replace("/", "_").replace(".", "p") / MEETINGS[0]
    path.parent.mkdir(parents=True)
    write_workbook(schema, path, data)
    return path


@pytest.mark.parametrize("link", ["../../etc", "../fälla", "FÄLLA"], ids=["etc", "granne", "absolut"])
def test_no_workbook_makes_the_server_open_a_file_outside_its_folder(app, client, tmp_path, monkeypatch, link):
    """A follow-up whose "Föregående års mapp" points at ../../etc, at a sibling of the request's
    folder, or at an absolute path holding a real ekonomi.xlsx: nothing there is opened or listed."""
    import shutil

    tmp_root = tmp_path / "tmp"
    tmp_root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_root))
    trap_abs = tmp_path / "fälla-absolut"
    for trap in (trap_abs, tmp_root / "fälla", tmp_root / "etc"):   # where the links would lead
        trap.mkdir()
        shutil.copyfile(EXAMPLES / "sundsvall-2023" / "ekonomi.xlsx", trap / "ekonomi.xlsx")
    link = str(trap_abs) if link == "FÄLLA" else link
    workbook = _followup(tmp_path, link)
    sent = [(workbook.name, workbook.read_bytes())]      # read here, before the recording starts
    csrf = token(client)

    opened: list[str] = []
    listed: list[str] = []
    real_open, real_io_open, real_os_open = builtins.open, io.open, os.open
    real_path_open, real_scandir, real_listdir = pathlib.Path.open, os.scandir, os.listdir

    def rec(path, into=opened, dir_fd=None):
        if isinstance(path, int):                       # an open descriptor: a pipe, or os.scandir(fd)
            if into is opened:
                return
            path = os.readlink(f"/proc/self/fd/{path}")
        if isinstance(path, (str, bytes, os.PathLike)):
            path = os.fsdecode(path)
            if dir_fd is not None:                      # shutil.rmtree's os.open(name, dir_fd=…)
                path = os.path.join(os.readlink(f"/proc/self/fd/{dir_fd}"), path)
            into.append(os.path.abspath(path))

    monkeypatch.setattr(builtins, "open", lambda f, *a, **k: (rec(f), real_open(f, *a, **k))[1])
    monkeypatch.setattr(io, "open", lambda f, *a, **k: (rec(f), real_io_open(f, *a, **k))[1])
    monkeypatch.setattr(os, "open", lambda f, *a, **k: (rec(f, dir_fd=k.get("dir_fd")), real_os_open(f, *a, **k))[1])
    monkeypatch.setattr(pathlib.Path, "open", lambda self, *a, **k: (rec(self), real_path_open(self, *a, **k))[1])
    monkeypatch.setattr(os, "scandir", lambda p=".": (rec(p, listed), real_scandir(p))[1])
    monkeypatch.setattr(os, "listdir", lambda p=".": (rec(p, listed), real_listdir(p))[1])
    for action in ("/kontrollera", "/bygg"):
        r = post(client, action, sent, csrf=csrf)
        assert r.status_code == 200, r.status_code
        assert "20 av 21 kontroller godkända" in " ".join(r.text.split())   # last year was not read
    monkeypatch.undo()

    code_dirs = {os.path.abspath(p) for p in (sys.prefix, sys.base_prefix, ROOT / "engine", ROOT / "templates",
                                              ROOT / "workbooks", ROOT / "examples")}
    code_dirs.add(os.path.abspath(os.path.dirname(os.__file__)))
    code_dirs.add(os.path.expanduser("~/.cache/finsam"))     # the template renderer's compiled-template cache
    code_dirs.add("/usr/share/zoneinfo")
    data_files = [p for p in opened if not any(p.startswith(d + os.sep) for d in code_dirs)
                  and not p.startswith("/proc/") and not p.startswith("/dev/")]
    job_dirs = [str(tmp_root / d) for d in os.listdir(tmp_root) if d.startswith("finsam-")] or []
    outside = [p for p in data_files
               if not p.startswith(str(tmp_root / "finsam-")) and p not in ("/etc/mime.types", "/etc/localtime")]
    assert outside == [], sorted(set(outside))
    for trap in (str(trap_abs), str(tmp_root / "fälla"), str(tmp_root / "etc")):
        assert not any(p.startswith(trap) for p in opened + listed), trap
    assert job_dirs == []                                   # and the request's folder is gone
    assert any(p.endswith(MEETINGS[0]) and "/finsam-web-" in p for p in opened)   # the upload itself was read
