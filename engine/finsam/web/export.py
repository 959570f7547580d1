"""The findings as a workbook (xlsxwriter), without building anything: one row per finding
that did not pass, and the problems of an upload that could not be read. Every cell is
written as a string (``write_string``), so no text from a workbook becomes a formula."""
from __future__ import annotations

import io

FINDINGS = (("dokument", "Dokument", 28), ("typ", "Typ", 10), ("arbetsbok", "Arbetsbok", 26),
            ("blad", "Blad", 20), ("cell", "Cell", 8), ("meddelande", "Meddelande", 70),
            ("forvantat", "Förväntat", 16), ("faktiskt", "Faktiskt", 16), ("kontroll", "Kontroll", 50),
            ("tolerans", "Tolerans", 20), ("kod", "Kod (för support)", 28))
PROBLEMS = (("arbetsbok", "Arbetsbok", 30), ("plats", "Plats", 40), ("meddelande", "Meddelande", 90))


def findings_workbook(rows: list[dict], problem_rows: list[dict]) -> bytes:
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "strings_to_numbers": False})
    head = book.add_format({"bold": True, "bg_color": "#EEF3F8", "border": 1, "text_wrap": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    fel = book.add_format({"text_wrap": True, "valign": "top", "font_color": "#9C0006", "bg_color": "#FBE3E4"})
    avv = book.add_format({"text_wrap": True, "valign": "top", "font_color": "#7F6000", "bg_color": "#FFF2CC"})

    def sheet(name, columns, data, shade=False):
        ws = book.add_worksheet(name)
        for c, (_, title, width) in enumerate(columns):
            ws.write_string(0, c, title, head)
            ws.set_column(c, c, width)
        for r, row in enumerate(data, start=1):
            fmt = (fel if row.get("typ") == "fel" else avv) if shade else wrap
            for c, (key, _, _) in enumerate(columns):
                ws.write_string(r, c, str(row.get(key, "") or ""), fmt if key == "typ" else wrap)
        ws.freeze_panes(1, 0)
        if data:
            ws.autofilter(0, 0, len(data), len(columns) - 1)
        return ws

    ws = sheet("Fynd", FINDINGS, rows, shade=True)
    if not rows:
        ws.write_string(1, 0, "Inga fel och inga avvikelser." if not problem_rows else
                        "Arbetsböckerna kunde inte läsas; se bladet Kan inte läsas.")
    if problem_rows:
        sheet("Kan inte läsas", PROBLEMS, problem_rows)
    book.close()
    return buf.getvalue()
