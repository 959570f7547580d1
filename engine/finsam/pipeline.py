"""The documents a folder supports, their checks and their rendering: shared by the CLI
and the web page. Heavy libraries are imported by the render functions, when used."""
from __future__ import annotations

from pathlib import Path


def output_names(year: int) -> dict[str, str]:
    return {"arsredovisning": f"årsredovisning-{year}.docx", "revision": f"revision-{year}.xlsx"}


class Report:
    """One document the folder supports: its checks and how to render it."""

    def __init__(self, title: str, filename: str, results, render):
        self.title, self.filename, self.results, self.render = title, filename, results, render


def collect_reports(folder: Path, keep_raw: bool = False, parallel: bool = False) -> tuple[list[Report], object]:
    from .check import run_checks, run_followup_checks, run_minutes_checks, run_plan_checks
    from .model.documents import load_documents
    from .model.figures import compute

    docs = load_documents(folder, keep_raw=keep_raw, parallel=parallel)
    reports: list[Report] = []
    if docs.forbund is not None:
        f = docs.forbund
        fig = compute(f)
        results = run_checks(f, fig)

        def annual(draft, f=f, fig=fig, results=results):
            from .render import annual_report
            return annual_report(f, fig, results, draft=draft)

        def revision(draft, f=f, fig=fig, results=results):
            from .render.revision import revision_workbook
            return revision_workbook(docs.annual_books, f, fig, results)

        names = output_names(f.settings.ar)
        reports.append(Report(f"Årsredovisning {f.settings.ar}", names["arsredovisning"], results, annual))
        reports.append(Report(f"Revisionsunderlag {f.settings.ar}", names["revision"], [], revision))
    followups = []
    for _, u in docs.followups:
        results = run_followup_checks(u)
        followups.append((u, results))

        def render_u(draft, u=u, results=results):
            from .render.minutes import render_followup
            return render_followup(u, results, draft)

        reports.append(Report(f"Budgetuppföljning per {u.facts.per.isoformat()} ({u.source})",
                              f"budgetuppföljning-{u.facts.per.isoformat()}.docx", results, render_u))
    for _, plan in docs.plans:
        results = run_plan_checks(plan)

        def render_p(draft, plan=plan, results=results):
            from .render.plan import render_plan
            return render_plan(plan, results, draft)

        year = plan.facts.forsta_ar
        reports.append(Report(f"Verksamhetsplan {year} ({plan.source})", f"verksamhetsplan-{year}.docx",
                              results, render_p))
    previous = None
    for _, m in docs.minutes:
        results = run_minutes_checks(m, previous)
        previous = m
        attached = [(u, r) for u, r in followups if u.facts.bilaga_datum == m.facts.datum]

        def render_m(draft, m=m, results=results, attached=attached):
            from .render.minutes import followup_context, render_minutes
            bilagor = [followup_context(u, r)["u"] for u, r in attached]
            return render_minutes(m, results, bilagor, draft)

        reports.append(Report(f"Sammanträdesprotokoll {m.facts.datum.isoformat()} ({m.source})",
                              f"protokoll-{m.facts.datum.isoformat()}.docx", results, render_m))
    return reports, docs


def all_results(reports: list[Report]):
    return [r for report in reports for r in report.results]


def write_reports(reports: list[Report], out: Path, draft: bool, pdf: bool = False) -> tuple[list[Path], str]:
    """Render every report and write it atomically into ``out``; with ``pdf``, also a PDF of
    each Word document when LibreOffice is installed. Returns the paths and a note."""
    from .render.safe_io import write_atomic

    written = []
    for rep in reports:
        path = out / rep.filename
        write_atomic(path, rep.render(draft))
        written.append(path)
    note = ""
    if pdf:
        from .render.pdf import to_pdf

        docx = [p for p in written if p.suffix == ".docx"]
        made, note = to_pdf(docx, out)
        written += made
    return written, note
