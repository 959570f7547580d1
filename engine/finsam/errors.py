"""Locations and input errors.

Every problem the engine reports names where it is: workbook, sheet and cell (or
range). An ``InputError`` means the input cannot be read as the schema demands; the
CLI answers it with exit code 2 and writes nothing.
"""
from __future__ import annotations

from .records import record


@record
class Location:
    workbook: str
    sheet: str | None = None
    cell: str | None = None  # "C5" or a range "C5:C9"

    def __str__(self) -> str:
        parts = [self.workbook]
        if self.sheet:
            parts.append(f"blad {self.sheet}")
        if self.cell:
            parts.append(("område " if ":" in self.cell else "cell ") + self.cell)
        return ", ".join(parts)

    def at(self, cell: str | None) -> "Location":
        return Location(self.workbook, self.sheet, cell)


@record
class Problem:
    """One reason an input could not be read."""

    location: Location
    expected: str
    found: str
    message: str = ""

    def __str__(self) -> str:
        text = f"{self.location}: förväntade {self.expected}, hittade {self.found}."
        if self.message:
            text += f" {self.message}"
        return text


class InputError(Exception):
    """The input cannot be read. Carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def fail(location: Location, expected: str, found: str, message: str = "") -> InputError:
    return InputError([Problem(location, expected, found, message)])


def _letters(col: int) -> str:
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


_LETTERS = [""] + [_letters(c) for c in range(1, 703)]  # A … ZZ, computed once


def column_letter(col: int) -> str:
    """1 -> A, 27 -> AA."""
    return _LETTERS[col] if 0 < col < 703 else _letters(col)


def cell_ref(row: int, col: int) -> str:
    return f"{column_letter(col)}{row}"


def parse_ref(ref: str) -> tuple[int, int]:
    """'C5' -> (5, 3). Raises ValueError on anything else."""
    col = 0
    i = 0
    ref = ref.replace("$", "")
    while i < len(ref) and ref[i].isalpha():
        col = col * 26 + (ord(ref[i].upper()) - 64)
        i += 1
    if i == 0 or i == len(ref) or i > 3 or not ref[i:].isdigit():
        raise ValueError(ref)
    return int(ref[i:]), col
