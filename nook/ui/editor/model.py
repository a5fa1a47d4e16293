"""What the editor holds for each page while a piece is open (no widgets, no drawing)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nook.core import picture as pic
from nook.core.models import Page
from nook.core.piece_text import GROWN_UP_LINE

# One thing in a page's picture (a stroke, shape, sticker, photo or fill), as stored:
# JSON, so its values are of many types (see nook.core.picture).
Item = dict[str, Any]


@dataclass
class PageState:
    """A page as the child sees it now; `dirty` parts are not stored yet."""

    id: str
    piece_id: str
    role: str
    words: str
    extras: dict[str, Any]
    items: list[Item]
    dirty: set[str] = field(default_factory=set)
    # The items as last stored (the same objects: items are never changed in place), so
    # strokes drawn since can be stored on their own, appended (see `added_items`).
    stored: tuple[Item, ...] = ()

    @classmethod
    def from_page(cls, page: Page) -> PageState:
        items = pic.items_of(page.picture)
        return cls(page.id, page.piece_id, page.role, page.words, dict(page.extras), items, stored=tuple(items))

    def added_items(self) -> list[Item] | None:
        """The items after those stored, if the stored ones are all still there, first and
        unchanged (a stroke drawn); None if the picture changed otherwise (an undo, an erase,
        a sticker moved), when it is stored whole."""
        count = len(self.stored)
        if len(self.items) < count or any(a is not b for a, b in zip(self.stored, self.items, strict=False)):
            return None
        return self.items[count:]

    def same_page(self, other: PageState) -> bool:
        """The same page with the same words, look and picture (the stored picture too)."""
        return (
            (self.id, self.piece_id, self.role, self.words, self.extras)
            == (other.id, other.piece_id, other.role, other.words, other.extras)
            and self.items == other.items
            and list(self.stored) == list(other.stored)
        )

    def as_page(self, position: int = 0) -> Page:
        return Page(
            self.id, self.piece_id, position, self.role, self.words, pic.make_picture(self.items), dict(self.extras)
        )

    def text(self, name: str) -> str:
        if name == "words":
            return self.words
        value = self.extras.get(name)
        return value if isinstance(value, str) else ""

    def snapshot(self) -> Snapshot:
        return Snapshot(self.words, dict(self.extras), tuple(self.items))

    def restore(self, snapshot: Snapshot) -> set[str]:
        """Put a snapshot back; returns which parts changed. The grown-up line is the
        grown-up's, not part of the child's history: a child's undo leaves it as it is."""
        changed = set()
        if snapshot.words != self.words:
            self.words = snapshot.words
            changed.add("words")
        extras = {k: v for k, v in snapshot.extras.items() if k != GROWN_UP_LINE}
        if GROWN_UP_LINE in self.extras:
            extras[GROWN_UP_LINE] = self.extras[GROWN_UP_LINE]
        if extras != self.extras:
            self.extras = extras
            changed.add("extras")
        if snapshot.items != tuple(self.items):
            self.items = list(snapshot.items)
            changed.add("picture")
        self.dirty |= changed
        return changed


@dataclass(frozen=True)
class Snapshot:
    words: str
    extras: dict[str, Any]
    items: tuple[Item, ...]
