"""The Jinja2 environment every template renders in.

Sandboxed (a template edited by a user cannot reach Python internals), StrictUndefined
(a misspelt field fails loudly instead of printing nothing), autoescape on (``&`` or
``<`` in a cell must not corrupt the docx XML), and a finalize step that strips
characters XML 1.0 cannot hold (control characters pasted from Excel).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from jinja2 import BaseLoader, FileSystemBytecodeCache, StrictUndefined, TemplateNotFound
from jinja2.sandbox import SandboxedEnvironment

from .. import fmt
from ..names import clean_text


def _finalize(value):
    if isinstance(value, str):
        return clean_text(value)
    return value


def _antal(value):
    return fmt.count(value)


FILTERS = {
    "kr": fmt.kr,                 # 1 288 424
    "tkr": fmt.tkr,               # 1 288 (a figure already in tkr), 1 844,5 when it has a half
    "tkr_hel": fmt.number,        # rounded to whole tkr
    "kr_tkr": fmt.kr_as_tkr,      # kronor shown in tkr
    "pct": fmt.percent,           # 17,5 %
    "antal": _antal,              # 734
    "datum": fmt.date,            # 2024-03-22
}


class _SourceLoader(BaseLoader):
    """Serves template sources registered under their SHA-1, so that a docx part's XML
    compiles once (in memory, and on disk through the bytecode cache) and not per render."""

    def __init__(self):
        self.sources: dict[str, str] = {}

    def get_source(self, environment, name):
        if name not in self.sources:
            raise TemplateNotFound(name)
        return self.sources[name], None, lambda: True


class CachingSandboxedEnvironment(SandboxedEnvironment):
    def from_string(self, source, globals=None, template_class=None):
        if not isinstance(source, str) or len(source) < 2000:
            return super().from_string(source, globals, template_class)
        key = hashlib.sha1(source.encode("utf-8")).hexdigest()
        self.loader.sources.setdefault(key, source)
        return self.get_template(key, globals=globals)


def _bytecode_cache() -> FileSystemBytecodeCache | None:
    base = os.environ.get("FINSAM_CACHE") or os.environ.get("XDG_CACHE_HOME") or \
        os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "finsam" / "jinja"
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        probe = path / ".probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return None  # no writable cache: compile in memory only
    return FileSystemBytecodeCache(str(path))


_ENV: CachingSandboxedEnvironment | None = None


def make_environment() -> SandboxedEnvironment:
    """The one environment of this process (compiled templates are reused across renders)."""
    global _ENV
    if _ENV is None:
        env = CachingSandboxedEnvironment(undefined=StrictUndefined, autoescape=True, finalize=_finalize,
                                          keep_trailing_newline=True, loader=_SourceLoader(),
                                          bytecode_cache=_bytecode_cache(), auto_reload=False)
        env.filters.update(FILTERS)
        _ENV = env
    return _ENV
