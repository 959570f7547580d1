"""A warm LibreOffice: one long-lived ``soffice`` per finsam process, driven over UNO.

Starting LibreOffice costs about 1.5-2 s; converting a document in a running one costs a few
tenths of a second. So the first conversion starts ``soffice --headless --accept=pipe,...`` with
a private temporary profile, and every later one reuses it.

finsam's interpreter (a venv) usually cannot import LibreOffice's ``uno`` module: it belongs
to LibreOffice's own Python (Windows, macOS) or to the system Python (Debian's python3-uno). So
the UNO calls live in ``office_worker.py``, a small script run under such a Python, talking
JSON lines over its stdin/stdout. We use a named UNO pipe, not a TCP port: no port to pick or
collide on, and no socket that other local users could connect to.

The shared office (``shared()``) is thread-safe (one conversion at a time: LibreOffice runs
documents under one global lock anyway), restarted when it has died, stopped at interpreter
exit, never inherited by a forked child, and ``None`` when it cannot start, so callers fall
back to a one-shot ``soffice --convert-to``. End of the worker's stdin (finsam died) makes the
worker terminate LibreOffice, so no office outlives finsam.

``unoserver`` does the same job but has to be installed into the Python that has uno, which is
not ours to install into; the worker copies its two-pass index update.
"""
from __future__ import annotations

import atexit
import json
import os
import queue
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

WORKER = Path(__file__).with_name("office_worker.py")
START_TIMEOUT = 60.0      # seconds for LibreOffice to answer on its pipe (cold start is ~2 s)
RETRY_AFTER = 60.0        # after a failed start, use the one-shot path this long before retrying

# Seams for the lookup tests.
_which = shutil.which
_is_file = os.path.isfile


def soffice_candidates(environ=None) -> list[str]:
    """Where LibreOffice installs on this platform, in the order we try them (after PATH)."""
    environ = os.environ if environ is None else environ
    if sys.platform == "win32" or os.name == "nt":
        bases = [environ.get("ProgramFiles", r"C:\Program Files"), environ.get("ProgramW6432", ""),
                 environ.get("ProgramFiles(x86)", r"C:\Program Files (x86)"),
                 r"C:\Program Files", r"C:\Program Files (x86)"]
        found = [b.rstrip("\\") + r"\LibreOffice\program\soffice.exe" for b in bases if b]
    elif sys.platform == "darwin":
        app = "LibreOffice.app/Contents/MacOS/soffice"
        found = [f"/Applications/{app}", os.path.join(os.path.expanduser("~"), "Applications", app)]
    else:
        found = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
                 "/opt/libreoffice/program/soffice", "/snap/bin/libreoffice"]
    return list(dict.fromkeys(found))


def find_soffice(environ=None) -> str | None:
    """LibreOffice's ``soffice``: $FINSAM_SOFFICE if set (and only then), else PATH
    (soffice, libreoffice), else where the installer puts it on Windows, macOS or Linux."""
    environ = os.environ if environ is None else environ
    override = environ.get("FINSAM_SOFFICE")
    if override:
        return override if _is_file(override) else _which(override)
    for name in ("soffice", "libreoffice"):
        path = _which(name)
        if path:
            return path
    return next((path for path in soffice_candidates(environ) if _is_file(path)), None)


_UNO_PYTHON: dict[str, str | None] = {}


def _has_uno(python: str) -> bool:
    # Asked the way the worker will run: another process, with _worker_env().
    try:
        return subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=30,
                              env=_worker_env()).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def find_uno_python(soffice: str, environ=None) -> str | None:
    """A Python interpreter that can ``import uno`` for this LibreOffice: $FINSAM_UNO_PYTHON,
    LibreOffice's own (program/python[.exe]; Resources/python on macOS), this interpreter, or
    the system's python3 (Debian/Ubuntu: python3-uno). Cached per soffice."""
    environ = os.environ if environ is None else environ
    if soffice in _UNO_PYTHON:
        return _UNO_PYTHON[soffice]
    program = os.path.dirname(os.path.realpath(soffice))
    candidates = [environ.get("FINSAM_UNO_PYTHON", ""),
                  os.path.join(program, "python.exe"), os.path.join(program, "python"),
                  os.path.join(os.path.dirname(program), "Resources", "python"),
                  sys.executable, "/usr/bin/python3", _which("python3") or ""]
    found = None
    for python in dict.fromkeys(c for c in candidates if c):
        if _is_file(python) and _has_uno(python):
            found = python
            break
    _UNO_PYTHON[soffice] = found
    return found


# The profile's locale: Swedish number formats where LibreOffice formats numbers itself (the
# charts' axes and data labels: 1 288 424, 95 %), whatever the machine's locale is.
PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
<value>sv-SE</value></prop></item>
</oor:items>
"""


def swedish_profile(profile: Path) -> None:
    """Seed a new LibreOffice profile folder with the Swedish locale setting."""
    user = profile / "user"
    user.mkdir(parents=True, exist_ok=True)
    settings = user / "registrymodifications.xcu"
    if not settings.exists():
        settings.write_text(PROFILE_SETTINGS, encoding="utf-8")


def _worker_env() -> dict[str, str]:
    # The worker runs under another interpreter: none of ours may leak into it.
    return {k: v for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV")}


class OfficeError(Exception):
    """LibreOffice could not start, or died, or did not answer in time."""


class OfficeTimeout(OfficeError):
    """LibreOffice did not answer in time; it has been killed (the next call starts a new one)."""


class ConversionError(Exception):
    """LibreOffice is fine but could not convert this document."""


class Office:
    """One LibreOffice process and its UNO worker. Use ``convert``; it starts (or restarts) the
    office as needed. All methods are thread-safe."""

    def __init__(self, soffice: str, python: str, start_timeout: float = START_TIMEOUT):
        self.soffice, self.python, self.start_timeout = soffice, python, start_timeout
        self.owner = os.getpid()
        self.starts = 0
        self._lock = threading.RLock()
        self._proc: subprocess.Popen | None = None      # soffice (on Linux the oosplash wrapper)
        self._worker: subprocess.Popen | None = None
        self._answers: queue.Queue = queue.Queue()
        self._tmp: str | None = None

    # -- life cycle -------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None

    def alive(self) -> bool:
        with self._lock:
            return (self._proc is not None and self._proc.poll() is None
                    and self._worker is not None and self._worker.poll() is None)

    def start(self) -> None:
        with self._lock:
            if self.alive():
                return
            self._kill()
            self._tmp = tempfile.mkdtemp(prefix="finsam-office-")
            profile = Path(self._tmp) / "profil"
            swedish_profile(profile)
            pipe = f"finsam-{os.getpid()}-{secrets.token_hex(8)}"
            group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if os.name == "nt"
                     else {"start_new_session": True})
            try:
                self._proc = subprocess.Popen(
                    [self.soffice, "--headless", "--invisible", "--nologo", "--nodefault",
                     "--norestore", "--nolockcheck", f"-env:UserInstallation={profile.as_uri()}",
                     f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    **group)
                with open(Path(self._tmp) / "worker.log", "wb") as log:
                    self._worker = subprocess.Popen(
                        [self.python, str(WORKER), pipe, str(self.start_timeout), str(self._proc.pid),
                         self._tmp],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log,
                        env=_worker_env(), text=True, encoding="utf-8", bufsize=1)
            except OSError as exc:
                self._kill()
                raise OfficeError(f"LibreOffice kunde inte startas: {exc}") from exc
            self._answers = answers = queue.Queue()
            threading.Thread(target=_read_lines, args=(self._worker.stdout, answers),
                             name="finsam-office-reader", daemon=True).start()
            try:
                ready = self._answer(self.start_timeout + 10)
            except OfficeError:
                self._kill()
                raise
            if not ready.get("ready"):
                self._kill()
                raise OfficeError(ready.get("error", "LibreOffice startade inte"))
            self.starts += 1

    def stop(self, timeout: float = 10.0) -> None:
        """Ask LibreOffice to quit, then make sure every process of it is gone."""
        with self._lock:
            if self.owner != os.getpid():
                return  # a forked child never stops its parent's office
            worker = self._worker
            if worker is not None and worker.poll() is None:
                try:
                    worker.stdin.write(json.dumps({"op": "quit"}) + "\n")
                    worker.stdin.flush()
                    worker.stdin.close()
                    worker.wait(timeout)
                except (OSError, ValueError, subprocess.TimeoutExpired):
                    pass
            if self._proc is not None:
                try:
                    self._proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    pass
            self._kill()

    def _kill(self) -> None:
        """Kill LibreOffice's whole process group and the worker; remove the profile."""
        proc, worker, self._proc, self._worker = self._proc, self._worker, None, None
        if proc is not None:
            _kill_tree(proc)
        if worker is not None:
            if worker.poll() is None:
                worker.kill()
            worker.wait()
            for stream in (worker.stdin, worker.stdout):
                try:
                    stream.close()
                except (OSError, ValueError):
                    pass
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    # -- requests ---------------------------------------------------------------------------

    def _answer(self, timeout: float) -> dict:
        try:
            line = self._answers.get(timeout=timeout)
        except queue.Empty:
            raise OfficeTimeout(f"LibreOffice svarade inte inom {timeout:.0f} s") from None
        if line is None:
            raise OfficeError("LibreOffice avslutades oväntat")
        return json.loads(line)

    def _request(self, req: dict, timeout: float) -> dict:
        try:
            self._worker.stdin.write(json.dumps(req) + "\n")
            self._worker.stdin.flush()
        except (OSError, ValueError) as exc:
            raise OfficeError("LibreOffice avslutades oväntat") from exc
        return self._answer(timeout)

    def convert(self, op: str, src: Path, dst: Path, options: dict | None = None,
                timeout: float = 240, toc: bool = False) -> dict:
        """``op`` "pdf" (writer_pdf_Export with ``options`` as FilterData) or "docx" (MS Word
        2007 XML), indexes updated first. Returns the worker's answer: "indexes", how many
        indexes the document has, and with ``toc`` "toc", the (text, page) entries of its
        tables of contents as laid out for this conversion (one load for both). Starts the
        office if needed and retries once in a new one if it died. Raises ConversionError for a
        document LibreOffice cannot convert, OfficeTimeout (not retried: the same document would
        hang again) when it took longer than ``timeout``, OfficeError when LibreOffice fails."""
        req = {"op": op, "src": str(src), "dst": str(dst), "options": options or {}, "toc": toc}
        with self._lock:
            for attempt in (1, 2):
                self.start()
                try:
                    answer = self._request(req, timeout)
                except OfficeError as exc:
                    self._kill()  # hung or died: never reuse it
                    if attempt == 2 or isinstance(exc, OfficeTimeout):
                        raise
                    continue
                if answer.get("ok"):
                    return answer
                if not answer.get("dead"):
                    raise ConversionError(answer.get("error", ""))
                self._kill()
                if attempt == 2:
                    raise OfficeError(answer.get("error", "LibreOffice avslutades oväntat"))
        raise AssertionError("unreachable")


def _read_lines(stream, answers: queue.Queue) -> None:
    try:
        for line in stream:
            answers.put(line)
    except (OSError, ValueError):
        pass
    answers.put(None)


def _kill_tree(proc: subprocess.Popen) -> None:
    """soffice is a launcher (oosplash, soffice.exe) with soffice.bin as its child; both go."""
    if os.name == "nt":
        if proc.poll() is None:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True)
    else:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # its own session: pgid == pid
        except (ProcessLookupError, PermissionError):
            pass
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# -- the process-wide office ---------------------------------------------------------------

class _Shared:
    def __init__(self):
        self.lock = threading.Lock()
        self.office: Office | None = None
        self.failed_at = -RETRY_AFTER
        self.error = ""


_SHARED = _Shared()


def shared(soffice: str) -> Office | None:
    """The process's running office for ``soffice``, started on first use; None when it cannot
    start (no Python with uno, or LibreOffice does not answer), retried after RETRY_AFTER s."""
    state = _SHARED
    with state.lock:
        office = state.office
        if office is not None and (office.owner != os.getpid() or office.soffice != soffice):
            if office.owner == os.getpid():
                office.stop()
            office = state.office = None  # forked child: the parent's office is not ours
        if office is None:
            if time.monotonic() - state.failed_at < RETRY_AFTER:
                return None
            python = find_uno_python(soffice)
            if python is None:
                state.failed_at, state.error = time.monotonic(), "ingen Python med uno"
                return None
            office = Office(soffice, python)
            _stop_with_pool_worker()
        try:
            office.start()
        except OfficeError as exc:
            state.failed_at, state.error, state.office = time.monotonic(), str(exc), None
            return None
        state.office = office
        return office


_FINALIZED: set[int] = set()


def _stop_with_pool_worker() -> None:
    """A multiprocessing worker ends with os._exit, which skips atexit; its own finalizers run."""
    mp = sys.modules.get("multiprocessing")
    if mp is None or os.getpid() in _FINALIZED or mp.current_process().name == "MainProcess":
        return
    import multiprocessing.util

    multiprocessing.util.Finalize(None, shutdown, exitpriority=100)
    _FINALIZED.add(os.getpid())


def shutdown() -> None:
    """Stop the process's office (registered with atexit)."""
    state = _SHARED
    with state.lock:
        office, state.office = state.office, None
    if office is not None:
        office.stop()


atexit.register(shutdown)
