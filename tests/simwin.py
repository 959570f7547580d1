"""A pytest plugin that runs the suite under a simulated Windows, as far as Linux can:

    PYTHONPATH=tests python -m pytest -p simwin      (make test-windows-sim)

- the write path (finsam.render.safe_io) sees an ``os`` named "nt" without fchmod/fchown, that
  cannot open a folder (no folder fsync): WindowsOS, also used by tests/test_platforms.py;
- os.fchmod, os.fchown and os.fork are removed from the interpreter;
- multiprocessing spawns (the default start method, and a "fork" context asked for is given
  spawn), and finsam.batch sees sys.platform "win32".

sys.platform and os.name stay as they are for the interpreter: set globally, the standard
library itself takes its Windows branches (pathlib, zoneinfo, multiprocessing.connection)
and fails on Linux, which would test nothing of finsam.
"""
from __future__ import annotations

import errno
import multiprocessing
import os
import types
import unicodedata

_SAVED: dict = {}


class WindowsOS(types.ModuleType):
    """``os`` with Windows' behaviour where safe_io relies on it."""

    POSIX_ONLY = ("fchmod", "fchown", "fork", "forkpty", "O_DIRECTORY", "getuid", "geteuid", "sync")

    def __init__(self):
        super().__init__("os")
        self.name = "nt"
        self.locked: set[str] = set()
        self.calls: list[str] = []

    def __getattr__(self, attr):
        if attr in self.POSIX_ONLY:
            raise AttributeError(f"module 'os' has no attribute {attr!r} (Windows)")
        return getattr(os, attr)

    def open(self, path, flags, *args, **kwargs):
        if os.path.isdir(path):  # Windows cannot open a folder as a file
            self.calls.append("open-folder")
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return os.open(path, flags, *args, **kwargs)

    def replace(self, src, dst):
        # a sharing violation, as for a file open in Word
        if unicodedata.normalize("NFC", os.path.basename(dst)) in self.locked:
            raise PermissionError(errno.EACCES, "Åtkomst nekad", str(src), None, str(dst))
        self.calls.append("replace")
        return os.replace(src, dst)


def pytest_configure(config):
    import finsam.batch
    from finsam.render import safe_io

    _SAVED.update(safe_io_os=safe_io.os, batch_sys=finsam.batch.sys, get_context=multiprocessing.get_context)
    safe_io.os = WindowsOS()
    finsam.batch.sys = types.SimpleNamespace(platform="win32")
    for name in ("fchmod", "fchown", "fork"):
        if hasattr(os, name):
            _SAVED[name] = getattr(os, name)
            delattr(os, name)
    real_get_context = multiprocessing.get_context

    def get_context(method=None):
        return real_get_context("spawn" if method in (None, "fork") else method)

    multiprocessing.get_context = get_context
    multiprocessing.set_start_method("spawn", force=True)


def pytest_report_header(config):
    return "simulated Windows (tests/simwin.py): no fchmod/fchown/fork, spawn, os.name 'nt' in safe_io"


def pytest_unconfigure(config):
    import finsam.batch
    from finsam.render import safe_io

    if not _SAVED:
        return
    safe_io.os = _SAVED.pop("safe_io_os")
    finsam.batch.sys = _SAVED.pop("batch_sys")
    multiprocessing.get_context = _SAVED.pop("get_context")
    for name, value in list(_SAVED.items()):
        setattr(os, name, value)
    _SAVED.clear()
