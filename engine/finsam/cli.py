"""finsam: kontrollera och bygg förbundets rapporter från arbetsböckerna.

Exit codes: 0 inga fel, 1 minst ett fel i siffrorna, 2 oläsbar indata, 3 internt fel,
130 avbrutet. Heavy libraries are imported by the commands that need them, so
``finsam check`` starts fast.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from pathlib import Path

from . import console
from .console import EXIT_ABORT, EXIT_FEL, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK
from .errors import InputError


def _print_input_error(exc: InputError, as_json: bool) -> None:
    if as_json:
        print(json.dumps({"indatafel": [
            {"arbetsbok": p.location.workbook, "blad": p.location.sheet, "cell": p.location.cell,
             "förväntat": p.expected, "hittat": p.found, "meddelande": p.message}
            for p in exc.problems]}, ensure_ascii=False, indent=2))
        return
    n = len(exc.problems)
    print(f"Indata kan inte läsas ({n} {'problem' if n == 1 else 'problem'}). Inget har skrivits.",
          file=sys.stderr)
    for p in exc.problems:
        print("", file=sys.stderr)
        print(f"  Plats:     {p.location}", file=sys.stderr)
        print(f"  Förväntat: {p.expected}", file=sys.stderr)
        print(f"  Hittat:    {p.found}", file=sys.stderr)
        if p.message:
            for line in textwrap.wrap(p.message, 90, break_on_hyphens=False, break_long_words=False):
                print(f"             {line}", file=sys.stderr)


class _JsonArray:
    """A JSON array whose items are made while ``_write_json`` writes them."""

    def __init__(self, items):
        self.items = items


def _has_arrays(value) -> bool:
    return isinstance(value, (list, _JsonArray)) or (
        isinstance(value, dict) and any(isinstance(v, (list, _JsonArray)) for v in value.values()))


def _dumps(value, indent: str) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def _write_json(value, out, indent: str = "") -> None:
    """The text of json.dump(value, indent=2), written as it is made: the items of a
    _JsonArray are generated one at a time and written a couple of thousand at a time."""
    inner = indent + "  "
    if not _has_arrays(value):
        out.write(_dumps(value, indent))
    elif isinstance(value, dict):
        out.write("{")
        for i, (key, item) in enumerate(value.items()):
            out.write(("," if i else "") + "\n" + inner + json.dumps(key, ensure_ascii=False) + ": ")
            _write_json(item, out, inner)
        out.write("\n" + indent + "}")
    else:
        parts: list[str] = []
        opened = False
        for item in value.items if isinstance(value, _JsonArray) else value:
            parts.append(("," if opened else "[") + "\n" + inner)
            opened = True
            if _has_arrays(item):
                out.write("".join(parts))
                parts.clear()
                _write_json(item, out, inner)
            else:
                parts.append(_dumps(item, inner))
                if len(parts) > 4000:
                    out.write("".join(parts))
                    parts.clear()
        out.write("".join(parts) + ("\n" + indent + "]" if opened else "[]"))


def cmd_check(args) -> int:
    from .findings import has_errors, tally
    from .pipeline import load

    loaded = load(Path(args.mapp), parallel=True)
    everything = loaded.findings
    if args.json:
        def findings(results):  # generated while written: 100 000 findings never sit as dicts
            return _JsonArray(r.as_dict() for r in results if args.alla or not r.ok)

        ok, fel, avv = tally(everything)
        payload = {
            "kontroller": len(everything), "godkända": ok, "fel": fel, "avvikelser": avv,
            "fynd": findings(everything),
            "dokument": [{"dokument": doc.title, "filer": list(doc.sources), "kontroller": len(doc.findings),
                          "fynd": findings(doc.findings)}
                         for doc in loaded.documents],
            "hoppade_over": [{"fil": s.name, "orsak": s.reason} for s in loaded.skipped],
        }
        _write_json(payload, sys.stdout)
        sys.stdout.write("\n")
    else:
        for line in console.skipped_lines(loaded):
            print(line)
        for doc in loaded.documents:
            if not doc.findings:
                continue
            print(doc.title)
            table = console.table(doc.findings)
            if table:
                print(table)
            print(console.summary(doc.findings))
            print()
    return EXIT_FEL if has_errors(everything) else EXIT_OK


def cmd_build(args) -> int:
    if len(args.mapp) > 1:
        return _build_many(args)
    code, lines = console.build(Path(args.mapp[0]), args.utkast, args.ut, args.pdf)
    for line in lines:
        print(line)
    return code


def _build_many(args) -> int:
    from .batch import build_folder, run_all

    if args.ut:
        print("--ut kan bara användas med en mapp.", file=sys.stderr)
        return EXIT_INPUT
    results = run_all(build_folder, [(m, args.utkast, None, args.pdf) for m in args.mapp], args.jobb)
    worst = EXIT_OK
    for folder, (code, text) in zip(args.mapp, results):
        print(f"== {folder}")
        print(text.rstrip())
        worst = max(worst, code)
    return worst


def cmd_rollup(args) -> int:
    from .batch import run_all, summarise_folder
    from .render.rollup import rollup_docx, rollup_workbook
    from .render.safe_io import commit

    rows = run_all(summarise_folder, [(m,) for m in args.mapp], args.jobb)
    out = Path(args.ut)
    commit(out, {"sammanställning.xlsx": rollup_workbook(rows), "sammanställning.docx": rollup_docx(rows)})
    failed = [r for r in rows if "fel_vid_lasning" in r]
    print(f"{len(rows) - len(failed)} förbund sammanställda" + (f", {len(failed)} mappar kunde inte läsas:"
                                                                if failed else "."))
    for r in failed:
        print(f"  {r['mapp']}: {r['fel_vid_lasning']}")
    print(f"Skrev {out / 'sammanställning.xlsx'}")
    print(f"Skrev {out / 'sammanställning.docx'}")
    return EXIT_OK


def cmd_serve(args) -> int:
    from .web.app import serve

    serve(args.host, args.port)
    return EXIT_OK


def cmd_new(args) -> int:
    from .kinds import kind
    from .schema.write import write_workbook

    folder = Path(args.mapp)
    schemas = kind(args.dokument).workbooks
    existing = [s.filename for s in schemas if (folder / s.filename).exists()]
    if existing:
        print(f"{folder} innehåller redan {', '.join(existing)}. Inget skrevs över; välj en tom mapp.",
              file=sys.stderr)
        return EXIT_INPUT
    folder.mkdir(parents=True, exist_ok=True)
    for schema in schemas:
        write_workbook(schema, folder / schema.filename, _blank_data(schema, args.ar))
        print(f"Skapade {folder / schema.filename}")
    print("Fyll i de gula cellerna och kör sedan: finsam check " + str(folder))
    return EXIT_OK


def _blank_data(schema, year: int | None):
    """The blank workbook's data with the year filled in, where the schema has a year."""
    if not year or not schema.year_field:
        return None
    sheet_key, field_key = schema.year_field
    spec = schema.sheet(sheet_key)
    values = {c.key: c.default for c in spec.fields}
    values[field_key] = year
    return {sheet_key: values}


def cmd_workbooks(args) -> int:
    from .kinds import all_workbooks
    from .schema.write import write_workbook

    target = Path(args.mapp)
    target.mkdir(parents=True, exist_ok=True)
    for schema in all_workbooks():
        write_workbook(schema, target / schema.filename)
        print(f"Skrev {target / schema.filename}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="finsam", description="Kontrollerar samordningsförbundets arbetsböcker och skapar "
        "årsredovisningen.", epilog="Slutkoder: 0 inga fel, 1 fel i siffrorna, 2 oläsbar indata.")
    from . import __version__

    parser.add_argument("--version", action="version", version=f"finsam {__version__}",
                        help="visa programmets version och avsluta")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    p = sub.add_parser("check", aliases=["kontrollera"], help="kontrollera arbetsböckerna i en mapp")
    p.add_argument("mapp", help="mappen med ekonomi.xlsx, insatser.xlsx, deltagare.xlsx, texter.xlsx")
    p.add_argument("--json", action="store_true", help="skriv resultatet som JSON")
    p.add_argument("--alla", action="store_true", help="med --json: ta med godkända kontroller")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("build", aliases=["bygg"], help="kontrollera och skapa rapporterna i MAPP/ut")
    p.add_argument("mapp", nargs="+", help="en eller flera förbundsmappar")
    p.add_argument("--jobb", type=int, help="antal processer vid flera mappar (standard: antal kärnor)")
    p.add_argument("--utkast", action="store_true",
                   help="skriv ett utkast märkt UTKAST även om det finns fel, med felen listade")
    p.add_argument("--ut", help="mapp för rapporterna (standard: MAPP/ut)")
    p.add_argument("--pdf", action="store_true",
                   help="skapa också PDF av dokumenten (kräver LibreOffice)")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("sammanstall", aliases=["sammanställ", "rollup"],
                       help="sammanställ nyckeltal för flera förbund i en arbetsbok och ett dokument")
    p.add_argument("mapp", nargs="+", help="förbundsmappar")
    p.add_argument("--ut", default="sammanställning", help="mapp för sammanställningen")
    p.add_argument("--jobb", type=int, help="antal processer (standard: antal kärnor)")
    p.set_defaults(func=cmd_rollup)
    p = sub.add_parser("serve", aliases=["webb"], help="starta webbsidan på den här datorn")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--host", default="127.0.0.1", help="standard: bara den här datorn (127.0.0.1)")
    p.set_defaults(func=cmd_serve)
    from .kinds import all_kinds

    kinds = all_kinds()
    p = sub.add_parser("new", aliases=["ny"], help="skapa en mapp med tomma standardarbetsböcker")
    p.add_argument("mapp")
    p.add_argument("--ar", type=int, help="året att fylla i")
    p.add_argument("--dokument", choices=[k.key for k in kinds], default=kinds[0].key,
                   help="vilka arbetsböcker: " + "; ".join(f"{k.key}: {k.new_help}" for k in kinds)
                   + f" (standard: {kinds[0].key})")
    p.set_defaults(func=cmd_new)
    p = sub.add_parser("workbooks", aliases=["mallar"],
                       help="skriv de tomma standardarbetsböckerna från schemat till MAPP "
                       "(i källkoden: workbooks)")
    p.add_argument("mapp", help="mappen att skriva till, t.ex. workbooks i källkoden")
    p.set_defaults(func=cmd_workbooks)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INPUT
    try:
        return args.func(args)
    except InputError as exc:
        _print_input_error(exc, getattr(args, "json", False))
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("Avbrutet. Inga halvfärdiga filer har skrivits.", file=sys.stderr)
        return EXIT_ABORT
    except Exception as exc:  # noqa: BLE001 - the user gets a message, never a traceback
        if os.environ.get("FINSAM_DEBUG"):
            raise
        print(f"Internt fel i finsam ({type(exc).__name__}). Inga halvfärdiga filer har skrivits. "
              "Kör igen med FINSAM_DEBUG=1 för detaljer och rapportera felet.", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
