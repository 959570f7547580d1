"""The README's generated parts: the list of finding codes, from the catalogue.

    python -m finsam.docs README.md     # rewrites the parts between the markers

A test checks that the committed README is current, so the list cannot drift from the
checks.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

BEGIN, END = "<!-- katalog: genereras av python -m finsam.docs -->", "<!-- /katalog -->"
SEVERITY_WORDS = {"fel": "fel", "avvikelse": "avvikelse", "saknas": "saknas", "tips": "tips"}


def catalogue_markdown() -> str:
    """One table per document kind: code, severity, what it checks."""
    from .kinds import all_kinds, catalogue

    codes = catalogue()
    parts = []
    for kind in all_kinds():
        rows = sorted((c for c in codes.values() if c.kind == kind.key), key=lambda c: c.code)
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


REF_BEGIN, REF_END = "<!-- referenser: genereras av python -m finsam.docs -->", "<!-- /referenser -->"


def references_markdown() -> str:
    """The names a free text can refer to, from schema.texter's one table."""
    from .schema.texter import minutes_reference_help, reference_help

    lines = ["Årsredovisningens texter:", "", "| Referens | Siffran |", "| --- | --- |"]
    lines += [f"| `{name}` | {text} |" for name, text in reference_help()[1:]]
    lines += ["", "Protokollets paragrafer (text och beslut):", "", "| Referens | Siffran |", "| --- | --- |"]
    lines += [f"| `{name}` | {text} |" for name, text in minutes_reference_help()[1:]]
    return "\n".join(lines) + "\n"


def updated(text: str) -> str:
    """``text`` (a README) with its generated parts replaced by the current ones."""
    pattern = re.compile(re.escape(BEGIN) + r".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise ValueError("README saknar markeringarna för den genererade kodlistan")
    text = pattern.sub(lambda m: f"{BEGIN}\n{catalogue_markdown()}{END}", text)
    refs = re.compile(re.escape(REF_BEGIN) + r".*?" + re.escape(REF_END), re.S)
    return refs.sub(lambda m: f"{REF_BEGIN}\n{references_markdown()}{REF_END}", text)


def main(argv: list[str]) -> int:
    path = Path(argv[0] if argv else "README.md")
    path.write_text(updated(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
