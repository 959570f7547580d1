"""How much of a workbook's row-level data a document shows.

A document's size must not grow with the rows of a workbook (a deltagare sheet of
200 000 rows would make a 40 MB Word file that nobody reads and that takes minutes and
gigabytes to build). A table or list in a document shows at most ``TABLE_ROWS`` rows and
says in Swedish how many it left out and where they are; a chart shows at most
``CHART_BARS`` bars, the rest summed as one bar. Totals are always computed over every
row (in the model), never over the shown ones. A förbund has 5–40 insatser, so a real
document is never cut.
"""
from __future__ import annotations

TABLE_ROWS = 100
CHART_BARS = 40


def head(rows, limit: int = TABLE_ROWS) -> tuple[list, int]:
    """The first ``limit`` of ``rows`` and how many were left out."""
    rows = rows if isinstance(rows, (list, tuple)) else list(rows)
    return list(rows[:limit]), max(0, len(rows) - limit)


def findings(listed: list) -> dict:
    """A draft's ``fynd`` (at most ``TABLE_ROWS``) and ``fynd_utelamnade``, how many more
    there are (the document says so; the auditor's workbook and ``finsam check`` list all)."""
    shown_rows, left_out = head(listed)
    return {"fynd": shown_rows, "fynd_utelamnade": left_out}
