"""``@record`` answers as ``@dataclass(frozen=True)`` does: the same fields, equality, hash,
repr, immutability and ``replace``, with the value methods shared instead of generated."""
import dataclasses
from dataclasses import FrozenInstanceError, field

import pytest

from finsam.records import record


def pair():
    """The same class twice: once a record, once a frozen dataclass."""
    def body():
        class Row:
            """A row."""
            name: str
            amount: int = 0
            notes: list = field(default_factory=list, compare=False)
            secret: str = field(default="x", repr=False)
        return Row
    return record(body()), dataclasses.dataclass(frozen=True)(body())


def test_same_answers_as_a_frozen_dataclass():
    R, D = pair()
    r, d = R("a", 5, ["n"]), D("a", 5, ["n"])
    assert repr(r) == repr(d) == "pair.<locals>.body.<locals>.Row(name='a', amount=5, notes=['n'])"
    assert (r == R("a", 5, ["other"])) is (d == D("a", 5, ["other"])) is True    # notes: compare=False
    assert (r == R("a", 6)) is (d == D("a", 6)) is False
    assert r != d and d != r                                                     # other class: not equal
    assert (r.__eq__(1), d.__eq__(1)) == (NotImplemented, NotImplemented)
    assert [f.name for f in dataclasses.fields(r)] == [f.name for f in dataclasses.fields(d)]
    assert dataclasses.asdict(r) == dataclasses.asdict(d)
    assert dataclasses.replace(r, amount=7) == R("a", 7) and dataclasses.replace(d, amount=7) == D("a", 7)
    assert hash(r) == hash(R("a", 5, ["whatever"])) and len({r, R("a", 5), R("b")}) == 2
    for obj in (r, d):
        with pytest.raises(FrozenInstanceError):
            obj.amount = 1
        with pytest.raises(FrozenInstanceError):
            del obj.name


def test_slots_subclass_and_own_methods():
    @record(slots=True)
    class S:
        a: int

    assert not hasattr(S(1), "__dict__") and S(1) == S(1) and hash(S(1)) == hash(S(1))

    @record
    class Base:
        a: int

    @record
    class Child(Base):
        b: int = 2

    assert Child(1) == Child(1, 2) and Child(1) != Child(1, 3) and Child(1) != Base(1)
    assert repr(Child(1)) == "test_slots_subclass_and_own_methods.<locals>.Child(a=1, b=2)"

    @record
    class Own:
        a: int

        def __eq__(self, other):          # a class's own __eq__ is kept, as dataclass keeps it
            return True

        __hash__ = object.__hash__

    assert Own(1) == Own(2) and Own.__hash__ is object.__hash__


def test_recursive_repr_does_not_loop():
    @record
    class Node:
        children: list

    n = Node([])
    n.children.append(n)
    assert repr(n) == "test_recursive_repr_does_not_loop.<locals>.Node(children=[...])"
