"""The interim budget follow-up's template (budgetuppfoljning.docx)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from . import BLUE, RED, Builder, findings_section, followup_table, split, statement_table  # noqa: F401


def build() -> Document:
    b = Builder("{{ u.forbund }} – Budgetuppföljning per {{ u.per|datum }}")
    b.p("Budgetuppföljning per {{ u.per|datum }}", style="Title")
    b.p("{{ u.forbund }}", size=14, color=BLUE)
    findings_section(b)
    followup_table(b, "u")
    return b.doc
