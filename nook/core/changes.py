"""What a change to the library was, typed, so each screen can decide whether to refresh.

A `Change` names the kind of thing that changed (`What`), the ids involved, and who
made it (`initiator`): an opaque object, usually the screen that made the edit, so that
screen can skip refreshing for its own change. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class What(Enum):
    """The kinds of things a change can touch."""

    WRITER = "writer"  # added, renamed, new avatar or colour, archived, reordered
    PIECE = "piece"  # made, copied, finished, new look, brought in from a backpack
    PAGE = "page"  # a page's words, picture or extras; a page added, removed or moved
    TRASH = "trash"  # a piece put in the trash, taken out, or deleted for good
    SETTING = "setting"  # a setting for everyone or for one writer
    WORD_WALL = "word_wall"  # a bank or a word in it
    IDEAS = "ideas"  # an idea card


@dataclass(frozen=True)
class Change:
    """One thing that changed. Equal changes (initiator aside) are announced once per transaction."""

    what: What
    writer_id: str | None = None
    piece_id: str | None = None
    page_id: str | None = None
    # Who asked for it; never compared or hashed, so any object will do.
    initiator: object = field(default=None, compare=False)
