"""Helpers shared by the web tests: a Flask test client with its CSRF token, uploads, the
example workbooks, a real server on loopback, and a real browser (Debian's chromium)."""
from __future__ import annotations

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import EXAMPLES, ROOT

ANNUAL = ("ekonomi.xlsx", "insatser.xlsx", "deltagare.xlsx", "texter.xlsx")
MEETINGS = ("budgetuppfoljning-2024-03-31.xlsx", "sammantrade-2024-03-22.xlsx", "sammantrade-2024-04-26.xlsx")
CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else (
    shutil.which("chromium") or shutil.which("chromium-browser"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ZIP_NAME = re.compile(r"^sundsvall-(\d{4})-rapporter-\d{4}-\d{2}-\d{2}\.zip$")


def paths(folder: str, names=ANNUAL) -> list[Path]:
    return [EXAMPLES / folder / n for n in names]


def token(client) -> str:
    page = client.get("/")
    return re.search(r'<meta name="csrf" content="([^"]+)"', page.text).group(1)


def upload(files) -> list:
    """(stream, name) pairs for the test client from paths or (name, bytes) pairs."""
    out = []
    for f in files:
        if isinstance(f, Path):
            out.append((io.BytesIO(f.read_bytes()), f.name))
        else:
            name, data = f
            out.append((io.BytesIO(data), name))
    return out


def post(client, path: str, files=(), csrf: str | None = None, headers=None, **fields):
    data = dict(fields)
    data["csrf"] = token(client) if csrf is None else csrf
    if files:
        data["filer"] = upload(files)
    return client.post(path, data=data, content_type="multipart/form-data", headers=headers or {})


def job_link(html: str, what: str) -> str | None:
    m = re.search(r'href="(/jobb/[^"/]+/' + re.escape(what) + ')"', html)
    return m.group(1) if m else None


def text(html: str) -> str:
    """The page's text: tags removed, entities undone, whitespace (also NBSP) collapsed."""
    import html as entities

    return " ".join(entities.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def free_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port


def start_server(env_extra: dict | None = None):
    """``finsam serve`` on a free loopback port: (url, process)."""
    port = free_port()
    env = dict(os.environ, **(env_extra or {}))
    proc = subprocess.Popen([sys.executable, "-m", "finsam", "serve", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/halsa", timeout=1)
            return url, proc
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode(errors="replace"))
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("finsam serve startade inte")


def stop_server(proc) -> None:
    proc.terminate()
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


def new_user(playwright, user_dir: Path, width: int = 1280, height: int = 720):
    """A browser of its own (a fresh user-data-dir): (context, page)."""
    context = playwright.chromium.launch_persistent_context(
        str(user_dir), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, accept_downloads=True,
        viewport={"width": width, "height": height}, locale="sv-SE")
    page = context.pages[0] if context.pages else context.new_page()
    return context, page
