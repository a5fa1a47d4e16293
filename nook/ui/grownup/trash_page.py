"""The trash, for grown-ups: take pieces back out, or delete them for good."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
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
from nook.i18n import isolated, translate
from nook.ui.grownup.pickers import ConfirmBar, say
from nook.ui.grownup.wording import kind_name, writer_label
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import PlainLabel, wrapped_in_its_room
from nook.ui.operations import Operations

PIECE_ROLE = Qt.ItemDataRole.UserRole
KIND_ICON = {"book": "book", "list": "list", "sign": "sign", "letter": "letter"}


class TrashPage(QWidget):
    """Every writer's trashed pieces; restore, delete for good, or empty the trash."""

    def __init__(self, library: Library, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashPage")
        self.library = library
        self.ops = ops
        self.summary = PlainLabel()
        self.summary.setObjectName("trashSummary")
        wrapped_in_its_room(self.summary)  # (at 1024x600 it was cut: "only grown-ups delete f")
        self.list = QListWidget()
        self.list.setObjectName("trashList")
        self.list.setIconSize(QSize(40, 40))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.restore_button = QPushButton(icon("restore"), "")
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button = QPushButton(icon("delete_forever"), "")
        self.delete_button.setObjectName("trashDeleteForever")
        self.delete_button.clicked.connect(self._ask_delete)
        self.empty_button = QPushButton(icon("empty_trash"), "")
        self.empty_button.setObjectName("trashEmpty")
        self.empty_button.clicked.connect(self._ask_empty)
        self.confirm = ConfirmBar("trashConfirm", lambda: translate("GrownUp", "Yes, delete for good"))
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
        self.retranslate()

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed."""
        self.setAccessibleName(translate("GrownUp", "Trash"))
        self.list.setAccessibleName(translate("GrownUp", "Pieces in the trash"))
        say(self.restore_button, translate("GrownUp", "Take out of the trash"))
        say(self.delete_button, translate("GrownUp", "Delete for good\u2026"))
        say(self.empty_button, translate("GrownUp", "Empty the trash\u2026"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self._stale = False
        names = {w.id: writer_label(w.name, w.avatar) for w in self.library.writers(include_archived=True)}
        self.list.clear()
        rows = shelf.shelf_rows(self.library, None, trashed=True, limit=5000)
        for row in rows:
            untitled = translate("GrownUp", "(a {kind} with no words yet)")
            title = isolated(row.title) or untitled.format(kind=kind_name(row.kind))
            item = QListWidgetItem(icon(KIND_ICON[row.kind]), f"{title}  \u2014  {names.get(row.writer_id, '?')}")
            item.setData(PIECE_ROLE, row.id)
            self.list.addItem(item)
        count = len(rows)
        self.summary.setText(
            translate(
                "GrownUp",
                "%n piece(s) in the trash. Children can take pieces back out; only grown-ups delete for good.",
                None,
                count,
            )
            if rows
            else translate("GrownUp", "The trash is empty.")
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
        self.confirm.ask(
            lambda: translate("GrownUp", "Delete %n piece(s) for good? This cannot be undone.", None, count)
        )

    def _ask_empty(self) -> None:
        self._pending = "all"
        count = self.list.count()
        # "Delete all 1 pieces" is what a count pasted into a phrase says: %n lets each
        # language say "the 1 piece" and "all 5 pieces" its own way.
        self.confirm.ask(
            lambda: translate(
                "GrownUp", "Delete all %n piece(s) in the trash for good? This cannot be undone.", None, count
            )
        )

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
