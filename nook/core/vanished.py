"""A library file removed while it is open. No Qt.

A clean-up tool, a sync program or a grown-up may remove the data folder while Writing
Nook runs. SQLite goes on reading and writing the removed file through the file it has
open, so the app seems fine, and everything in the library (and all that the children
make after) is gone at quit. Found live: the folder removed, "giraffe" typed and stored
without a word, nothing left after quitting.

`FileInPlace.keep` (the keeper calls it every few minutes and at close) notices the
file is no longer at its place and writes the whole open library back there (SQLite's
backup API, from the open connection), with a note for the grown-up. The connection
still writes to the removed file, so later calls write it back again, over the copy
put back before (never over a file somebody else put there).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from nook.core.library import Library
from nook.core.notices import Notice

log = logging.getLogger(__name__)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


class FileInPlace:
    """Keeps the open library's file at its place (see the module's docstring)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._ours = _identity(library.path)
        self.put_back = 0  # how many times the library was written back
        self._told_other = False

    def keep(self) -> bool:
        """Write the library back to its place if its file was removed (or refresh the copy
        put back before); True if it was written now."""
        library = self.library
        if library.read_only:
            return False
        now = _identity(library.path)
        if now is not None and now == self._ours and not self.put_back:
            return False  # the file it opened, where it was
        if now is not None and now != self._ours:
            if not self._told_other:
                log.warning("%s is another file than the one Writing Nook opened; it is left as it is", library.path)
                self._told_other = True
            return False
        first = not self.put_back
        try:
            if first:
                log.warning("%s was removed while it was open: it is written back in its place", library.path)
                from nook.core import safety  # (only when it was gone: not loaded at every start)

                safety.add_note(library, Notice("library_put_back", {"path": str(library.path)}))
            self._write(library.path)
        except (OSError, sqlite3.Error) as error:
            log.warning("the library could not be written back in its place: %s", error)
            return False
        self._ours = _identity(library.path)
        self.put_back += 1
        return True

    def _write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".put-back")
        partial.unlink(missing_ok=True)
        target = sqlite3.connect(partial)
        try:
            self.library.db.conn.backup(target)
        finally:
            target.close()
        os.replace(partial, path)
