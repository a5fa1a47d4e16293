"""What happened to the library that a grown-up should know: rescues, restores, failed backups.

Kept in the library itself (as remembered state) so the grown-up corner can show it on
any later visit, newest first, until the grown-up has read it. No Qt here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from nook.core.library import Library

NOTES_KEY = "safety_notes"
KEPT_NOTES = 20


def add_note(library: Library, what: str, todo: str = "") -> None:
    """Remember an event for the grown-up: what happened and what to do about it."""
    notes = list_notes(library)
    notes.insert(0, {"when": datetime.now().isoformat(timespec="seconds"), "what": what, "todo": todo})
    library.set_state(NOTES_KEY, notes[:KEPT_NOTES])


def list_notes(library: Library) -> list[dict[str, Any]]:
    value = library.state(NOTES_KEY, [])
    if not isinstance(value, list):
        return []
    return [n for n in value if isinstance(n, dict) and isinstance(n.get("what"), str)]


def clear_notes(library: Library) -> None:
    library.set_state(NOTES_KEY, [])
