"""The trash, for grown-ups: take pieces back out, or delete them for good."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nook.core import shelf
from nook.core.library import Change, Library, What
from nook.ui.grownup.pickers import ConfirmBar
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations

PIECE_ROLE = Qt.ItemDataRole.UserRole
KIND_ICON = {"book": "book", "list": "list", "sign": "sign", "letter": "letter"}


class TrashPage(QWidget):
    """Every writer's trashed pieces; restore, delete for good, or empty the trash."""

    def __init__(self, library: Library, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashPage")
        self.setAccessibleName("Trash")
        self.library = library
        self.ops = ops
        self.summary = PlainLabel()
        self.summary.setObjectName("trashSummary")
        self.list = QListWidget()
        self.list.setObjectName("trashList")
        self.list.setAccessibleName("Pieces in the trash")
        self.list.setIconSize(QSize(40, 40))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.restore_button = QPushButton(icon("restore"), "Take out of the trash")
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.setAccessibleName("Take out of the trash")
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(icon("delete_forever"), "Delete for good\u2026")
        self.delete_button.setObjectName("trashDeleteForever")
        self.delete_button.setAccessibleName("Delete for good")
        self.delete_button.clicked.connect(self._ask_delete)
        self.empty_button = QPushButton(icon("empty_trash"), "Empty the trash\u2026")
        self.empty_button.setObjectName("trashEmpty")
        self.empty_button.setAccessibleName("Empty the trash")
        self.empty_button.clicked.connect(self._ask_empty)
        self.confirm = ConfirmBar("trashConfirm", "Yes, delete for good")
        self.confirm.confirmed.connect(self._confirmed)
        self._pending: str = ""
        self._stale = True
        buttons = QHBoxLayout()
        for button in (self.restore_button, self.delete_button, self.empty_button):
            button.setIconSize(QSize(28, 28))
            button.setMinimumHeight(44)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm)
        ops.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        names = {w.id: w.name or "(no name)" for w in self.library.writers(include_archived=True)}
        self.list.clear()
        rows = shelf.shelf_rows(self.library, None, trashed=True, limit=5000)
        for row in rows:
            title = row.title or f"(a {row.kind} with no words yet)"
            item = QListWidgetItem(icon(KIND_ICON[row.kind]), f"{title}  \u2014  {names.get(row.writer_id, '?')}")
            item.setData(PIECE_ROLE, row.id)
            self.list.addItem(item)
        self.summary.setText(
            f"{len(rows)} piece{'s' if len(rows) != 1 else ''} in the trash. Children can take pieces "
            "back out; only grown-ups delete for good."
            if rows
            else "The trash is empty."
        )
        self.empty_button.setEnabled(bool(rows))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        return [item.data(PIECE_ROLE) for item in self.list.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def restore_selected(self) -> None:
        chosen = self.selected_ids()

        def restore() -> None:
            for piece_id in chosen:
                self.library.restore_piece(piece_id)

        self.ops.store(self, restore)

    def _ask_delete(self) -> None:
        count = len(self.selected_ids())
        self._pending = "selected"
        self.confirm.ask(f"Delete {count} piece{'s' if count != 1 else ''} for good? This cannot be undone.")

    def _ask_empty(self) -> None:
        self._pending = "all"
        count = self.list.count()
        which = "the 1 piece" if count == 1 else f"all {count} pieces"
        self.confirm.ask(f"Delete {which} in the trash for good? This cannot be undone.")

    def _confirmed(self) -> None:
        chosen = self.selected_ids()

        def delete_chosen() -> None:
            for piece_id in chosen:
                self.library.delete_piece_forever(piece_id)

        if self._pending == "all":
            self.ops.store(self, self.library.empty_trash)
        elif self._pending == "selected":
            self.ops.store(self, delete_chosen)
        self._pending = ""

    def _on_change(self, change: Change) -> None:
        # Refresh only when seen: pieces change often while children write.
        if change.what in (What.PIECE, What.TRASH, What.WRITER):
            self._stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if self._stale:
            self.refresh()
        super().showEvent(event)
