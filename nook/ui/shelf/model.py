"""The shelf as a Qt model: rows are fetched a window at a time as the view scrolls."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from nook.core import shelf
from nook.core.library import Library
from nook.core.shelf import ShelfRow
from nook.i18n import isolated, translate

CHUNK = 48  # rows fetched per step: a few screens' worth
ROW_ROLE = Qt.ItemDataRole.UserRole
PIECE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


def untitled_name(kind: str) -> str:
    """A piece with no words yet is called by its kind."""
    names = {
        "book": translate("Shelf", "My book"),
        "list": translate("Shelf", "My list"),
        "sign": translate("Shelf", "My sign"),
        "letter": translate("Shelf", "My letter"),
    }
    return names.get(kind, kind)


def spoken_name(row: ShelfRow) -> str:
    """What a cover says when asked: its title, or its kind; and the star."""
    name = row.title or untitled_name(row.kind)
    return translate("Shelf", "{name}, finished").format(name=isolated(name)) if row.finished else name


class ShelfModel(QAbstractListModel):
    """One writer's pieces (or the search results), newest first."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.writer_id: str | None = None
        self.shelf_filter = "all"
        self.search_text = ""
        self.trashed = False
        self._rows: list[ShelfRow] = []
        self._total = 0

    # -- what to show -----------------------------------------------------------------
    def set_query(
        self, writer_id: str | None, shelf_filter: str = "all", search_text: str = "", trashed: bool = False
    ) -> None:
        self.writer_id, self.shelf_filter = writer_id, shelf_filter
        self.search_text, self.trashed = search_text.strip(), trashed
        self.reload()

    def reload(self, keep: int = 0) -> None:
        """Read again from the library, keeping at least `keep` rows loaded."""
        self.beginResetModel()
        self._rows = []
        if self.writer_id is None:
            self._total = 0
        elif self.search_text and not self.trashed:
            self._rows = shelf.search_rows(self.library, self.writer_id, self.search_text, self.shelf_filter)
            self._total = len(self._rows)
        else:
            self._total = shelf.shelf_count(self.library, self.writer_id, self.shelf_filter, trashed=self.trashed)
            self._rows = self._fetch(0, max(CHUNK, keep))
        self.endResetModel()

    def _fetch(self, offset: int, limit: int) -> list[ShelfRow]:
        return shelf.shelf_rows(
            self.library, self.writer_id, self.shelf_filter, trashed=self.trashed, offset=offset, limit=limit
        )

    @property
    def total(self) -> int:
        return self._total

    def loaded(self) -> int:
        return len(self._rows)

    def row_of(self, piece_id: str) -> int:
        for number, row in enumerate(self._rows):
            if row.id == piece_id:
                return number
        return -1

    def shelf_row(self, number: int) -> ShelfRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def first_rows(self, count: int) -> list[ShelfRow]:
        """The first `count` pieces loaded (the first screen's)."""
        return self._rows[:count]

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt naming
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        more = self._fetch(len(self._rows), CHUNK)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == PIECE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return spoken_name(row)
        return None
