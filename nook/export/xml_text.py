"""Text written into an EPUB's XML: escaped, without what XML cannot hold, and told its
direction where it runs the other way than the book (an Arabic name in an English book)."""

from __future__ import annotations

import re
import unicodedata
from xml.sax import saxutils

# What XML 1.0 cannot hold at all: control characters but tab and line ends, U+FFFE and
# U+FFFF, and lone surrogates. Words and names from another computer's backpack may
# carry them; written as they are, no e-book reader opens the book.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def escape(text: str) -> str:
    """`text` as XML character data: escaped, and without what XML cannot hold."""
    return saxutils.escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    """`text` as a quoted XML attribute value (as `escape`)."""
    return saxutils.quoteattr(_NOT_XML.sub("", text))


# Languages written right to left (their primary subtags): a book in one has that base
# direction in its package document.
RIGHT_TO_LEFT_LANGUAGES = frozenset(("ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi"))


def base_direction(language: str) -> str:
    """A book's base direction from its language tag: "rtl" or "ltr"."""
    return "rtl" if language.split("-")[0].lower() in RIGHT_TO_LEFT_LANGUAGES else "ltr"


def own_direction(text: str) -> str | None:
    """The direction of `text`'s first strong letter (the bidi algorithm's rule), if any."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def dir_where_it_differs(text: str, base: str) -> str:
    """A metadata element's `dir` (EPUB 3.3), where its text runs the other way than the
    book: a writer's Arabic name in an English book, an English title in an Arabic one.
    Not control characters: the element holds the name alone, and `dir` says it."""
    own = own_direction(text)
    return f' dir="{own}"' if own is not None and own != base else ""
