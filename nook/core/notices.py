"""Something a grown-up should read about the library, as a fact the screens word.

A notice is a `kind` and its facts (paths, names, counts), never a sentence: the screens
word it in the language they speak when they show it (nook/ui/trouble_words.py), so a
language chosen later words it anew. Kinds:

- "read_only": the file or its folder cannot be written (facts: path); look only.
- "newer": made by a newer Writing Nook; look only.
- "rescued": the file was damaged and what could be read was copied into a fresh one
  (facts: kept, the damaged file set aside; pieces, how many were rescued).
- "restored": a backup was put back (facts: backup, its file name; kept, the library
  before it, or "").
- "restore_failed": putting a backup back did not work (facts: backup, why, detail).
- "work_put_back": work kept in a recovery file went back into its pieces (facts:
  files, pages).
- "backup_failed": an automatic backup failed (facts: why, detail).
- "library_put_back": the library file was removed while it was open and was written
  back in its place from what was open (facts: path).
- "said": a note from an older Writing Nook, kept as it was worded (facts: text).

No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

KINDS = (
    "read_only",
    "newer",
    "rescued",
    "restored",
    "restore_failed",
    "work_put_back",
    "backup_failed",
    "library_put_back",
    "said",
)


@dataclass(frozen=True)
class Notice:
    kind: str
    facts: Mapping[str, str | int] = field(default_factory=dict)
