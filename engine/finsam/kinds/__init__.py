"""The document kinds: the one seam between the stages and the front ends.

Each kind is declared once, in its own module of this package (``KIND = DocumentKind(...)``):
its workbooks (schema), how its model is built, its checks, its outputs (template and file
name), its title, and what it needs from other documents. The pipeline, the CLI, the web
page, the roll-up and the auditor workbook loop over ``all_kinds()`` and know no kind by
name. A module here imports only its schema at start; model, checks and renderers are
imported when the kind is used, so ``finsam check`` loads only what a folder holds.
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from ..errors import Problem
from ..records import record


@record
class Output:
    """One file a document produces."""

    title: str                                   # Swedish, e.g. "Revisionsunderlag"
    filename: Callable[[Any], str]               # model -> file name in ut/
    render: Callable[[Any, list, bool], bytes]   # (model, findings, draft) -> bytes
    template: str | None = None                  # the Word template it fills (None: not a docx)
    layout: str | None = None                    # module under finsam.render.layouts that builds it

    @property
    def word(self) -> bool:
        return self.template is not None


@record
class DocumentKind:
    key: str                                     # "arsredovisning"; also the module's name
    title: str                                   # "Årsredovisning"
    workbooks: tuple                             # the WorkbookSchemas it is read from
    build: Callable[[Mapping[str, Any], "Related"], Any]   # pure: workbooks in, model out
    check: Callable[[Any, "Related"], list]      # model -> findings
    outputs: tuple[Output, ...]
    label: Callable[[Any], str]                  # model -> "Årsredovisning 2023"
    order: int = 50                              # kinds build in this order (a need builds first)
    per_workbook: bool = False                   # one document per workbook file (each meeting)
    sort_key: Callable[[Any], Any] | None = None  # the order of several documents of the kind
    # kinds whose documents this one reads (Related): at build time only those of a lower
    # ``order`` are built; at check time every kind's documents are
    needs: tuple[str, ...] = ()
    new_help: str = ""                           # Swedish: what ``finsam new --dokument KEY`` creates
    summary: Callable[[Any, list], dict] | None = None  # the roll-up's figures of one document
    check_modules: tuple[str, ...] = ()          # modules of finsam.check holding its checks and codes
    forbund: Callable[[Any], str] | None = None  # model -> the förbund's name, for front ends
    year: Callable[[Any], int] | None = None     # model -> the year the document is for
    optional_workbooks: tuple = ()               # read when the folder has them; built without them

    @property
    def every_workbook(self) -> tuple:
        """Its workbooks, the optional ones last."""
        return tuple(self.workbooks) + tuple(self.optional_workbooks)


@dataclass
class Document:
    """One document of a folder: its kind, model and findings."""

    kind: DocumentKind
    model: Any
    sources: tuple[str, ...]                     # the workbook file names it was read from
    findings: list = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.kind.label(self.model)


class Related:
    """What a document may know of the others: workbooks by schema and year (last year's
    ekonomi.xlsx, from the folder, the upload or a linked folder), the documents of the
    kinds it needs, and the previous document of its own kind."""

    def __init__(self, books: list, documents: dict[str, list[Document]], previous: Document | None = None,
                 unresolved: list | None = None):
        self._books = books
        self._documents = documents
        self.previous = previous
        self.problems: list[Problem] = []
        self.unresolved = unresolved if unresolved is not None else []  # (link cell, what was found)

    def link_findings(self, loc) -> list:
        """A saknas finding for the link field at ``loc`` when its folder could not be read
        (last year's figures are then not compared)."""
        from ..check.registry import missing_link

        return [missing_link(where, found) for where, found in self.unresolved if where == loc]

    def book(self, filename: str, year: int | None = None):
        """A workbook of the schema ``filename`` for ``year`` (any year if None), the folder's
        own before a linked folder's."""
        found = [b for b in self._books if b.schema.filename == filename and (year is None or b.year == year)]
        found.sort(key=lambda b: bool(b.origin))
        return found[0] if found else None

    def linked(self, filename: str) -> list:
        """The workbooks of schema ``filename`` read from a linked folder."""
        return [b for b in self._books if b.schema.filename == filename and b.origin]

    def documents(self, kind: str) -> list[Document]:
        return list(self._documents.get(kind, ()))

    def with_previous(self, previous: Document | None) -> "Related":
        out = Related(self._books, self._documents, previous, self.unresolved)
        out.problems = self.problems
        return out


_KINDS: dict[str, DocumentKind] | None = None


def all_kinds() -> list[DocumentKind]:
    """Every kind declared in this package, in build order."""
    global _KINDS
    if _KINDS is None:
        found = {}
        for info in pkgutil.iter_modules(__path__):
            module = importlib.import_module(f"{__name__}.{info.name}")
            kind = getattr(module, "KIND", None)
            if isinstance(kind, DocumentKind):
                found[kind.key] = kind
        _KINDS = dict(sorted(found.items(), key=lambda item: (item[1].order, item[0])))
    return list(_KINDS.values())


def kind(key: str) -> DocumentKind:
    return next(k for k in all_kinds() if k.key == key)


def load_checks(kind: DocumentKind) -> None:
    """Import a kind's check modules (they register its checks and declare its codes) and
    declare the codes of its schema constraints."""
    from ..check import constraints

    for name in kind.check_modules:
        importlib.import_module(f"finsam.check.{name}")
    constraints.declare_codes(kind.key, kind.every_workbook)


def catalogue() -> dict:
    """Every finding code of every kind (for the README, the auditor's workbook, the page)."""
    from ..check.catalogue import CATALOGUE

    for k in all_kinds():
        load_checks(k)
    return dict(CATALOGUE)


def output_titles() -> str:
    """What finsam makes, as Swedish running text from every kind's outputs ("årsredovisning,
    revisionsunderlag, … och verksamhetsplan"): the CLI's and the web page's description, so
    that a new kind is named there without either front end knowing it."""
    titles = []
    for k in all_kinds():
        for output in k.outputs:
            title = output.title[:1].lower() + output.title[1:]
            if title not in titles:
                titles.append(title)
    return ", ".join(titles[:-1]) + " och " + titles[-1] if len(titles) > 1 else "".join(titles)


def all_workbooks() -> list:
    """Every standard workbook schema, each once, in kind order."""
    out = []
    for k in all_kinds():
        for schema in k.every_workbook:
            if schema not in out:
                out.append(schema)
    return out


def kind_of(schema) -> DocumentKind:
    return next(k for k in all_kinds() if schema in k.every_workbook)


def previous_year(related: Related, book, link: tuple[str, str], filename: str, year: int | None):
    """Last year's workbook of schema ``filename`` for ``year``, or None. ``book``'s field
    ``link`` (sheet key, field key) may name last year's folder; a workbook read from there
    for another year is a problem reported at that field."""
    if year is None:
        return None
    found = related.book(filename, year)
    form = book.sheets.get(link[0])
    if found is None and form is not None and form.values.get(link[1]):
        from ..errors import Location

        for other in related.linked(filename):
            related.problems.append(Problem(
                Location(form.workbook, form.sheet, form.refs.get(link[1])),
                f"föregående års {filename} ({year})", f"räkenskapsår {other.year} i {other.source.name}"))
    return found
