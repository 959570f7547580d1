"""The one loader: a folder in; its documents read, modelled and checked (read → model →
check); and the one writer of their outputs (render). Shared by the CLI, the web page and
the roll-up, which know documents only through the kinds table (``finsam.kinds``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, Location, Problem
from .gcpause import paused_gc
from .records import record


@dataclass
class Folder:
    """A folder's documents, each with its findings, and what was skipped in it."""

    path: Path
    documents: list = field(default_factory=list)    # kinds.Document, in kind order
    skipped: list = field(default_factory=list)      # read.folder.Skipped
    logo: bytes | None = None                        # the folder's logo file, for the covers

    @property
    def findings(self) -> list:
        return [r for doc in self.documents for r in doc.findings]


def _groups(kind, books: list, later_year: int | None, problems: list[Problem]) -> list[dict]:
    """The documents of ``kind`` among the folder's own ``books``: one per workbook for a
    per-workbook kind, else one set of its workbooks. Of a workbook with a year (ekonomi)
    the newest is the document's; older ones are last year's, for the others to read."""
    names = {s.filename for s in kind.every_workbook}  # by name: a worker process's schema is a copy
    mine = [b for b in books if b.schema.filename in names and not b.origin]
    if kind.per_workbook:
        return [{b.schema.filename: b} for b in mine]
    required = {s.filename for s in kind.workbooks}
    if not any(b.schema.filename in required for b in mine):
        return []  # nothing, or only an optional workbook (the NNS bilaga) without its document
    chosen: dict[str, object] = {}
    for schema in kind.every_workbook:
        of_schema = [b for b in mine if b.schema.filename == schema.filename]
        if schema.year_field:
            of_schema = [b for b in of_schema if b.year == max((x.year or 0) for x in of_schema)]
        if len(of_schema) > 1:
            names = " och ".join(b.source.name for b in of_schema)
            problems.append(Problem(Location(of_schema[1].source.name), f"en arbetsbok av slaget {schema.filename}",
                                    f"flera: {names}", "Ta bort eller flytta den som inte hör till."))
        if of_schema:
            chosen[schema.filename] = of_schema[0]
    yearly = [b for b in chosen.values() if b.schema.year_field]
    if len(chosen) == len(yearly) and later_year is not None and all((b.year or 0) < later_year for b in yearly):
        return []  # only last year's ekonomi.xlsx, there for a later document to read
    missing = [s for s in kind.workbooks if s.filename not in chosen]
    for schema in missing:
        problems.append(Problem(Location(schema.filename), f"arbetsboken {schema.filename} i mappen",
                                "ingen sådan arbetsbok",
                                f"{kind.title} behöver arbetsböckerna "
                                + ", ".join(s.filename for s in kind.workbooks) + "."))
    return [] if missing else [chosen]


def _later_year(books: list) -> int | None:
    years = [b.year for b in books if b.year is not None and not b.origin]
    return max(years) if years else None


@paused_gc()
def load(folder: Path, keep_raw: bool = False, parallel: bool = False, follow_links: bool = True) -> Folder:
    """Read, model and check every document in ``folder``. ``keep_raw`` keeps every stored
    cell for the auditor's copy (only a build needs it); ``follow_links`` reads the folders
    a workbook names (never on the web page). Raises InputError listing every problem."""
    from .check import constraints
    from .kinds import Document, Related, all_kinds, all_workbooks
    from .read.folder import scan

    kinds = all_kinds()
    pool = scan(Path(folder), all_workbooks(), keep_raw, parallel, follow_links)
    problems: list[Problem] = []
    built: dict[str, list] = {}
    related = Related(pool.books, built, unresolved=pool.unresolved)
    later = _later_year(pool.books)
    for kind in kinds:
        docs = []
        for books in _groups(kind, pool.books, later, problems):
            try:
                model = kind.build(books, related)
            except InputError as exc:
                problems.extend(exc.problems)
                continue
            docs.append(Document(kind, model, tuple(b.source.name for b in books.values())))
        if kind.sort_key is not None:
            docs.sort(key=lambda d: kind.sort_key(d.model))
        built[kind.key] = docs
    problems.extend(related.problems)
    if problems:
        raise InputError(problems)
    documents = [doc for kind in kinds for doc in built[kind.key]]
    if not documents:
        names = ", ".join(s.filename for s in all_workbooks())
        raise InputError([Problem(Location(str(folder)), f"standardarbetsböcker ({names})",
                                  "inga sådana arbetsböcker")])
    for kind in kinds:
        previous = None
        for doc in built[kind.key]:
            doc.findings = list(kind.check(doc.model, related.with_previous(previous)))
            doc.findings += constraints.check(doc.model, kind.every_workbook)
            previous = doc
    return Folder(Path(folder), documents, list(pool.skipped), pool.logo)


@record
class Written:
    paths: list[Path]
    note: str = ""          # Swedish, e.g. why no PDF was made


def render_outputs(documents: list, draft: bool, logo: bytes | None = None) -> dict[str, bytes]:
    """Every output of ``documents`` rendered in memory: file name -> bytes. ``logo`` (the
    folder's logo file) goes on the Word documents' covers."""
    from .render.docx import folder_logo

    files: dict[str, bytes] = {}
    with folder_logo(logo):
        for doc in documents:
            for output in doc.kind.outputs:
                files[output.filename(doc.model)] = output.render(doc.model, doc.findings, draft)
    return files


def write_outputs(documents: list, out: Path, draft: bool, pdf: bool = False, logo: bytes | None = None) -> Written:
    """Render every output, then write them all into ``out`` at once: nothing is written
    unless every document rendered (and its PDF, when asked, was made or declined)."""
    import tempfile

    from .render.safe_io import commit

    files = render_outputs(documents, draft, logo)
    note = ""
    if pdf:
        from .render.pdf import to_pdf

        with tempfile.TemporaryDirectory(prefix="finsam-pdf-") as tmp:
            docx = []
            for name, data in files.items():
                if name.endswith(".docx"):
                    (Path(tmp) / name).write_bytes(data)
                    docx.append(Path(tmp) / name)
            made, note = to_pdf(docx, Path(tmp) / "pdf", pages=True)
            for path in docx:  # the docx's table of contents got the PDF's page numbers
                files[path.name] = path.read_bytes()
            for path in made:
                files[path.name] = path.read_bytes()
    paths = commit(Path(out), files)
    return Written(paths, note)
