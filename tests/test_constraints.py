"""The schema's constraints (unique values, references between sheets, ranges) are executed
by one generic check: for every constraint of every kind, break the example's workbook on
purpose and assert the exact code at the exact cell."""
from __future__ import annotations

import copy
import sys

import pytest

from conftest import EXAMPLES, documents

sys.path.insert(0, str(EXAMPLES / "data"))
import sundsvall_2023  # noqa: E402
import sundsvall_2024  # noqa: E402
import sundsvall_ansokan  # noqa: E402
import nns_2023  # noqa: E402
from registry import contributions  # noqa: E402
import nns_workbook  # noqa: E402
import vp_examples  # noqa: E402

from finsam.errors import column_letter  # noqa: E402
from finsam.kinds import all_kinds  # noqa: E402
from finsam.schema.write import write_workbook  # noqa: E402

HEADER_ROW = 4  # the schema writer's header row; data from the row below


def _examples() -> dict[str, dict[str, dict]]:
    """Per kind: workbook file name -> example data of that workbook."""
    meetings = copy.deepcopy({schema: data for schema, data in sundsvall_2024.MEETINGS.values()})
    # The follow-up's last-year folder is given as a second workbook here, not as a link.
    meetings["budgetuppfoljning.xlsx"]["uppgifter"]["foregaende_ar"] = None
    meeting = sundsvall_ansokan.meeting()
    # a § that adopts an annual report (the optional sheet Beslut om årsredovisning)
    meeting["arsredovisningsbeslut"] = [{"nr": meeting["paragrafer"][0]["nr"], "ar": 2023,
                                         "arets_resultat": 676_089, "eget_kapital": None}]
    return {
        "arsredovisning": dict(copy.deepcopy(sundsvall_2023.CORRECTED),
                               **{"nns.xlsx": nns_workbook.workbook(nns_2023)}),
        "budgetuppfoljning": {"budgetuppfoljning.xlsx": meetings["budgetuppfoljning.xlsx"],
                              "ekonomi.xlsx": sundsvall_2023.CORRECTED["ekonomi.xlsx"]},
        # the meeting of 2024-04-26 with its decision on an application (Beslut om medel)
        "sammantrade": {"sammantrade.xlsx": meeting},
        "verksamhetsplan": {"verksamhetsplan.xlsx": vp_examples.sundsvall()},
        **copy.deepcopy(contributions("kind_examples")),  # the newer kinds' own example modules
    }


def _rows(data: dict, spec) -> list[dict]:
    rows = data.get(spec.key)
    if rows is None:
        rows = data[spec.key] = [dict(r) for r in spec.prefill]
    return rows


def _cases():
    """(kind, workbook, sheet spec, how to break it, code, column key, row index)."""
    out = []
    for kind in all_kinds():
        for schema in kind.every_workbook:
            for spec in schema.sheets:
                if spec.kind != "table":
                    continue
                if spec.unique:
                    out.append((kind.key, schema.filename, spec, "dubblett", f"{spec.key}-dubblett", spec.unique))
                for c in spec.columns:
                    if c.refs is not None:
                        out.append((kind.key, schema.filename, spec, "okand", f"{spec.key}-okand-{c.key}", c.key))
                minimum = next((c for c in spec.columns if c.minimum is not None and not c.computed), None)
                if minimum is not None:
                    out.append((kind.key, schema.filename, spec, "litet", f"{spec.key}-for-litet", minimum.key))
                maximum = next((c for c in spec.columns if c.maximum is not None), None)
                if maximum is not None:
                    out.append((kind.key, schema.filename, spec, "stort", f"{spec.key}-for-stort", maximum.key))
    return out


CASES = _cases()


@pytest.mark.parametrize("kind,filename,spec,how,code,key", CASES, ids=[f"{c[0]}-{c[4]}" for c in CASES])
def test_constraint_breaks_at_its_cell(tmp_path, kind, filename, spec, how, code, key):
    books = _examples()[kind]
    rows = _rows(books[filename], spec)
    first = next(i for i, r in enumerate(rows) if r.get(key) not in (None, ""))
    if how == "dubblett":
        rows.append(dict(rows[first]))
        index = len(rows) - 1
    else:
        index = first
        column = spec.column(key)
        # a number that is in no list (a § number, a year, a count)
        unknown = 9999 if column.kind.code in ("count", "int") else "Finns inte i listan"
        rows[index] = dict(rows[index], **{key: {"okand": unknown, "litet": -1,
                                                   "stort": (column.maximum or 0) + 1}[how]})
    folder = tmp_path / kind
    folder.mkdir()
    schemas = {s.filename: s for k in all_kinds() for s in k.every_workbook}
    for name, data in books.items():
        write_workbook(schemas[name], folder / name, data)
    cell = f"{column_letter([c.key for c in spec.columns].index(key) + 1)}{HEADER_ROW + 1 + index}"
    found = [r for d in documents(folder) for r in d.findings if not r.ok]
    assert any(r.code == code and r.location.sheet == spec.name and r.location.cell == cell for r in found), \
        [(r.code, str(r.location)) for r in found]
