"""finsam serve: a small local web page for the workbooks, built on Flask.

Every request works in its own temporary directory, removed when the response is
done; nothing uploaded is stored anywhere else, and two users never share a folder.
The page works without JavaScript (plain forms); the script only adds drag and drop,
progress and in-place updates.
"""
from __future__ import annotations

import io
import re
import tempfile
import zipfile
from pathlib import Path

from flask import Flask, abort, render_template, request, send_file

from ..check import shown_per_code, tally
from ..errors import InputError
from ..pipeline import all_results, collect_reports, write_reports
from ..resources import blank_workbook, copy_example
from ..schema import ALL_WORKBOOKS

MAX_FILES = 20
MAX_UPLOAD_MB = 60
_NAME = re.compile(r"^[\w.\-åäöÅÄÖ ]{1,120}\.xlsx$", re.IGNORECASE)
_STEMS = tuple(s.filename.rsplit(".", 1)[0] for s in ALL_WORKBOOKS)
DOCUMENT_OF = {"ekonomi": "Årsredovisning", "insatser": "Årsredovisning", "deltagare": "Årsredovisning",
               "texter": "Årsredovisning", "sammantrade": "Sammanträdesprotokoll",
               "budgetuppfoljning": "Budgetuppföljning", "verksamhetsplan": "Verksamhetsplan"}


class UploadError(Exception):
    """A Swedish message for the user about the upload itself (HTTP 400/413)."""


def _known(name: str) -> str | None:
    stem = name.rsplit(".", 1)[0].casefold()
    for known in _STEMS:
        if stem == known or stem.startswith(known + "-"):
            return known
    return None


def _save_uploads(folder: Path) -> list[dict]:
    files = [f for f in request.files.getlist("filer") if f and f.filename]
    if not files:
        raise UploadError("Välj arbetsböckerna (.xlsx) som ska kontrolleras.")
    if len(files) > MAX_FILES:
        raise UploadError(f"Högst {MAX_FILES} filer åt gången; du valde {len(files)}.")
    saved = []
    for f in files:
        name = Path(f.filename.replace("\\", "/")).name
        if not _NAME.match(name):
            raise UploadError(f"Filen ”{name[:60]}” är inte en Excel-arbetsbok (.xlsx) med ett tillåtet namn.")
        known = _known(name)
        if known is None:
            raise UploadError(f"Filen ”{name}” är ingen av standardarbetsböckerna (ekonomi, insatser, deltagare, "
                              "texter, sammantrade, budgetuppfoljning, verksamhetsplan).")
        target = folder / name
        if target.exists():
            raise UploadError(f"Filen ”{name}” valdes två gånger.")
        f.save(target)
        saved.append({"namn": name, "dokument": DOCUMENT_OF[known], "storlek": target.stat().st_size})
    return saved


def _findings(reports) -> list[dict]:
    rows = []
    for rep in reports:
        for r in rep.results:
            if r.ok:
                continue
            loc = r.location
            rows.append({"dokument": rep.title, "allvarlighet": r.severity, "kod": r.code,
                         "arbetsbok": loc.workbook, "blad": loc.sheet or "", "cell": loc.cell or "",
                         "forvantat": r.expected_text, "faktiskt": r.actual_text, "meddelande": r.text()})
    rows.sort(key=lambda x: (x["allvarlighet"] != "fel", x["dokument"]))
    return rows


def _check(folder: Path, files: list[dict], example: bool = False):
    try:
        reports, _ = collect_reports(folder)
    except InputError as exc:
        return render_template("index.html", files=files, problems=exc.problems, example=example), 422
    everything = all_results(reports)
    findings = _findings(reports)
    passed, fel, avvikelser = tally(everything)
    summary = {"kontroller": len(everything), "godkanda": passed, "fel": fel, "avvikelser": avvikelser,
               "dokument": [{"titel": r.title, "fil": r.filename} for r in reports]}
    shown = [dict(f, fler=more) for f, more in shown_per_code(findings, code=lambda f: f["kod"])]
    return render_template("index.html", files=files, findings=shown, summary=summary, example=example), 200


def _zip_outputs(folder: Path, draft: bool):
    reports, _ = collect_reports(folder, keep_raw=True)
    everything = all_results(reports)
    failed = any(not r.ok and r.severity == "fel" for r in everything)
    if failed and not draft:
        return None, reports
    out = folder / "ut"
    written, note = write_reports(reports, out, draft=failed, pdf=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for path in written:
            z.write(path, path.name)
        if note:
            z.writestr("LÄS MIG.txt", note + "\n")
    buf.seek(0)
    return buf, reports


def create_app() -> Flask:
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config["MAX_CONTENT_LENGTH"] = MAX_UPLOAD_MB * 1024 * 1024
    from ..render.environment import FILTERS

    app.jinja_env.filters.update(FILTERS)

    @app.get("/")
    def index():
        return render_template("index.html")

    @app.post("/kontrollera")
    def check():
        with tempfile.TemporaryDirectory(prefix="finsam-web-") as tmp:
            try:
                files = _save_uploads(Path(tmp))
            except UploadError as exc:
                return render_template("index.html", upload_error=str(exc)), 400
            return _check(Path(tmp), files)

    @app.post("/exempel")
    def example():
        with tempfile.TemporaryDirectory(prefix="finsam-web-") as tmp:
            folder = Path(tmp) / "exempel"
            copy_example(folder)
            files = [{"namn": p.name, "dokument": "Årsredovisning", "storlek": p.stat().st_size}
                     for p in sorted(folder.glob("*.xlsx"))]
            return _check(folder, files, example=True)

    @app.post("/bygg")
    def build():
        draft = request.form.get("utkast") == "1"
        with tempfile.TemporaryDirectory(prefix="finsam-web-") as tmp:
            folder = Path(tmp) / "mapp"
            if request.form.get("exempel") == "1":
                copy_example(folder)
                files, example_run = [], True
            else:
                folder.mkdir()
                example_run = False
                try:
                    files = _save_uploads(folder)
                except UploadError as exc:
                    return render_template("index.html", upload_error=str(exc)), 400
            try:
                archive, _ = _zip_outputs(folder, draft)
            except InputError as exc:
                return render_template("index.html", files=files, problems=exc.problems), 422
            if archive is None:
                page, _ = _check(folder, files, example=example_run)
                return page, 422
            return send_file(archive, mimetype="application/zip", as_attachment=True,
                             download_name="finsam-rapporter.zip")

    @app.get("/mallar/<name>")
    def blank(name: str):
        if name not in {s.filename for s in ALL_WORKBOOKS}:
            abort(404)
        return send_file(io.BytesIO(blank_workbook(name).read_bytes()), as_attachment=True, download_name=name,
                         mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

    @app.get("/halsa")
    def health():
        return "ok"

    @app.errorhandler(413)
    def too_large(_):
        return render_template("index.html", upload_error=f"Filerna är för stora: högst {MAX_UPLOAD_MB} MB "
                               "sammanlagt åt gången."), 413

    @app.errorhandler(500)
    def internal(_):
        return render_template("index.html", upload_error="Ett internt fel inträffade. Inga filer har sparats."), 500

    return app


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    from werkzeug.serving import run_simple

    print(f"finsam körs på http://{host}:{port}/ – avsluta med Ctrl+C.")
    run_simple(host, port, create_app(), threaded=True, use_reloader=False, use_debugger=False)
