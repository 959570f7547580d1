"""Drives one running LibreOffice over UNO on behalf of finsam.render.office.

This file runs as a script under a Python that has LibreOffice's ``uno`` module (LibreOffice's
own Python, or the system Python with python3-uno), not under finsam's interpreter, so it uses
the standard library and uno only and imports nothing from finsam.

    python office_worker.py PIPE_NAME CONNECT_TIMEOUT_SECONDS SOFFICE_PID TEMP_DIR

It connects to ``soffice --accept=pipe,name=PIPE_NAME;urp;``, says {"ready": true} and then
answers one JSON request per line on stdin with one JSON line on stdout:

    {"op": "pdf", "src": path, "dst": path, "options": {...}}   writer_pdf_Export with FilterData
    {"op": "pdf", ..., "toc": true}                             the same, answering with "toc" too
    {"op": "docx", "src": path, "dst": path}                    "MS Word 2007 XML"
    {"op": "quit"}                                              terminate LibreOffice, exit

Both conversions update every index (tables of contents) after loading and before storing.
Answers: {"ok": true, "indexes": n, "seconds": {"load": s, "indexes": s, "store": s,
"close": s}} (with "toc": [[entry text, page], ...], the entries of every table of contents
as LibreOffice laid the document out, when asked) or {"ok": false, "error": text, "dead":
bool}; "dead" means the connection to LibreOffice is gone and the caller should start a new
one. End of stdin (the caller died) terminates LibreOffice too, so no office outlives its
caller, and then removes TEMP_DIR (the office's profile), which the caller can no longer do.
"""
import json
import os
import sys
import time
import traceback


def main(argv):
    # Answers go to a private copy of stdout; anything LibreOffice or uno prints goes to stderr.
    proto = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)

    def say(obj):
        proto.write(json.dumps(obj) + "\n")
        proto.flush()

    pipe, timeout, office_pid, temp_dir = argv[1], float(argv[2]), int(argv[3]), argv[4]
    try:
        import uno
        from com.sun.star.beans import PropertyValue
        from com.sun.star.connection import NoConnectException
    except Exception as exc:  # noqa: BLE001 - reported to the caller, which falls back
        say({"ready": False, "error": f"uno kan inte importeras: {exc}"})
        return 1

    def props(**kw):
        return tuple(PropertyValue(Name=k, Value=v) for k, v in kw.items())

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + timeout
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except NoConnectException:
            if time.monotonic() > deadline:
                say({"ready": False, "error": f"LibreOffice svarade inte på {timeout:.0f} s"})
                return 1
            time.sleep(0.05)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    say({"ready": True})

    def update_indexes(doc):
        # As unoserver does: a table of contents can grow and push headings onto later pages,
        # so update twice; the second pass has the final page numbers.
        if not hasattr(doc, "getDocumentIndexes"):
            return 0
        count = doc.getDocumentIndexes().getCount()
        for _ in range(2 if count else 0):
            doc.refresh()
            indexes = doc.getDocumentIndexes()
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
        return count

    def toc_entries(doc):
        # Each entry is a paragraph of the index: its text, a tab, its page number.
        found = []
        indexes = doc.getDocumentIndexes()
        for i in range(indexes.getCount()):
            index = indexes.getByIndex(i)
            if not index.supportsService("com.sun.star.text.ContentIndex"):
                continue
            for line in index.getAnchor().getString().splitlines():
                if "\t" in line:
                    text, _, page = line.rpartition("\t")
                    found.append([" ".join(text.split()), page.strip()])
        return found

    def convert(req):
        url = uno.systemPathToFileUrl(os.path.abspath(req["src"]))
        seconds = {}
        clock = [time.perf_counter()]

        def lap(name):
            now = time.perf_counter()
            seconds[name] = round(now - clock[0], 3)
            clock[0] = now

        # MacroExecutionMode 0 = never run macros; UpdateDocMode 0 = never follow links.
        doc = desktop.loadComponentFromURL(url, "_blank", 0, props(
            Hidden=True, MacroExecutionMode=0, UpdateDocMode=0))
        if doc is None:
            raise RuntimeError("LibreOffice kunde inte öppna dokumentet")
        lap("load")
        try:
            count = update_indexes(doc)
            answer = {"ok": True, "indexes": count, "seconds": seconds}
            if req.get("toc"):
                answer["toc"] = toc_entries(doc) if count else []
            lap("indexes")
            dst = uno.systemPathToFileUrl(os.path.abspath(req["dst"]))
            if req["op"] == "pdf":
                data = uno.Any("[]com.sun.star.beans.PropertyValue", props(**req.get("options", {})))
                args = props(FilterName="writer_pdf_Export", FilterData=data, Overwrite=True)
            else:
                args = props(FilterName="MS Word 2007 XML", Overwrite=True)
            uno.invoke(doc, "storeToURL", (dst, args))
            lap("store")
            return answer
        finally:
            try:
                doc.close(True)
            except Exception:  # noqa: BLE001 - already closed or office gone; checked below
                pass
            lap("close")

    def alive():
        try:
            desktop.getComponents()
            return True
        except Exception:  # noqa: BLE001
            return False

    orphaned = True
    for line in sys.stdin:
        req = json.loads(line)
        if req.get("op") == "quit":
            orphaned = False
            break
        try:
            say(convert(req))
        except Exception as exc:  # noqa: BLE001 - every failure is an answer, never a hang
            dead = not alive()
            say({"ok": False, "dead": dead, "error": f"{type(exc).__name__}: {exc}"})
            traceback.print_exc()
            if dead:
                return 1
    try:
        desktop.terminate()
    except Exception:  # noqa: BLE001 - the bridge closes as LibreOffice exits
        pass
    if orphaned:
        remove_when_gone(office_pid, temp_dir)
    return 0


def remove_when_gone(pid, folder, wait=15.0):
    import shutil

    deadline = time.monotonic() + wait
    while os.name != "nt" and time.monotonic() < deadline:  # os.kill(pid, 0) kills on Windows
        try:
            os.kill(pid, 0)
        except OSError:
            break
        time.sleep(0.1)
    else:
        time.sleep(2)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
