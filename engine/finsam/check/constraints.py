"""One generic check for the constraints the schema declares: unique values in a column
(``TableSheet.unique``), values that must occur in another table (``Column.refs``) and
ranges (``Column.minimum`` / ``maximum``). No kind writes these by hand.

The check walks a document's model for records bound to schema sheets (``model.base.binds``)
and reads each column from the field of the same name.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from decimal import Decimal

from ..findings import Finding
from ..model.base import BINDINGS
from ..names import norm
from .catalogue import declare, fel
from .registry import column_range, condition, flag

_DEPTH = 2


def _records(root) -> dict[int, list]:
    """id(sheet spec) -> the records bound to it, found in ``root``'s fields (two levels)."""
    out: dict[int, list] = {}

    def visit(obj, depth):
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
            return
        if getattr(obj, "LINKED", False):  # last year's workbooks: checked by last year's build
            return
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name, None)
            items = value if isinstance(value, tuple) else (value,)
            for item in items:
                spec = BINDINGS.get(type(item))
                if spec is not None:
                    out.setdefault(id(spec), []).append(item)
                elif depth < _DEPTH and dataclasses.is_dataclass(item):
                    visit(item, depth + 1)
    visit(root, 0)
    return out


class _Normed(dict):
    """``norm`` of each text, once per run of the constraints: a name is compared in up to
    four places (duplicates and references, in both sheets), and ``norm``'s own cache
    holds 65 536 names, fewer than a big table has."""

    def __missing__(self, text: str) -> str:
        value = self[text] = norm(text)
        return value


def _present(value) -> bool:
    return value is not None and value != ""


def _where(record, where) -> bool:
    return all(getattr(record, key) == wanted for key, wanted in where)


def _duplicates(spec, rows, normed: _Normed) -> list[Finding]:
    key = spec.unique
    column = spec.column(key)
    names = [normed[str(getattr(r, key))] if _present(getattr(r, key)) else None for r in rows]
    counts = Counter(n for n in names if n is not None)
    seen: set[str] = set()
    out = []
    for row, name in zip(rows, names):
        if name is None:
            continue
        if counts[name] > 1 and name in seen:
            above = column_range(rows[0].src.loc(key), row.src.row - 1)
            out.append(flag(f"{spec.key}-dubblett", row.src.loc(key), "ett unikt värde",
                            str(getattr(row, key)), what=column.header,
                            hint="Samma värde finns redan på en rad ovanför.",
                            formula=condition('IF(COUNTIF({0},{1})>0,"FEL","OK")', above, row.src.loc(key))))
        seen.add(name)
    return out


def _unknown(spec, column, rows, target_spec, target_rows, workbook, normed: _Normed) -> list[Finding]:
    ref = column.refs
    known = {normed[str(getattr(t, ref.column))] for t in target_rows
             if _present(getattr(t, ref.column)) and _where(t, ref.where)}
    target_header = target_spec.column(ref.column).header
    where = f"{workbook}, blad {target_spec.name}" if workbook else f"bladet {target_spec.name}"
    names = None
    if target_rows and not ref.where:
        names = column_range(target_rows[0].src.loc(ref.column), target_rows[-1].src.row)
    out = []
    # made once: every row not found shares them (a sheet of 250 000 unknown names is
    # 250 000 findings, and each its own copy of these texts was a third of their memory)
    code, expected, hint = f"{spec.key}-okand-{column.key}", f"ett värde ur ”{target_header}” i {where}", \
        f"Stava som i {where}."
    for row in rows:
        value = getattr(row, column.key)
        if not _present(value) or normed[str(value)] in known:
            continue
        loc = row.src.loc(column.key)
        formula = condition('IF(COUNTIF({0},{1})=0,"FEL","OK")', names, loc) if names else None
        out.append(flag(code, loc, expected, str(value), what=column.header, hint=hint, formula=formula))
    return out


def _ranges(spec, column, rows, total=None) -> list[Finding]:
    out = []
    for row in rows:
        value = getattr(row, column.key)
        if not isinstance(value, (int, Decimal)) or isinstance(value, bool):
            continue
        low = column.minimum is not None and value < column.minimum
        if not low and not (column.maximum is not None and value > column.maximum and row is not total):
            continue  # the usual case: no text or location is made for a value within range
        # a table row is named by its first column; a form (one record) by its sheet
        first = getattr(row, spec.columns[0].key, "") if spec.kind == "table" else ""
        what = f"{first or spec.name}: {column.header.lower()}"
        loc = row.src.loc(column.key)
        if low:
            out.append(flag(f"{spec.key}-for-litet", loc, f"minst {column.minimum}", Decimal(value), "st",
                            what=what, hint="Ett antal kan inte vara negativt." if column.minimum == 0 else "",
                            formula=condition(f'IF({{0}}<{column.minimum},"FEL","OK")', loc)))
        elif column.maximum is not None and value > column.maximum and row is not total:
            out.append(flag(f"{spec.key}-for-stort", loc, f"högst {column.maximum}", Decimal(value), "st",
                            what=what, hint="Orimligt stort; kontrollera cellen.",
                            formula=condition(f'IF({{0}}>{column.maximum},"FEL","OK")', loc)))
    return out


def declare_codes(kind: str, schemas) -> None:
    """The codes the constraints of ``schemas`` can give, in the catalogue. A code names its
    sheet's key; sheets of the same key in two kinds (Budget) share it and its title."""
    codes = []
    for schema in schemas:
        names = {spec.key: spec.name for spec in schema.sheets}
        for spec in schema.sheets:
            if spec.kind != "table" and spec.kind != "form":
                continue
            columns = spec.columns if spec.kind == "table" else spec.fields
            if spec.kind == "table" and spec.unique:
                header = spec.column(spec.unique).header
                codes.append(fel(f"{spec.key}-dubblett", f"Varje värde i kolumnen ”{header}” finns bara en gång",
                                 "schema"))
            for c in columns:
                if c.refs is not None:
                    target = f"{c.refs.workbook}, blad {c.refs.sheet}" if c.refs.workbook else \
                        f"bladet {names.get(c.refs.sheet, c.refs.sheet)}"
                    codes.append(fel(f"{spec.key}-okand-{c.key}", f"Varje ”{c.header}” finns i {target}", "schema"))
            if any(c.minimum is not None for c in columns):
                codes.append(fel(f"{spec.key}-for-litet", "Inga värden under det lägsta tillåtna (antal är aldrig "
                                 "negativa)", "schema"))
            if any(c.maximum is not None for c in columns):
                codes.append(fel(f"{spec.key}-for-stort", "Inga orimligt stora värden", "schema"))
    declare(kind, *codes)


def check(model, schemas) -> list[Finding]:
    """Every constraint of ``schemas`` (a document's workbooks) on the records in ``model``."""
    bound = _records(model)
    by_file = {schema.filename: schema for schema in schemas}
    findings: list[Finding] = []
    normed = _Normed()
    for schema in schemas:
        for spec in schema.sheets:
            if spec.kind == "statement":
                continue
            records = bound.get(id(spec), [])
            table_rows, total = records, None
            if spec.kind == "table" and spec.total_label:
                # one pass, by identity: ``r not in table_rows`` compared whole records, n² times
                first = spec.columns[0].key
                table_rows = [r for r in records if getattr(r, first, None) != spec.total_label]
                total = next((r for r in records if getattr(r, first, None) == spec.total_label), None)
            if spec.kind == "table" and spec.unique:
                findings.extend(_duplicates(spec, table_rows, normed))
            columns = spec.columns if spec.kind == "table" else spec.fields
            for column in columns:
                if column.refs is not None:
                    target_schema = by_file.get(column.refs.workbook) if column.refs.workbook else schema
                    if target_schema is None:
                        continue
                    target_spec = target_schema.sheet(column.refs.sheet)
                    findings.extend(_unknown(spec, column, table_rows, target_spec, bound.get(id(target_spec), []),
                                             column.refs.workbook, normed))
                if column.minimum is not None or column.maximum is not None:
                    findings.extend(_ranges(spec, column, records, total))
    return findings
