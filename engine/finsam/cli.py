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

from . import fmt
from .errors import InputError
from .pipeline import all_results, collect_reports, write_reports

EXIT_OK, EXIT_FEL, EXIT_INPUT, EXIT_INTERNAL, EXIT_ABORT = 0, 1, 2, 3, 130
OUT_DIR = "ut"


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
            for line in textwrap.wrap(p.message, 90):
                print(f"             {line}", file=sys.stderr)


def _table(results) -> str:
    from .check import problems, shown_per_code

    shown = shown_per_code(problems(results))
    if not shown:
        return ""
    headers = ("Typ", "Kod", "Plats", "Förväntat", "Faktiskt")
    data = []
    for r, more in shown:
        loc = r.location
        place = f"{loc.workbook} / {loc.sheet or ''} / {loc.cell or ''}".rstrip(" /")
        data.append((r.severity, r.code, place, r.expected_text, r.actual_text, r.text(), more))
    widths = [min(max(len(h), *(len(d[i]) for d in data)), cap)
              for i, (h, cap) in enumerate(zip(headers, (9, 36, 80, 18, 18)))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)),
             "  ".join("-" * w for w in widths)]
    for d in data:
        lines.append("  ".join(str(c)[:w].ljust(w) for c, w in zip(d[:5], widths)))
        for part in textwrap.wrap(d[5], 100):
            lines.append("    " + part)
        if d[6]:
            lines.append(f"… och {fmt.count(d[6])} fynd till med koden {d[1]}; hela listan ger "
                         "finsam check MAPP --json.")
    return "\n".join(lines)


def _print_errors(reports) -> None:
    from .check import has_errors

    for rep in reports:
        if has_errors(rep.results):
            print(rep.title)
            print(_table(rep.results))


def _summary(results) -> str:
    from .check import tally

    ok, fel, avv = tally(results)
    n = fmt.count
    return (f"{n(len(results))} kontroller: {n(ok)} godkända, {n(fel)} fel, {n(avv)} "
            f"{'avvikelse' if avv == 1 else 'avvikelser'}.")


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
    from .check import has_errors, tally

    reports, docs = collect_reports(Path(args.mapp), parallel=True)
    everything = all_results(reports)
    if args.json:
        def findings(results):  # generated while written: 100 000 findings never sit as dicts
            return _JsonArray(r.as_dict() for r in results if args.alla or not r.ok)

        ok, fel, avv = tally(everything)
        payload = {
            "förbund": docs.forbund.settings.namn if docs.forbund else None,
            "år": docs.forbund.settings.ar if docs.forbund else None,
            "kontroller": len(everything), "godkända": ok, "fel": fel, "avvikelser": avv,
            "fynd": findings(everything),
            "dokument": [{"dokument": rep.title, "fil": rep.filename, "kontroller": len(rep.results),
                          "fynd": findings(rep.results)}
                         for rep in reports if rep.results],
        }
        _write_json(payload, sys.stdout)
        sys.stdout.write("\n")
    else:
        for rep in reports:
            if not rep.results:
                continue
            print(rep.title)
            table = _table(rep.results)
            if table:
                print(table)
            print(_summary(rep.results))
            print()
    return EXIT_FEL if has_errors(everything) else EXIT_OK


def cmd_build(args) -> int:
    if len(args.mapp) > 1:
        return _build_many(args)
    return _build_one(Path(args.mapp[0]), args)


def _build_many(args) -> int:
    from .batch import build_folder, run_all

    if args.ut:
        print("--ut kan bara användas med en mapp.", file=sys.stderr)
        return EXIT_INPUT
    results = run_all(build_folder, [(m, args.utkast) for m in args.mapp], args.jobb)
    worst = EXIT_OK
    for folder, (code, text) in zip(args.mapp, results):
        print(f"== {folder}")
        print(text.rstrip())
        worst = max(worst, code)
    return worst


def _build_one(folder: Path, args) -> int:
    from .check import has_errors

    reports, _ = collect_reports(folder, keep_raw=True, parallel=True)
    everything = all_results(reports)
    failed = has_errors(everything)
    if failed and not args.utkast:
        _print_errors(reports)
        print(_summary(everything))
        print("Inga rapporter skrevs eftersom siffrorna innehåller fel. Rätta felen, eller kör med "
              "--utkast för ett utkast med felen listade.")
        return EXIT_FEL
    out = Path(args.ut) if args.ut else folder / OUT_DIR
    written, pdf_note = write_reports(reports, out, draft=failed, pdf=args.pdf)
    if failed:
        _print_errors(reports)
    print(_summary(everything))
    for path in written:
        print(f"Skrev {path}" + (" (UTKAST)" if failed else ""))
    if pdf_note:
        print(pdf_note)
    return EXIT_FEL if failed else EXIT_OK


def cmd_rollup(args) -> int:
    from .batch import run_all, summarise_folder
    from .render.rollup import rollup_docx, rollup_workbook
    from .render.safe_io import write_atomic

    rows = run_all(summarise_folder, [(m,) for m in args.mapp], args.jobb)
    out = Path(args.ut)
    write_atomic(out / "sammanställning.xlsx", rollup_workbook(rows))
    write_atomic(out / "sammanställning.docx", rollup_docx(rows))
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
    from .schema import DOCUMENT_SETS
    from .schema.write import write_workbook

    folder = Path(args.mapp)
    schemas = DOCUMENT_SETS[args.dokument]
    existing = [s.filename for s in schemas if (folder / s.filename).exists()]
    if existing:
        print(f"{folder} innehåller redan {', '.join(existing)}. Inget skrevs över; välj en tom mapp.",
              file=sys.stderr)
        return EXIT_INPUT
    folder.mkdir(parents=True, exist_ok=True)
    data = {"ekonomi.xlsx": {"installningar": {"ar": args.ar}}} if args.ar else {}
    for schema in schemas:
        write_workbook(schema, folder / schema.filename, _blank_data(schema, data.get(schema.filename)))
        print(f"Skapade {folder / schema.filename}")
    print("Fyll i de gula cellerna och kör sedan: finsam check " + str(folder))
    return EXIT_OK


def _blank_data(schema, overrides):
    if not overrides:
        return None
    from .schema.fields import FormSheet

    data = {}
    for spec in schema.sheets:
        if isinstance(spec, FormSheet) and spec.key in overrides:
            values = {c.key: c.default for c in spec.fields}
            values.update(overrides[spec.key])
            data[spec.key] = values
    return data


def cmd_workbooks(args) -> int:
    from .schema import ALL_WORKBOOKS
    from .schema.write import write_workbook

    target = Path(args.mapp)
    target.mkdir(parents=True, exist_ok=True)
    for schema in ALL_WORKBOOKS:
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
    p = sub.add_parser("new", aliases=["ny"], help="skapa en mapp med tomma standardarbetsböcker")
    p.add_argument("mapp")
    p.add_argument("--ar", type=int, help="räkenskapsår att fylla i")
    p.add_argument("--dokument", choices=("arsredovisning", "sammantrade", "uppfoljning", "verksamhetsplan"),
                   default="arsredovisning", help="vilka arbetsböcker: årsredovisningens fyra "
                   "(standard), ett sammanträde eller en budgetuppföljning")
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
