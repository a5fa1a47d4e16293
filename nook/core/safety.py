"""What happened to the library that a grown-up should know: rescues, restores, failed backups.

Kept in the library itself (as remembered state) so the grown-up corner can show it on
any later visit, newest first, until the grown-up has read it. Each note is a fact (a
`Notice`), worded by the screen that shows it. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from nook.core.library import Library
from nook.core.notices import KINDS, Notice

NOTES_KEY = "safety_notes"
KEPT_NOTES = 20


@dataclass(frozen=True)
class Note:
    when: str  # ISO time, to the second
    notice: Notice


def add_note(library: Library, notice: Notice) -> None:
    """Remember an event for the grown-up."""
    stored = library.state(NOTES_KEY, [])
    stored = stored if isinstance(stored, list) else []
    entry = {"when": datetime.now().isoformat(timespec="seconds"), "kind": notice.kind, "facts": dict(notice.facts)}
    library.set_state(NOTES_KEY, [entry, *stored][:KEPT_NOTES])


def list_notes(library: Library) -> list[Note]:
    """The notes remembered, newest first; anything malformed is skipped."""
    value = library.state(NOTES_KEY, [])
    if not isinstance(value, list):
        return []
    return [note for note in map(_note, value) if note is not None]


def _note(entry: Any) -> Note | None:
    if not isinstance(entry, dict):
        return None
    when = str(entry.get("when", ""))
    facts = entry.get("facts")
    if entry.get("kind") in KINDS and isinstance(facts, dict):
        kept = {k: v for k, v in facts.items() if isinstance(k, str) and isinstance(v, str | int)}
        return Note(when, Notice(entry["kind"], kept))
    if isinstance(entry.get("what"), str):
        # Worded by an older Writing Nook (in English): shown as it was said.
        text = f"{entry['what']} {entry.get('todo', '')}".strip()
        return Note(when, Notice("said", {"text": text}))
    return None


def clear_notes(library: Library) -> None:
    library.set_state(NOTES_KEY, [])
