"""What went wrong with storing, for the grown-up's "What went wrong" list. No Qt.

Each mishap is a fact: when it began, its cause ("full", "locked", "read_only",
"damaged", "other", or "recovered" for work put back from a recovery file), a detail
(the error, a file name), when it was over and the kind of the computer's trouble
behind it (`system_errors.kind_of`, so its words are not the system's English). The screens word them. They are kept in
the library as remembered state (the newest first, at most KEPT); one that happens while
nothing can be stored (a full disk) is recorded when storing works again.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from nook.core import system_errors
from nook.core.library import Library

KEY = "storage_mishaps"
KEPT = 50
CAUSES = ("full", "locked", "read_only", "damaged", "other", "recovered")


@dataclass(frozen=True)
class Mishap:
    when: str  # ISO time it began (local time, to the second)
    cause: str
    detail: str = ""
    until: str | None = None  # ISO time it was over; None: over at once, or going on
    kind: str = "other"  # the computer's trouble behind it (nook.core.system_errors)


def stamp(moment: datetime | None = None) -> str:
    return (moment or datetime.now()).isoformat(timespec="seconds")


def spell(began: datetime, cause: str, error: BaseException, until: str | None = None) -> Mishap:
    """A spell of failed storing as a mishap: its error's words kept as the detail, its kind beside them."""
    return Mishap(stamp(began), cause, str(error), until, system_errors.kind_of(error))


def record(library: Library, mishap: Mishap) -> None:
    """Remember a mishap for the grown-up (a library that cannot be written keeps it for this visit)."""
    library.set_state(KEY, [asdict(mishap), *[asdict(m) for m in recorded(library)]][:KEPT])


def recorded(library: Library) -> list[Mishap]:
    """The mishaps remembered, newest first; anything malformed is skipped."""
    value: Any = library.state(KEY, [])
    if not isinstance(value, list):
        return []
    found: list[Mishap] = []
    for entry in value:
        if not isinstance(entry, dict) or entry.get("cause") not in CAUSES or not isinstance(entry.get("when"), str):
            continue
        until = entry.get("until")
        kind = entry.get("kind")
        found.append(
            Mishap(
                entry["when"],
                entry["cause"],
                str(entry.get("detail", "")),
                until if isinstance(until, str) else None,
                kind if kind in system_errors.KINDS else "other",
            )
        )
    return found
