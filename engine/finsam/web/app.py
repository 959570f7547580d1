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

from ..errors import InputError
from ..findings import has_errors, shown_per_code, tally
from ..kinds import all_workbooks
from ..pipeline import load, write_outputs
from ..resources import blank_workbook, copy_example

MAX_FILES = 20
MAX_UPLOAD_MB = 60
_NAME = re.compile(r"^[\w.\-åäöÅÄÖ ()]{1,120}\.xlsx$", re.IGNORECASE)


class UploadError(Exception):
    """A Swedish message for the user about the upload itself (HTTP 400/413)."""


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
        target = folder / name
        if target.exists():
            raise UploadError(f"Filen ”{name}” valdes två gånger.")
        f.save(target)
        saved.append({"namn": name, "storlek": target.stat().st_size})
    return saved


def _findings(documents) -> list[dict]:
    rows = []
    for doc in documents:
        for r in doc.findings:
            if r.ok:
                continue
            loc = r.location
            rows.append({"dokument": doc.title, "allvarlighet": r.severity, "kod": r.code,
                         "arbetsbok": loc.workbook, "blad": loc.sheet or "", "cell": loc.cell or "",
                         "forvantat": r.expected_text, "faktiskt": r.actual_text, "meddelande": r.text()})
    rows.sort(key=lambda x: (x["allvarlighet"] != "fel", x["dokument"]))
    return rows


def _label_files(files: list[dict], loaded) -> list[dict]:
    titles = {name: doc.kind.title for doc in loaded.documents for name in doc.sources}
    return [dict(f, dokument=titles.get(f["namn"], "används inte")) for f in files]


def _check(folder: Path, files: list[dict], example: bool = False):
    try:
        loaded = load(folder, follow_links=False)
    except InputError as exc:
        return render_template("index.html", files=files, problems=exc.problems, example=example), 422
    files = _label_files(files, loaded)
    everything = loaded.findings
    findings = _findings(loaded.documents)
    passed, fel, avvikelser = tally(everything)
    summary = {"kontroller": len(everything), "godkanda": passed, "fel": fel, "avvikelser": avvikelser,
               "dokument": [{"titel": d.title} for d in loaded.documents]}
    shown = [dict(f, fler=more) for f, more in shown_per_code(findings, code=lambda f: f["kod"])]
    return render_template("index.html", files=files, findings=shown, summary=summary, example=example), 200


def _zip_outputs(folder: Path, draft: bool):
    loaded = load(folder, keep_raw=True, follow_links=False)
    failed = has_errors(loaded.findings)
    if failed and not draft:
        return None, loaded
    written = write_outputs(loaded.documents, folder / "ut", draft=failed, pdf=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for path in written.paths:
            z.write(path, path.name)
        if written.note:
            z.writestr("LÄS MIG.txt", written.note + "\n")
    buf.seek(0)
    return buf, loaded


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
            files = [{"namn": p.name, "storlek": p.stat().st_size} for p in sorted(folder.glob("*.xlsx"))]
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
        if name not in {s.filename for s in all_workbooks()}:
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
