"""Render stage: model, figures and findings in; documents out (as bytes, written
atomically by the caller)."""
from __future__ import annotations

from ..check.finding import Finding
from ..model.figures import Figures
from ..model.types import Forbund
from .context import annual_report_context
from .docx import render_docx


def annual_report(f: Forbund, fig: Figures, results: list[Finding], draft: bool = False) -> bytes:
    context = annual_report_context(f, fig, results, draft)
    return render_docx("arsredovisning.docx", context)


__all__ = ["annual_report"]
