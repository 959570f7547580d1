"""The README's generated parts: the list of finding codes, from the catalogue, and the
free-text markup, from the schema (the same rules the workbooks' Instruktioner sheet shows).

    python -m finsam.docs README.md     # rewrites the parts between the markers

A test checks that the committed README is current, so the list cannot drift from the
checks.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

BEGIN, END = "<!-- katalog: genereras av python -m finsam.docs -->", "<!-- /katalog -->"
TEXT_BEGIN, TEXT_END = "<!-- formatering: genereras av python -m finsam.docs -->", "<!-- /formatering -->"
SEVERITY_WORDS = {"fel": "fel", "avvikelse": "avvikelse", "saknas": "saknas", "tips": "tips"}
REF_BEGIN, REF_END = "<!-- referenser: genereras av python -m finsam.docs -->", "<!-- /referenser -->"


def catalogue_markdown() -> str:
    """One table per document kind: code, severity, what it checks."""
    from .kinds import all_kinds, catalogue

    codes = catalogue()
    parts = []
    for kind in all_kinds():
        rows = sorted((c for c in codes.values() if kind.key in c.kinds), key=lambda c: c.code)
        if not rows:
            continue
        parts.append(f"**{kind.title}** ({len(rows)} koder)\n")
        parts.append("| Kod | Typ | Kontrollerar |")
        parts.append("| --- | --- | --- |")
        for c in rows:
            severity = SEVERITY_WORDS[c.severity] + (" (stoppar)" if c.severity == "saknas" and c.blocks else "")
            parts.append(f"| `{c.code}` | {severity} | {c.title} |")
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def markup_markdown() -> str:
    """The free-text markup (schema.fields.PROSE_HELP) as a table."""
    from .schema.fields import PROSE_HELP

    rows = ["| Du skriver | Det blir |", "| --- | --- |"]
    for typed, meaning in PROSE_HELP:
        for ch in "\\*_|":  # Markdown's own characters, shown as typed
            meaning = meaning.replace(ch, "\\" + ch)
        rows.append(f"| `{typed}` | {meaning.replace('<', '&lt;')} |")
    return "\n".join(rows) + "\n"


def references_markdown() -> str:
    """The names a free text can refer to, from each workbook schema's one table."""
    from .schema.ansokan import application_reference_help
    from .schema.sammantrade import minutes_reference_help
    from .schema.texter import reference_help
    from .schema.verksamhetsplan import plan_reference_help

    lines = ["Årsredovisningens texter:", "", "| Referens | Siffran |", "| --- | --- |"]
    lines += [f"| `{name}` | {text} |" for name, text in reference_help()[1:]]
    lines += ["", "Protokollets paragrafer (text och beslut):", "", "| Referens | Siffran |", "| --- | --- |"]
    lines += [f"| `{name}` | {text} |" for name, text in minutes_reference_help()[1:]]
    for title, rows in (("Verksamhetsplanens texter", plan_reference_help()),
                        ("Ansökans texter (Beskrivning och Avsnitt)", application_reference_help())):
        lines += ["", f"{title}:", "", "| Referens | Siffran |", "| --- | --- |"]
        lines += [f"| `{name}` | {text} |" for name, text in rows[1:]]
    return "\n".join(lines) + "\n"


def updated(text: str) -> str:
    """``text`` (a README) with its generated parts replaced by the current ones."""
    for begin, end, make, what in ((BEGIN, END, catalogue_markdown, "kodlistan"),
                                   (TEXT_BEGIN, TEXT_END, markup_markdown, "formateringen"),
                                   (REF_BEGIN, REF_END, references_markdown, "referenslistan")):
        pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            raise ValueError(f"README saknar markeringarna för den genererade {what}")
        text = pattern.sub(lambda m, b=begin, e=end, f=make: f"{b}\n{f()}{e}", text)
    return text


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "README.md")
    path.write_text(updated(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
