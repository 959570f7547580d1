"""finsam serve: the economist's workspace, a small local web page built on Flask.

Upload the workbooks (any names; lock files and other files are skipped with a note), see
which document each file was used for, the findings per document and workbook, build the
documents that have no fel (the others are held back, or built as drafts on request), look
at a preview of each, and download one zip named after the förbund.

Security (the page runs on the user's own machine, reachable from their browser):
- only loopback Host headers are served (DNS rebinding), unless ``serve`` was bound to a
  named address on purpose;
- every POST needs the session's CSRF token, and a browser's Origin / Sec-Fetch-Site must
  say the request came from this page, so a site the user merely visits cannot drive it;
- Content-Security-Policy without unsafe-inline, frame-ancestors 'none', X-Frame-Options
  DENY, nosniff, Referrer-Policy no-referrer on every response;
- uploads are limited (files, bytes, form parts) and reduced to safe base names first; each
  job reads only its own temporary folder (``follow_links=False``) under a time and memory
  limit, in a small bounded process pool (``jobs.Runner``).
"""
from __future__ import annotations

import io
import json
import os
import secrets
import tempfile
import zipfile
from pathlib import Path

from flask import Flask, Response, abort, jsonify, render_template, request, send_file, session

from . import work
from .jobs import Busy, Runner
from .uploads import MAX_FILES, MAX_UPLOAD_MB, UploadError, save

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SYNC_SECONDS = work.BUILD_SECONDS + 60

FOREIGN_HOST = ("finsam svarar bara på adressen till den här datorn (127.0.0.1 eller localhost). Öppna "
                "sidan via den adress som finsam skrev ut när den startade.")
FOREIGN_ORIGIN = ("Begäran kom inte från finsam-sidan och utfördes inte. Ladda om sidan "
                  "(http://127.0.0.1:…/) och försök igen.")


def _host_name(host: str) -> str:
    host = (host or "").strip().lower()
    if host.startswith("["):
        return host.split("]")[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def create_app(processes: bool = True, allowed_hosts: set[str] | None = None, cookie_name: str = "finsam",
               runner: Runner | None = None) -> Flask:
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_UPLOAD_MB * 1024 * 1024,
        MAX_FORM_MEMORY_SIZE=1024 * 1024,      # non-file fields
        MAX_FORM_PARTS=MAX_FILES + 20,
        SECRET_KEY=secrets.token_bytes(32),    # per server process: sessions end with it
        SESSION_COOKIE_NAME=cookie_name,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    hosts = {h.lower() for h in (allowed_hosts or set())} | LOOPBACK
    runner = runner or Runner(processes=processes)
    app.extensions["finsam"] = runner
    from ..render.environment import FILTERS

    app.jinja_env.filters.update(FILTERS)

    def blanks():
        from ..kinds import all_workbooks

        return [{"namn": s.filename, "titel": s.title, "syfte": s.purpose} for s in all_workbooks()]

    def page(status: int = 200, **context):
        from ..kinds import output_titles

        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(32)
            session["id"] = secrets.token_urlsafe(18)
        context.setdefault("r", None)
        return render_template("index.html", csrf=session["csrf"], mallar=blanks(), dokument=output_titles(),
                               max_filer=MAX_FILES, max_mb=MAX_UPLOAD_MB, **context), status

    def wants_job() -> bool:
        return request.headers.get("X-Finsam-Jobb") == "1"

    def refuse(message: str, status: int):
        if wants_job() or request.path.startswith("/jobb/"):
            return jsonify({"fel": message}), status
        return page(status, fel=message)

    @app.before_request
    def guard():
        if _host_name(request.host) not in hosts:
            return Response(FOREIGN_HOST, status=421 if request.host else 400, mimetype="text/plain")
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            origin = request.headers.get("Origin")
            site = request.headers.get("Sec-Fetch-Site")
            if origin is not None and origin != request.host_url.rstrip("/"):
                return refuse(FOREIGN_ORIGIN, 403)
            if site is not None and site not in ("same-origin", "none"):
                return refuse(FOREIGN_ORIGIN, 403)
            token = request.headers.get("X-CSRF-Token") or request.form.get("csrf", "")
            expected = session.get("csrf")
            if not expected or not token or not secrets.compare_digest(str(token), str(expected)):
                return refuse(FOREIGN_ORIGIN, 403)

    @app.after_request
    def headers(response):
        h = response.headers
        h["Content-Security-Policy"] = CSP
        h["X-Content-Type-Options"] = "nosniff"
        h["X-Frame-Options"] = "DENY"
        h["Referrer-Policy"] = "no-referrer"
        h["Cross-Origin-Opener-Policy"] = "same-origin"
        h["Cross-Origin-Resource-Policy"] = "same-origin"
        h.setdefault("Cache-Control", "no-store")
        return response

    @app.get("/")
    def index():
        return page()

    def start(kind: str, example: bool, draft: bool = False):
        try:
            job = runner.reserve(kind, session.get("id", ""))
        except Busy as exc:
            return refuse(str(exc), exc.status)
        tmp = None
        try:
            tmp = tempfile.mkdtemp(prefix="finsam-web-")
            uploads = [] if example else [u.as_dict() for u in save(request.files.getlist("filer"),
                                                                     Path(tmp) / "mapp")]
            fn, args = (work.build, (uploads, example, draft)) if kind == "bygge" else (work.check, (uploads, example))
            runner.launch(job, tmp, fn, *args)
        except UploadError as exc:
            runner.cancel(job)
            _remove(tmp)
            return refuse(str(exc), 400)
        except BaseException:
            runner.cancel(job)
            _remove(tmp)
            raise
        if wants_job():
            return jsonify({"jobb": job.id, "handelser": f"/jobb/{job.id}/handelser",
                            "resultat": f"/jobb/{job.id}/resultat", "status": f"/jobb/{job.id}"}), 202
        result = job.wait(SYNC_SECONDS) or {"fel": work.TIMEOUT.format(s=SYNC_SECONDS)}
        return page(_status(result), r=result, jobb=job.id)

    @app.post("/kontrollera")
    def check():
        return start("kontroll", example=False)

    @app.post("/exempel")
    def example():
        return start("kontroll", example=True)

    @app.post("/bygg")
    def build():
        return start("bygge", example=request.form.get("exempel") == "1", draft=request.form.get("utkast") == "1")

    def job_or_404(job_id: str):
        job = runner.get(job_id, session.get("id", ""))
        if job is None:
            abort(404)
        return job

    @app.get("/jobb/<job_id>")
    def status(job_id: str):
        job = job_or_404(job_id)
        with job.cond:
            return jsonify({"klar": job.done, "steg": list(job.steps),
                            "status": _status(job.result) if job.done else None})

    @app.get("/jobb/<job_id>/handelser")
    def events(job_id: str):
        job = job_or_404(job_id)

        def stream():
            sent = 0
            yield "retry: 2000\n\n"
            while True:
                with job.cond:
                    job.cond.wait_for(lambda: len(job.steps) > sent or job.done, timeout=15)
                    steps, done = list(job.steps), job.done
                for text in steps[sent:]:
                    yield f"event: steg\ndata: {json.dumps({'text': text, 'nr': sent + 1})}\n\n"
                    sent += 1
                if done:
                    yield f"event: klar\ndata: {json.dumps({'status': _status(job.result)})}\n\n"
                    return
                if len(steps) == sent:
                    yield ": väntar\n\n"

        return Response(stream(), mimetype="text/event-stream",
                        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})

    @app.get("/jobb/<job_id>/resultat")
    def result(job_id: str):
        job = job_or_404(job_id)
        res = job.wait(SYNC_SECONDS) or {"fel": work.TIMEOUT.format(s=SYNC_SECONDS)}
        if "csrf" not in session:
            abort(403)
        return render_template("_resultat.html", r=res, jobb=job.id, csrf=session["csrf"]), _status(res)

    @app.get("/jobb/<job_id>/zip")
    def download(job_id: str):
        job = job_or_404(job_id)
        res = job.result or {}
        if "zip" not in res:
            abort(404)
        return send_file(io.BytesIO(res["zip"]), mimetype="application/zip", as_attachment=True,
                         download_name=res["bygge"]["zip_namn"])

    @app.get("/jobb/<job_id>/fynd.xlsx")
    def findings(job_id: str):
        from .export import findings_workbook

        job = job_or_404(job_id)
        res = job.result or {}
        if job.result is None or "fel" in res:
            abort(404)
        data = findings_workbook(res.get("exportrader", []), res.get("problemrader", []))
        return send_file(io.BytesIO(data), mimetype=XLSX, as_attachment=True, download_name="finsam-fynd.xlsx")

    @app.get("/mallar/<name>")
    def blank(name: str):
        from ..resources import blank_workbook

        if name not in {b["namn"] for b in blanks()}:
            abort(404)
        return send_file(io.BytesIO(blank_workbook(name).read_bytes()), as_attachment=True, download_name=name,
                         mimetype=XLSX)

    @app.get("/mallar.zip")
    def blanks_zip():
        from ..resources import blank_workbook

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for b in blanks():
                z.writestr(b["namn"], blank_workbook(b["namn"]).read_bytes())
        buf.seek(0)
        return send_file(buf, mimetype="application/zip", as_attachment=True,
                         download_name="finsam-tomma-arbetsböcker.zip")

    @app.get("/favicon.ico")
    def favicon():
        return Response(status=204)

    @app.get("/halsa")
    def health():
        return "ok"

    @app.errorhandler(413)
    def too_large(_):
        return refuse(f"Filerna är för stora: högst {MAX_UPLOAD_MB} MB sammanlagt åt gången.", 413)

    @app.errorhandler(404)
    def not_found(_):
        if request.path.startswith(("/jobb/", "/mallar")):
            return Response("Finns inte (eller har gått ut: resultat sparas i 15 minuter).", 404,
                            mimetype="text/plain")
        return refuse("Sidan finns inte.", 404)

    @app.errorhandler(500)
    def internal(_):
        return refuse("Ett internt fel inträffade. Inga filer har sparats.", 500)

    return app


def _status(result: dict | None) -> int:
    if not result:
        return 500
    if "fel" in result:
        return 500 if result["fel"] == work.INTERNAL else 503
    if result.get("problem"):
        return 422
    if result.get("typ") == "bygge" and "zip" not in result:
        return 422
    return 200


def _remove(tmp: str | None) -> None:
    import shutil

    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    from werkzeug.serving import run_simple

    named = {host} if host not in ("0.0.0.0", "::", "") else set()
    app = create_app(allowed_hosts=named, cookie_name=f"finsam-{port}")
    runner = app.extensions["finsam"]
    if os.environ.get("FINSAM_WEB_NO_WARM") is None:
        runner.warm()
    print(f"finsam körs på http://{host}:{port}/ – avsluta med Ctrl+C.", flush=True)

    def stop(signum, frame):  # a service manager's SIGTERM ends like Ctrl+C: pools and office stopped
        raise KeyboardInterrupt

    import signal

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        runner.shutdown(wait=True)
