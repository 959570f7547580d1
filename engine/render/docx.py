"""Render a docxtpl template to bytes, in the sandboxed environment."""
from __future__ import annotations

import io
from pathlib import Path

from .environment import make_environment

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def render_docx(template: Path, context: dict) -> bytes:
    from docxtpl import DocxTemplate  # heavy: imported where used

    tpl = DocxTemplate(str(template))
    tpl.render(context, jinja_env=make_environment(), autoescape=True)
    buf = io.BytesIO()
    tpl.save(buf)
    return buf.getvalue()
