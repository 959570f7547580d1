"""The interim budget follow-up's template (budgetuppfoljning.docx)."""
from __future__ import annotations

from docx import Document

from . import BLUE, Builder, findings_section, followup_table


def build() -> Document:
    b = Builder("{{ u.forbund }} – Budgetuppföljning per {{ u.per|datum }}",
                title="{% if utkast %}Utkast: {% endif %}Budgetuppföljning per {{ u.per|datum }} – {{ u.forbund }}",
                author="{{ u.forbund }}")
    b.logo()
    b.p("Budgetuppföljning per {{ u.per|datum }}", style="Title")
    b.p("{{ u.forbund }}", size=14, color=BLUE, keep=True)
    findings_section(b)
    followup_table(b, "u")
    return b.doc
