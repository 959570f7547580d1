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
from .amounts import Shown
from .text import rich


def _finalize(value):
    if isinstance(value, str):
        return clean_text(value)
    return value


def _antal(value):
    return fmt.count(value)


def _tal(value) -> str:
    """An amount in its table's unit, without the unit (the header names it): 1 288 424,
    5 695, 12,35. A blank (not reported) stays blank."""
    if value is None:
        return ""
    if isinstance(value, Shown):
        return fmt.number(value.value, value.decimals)
    return fmt.trimmed(value)


def _belopp(value) -> str:
    """An amount with its unit, for a sentence: "7 360 000 kr", "5 695 tkr"."""
    if value is None:
        return "uppgift saknas"
    if isinstance(value, Shown):
        return fmt.number(value.value, value.decimals) + fmt.NBSP + value.unit
    return fmt.kr(value) + fmt.NBSP + "kr"


def _amount_or(filter_fn):
    def apply(value, *args):
        if isinstance(value, Shown):
            return _tal(value)
        return filter_fn(value, *args)
    return apply


def _whole(value) -> str:
    if isinstance(value, Shown):
        return fmt.number(value.value, 0)
    return fmt.number(value)


def _stycke(block, kursiv: bool = False, fet: bool = False):
    """A paragraph of free text (``render.text.Block``) as its runs, for ``{{r s|stycke }}``."""
    return rich(block, italic=kursiv, bold=fet)


FILTERS = {
    "tal": _tal,                      # an amount in its table's unit: 1 288 424 / 5 695
    "belopp": _belopp,                # with its unit, for sentences: 5 695 tkr
    "kr": _amount_or(fmt.kr),         # 1 288 424
    "tkr": _amount_or(fmt.tkr),       # 1 288 (a figure already in tkr), 1 844,5 when it has a half
    "tkr_hel": _whole,                # rounded to whole units: a sum row printed as the förbund does
    "kr_tkr": fmt.kr_as_tkr,          # kronor shown in tkr
    "pct": fmt.percent,               # 17,5 %
    "antal": _antal,                  # 734
    "datum": fmt.date,                # 2024-03-22
    "stycke": _stycke,                # free text: {{r s|stycke }} (bold and italic runs)
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
