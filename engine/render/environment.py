"""The Jinja2 environment every template renders in.

Sandboxed (a template edited by a user cannot reach Python internals), StrictUndefined
(a misspelt field fails loudly instead of printing nothing), autoescape on (``&`` or
``<`` in a cell must not corrupt the docx XML), and a finalize step that strips
characters XML 1.0 cannot hold (control characters pasted from Excel).
"""
from __future__ import annotations

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from .. import fmt
from ..read.values import clean_text


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


def make_environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True, finalize=_finalize,
                               keep_trailing_newline=True)
    env.filters.update(FILTERS)
    return env
