"""The roll-up of many förbund: a workbook with live totals and a short Word summary.

Only förbund whose figures hold together are summed: a förbund with fel in its figures is
listed with its figures but left out of the totals, and so is a second folder with the same
förbund and year (which would count it twice); the roll-up warns about such duplicates."""
from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from .arsredovisning import show_split
from .docx import build_time, render_docx

PERCENT = "0.0 %"  # 20,0 % in a Swedish Excel
SUM_KEYS = ("driftsbidrag", "resultat", "eget_kapital", "individ", "deltagare", "deltagare_kvinnor",
            "deltagare_man", "arbete_studier", "arbete_studier_kvinnor", "arbete_studier_man", "fel",
            "avvikelser")


def classify(rows: list[dict]) -> tuple[list[dict], list[dict], list[str]]:
    """(summed, listed, warnings): the förbund that go into the totals; those shown but not
    summed, each with its reason (``skal``): fel in its figures, or the same förbund and year
    as a folder already summed; and a warning per förbund and year found in several folders."""
    from ..names import norm

    readable = [r for r in rows if "fel_vid_lasning" not in r]
    summed: list[dict] = []
    listed: list[dict] = []
    first: dict[tuple, dict] = {}
    folders: dict[tuple, list[str]] = {}
    for r in readable:
        key = (norm(str(r.get("namn", ""))), r.get("ar"))
        folders.setdefault(key, []).append(str(r.get("mapp", "")))
        if r.get("fel"):
            n = int(r["fel"])
            listed.append(dict(r, skal=f"{n} fel i siffrorna"))
        elif key in first:
            listed.append(dict(r, skal=f"samma förbund och år som mappen {_folder(first[key])}"))
        else:
            first[key] = r
            summed.append(r)
    warnings = []
    for r in readable:
        key = (norm(str(r.get("namn", ""))), r.get("ar"))
        if len(folders.get(key, ())) > 1:
            names = ", ".join(Path(f).name or f for f in folders.pop(key))
            warnings.append(f"{r.get('namn')} {r.get('ar')} finns i flera mappar ({names}); "
                            "förbundet räknas bara en gång i summan.")
    return summed, listed, warnings


def _folder(row: dict) -> str:
    folder = str(row.get("mapp", ""))
    return Path(folder).name or folder


def totals(rows: list[dict]) -> dict:
    """The sums over the förbund that are summed (``classify``), and the ratios of the sums."""
    ok, _, _ = classify(rows)
    out = {key: sum((Decimal(r[key]) for r in ok), Decimal(0)) for key in SUM_KEYS}
    out["ek_andel"] = out["eget_kapital"] / out["driftsbidrag"] if out["driftsbidrag"] else None
    out["individ_andel"] = out["individ"] / out["driftsbidrag"] if out["driftsbidrag"] else None
    out["antal"] = len(ok)
    return out

COLUMNS = (
    ("namn", "Förbund", 36, "text"), ("mapp", "Mapp", 28, "text"), ("ar", "År", 6, "int"),
    ("driftsbidrag", "Driftsbidrag (kr)", 14, "kr"), ("resultat", "Årets resultat (kr)", 14, "kr"),
    ("eget_kapital", "Eget kapital (kr)", 14, "kr"), ("ek_andel", "Eget kapital / driftsbidrag", 12, "pct"),
    ("ek_tak", "Tak", 8, "pct"), ("ek_golv", "Golv (kr)", 12, "kr"), ("ek_inom", "Inom tak och golv", 10, "bool"),
    ("individ", "Individinriktat (kr)", 14, "kr"), ("individ_andel", "Andel individinriktat", 11, "pct"),
    ("individ_mal", "Mål", 8, "pct"), ("individ_namnare", "Andel av", 16, "text"),
    ("individ_uppnatt", "Mål uppnått", 9, "bool"), ("deltagare", "Deltagare", 10, "int"),
    ("deltagare_kvinnor", "varav kvinnor", 10, "int"), ("deltagare_man", "varav män", 10, "int"),
    ("arbete_studier", "Till arbete/studier", 10, "int"), ("arbete_studier_kvinnor", "kvinnor", 9, "int"),
    ("arbete_studier_man", "män", 9, "int"), ("fel", "Fel", 6, "int"), ("avvikelser", "Avvikelser", 9, "int"),
)


def rollup_workbook(rows: list[dict]) -> bytes:
    import xlsxwriter  # heavy: imported where used

    from ..errors import column_letter

    ok, listed, warnings = classify(rows)
    failed = [r for r in rows if "fel_vid_lasning" in r]
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                   "strings_to_numbers": False, "strings_to_urls": False})
    wb.set_properties({"title": "Sammanställning av samordningsförbund", "created": build_time()})
    fmt = {
        "header": wb.add_format({"bold": True, "font_color": "#FFFFFF", "bg_color": "#1F4E78",
                                 "text_wrap": True, "valign": "top", "border": 1}),
        "kr": wb.add_format({"num_format": "#,##0"}), "pct": wb.add_format({"num_format": PERCENT}),
        "int": wb.add_format({"num_format": "0"}), "text": wb.add_format({}), "bool": wb.add_format({}),
        "total_kr": wb.add_format({"num_format": "#,##0", "bold": True, "top": 1}),
        "total_pct": wb.add_format({"num_format": PERCENT, "bold": True, "top": 1}),
        "total_int": wb.add_format({"num_format": "0", "bold": True, "top": 1}),
        "total": wb.add_format({"bold": True, "top": 1}),
        "warn": wb.add_format({"bold": True, "font_color": "#C00000", "text_wrap": True, "valign": "top"}),
        "wrap": wb.add_format({"text_wrap": True, "valign": "top"}),
    }
    def write_rows(ws, rows: list[dict], extra: str | None = None) -> None:
        columns = COLUMNS + ((("skal", extra, 40, "text"),) if extra else ())
        for i, (_, header, width, _) in enumerate(columns):
            ws.write_string(0, i, header, fmt["header"])
            ws.set_column(i, i, width)
        ws.set_row(0, 45)
        for r, row in enumerate(rows, start=1):
            for i, (key, _, _, kind) in enumerate(columns):
                value = row.get(key)
                if value is None:
                    continue
                if kind == "bool":
                    ws.write_string(r, i, "Ja" if value else "Nej")
                elif kind == "text":
                    ws.write_string(r, i, str(value))
                else:
                    ws.write_number(r, i, float(value), fmt[kind])

    ws = wb.add_worksheet("Förbund")
    write_rows(ws, ok)
    last = len(ok)
    t = totals(rows)
    total_row = last + 1
    ws.write_string(total_row, 0, f"Summa ({t['antal']} förbund)", fmt["total"])
    cols = {key: i for i, (key, _, _, _) in enumerate(COLUMNS)}
    kinds = {key: kind for key, _, _, kind in COLUMNS}
    for key in SUM_KEYS:
        i = cols[key]
        letter = column_letter(i + 1)
        kind = kinds[key]
        ws.write_formula(total_row, i, f"=SUM({letter}2:{letter}{last + 1})",
                         fmt["total_kr" if kind == "kr" else "total_int"], float(t[key]))
    for key, num, den in (("ek_andel", "eget_kapital", "driftsbidrag"), ("individ_andel", "individ", "driftsbidrag")):
        n, d = column_letter(cols[num] + 1), column_letter(cols[den] + 1)
        r1 = total_row + 1
        ws.write_formula(total_row, cols[key], f"=IF({d}{r1}=0,0,{n}{r1}/{d}{r1})", fmt["total_pct"],
                         float(t[key] or 0))
    ws.freeze_panes(1, 1)
    ws.autofilter(0, 0, max(last, 1), len(COLUMNS) - 1)
    apart = wb.add_worksheet("Inte i summan")
    write_rows(apart, listed, "Skäl")
    for j, text in enumerate(warnings):
        apart.merge_range(len(listed) + 2 + j, 0, len(listed) + 2 + j, 8, text, fmt["warn"])
        apart.set_row(len(listed) + 2 + j, 30)
    apart.freeze_panes(1, 1)
    bad = wb.add_worksheet("Kunde inte läsas")
    bad.write_row(0, 0, ["Mapp", "Fel"], fmt["header"])
    bad.set_column(0, 0, 40)
    bad.set_column(1, 1, 120)
    for r, row in enumerate(failed, start=1):
        bad.write_string(r, 0, row["mapp"], fmt["wrap"])
        bad.write_string(r, 1, row["fel_vid_lasning"], fmt["wrap"])
    for sheet in (ws, apart, bad):
        sheet.set_paper(9)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sheet.repeat_rows(0)
        sheet.set_footer("&L&8sammanställning.xlsx&C&8&A&R&8Sida &P av &N")
    wb.close()
    return buf.getvalue()


def rollup_context(rows: list[dict]) -> dict:
    def with_splits(r: dict) -> dict:  # gender shown only when both are at least ten, as NNS
        return dict(r, visa_kon=show_split(r["deltagare_kvinnor"], r["deltagare_man"]),
                    visa_kon_utfall=show_split(r["arbete_studier_kvinnor"], r["arbete_studier_man"]))

    summed, listed, warnings = classify(rows)
    t = with_splits(totals(rows))
    return {"utkast": False, "fynd": [], "forbund": [with_splits(r) for r in summed],
            "ej_summerade": [with_splits(r) for r in listed], "varningar": warnings, "summa": t,
            "misslyckade": [r for r in rows if "fel_vid_lasning" in r],
            "datum": build_time().date(), "antal_mappar": len(rows), "antal_lasta": len(summed) + len(listed)}


def rollup_docx(rows: list[dict]) -> bytes:
    return render_docx("sammanstallning.docx", rollup_context(rows))

