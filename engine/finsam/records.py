"""The frozen record that models, schema entries, workbook data and findings are made of.

``@record`` is ``@dataclass(frozen=True)``, with the same fields, ``__init__``, immutability,
``dataclasses.fields``/``replace``/``asdict``, and equality, hash and repr by field value
(only the fields marked ``compare``/``repr``). What differs is how the last three are made:
``dataclass`` writes and compiles three functions for every class (``exec``, about 60 µs
each on the bench machine), and finsam defines a hundred classes, 70 of them before a
``finsam check`` reads a cell. Here they are three small closures over one C-level
``operator.attrgetter`` per class: defining a class costs about a third less, and comparing
two records is as fast as the generated ``__eq__`` (tests/test_records.py holds both to the
same answers).
"""
from __future__ import annotations

import reprlib
from dataclasses import dataclass, fields
from operator import attrgetter


def _value_methods(cls):
    compared = tuple(f.name for f in fields(cls) if f.compare)
    shown = tuple(f.name for f in fields(cls) if f.repr)
    values = attrgetter(*compared) if compared else (lambda _self: ())

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self):
        return hash(values(self))

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"{self.__class__.__qualname__}({', '.join(f'{n}={getattr(self, n)!r}' for n in shown)})"

    for name, method in (("__eq__", __eq__), ("__hash__", __hash__), ("__repr__", __repr__)):
        if name not in cls.__dict__ or name == "__hash__" and cls.__dict__[name] is None:
            method.__qualname__ = f"{cls.__qualname__}.{name}"
            setattr(cls, name, method)
    return cls


def record(cls=None, /, *, slots: bool = False):
    """Class decorator: a frozen dataclass (see the module's docstring)."""
    def wrap(cls):
        return _value_methods(dataclass(cls, frozen=True, eq=False, repr=False, slots=slots))
    return wrap if cls is None else wrap(cls)
