"""What the page shows, as plain data made from the pipeline's results: which document each
uploaded file was used for, the findings grouped per document and per workbook with repeated
ones folded, the problems of an unreadable upload, in plain Swedish.

Everything here knows documents only through the kinds table (``doc.kind``, ``doc.title``,
``doc.sources``, ``doc.findings``, ``Folder.skipped``), and every text that reaches the user
goes through ``clean``: no server path (the request's temporary folder) and no terminal advice.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..findings import AVVIKELSE, FEL, has_errors, problems, tally

FOLD_AT = 3   # this many findings of one check in one column are shown as one line that opens

_TEMP = re.compile(r"(?:[A-Za-z]:)?(?:[/\\][^\s,;:”\"'()]+)*[/\\][^\s,;:”\"'()]*finsam-web-[^\s,;:”\"'()]*")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])")
_COMMAND = re.compile(r"\bfinsam\s+(new|ny|check|kontrollera|build|bygg|serve|webb|workbooks|mallar|"
                      r"sammanstall|sammanställ|rollup)\b|\bMAPP\b|\bpip install\b|\bapt-get\b|--\w")
_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)")

PDF_MISSING = ("PDF skapades inte: LibreOffice finns inte på datorn där finsam körs. Zip-filen har "
               "Word-filerna; be den som sköter datorn installera LibreOffice för att också få PDF.")


def _advice(sentence: str) -> str:
    """The page's word for a sentence of terminal advice."""
    m = _COMMAND.search(sentence)
    word = (m.group(1) or "") if m else ""
    if word in ("new", "ny", "workbooks", "mallar"):
        return "Tomma arbetsböcker finns att hämta längst ned på sidan."
    if "pip install" in sentence:
        return "Uppdatera finsam på datorn där sidan körs."
    if "apt-get" in sentence:
        return "Installera LibreOffice på datorn där finsam körs."
    if word in ("check", "kontrollera", "build", "bygg"):
        return "Ladda upp arbetsböckerna här på sidan och kontrollera igen."
    return ""


def clean(text, roots: tuple[str, ...] = ()) -> str:
    """``text`` for the page: the request's folders (``roots``) and any other temporary
    folder of the web page named "uppladdningen", "i mappen" said of the upload, and a
    sentence of terminal advice (``finsam new MAPP``, ``pip install``) replaced by the page's."""
    text = "" if text is None else str(text)
    for root in sorted((r for r in roots if r), key=len, reverse=True):
        text = text.replace(root + "/", "").replace(root, "uppladdningen")
    text = _TEMP.sub("uppladdningen", text)
    out: list[str] = []
    for sentence in _SENTENCE.split(text):
        if _COMMAND.search(sentence):
            sentence = _advice(sentence)
        if sentence and sentence not in out:
            out.append(sentence)
    text = " ".join(out)
    return text.replace(" i mappen", " bland filerna").replace("i en mapp", "bland filerna")


def pdf_note(note: str, roots: tuple[str, ...] = ()) -> str:
    if not note:
        return ""
    if "FINSAM_SOFFICE" in note or ("LibreOffice" in note and "inte installerat" in note):
        return PDF_MISSING
    return clean(note, roots)


# -- files -----------------------------------------------------------------------------------

def _previous_schema() -> str:
    """The workbook a read-but-unused file can be: last year's workbook of a kind that is
    read from a set of workbooks (the pipeline reads only those for their year)."""
    from ..kinds import all_kinds

    names = []
    for k in all_kinds():
        if not k.per_workbook:
            names += [s.filename for s in k.workbooks if s.year_field and s.filename not in names]
    return names[0] if len(names) == 1 else "arbetsbok"


def _mentions(doc) -> set[str]:
    """The workbooks a document's findings name (their cells and formulas' cells)."""
    names = set()
    for r in doc.findings:
        names.add(r.location.workbook)
        if r.formula is not None:
            for term in (*r.formula.lhs, *r.formula.rhs, *r.formula.rhs_den):
                names.update(c.workbook for c in term.cells)
            names.update(c.workbook for c in r.formula.cells)
    return names


def files_view(uploads: list[dict], loaded=None, problems_by_book: dict | None = None) -> list[dict]:
    """Each uploaded file with what it was used for (``roll``) and whether it was used."""
    skipped = {s.name: s.reason for s in (loaded.skipped if loaded is not None else ())}
    out = []
    for up in uploads:
        name = up["namn"]
        row = dict(up, anvand=False, roll="används inte")
        if loaded is not None:
            own = [d.title for d in loaded.documents if name in d.sources]
            users = [d for d in loaded.documents if name not in d.sources and name in _mentions(d)]
            if own:
                row.update(anvand=True, roll=", ".join(own))
            elif name in skipped:
                row["roll"] = f"används inte – {clean(skipped[name])}"
            elif not name.lower().endswith(".xlsx"):
                row["roll"] = "används inte – inte en Excel-arbetsbok (.xlsx)"
            elif users:
                years = {d.kind.year(d.model) - 1 for d in users if d.kind.year is not None}
                year = f" ({years.pop()})" if len(years) == 1 else ""
                row.update(anvand=True, roll=f"föregående års {_previous_schema()}{year}, för "
                           + ", ".join(d.title for d in users))
            else:
                row["roll"] = "används inte – lästes, men inget dokument behövde den"
        elif problems_by_book and name in problems_by_book:
            row["roll"] = "kan inte läsas, se nedan"
        out.append(row)
    return out


# -- problems (an upload that cannot be read) ------------------------------------------------

def _place(location, roots) -> str:
    text = str(location)
    cleaned = clean(text, roots)
    return "Uppladdningen" if cleaned.startswith("uppladdningen") and not location.sheet else cleaned


def problems_view(problems_: list, uploads: list[dict], roots: tuple[str, ...] = ()) -> list[dict]:
    """The problems grouped per workbook, uploaded workbooks first, in upload order."""
    names = [u["namn"] for u in uploads]
    groups: dict[str, dict] = {}
    for p in problems_:
        book = clean(p.location.workbook, roots)
        if book not in groups:
            heading = book if book in names else (
                "Uppladdningen" if book.startswith("uppladdningen") else f"{book} (finns inte bland filerna)")
            groups[book] = {"arbetsbok": heading, "uppladdad": book in names, "poster": []}
        text = f"Förväntade {clean(p.expected, roots)}, hittade {clean(p.found, roots)}."
        if p.message:
            text += " " + clean(p.message, roots)
        groups[book]["poster"].append({"plats": _place(p.location, roots), "text": text,
                                       "forvantat": clean(p.expected, roots), "hittat": clean(p.found, roots)})
    order = {n: i for i, n in enumerate(names)}
    return sorted(groups.values(), key=lambda g: (not g["uppladdad"], order.get(g["arbetsbok"], 0)))


# -- findings ------------------------------------------------------------------------------

def _column(cell: str | None) -> str | None:
    m = _CELL.match(cell or "")
    return m.group(1) if m else None


def _item(r, roots) -> dict:
    loc = r.location
    where = ", ".join(x for x in (f"blad {loc.sheet}" if loc.sheet else "",
                                  (("område " if ":" in loc.cell else "cell ") + loc.cell) if loc.cell else "") if x)
    return {"typ": r.severity, "kod": r.code, "text": clean(r.text(), roots), "plats": where or loc.workbook,
            "forvantat": r.expected_text, "faktiskt": r.actual_text, "kontroll": clean(r.description, roots)}


def _fold(items: list, roots) -> list[dict]:
    """One entry per finding, except that FOLD_AT or more of one check in one column (or one
    sheet) become one entry that lists them."""
    def key(r):
        return (r.code, r.severity, r.location.sheet, _column(r.location.cell))

    count: dict = {}
    for r in items:
        count[key(r)] = count.get(key(r), 0) + 1
    entries: list[dict] = []
    folded: dict = {}
    for r in items:
        k = key(r)
        if count[k] < FOLD_AT:
            entries.append(dict(_item(r, roots), antal=1))
            continue
        if k not in folded:
            sheet, col = r.location.sheet, k[3]
            rubrik = (f"{count[k]} rader i {sheet}, kolumn {col}" if sheet and col
                      else f"{count[k]} fynd i {sheet or r.location.workbook}")
            folded[k] = dict(_item(r, roots), antal=count[k], rubrik=rubrik, poster=[])
            entries.append(folded[k])
        folded[k]["poster"].append(_item(r, roots))
    return entries


def _reading_order(doc):
    """Findings in the order a person reads the workbooks: fel first, then the document's own
    workbooks in order, each sheet in the schema's order, top to bottom, left to right (the
    check registry's order depends on import order, so it is not used)."""
    from ..errors import parse_ref

    books = {name: i for i, name in enumerate(doc.sources)}
    sheets = {}
    for name, schema in zip(doc.sources, doc.kind.every_workbook):  # sources follow the kind's workbooks
        sheets[name] = {spec.name: i for i, spec in enumerate(schema.sheets)}

    def key(r):
        loc = r.location
        try:
            row, col = parse_ref((loc.cell or "").split(":")[0])
        except ValueError:
            row, col = 0, 0
        order = sheets.get(loc.workbook, {})
        return (r.severity != FEL, books.get(loc.workbook, len(books)), loc.workbook,
                order.get(loc.sheet, len(order)), loc.sheet or "", row, col)

    return key


def document_view(doc, roots: tuple[str, ...] = ()) -> dict:
    """A document's state and its findings, fel first, per workbook (its own in order)."""
    passed, fel, avvikelser = tally(doc.findings)
    bad = sorted(problems(doc.findings), key=_reading_order(doc))
    books: dict[str, list] = {}
    for r in bad:
        books.setdefault(r.location.workbook, []).append(r)
    order = {n: i for i, n in enumerate(doc.sources)}
    groups = []
    for book in sorted(books, key=lambda b: (min(0 if r.severity == FEL else 1 for r in books[b]),
                                             order.get(b, len(order)))):
        entries = _fold(books[book], roots)
        groups.append({"arbetsbok": clean(book, roots), "fel": sum(e["antal"] for e in entries if e["typ"] == FEL),
                       "avvikelser": sum(e["antal"] for e in entries if e["typ"] == AVVIKELSE), "poster": entries})
    first = next((r for r in bad if r.severity == FEL), None)
    return {"titel": doc.title, "slag": doc.kind.title, "kontroller": len(doc.findings), "godkanda": passed,
            "fel": fel, "avvikelser": avvikelser, "klar": not has_errors(doc.findings),
            "kallor": list(doc.sources), "grupper": groups,
            "forsta_fel": (f"{clean(first.text(), roots)} ({first.location})" if first else "")}


def summary(documents: list[dict]) -> dict:
    return {"kontroller": sum(d["kontroller"] for d in documents),
            "fel": sum(d["fel"] for d in documents), "avvikelser": sum(d["avvikelser"] for d in documents),
            "klara": sum(1 for d in documents if d["klar"]), "dokument": len(documents)}


def export_rows(loaded, roots: tuple[str, ...] = ()) -> list[dict]:
    """Every finding that did not pass, one row each, for the findings workbook."""
    rows = []
    for doc in loaded.documents:
        for r in problems(doc.findings):
            d = r.as_dict()
            rows.append({"dokument": doc.title, "typ": r.severity, "arbetsbok": clean(d["arbetsbok"], roots),
                         "blad": d["blad"] or "", "cell": d["cell"] or "", "meddelande": clean(d["meddelande"], roots),
                         "forvantat": d["förväntat"], "faktiskt": d["faktiskt"],
                         "kontroll": clean(d["kontroll"], roots), "tolerans": d["tolerans"], "kod": d["kod"]})
    return rows


def problem_rows(groups: list[dict]) -> list[dict]:
    return [{"arbetsbok": g["arbetsbok"], "plats": p["plats"], "meddelande": p["text"]}
            for g in groups for p in g["poster"]]


def slug(text: str) -> str:
    """A file-name part from a förbund's name: "Samordningsförbundet i Sundsvall" -> "sundsvall",
    "Samordningsförbundet Härnösand-Timrå" -> "harnosand-timra"."""
    words = text.split()
    while words and (words[0].casefold().startswith(("samordningsförbund", "finsamförbund", "finsam", "förbund"))
                     or words[0].casefold() == "i"):
        words = words[1:]
    out = " ".join(words or text.split()).casefold()
    for a, b in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), ("ü", "u")):
        out = out.replace(a, b)
    out = re.sub(r"[^a-z0-9]+", "-", out).strip("-")
    return out[:40].strip("-")


def zip_name(documents: list, today) -> str:
    """``sundsvall-2023-rapporter-2026-12-01.zip`` from the first document's förbund and year."""
    for doc in documents:
        name = doc.kind.forbund(doc.model) if doc.kind.forbund is not None else ""
        part = slug(name or "")
        if part:
            year = doc.kind.year(doc.model) if doc.kind.year is not None else None
            return f"{part}-{year}-rapporter-{today.isoformat()}.zip" if year else \
                f"{part}-rapporter-{today.isoformat()}.zip"
    return f"finsam-rapporter-{today.isoformat()}.zip"


def short(path: Path | str) -> str:
    return Path(path).name
