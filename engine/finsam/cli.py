"""finsam: kontrollera och bygg förbundets rapporter från arbetsböckerna.

Exit codes (console.EXIT_CODES, README "Slutkoder"): 0 inga fel, 1 minst ett fel i siffrorna,
2 oläsbar indata or unwritable output (an operating-system error is the user's to fix),
3 internt fel, 64 felaktig användning, 130 avbrutet. Heavy libraries are imported by the
commands that need them, so ``finsam check`` starts fast.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from . import console
from .console import EXIT_ABORT, EXIT_FEL, EXIT_INPUT, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE
from .errors import InputError


class UsageError(Exception):
    """A combination of arguments argparse cannot see is wrong (exit 64)."""


def _print_input_error(exc: InputError) -> None:
    n = len(exc.problems)
    print(f"Indata kan inte läsas ({n} problem). Inget har skrivits.", file=sys.stderr)
    for p in exc.problems:
        print("", file=sys.stderr)
        print(f"  Plats:     {p.location}", file=sys.stderr)
        print(f"  Förväntat: {p.expected}", file=sys.stderr)
        print(f"  Hittat:    {p.found}", file=sys.stderr)
        if p.message:
            import textwrap

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
    import json  # only for --json (json is not loaded by a plain check)

    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)


def _write_json(value, out, indent: str = "") -> None:
    """The text of json.dump(value, indent=2), written as it is made: the items of a
    _JsonArray are generated one at a time and written a couple of thousand at a time."""
    import json

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


# -- finsam check --json (schema: finsam/schemas/check.schema.json, README "JSON") ---------------

JSON_SCHEMA_VERSION = 1


def json_schema() -> dict:
    """The JSON Schema of ``finsam check --json`` (package data finsam/schemas/check.schema.json)."""
    import json
    from importlib.resources import files

    return json.loads(files("finsam").joinpath("schemas/check.schema.json").read_text(encoding="utf-8"))


def _json_value(value, unit: str):
    """A finding's expected/actual value as JSON: amounts and counts as numbers in ``unit``
    (a share, kept as a fraction in the engine, in percent beside "%"), dates as ISO text."""
    import datetime as dt
    from decimal import Decimal

    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)):
        d = value if isinstance(value, Decimal) else Decimal(str(value))
        if unit == "%":
            d = d * 100
        if not d.is_finite():
            return str(d)
        return int(d) if d == d.to_integral_value() else float(d)
    return str(value)


def _finding_json(r, document: int) -> dict:
    loc = r.location
    return {"code": r.code, "severity": r.severity, "blocks": r.blocks, "ok": r.ok, "document": document,
            "workbook": loc.workbook, "sheet": loc.sheet, "cell": loc.cell,
            "expected": _json_value(r.expected, r.unit), "actual": _json_value(r.actual, r.unit),
            "unit": r.unit, "tolerance": _json_value(r.tolerance, r.unit),
            "message": r.text(), "description": r.description}


def _counts(results) -> dict:
    from .findings import missing, tally

    passed, fel, avvikelser = tally(results)
    return {"checks": len(results), "passed": passed, "errors": fel, "deviations": avvikelser,
            "missing": missing(results), "hints": sum(1 for r in results if not r.ok and r.severity == "tips")}


def _check_json(folder: Path, loaded, input_errors: list, exit_code: int, everything: bool) -> dict:
    """The one shape of ``finsam check --json``; its findings are generated while written."""
    from . import __version__

    documents = loaded.documents if loaded is not None else []
    results = loaded.findings if loaded is not None else []

    def findings():  # 100 000 findings never sit in memory as dicts
        for i, doc in enumerate(documents):
            for r in doc.findings:
                if everything or not r.ok:
                    yield _finding_json(r, i)

    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "finsam_version": __version__,
        "folder": str(folder),
        "exit_code": exit_code,
        "summary": {**_counts(results), "documents": len(documents),
                    "skipped": len(loaded.skipped) if loaded is not None else 0,
                    "input_errors": len(input_errors)},
        "documents": [{"index": i, "kind": doc.kind.key, "title": doc.title, "workbooks": list(doc.sources),
                       "outputs": [o.filename(doc.model) for o in doc.kind.outputs], **_counts(doc.findings)}
                      for i, doc in enumerate(documents)],
        "skipped": [{"file": s.name, "reason": s.reason} for s in (loaded.skipped if loaded is not None else [])],
        "input_errors": input_errors,
        "findings": _JsonArray(findings()),
    }


def _problems_json(exc: InputError) -> list[dict]:
    return [{"workbook": p.location.workbook, "sheet": p.location.sheet, "cell": p.location.cell,
             "expected": p.expected, "found": p.found, "message": p.message} for p in exc.problems]


def _os_error_json(exc: OSError) -> list[dict]:
    where, reason, advice = console.os_error_parts(exc)
    return [{"workbook": where, "sheet": None, "cell": None, "expected": "en fil eller mapp som går att läsa",
             "found": reason, "message": advice}]


def cmd_check(args) -> int:
    from .findings import has_errors
    from .pipeline import load
    from .read.folder import on_disk

    folder = on_disk(Path(args.mapp))
    if args.json:
        loaded, problems = None, []
        try:
            loaded = load(folder, parallel=True)
        except InputError as exc:
            problems = _problems_json(exc)
        except OSError as exc:
            problems = _os_error_json(exc)
        code = EXIT_INPUT if problems else EXIT_FEL if has_errors(loaded.findings) else EXIT_OK
        _write_json(_check_json(folder, loaded, problems, code, args.alla), sys.stdout)
        sys.stdout.write("\n")
        return code
    loaded = load(folder, parallel=True)
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
    return EXIT_FEL if has_errors(loaded.findings) else EXIT_OK


# -- finsam build / sammanstall ------------------------------------------------------------------

def _progress(describe):
    """A progress line per finished folder on stderr when stderr is a terminal; else None
    (nothing extra in a log or a pipe). No colour codes."""
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty:
        return None

    def report(done: int, total: int, item: tuple, result) -> None:
        print(f"[{done}/{total}] {item[0]}: {describe(result)}", file=sys.stderr, flush=True)

    return report


_BUILD_STATUS = {EXIT_OK: "klar", EXIT_FEL: "fel i siffrorna", EXIT_INPUT: "kunde inte läsas eller skrivas",
                 EXIT_INTERNAL: "internt fel"}


def cmd_build(args) -> int:
    if args.ut and len(args.mapp) > 1:
        raise UsageError("--ut kan bara användas med en mapp; med flera mappar skrivs rapporterna till "
                         "varje mapps ut/.")
    if len(args.mapp) > 1:
        return _build_many(args)
    code, lines = console.build(Path(args.mapp[0]), args.utkast, args.ut, args.pdf, args.delvis)
    for line in lines:
        print(line)
    return code


def _build_many(args) -> int:
    from .batch import build_folder, run_all

    items = [(m, args.utkast, None, args.pdf, args.delvis) for m in args.mapp]
    results = run_all(build_folder, items, args.jobb, _progress(lambda r: _BUILD_STATUS.get(r[0], str(r[0]))))
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

    rows = run_all(summarise_folder, [(m,) for m in args.mapp], args.jobb,
                   _progress(lambda r: "kunde inte läsas" if "fel_vid_lasning" in r else "sammanställd"))
    out = Path(args.ut)
    paths = commit(out, {"sammanställning.xlsx": rollup_workbook(rows), "sammanställning.docx": rollup_docx(rows)})
    failed = [r for r in rows if "fel_vid_lasning" in r]
    with_fel = [r for r in rows if "fel_vid_lasning" not in r and r.get("fel")]
    print(f"{len(rows) - len(failed)} förbund sammanställda" + (f", {len(failed)} mappar kunde inte läsas:"
                                                                if failed else "."))
    for r in failed:
        print(f"  {r['mapp']}: {r['fel_vid_lasning']}")
    for r in with_fel:
        print(f"  {r['mapp']}: {r['fel']} fel i siffrorna (kör finsam check {r['mapp']})")
    for path in paths:
        print(f"Skrev {path}")
    codes = [r.get("slutkod", EXIT_INPUT) for r in failed] + [EXIT_FEL for _ in with_fel]
    return max(codes, default=EXIT_OK)


def cmd_serve(args) -> int:
    from .web.app import serve

    serve(args.host, args.port)
    return EXIT_OK


# -- finsam new / workbooks ----------------------------------------------------------------------

def _workbook_bytes(schemas, data=lambda schema: None) -> dict[str, bytes]:
    """The workbooks of ``schemas`` made in a temporary folder, as bytes, so that they are
    committed together (all or none) into the user's folder."""
    import tempfile

    from .schema.write import write_workbook

    from xlsxwriter.exceptions import FileCreateError

    files = {}
    with tempfile.TemporaryDirectory(prefix="finsam-new-") as tmp:
        for schema in schemas:
            path = Path(tmp) / schema.filename
            try:
                write_workbook(schema, path, data(schema))
            except FileCreateError as exc:  # xlsxwriter wraps the OSError (a full disk)
                cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
                raise cause or OSError(str(exc)) from None
            files[schema.filename] = path.read_bytes()
    return files


def cmd_new(args) -> int:
    from .kinds import kind
    from .render.safe_io import commit

    folder = Path(args.mapp)
    schemas = kind(args.dokument).workbooks
    existing = [s.filename for s in schemas if (folder / s.filename).exists()]
    if existing:
        print(f"{folder} innehåller redan {', '.join(existing)}. Inget skrevs över; välj en tom mapp.",
              file=sys.stderr)
        return EXIT_INPUT
    for path in commit(folder, _workbook_bytes(schemas, lambda schema: _blank_data(schema, args.ar))):
        print(f"Skapade {path}")
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
    from .render.safe_io import commit

    for path in commit(Path(args.mapp), _workbook_bytes(all_workbooks())):
        print(f"Skrev {path}")
    return EXIT_OK


# -- the parser --------------------------------------------------------------------------------

def build_parser():
    from . import __version__
    from .argparse_sv import SwedishParser, port, positive_int, year
    from .kinds import all_kinds, output_titles

    epilog = console.EXIT_CODES + "\n\nHjälp för ett kommando: finsam KOMMANDO --help"
    parser = SwedishParser(
        prog="finsam", add_help=False, epilog=epilog,
        description="Kontrollerar samordningsförbundets arbetsböcker (Excel) och skapar rapporterna: "
        f"{output_titles()}.")
    parser.add_argument("-h", "--help", action="help", help="visa den här hjälpen och avsluta")
    parser.add_argument("--version", action="version", version=f"finsam {__version__}",
                        help="visa programmets version och avsluta")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandon")

    def command(name, aliases, help, description):
        p = sub.add_parser(name, aliases=aliases, help=help, description=description, epilog=console.EXIT_CODES,
                           add_help=False)
        p.add_argument("-h", "--help", action="help", help="visa hjälpen för kommandot och avsluta")
        return p

    p = command("check", ["kontrollera"], "kontrollera arbetsböckerna i en mapp",
                "Läser och kontrollerar arbetsböckerna i MAPP och listar felen och avvikelserna med "
                "arbetsbok, blad och cell. Skriver ingenting.")
    p.add_argument("mapp", metavar="MAPP", help="förbundets mapp med arbetsböckerna (.xlsx)")
    p.add_argument("--json", action="store_true",
                   help="skriv resultatet som JSON (schema_version 1, beskrivet i README och i "
                   "finsam/schemas/check.schema.json) i stället för en tabell")
    p.add_argument("--alla", action="store_true", help="med --json: ta med även de godkända kontrollerna")
    p.set_defaults(func=cmd_check)

    p = command("build", ["bygg"], "kontrollera och skapa rapporterna i MAPP/ut",
                "Kontrollerar arbetsböckerna och skriver rapporterna till MAPP/ut. Standard är allt eller "
                "inget: har siffrorna ett fel skrivs inget dokument, så att ingen rapport med fel "
                "sprids av misstag.")
    p.add_argument("mapp", metavar="MAPP", nargs="+",
                   help="en eller flera förbundsmappar; rapporterna skrivs till varje mapps ut/")
    p.add_argument("--ut", metavar="UTMAPP", help="mapp för rapporterna i stället för MAPP/ut (bara med en mapp)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--utkast", action="store_true",
                      help="skriv alla dokument även om det finns fel, märkta UTKAST och med felen listade")
    mode.add_argument("--delvis", action="store_true",
                      help="skriv varje dokument vars egna kontroller saknar fel; håll tillbaka de andra "
                      "och säg varför (slutkod 1 om något hölls tillbaka)")
    p.add_argument("--pdf", action="store_true",
                   help="skapa också PDF/A av Word-dokumenten (kräver LibreOffice), för varje mapp")
    p.add_argument("--jobb", metavar="N", type=positive_int,
                   help="antal processer vid flera mappar (standard: antal kärnor)")
    p.set_defaults(func=cmd_build)

    p = command("sammanstall", ["sammanställ", "rollup"],
                "sammanställ nyckeltal för flera förbund i en arbetsbok och ett dokument",
                "Läser årsredovisningens nyckeltal ur varje mapp och skriver sammanställning.xlsx och "
                "sammanställning.docx. En mapp som inte går att läsa listas med sitt fel; de andra tas "
                "med ändå, och slutkoden säger att något saknas.")
    p.add_argument("mapp", metavar="MAPP", nargs="+", help="förbundsmappar att sammanställa")
    p.add_argument("--ut", metavar="UTMAPP", default="sammanställning",
                   help="mapp för sammanställningen (standard: sammanställning)")
    p.add_argument("--jobb", metavar="N", type=positive_int, help="antal processer (standard: antal kärnor)")
    p.set_defaults(func=cmd_rollup)

    p = command("serve", ["webb"], "starta webbsidan på den här datorn",
                "Startar en lokal webbsida där arbetsböckerna dras in, kontrolleras och byggs. "
                "Avsluta med Ctrl+C.")
    p.add_argument("--port", metavar="PORT", type=port, default=8000, help="portnummer (standard: 8000)")
    p.add_argument("--host", metavar="VÄRD", default="127.0.0.1",
                   help="adress att lyssna på (standard: 127.0.0.1, bara den här datorn)")
    p.set_defaults(func=cmd_serve)

    kinds = all_kinds()
    p = command("new", ["ny"], "skapa en mapp med tomma standardarbetsböcker",
                "Skapar MAPP med tomma standardarbetsböcker att fylla i. Skriver aldrig över en "
                "arbetsbok som redan finns.")
    p.add_argument("mapp", metavar="MAPP", help="mappen att skapa (eller en befintlig mapp utan arbetsböckerna)")
    p.add_argument("--ar", metavar="ÅR", type=year, help="året att fylla i, t.ex. 2024")
    p.add_argument("--dokument", metavar="SLAG", choices=[k.key for k in kinds], default=kinds[0].key,
                   help="vilka arbetsböcker: " + "; ".join(f"{k.key}: {k.new_help}" for k in kinds)
                   + f" (standard: {kinds[0].key})")
    p.set_defaults(func=cmd_new)

    p = command("workbooks", ["mallar"], "skriv de tomma standardarbetsböckerna till en mapp",
                "Skriver alla tomma standardarbetsböcker från schemat till MAPP (i källkoden: workbooks).")
    p.add_argument("mapp", metavar="MAPP", help="mappen att skriva till, t.ex. workbooks i källkoden")
    p.set_defaults(func=cmd_workbooks)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .render.safe_io import OutputError

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and usage errors (64)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        print("finsam: felaktig användning: ange ett kommando, till exempel finsam check MAPP.\n"
              "Hjälp: finsam --help", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except UsageError as exc:
        print(f"finsam: felaktig användning: {exc}\nHjälp: finsam {args.command} --help", file=sys.stderr)
        return EXIT_USAGE
    except InputError as exc:
        _print_input_error(exc)
        return EXIT_INPUT
    except OutputError as exc:
        what, option = {cmd_new: ("Arbetsböckerna", None), cmd_workbooks: ("Arbetsböckerna", None),
                        cmd_rollup: ("Sammanställningen", "--ut")}.get(args.func, ("Rapporterna", "--ut"))
        print("\n".join(console.output_error_lines(exc, what, option)), file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:
        print("\n".join(console.os_error_lines(exc)), file=sys.stderr)
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
