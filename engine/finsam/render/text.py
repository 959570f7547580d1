"""Free text as the förbund types it in one cell: paragraphs, sub-headings, lists, bold and italic.

The markup is line-based, as one writes in an Excel cell (Alt+Enter starts a new line), and
documented in Swedish in every workbook's Instruktioner sheet (``schema.fields.PROSE_HELP``)
and in the README:

- each line is a paragraph; blank lines are ignored, spaces at either end of a line too;
- a line starting with ``## `` (one or more ``#`` and a space) is a sub-heading;
- a line starting with ``- `` or ``• `` is a bullet, ``1. `` or ``1) `` (any number up to
  999) an item of a numbered list; Word numbers each list from 1 (real list numbering);
- ``**fet**`` is bold and ``*kursiv*`` italic inside a line: the marker hugs the text (no
  space just inside it) and is closed on the same line; an unmatched ``*`` is a ``*``;
- a backslash before a marker keeps it as typed: ``\\*`` is ``*``, and ``\\- `` (``\\## ``,
  ``\\1. ``) at the start of a line is a paragraph that starts with ``- `` (``## ``, ``1. ``).

Everything else is text exactly as typed: ``{{``, ``{%``, ``<``, ``&`` and field-code-like
text are characters, never Jinja, XML or Word fields; characters XML cannot hold are dropped
(``names.clean_text``), as the reader does.

``blocks(text, substitute)`` is the one function from a cell's text to paragraphs and runs;
``substitute`` (text -> text, e.g. figure references) is applied to each paragraph's text,
without its line marker, before the inline markup is read. The template shows a block with
the ``stycke`` filter (``{{r s|stycke }}``), which makes its runs a docxtpl RichText.
"""
from __future__ import annotations

import re
from typing import Callable

from ..names import clean_text
from ..records import record

STYCKE, RUBRIK, PUNKT, NUMMER = "stycke", "rubrik", "punkt", "nummer"

_HEADING = re.compile(r"#+[ \t]+(?=\S)")
_BULLET = re.compile(r"[-•][ \t]+(?=\S)")
_NUMBERED = re.compile(r"(\d{1,3})[.)][ \t]+(?=\S)")
_ESCAPABLE = "*"


@record
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@record
class Block:
    """One paragraph: ``typ`` is stycke, rubrik, punkt or nummer (``nr`` the number typed)."""
    typ: str
    runs: tuple[Run, ...]
    nr: int | None = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def _marker(line: str) -> tuple[str, str, int | None]:
    """(typ, the line without its marker, typed number) of one stripped line."""
    if line.startswith("\\") and _marker(line[1:])[0] != STYCKE:
        return STYCKE, line[1:], None  # an escaped marker: a paragraph as typed
    if m := _HEADING.match(line):
        return RUBRIK, line[m.end():], None
    if m := _BULLET.match(line):
        return PUNKT, line[m.end():], None
    if m := _NUMBERED.match(line):
        return NUMMER, line[m.end():], int(m.group(1))
    return STYCKE, line, None


def _tokens(text: str) -> list[tuple[str, str]]:
    """("t", text) and ("*"/"**", delimiter) tokens; backslash escapes resolved to text."""
    out: list[tuple[str, str]] = []
    buf: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
            buf.append(text[i + 1])
            i += 2
            continue
        if c == "*":
            j = i
            while j < n and text[j] == "*":
                j += 1
            stars = j - i
            if buf:
                out.append(("t", "".join(buf)))
                buf = []
            # A run of stars is ** and *: opening "***" is ** then *, closing (text before,
            # none after) it is * then **, so that ***x*** is bold and italic.
            closing = i > 0 and not text[i - 1].isspace() and (j == n or text[j].isspace())
            sizes = []
            while stars:
                take = 2 if stars >= 2 else 1
                sizes.append(take)
                stars -= take
            for take in (reversed(sizes) if closing else sizes):
                out.append(("*" * take, "*" * take))
            i = j
            continue
        buf.append(c)
        i += 1
    if buf:
        out.append(("t", "".join(buf)))
    return out


def _can_open(tokens, k) -> bool:
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and (nxt[0] != "t" or not nxt[1][:1].isspace())


def _can_close(tokens, k) -> bool:
    prev = tokens[k - 1] if k > 0 else None
    return prev is not None and (prev[0] != "t" or not prev[1][-1:].isspace())


def inline(text: str) -> tuple[Run, ...]:
    """The runs of one paragraph's text: ``**fet**``, ``*kursiv*``, both nested; a marker
    that does not hug its text or is never closed is text."""
    tokens = _tokens(text)
    # Pair delimiters: an opener waits on a stack until a closer of the same kind comes.
    pairs: dict[int, int] = {}
    stack: list[int] = []
    for k, (kind, _) in enumerate(tokens):
        if kind == "t":
            continue
        match = next((s for s in range(len(stack) - 1, -1, -1) if tokens[stack[s]][0] == kind), None)
        if match is not None and _can_close(tokens, k) and k - stack[match] > 1:
            opener = stack[match]
            del stack[match:]  # openers inside the pair that never closed stay text
            pairs[opener] = k
            pairs[k] = opener
        elif _can_open(tokens, k):
            stack.append(k)
    runs: list[Run] = []
    bold = italic = False
    for k, (kind, value) in enumerate(tokens):
        if kind != "t" and k in pairs:
            if kind == "**":
                bold = not bold
            else:
                italic = not italic
            continue
        if runs and runs[-1].bold == bold and runs[-1].italic == italic:
            runs[-1] = Run(runs[-1].text + value, bold, italic)
        else:
            runs.append(Run(value, bold, italic))
    return tuple(runs)


def blocks(text: str | None, substitute: Callable[[str], str] | None = None) -> list[Block]:
    """The paragraphs of a cell's text (see the module's doc), each with its runs."""
    if not text:
        return []
    out = []
    for raw in clean_text(text).split("\n"):
        line = raw.strip()
        if not line:
            continue
        typ, rest, nr = _marker(line)
        if substitute is not None:
            rest = clean_text(substitute(rest))
        runs = inline(rest)
        if runs:
            out.append(Block(typ, runs, nr))
    return out


def plain(text: str | None) -> str:
    """The text a reader sees in the document: paragraphs joined by newlines, markers gone."""
    return "\n".join(b.text for b in blocks(text))


# -- in the document -----------------------------------------------------------------
# The runs' text is escaped by RichText; braces need nothing: render.docx keeps docxtpl from
# turning a typed "{_{" into "{{" (it resolves docxtpl's escapes in the template instead).
def rich(block: Block, italic: bool = False, bold: bool = False):
    """The block's runs as a docxtpl RichText (``italic``/``bold``: the whole paragraph)."""
    from docxtpl import RichText  # heavy: imported where used

    rt = RichText()
    for r in block.runs:
        rt.add(r.text, bold=r.bold or bold, italic=r.italic or italic)
    return rt


def plain_block(text: str) -> Block:
    """A paragraph the engine writes (no markup read): its text as one run."""
    return Block(STYCKE, (Run(clean_text(text)),))
