"""How labels and names are compared: case, spacing, bullets and trailing colons ignored.

One rule for every stage: the reader matches headers and labels with it, the checks match
an insats name in one table with the same name in another, the renderer groups goals.
"""
from __future__ import annotations

import functools
import re
import unicodedata

_SPACES = re.compile(r"\s+")
# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, FFFE, FFFF.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Strip characters that XML 1.0 (and so Word) cannot hold; normalise line ends."""
    if text.isprintable():  # the common case: nothing to strip (fast path)
        return text
    text = _ILLEGAL_XML.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


@functools.lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """A label or name as compared: Unicode NFC (a name pasted from macOS is decomposed),
    case, spacing, bullets and trailing colons ignored."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = clean_text(text).casefold().replace("\u2212", "-")
    if not text.isprintable() or "  " in text:
        text = _SPACES.sub(" ", text)
    return text.strip().lstrip("•·*–- ").rstrip(": ")
