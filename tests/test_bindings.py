"""Every schema column reaches a model field and every field comes from a column: the
@binds decorator refuses a mismatch when a model class is defined, and every table and
form sheet of every standard workbook is bound to a model class (or is declared as read
without one)."""
from __future__ import annotations

import dataclasses

import pytest


def _bound():
    import importlib
    import pkgutil

    import finsam.model

    for info in pkgutil.iter_modules(finsam.model.__path__):
        importlib.import_module(f"finsam.model.{info.name}")
    from finsam.model.base import BINDINGS

    return BINDINGS


# Sheets read as a mapping of free texts (section -> text), not as records.
FREE_TEXT = {("texter.xlsx", "Texter")}


def test_every_field_is_a_column_and_every_column_a_field():
    for cls, sheet in _bound().items():
        items = sheet.fields if sheet.kind == "form" else sheet.columns
        columns = {c.key for c in items}
        fields = {f.name for f in dataclasses.fields(cls)} - {"src"}
        assert columns <= fields, (cls.__name__, columns - fields)


def test_binds_refuses_a_column_without_a_field():
    from finsam.model.base import binds
    from finsam.schema.ekonomi import MEMBERS

    with pytest.raises(TypeError, match="columns without a field"):
        @binds(MEMBERS)
        @dataclasses.dataclass(frozen=True)
        class Member:  # noqa: F841 - "andel" is missing
            namn: str
            kategori: str
            src: object


def test_every_table_and_form_sheet_is_read_into_a_model():
    from finsam.kinds import all_workbooks

    bound = {id(sheet) for sheet in _bound().values()}
    unbound = [(schema.filename, spec.name) for schema in all_workbooks() for spec in schema.sheets
               if spec.kind in ("table", "form") and id(spec) not in bound
               and (schema.filename, spec.name) not in FREE_TEXT]
    assert unbound == [], unbound
