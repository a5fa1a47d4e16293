"""The library's connection and its announcements, shared by the library and the
repositories it owns (word wall, idea cards, backpack bookkeeping). No Qt.

A transaction stores several writes together (all or none) and announces their changes
only after they are committed, each once, carrying the transaction's initiator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime

from nook.core.changes import Change
from nook.core.database import Database

Subscriber = Callable[[Change], None]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def new_id() -> str:
    import uuid  # not at every start (it brings in `platform`): a start makes no rows

    return uuid.uuid4().hex


class Store:
    """One SQLite connection plus the list of those who hear about changes."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._subscribers: list[Subscriber] = []
        self._batch: list[Change] | None = None
        self._initiator: object = None

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback` after each change; returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def announce(self, change: Change) -> None:
        """Tell subscribers about `change` (held back until the transaction commits)."""
        if self._batch is not None:
            self._batch.append(change)
            return
        for callback in list(self._subscribers):
            callback(change)

    @contextmanager
    def transaction(self, initiator: object = None) -> Iterator[None]:
        """Several writes that belong together: all stored, or none; announced after.

        Nested transactions join the outer one (and its initiator, unless it has none).
        """
        outer = self._batch is None
        if outer:
            self._batch = []
            self._initiator = initiator
        elif self._initiator is None:
            self._initiator = initiator
        try:
            with self.db.atomic():
                yield
        except BaseException:
            if outer:
                self._batch, self._initiator = None, None
            raise
        if outer:
            batch, self._batch = self._batch or [], None
            who, self._initiator = self._initiator, None
            seen: set[Change] = set()
            for change in batch:
                if change not in seen:
                    seen.add(change)
                    self.announce(change if change.initiator is not None else replace(change, initiator=who))
