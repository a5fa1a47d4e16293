"""The backpack in the grown-up corner: pack pieces into a `.nook` file, open one.

Packing: pick a writer, tick the pieces (all of them to start with), choose where to
save (a USB stick). Opening: choose a file; it is checked completely before anything
is shown, then the grown-up sees whose pieces they are and which shelf each writer's
pieces will go to (matched by the id in the file, or a writer here with the same name,
or a new writer), and brings them in. A refused backpack shows why, and nothing changes.
The packing box (writer, pieces to tick) is in backpack_packing.py; the page packs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nook.core import backpack
from nook.core.library import Change, Library, What
from nook.error_words import reason_for
from nook.i18n import isolated, translate
from nook.ui.grownup.backpack_files import PathChooser, backpack_path, open_dialog, save_dialog
from nook.ui.grownup.backpack_packing import PackingBox
from nook.ui.grownup.backpack_words import describe, refusal
from nook.ui.grownup.backpack_work import BackpackProgress, BackpackWork
from nook.ui.grownup.long_page import bring_into_sight, scrolling_body
from nook.ui.grownup.pickers import say
from nook.ui.grownup.wording import Phrases, day, writer_label
from nook.ui.kit import theme
from nook.ui.kit.calm_inputs import NamesComboBox
from nook.ui.kit.icons import icon
from nook.ui.kit.plain import ElidedLabel, PlainLabel, wrapped_in_its_room
from nook.ui.operations import Operations
from nook.ui.trouble_words import failure_words

NEW_WRITER = "__new__"
# A backpack this small is read and brought in at once; a bigger one in a worker thread
# with a progress bar and Stop (see backpack_work.py).
QUICK_BACKPACK_BYTES = 64 * 1024  # compressed: 0.2 MB can hold 30,000 pages
QUICK_PAGES = 2000


class BackpackPage(QWidget):
    """The grown-up corner's backpack section."""

    packed = Signal(str)  # the path written
    opened = Signal(object)  # the UnpackResult

    def __init__(self, library: Library, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backpackPage")
        self.library = library
        self.phrases = Phrases(self)
        self.phrases.add(lambda page: page.setAccessibleName(translate("GrownUp", "Backpack")))
        self.ops = ops
        self.choose_save_path: PathChooser = save_dialog
        self.choose_open_path: PathChooser = open_dialog
        self.incoming: backpack.Backpack | None = None
        self.incoming_path: Path | None = None

        intro = PlainLabel()
        intro.setWordWrap(True)
        self.phrases.add(
            lambda _page: intro.setText(
                translate(
                    "GrownUp",
                    "A backpack carries pieces between computers (school and home) in one file. "
                    "Save it on a USB stick, then open it on the other computer.",
                )
            )
        )

        # -- packing --
        self.packing = PackingBox(library)
        self.writer_choice = self.packing.writer_choice
        self.piece_list = self.packing.piece_list
        self.all_button, self.none_button = self.packing.all_button, self.packing.none_button
        self.pack_button = self.packing.pack_button
        self.pack_button.clicked.connect(self.pack_chosen)

        # -- opening --
        open_box = QGroupBox()
        self.phrases.add(lambda _page: open_box.setTitle(translate("GrownUp", "Open a backpack")))
        self.open_button = QPushButton(icon("backpack_open"), "")
        self.open_button.setObjectName("openBackpack")
        self.phrases.add(lambda page: say(page.open_button, translate("GrownUp", "Open a backpack…")))
        self.open_button.clicked.connect(self.choose_backpack)
        self.preview = PlainLabel()
        self.preview.setObjectName("backpackPreview")
        wrapped_in_its_room(self.preview)  # the file's name may be one long word
        self.matches = QFormLayout()
        self.bring_button = QPushButton(icon("ok"), "")
        self.bring_button.setObjectName("bringBackpackIn")
        self.phrases.add(lambda page: say(page.bring_button, translate("GrownUp", "Bring them in")))
        self.bring_button.clicked.connect(self.bring_in)
        self.cancel_button = QPushButton(icon("cancel"), "")
        self.phrases.add(lambda page: say(page.cancel_button, translate("GrownUp", "Not now")))
        self.cancel_button.setObjectName("forgetBackpack")
        self.cancel_button.clicked.connect(self.forget_incoming)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.bring_button)
        self.work = BackpackWork(self)
        self.work.read_done.connect(self._read_done)
        self.progress = BackpackProgress()
        self.work.progress.connect(self.progress.bringing_in)
        self.work.brought_in.connect(self._brought_in)
        self.progress.stop_button.clicked.connect(self.stop)
        self.quick_bytes = QUICK_BACKPACK_BYTES
        self.quick_pages = QUICK_PAGES
        open_layout = QVBoxLayout(open_box)
        open_layout.addWidget(self.progress)
        open_layout.addWidget(self.preview)
        open_layout.addLayout(self.matches)
        open_layout.addLayout(buttons)

        self.status = PlainLabel()
        self._status_words: Callable[[], str] | str = ""
        self.status.setObjectName("backpackStatus")
        wrapped_in_its_room(self.status)  # the writers' names and the file's path, whole
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = scrolling_body(self)  # a backpack read on a netbook: scrolled, its words not squeezed
        layout.addWidget(intro)
        layout.addWidget(self.packing, 1)
        layout.addWidget(open_box)
        # A library that cannot be changed here takes nothing in; packing only reads it.
        open_box.setVisible(not library.read_only)
        layout.addWidget(self.status)
        self.writer_combos: dict[str, QComboBox] = {}
        self.refresh()
        self.forget_incoming()
        ops.changed.connect(lambda change: self.refresh() if change.what is What.WRITER else None)

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed, and the message
        shown too."""
        self.phrases.say_again()
        self.packing.retranslate()
        if self.incoming is None:
            self.forget_incoming()
        elif self.bring_button.isEnabled():  # shown, not being brought in
            self._show_incoming({writer_id: combo.currentData() for writer_id, combo in self.writer_combos.items()})
        words = self._status_words
        self.status.setText(words() if callable(words) else words)
        if self.status.text():
            bring_into_sight(self.status)  # said at the foot of a long page

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- packing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.packing.refresh()

    def chosen_pieces(self) -> list[str]:
        return self.packing.chosen_pieces()

    def pack_chosen(self) -> Path | None:
        pieces = self.chosen_pieces()
        if not pieces:
            self._say(lambda: translate("GrownUp", "Tick at least one piece to pack."), ok=False)
            return None
        from nook.export.images import file_stem  # the exports are imported when one is made

        name = self.writer_choice.currentText()
        suggested = f"{file_stem(name, 'writer')}-{date.today().isoformat()}{backpack.SUFFIX}"
        chosen = self.choose_save_path(self, suggested)
        if not chosen:
            return None
        path = backpack_path(chosen)
        try:
            result = backpack.write_backpack(self.library, pieces, path)
        except backpack.BackpackRefused as refused:  # past a limit: the other computer would refuse it
            self._refused(refused)
            return None
        except OSError as error:
            why = reason_for(error)  # the computer's trouble in words, not its English
            self._say(
                lambda: translate("GrownUp", "The backpack could not be saved at {path}: {why}.").format(
                    path=path, why=why
                ),
                ok=False,
            )
            return None
        if not self.library.read_only:  # as pack_writer
            self.ops.store(self, backpack.remember_packed, self.library, result)
        count = result.pieces
        self._say(
            lambda: translate("GrownUp", "Packed %n piece(s) of {name} into {path}.", None, count).format(
                name=isolated(name), path=isolated(str(path))
            ),
            ok=True,
        )
        self.packed.emit(str(path))
        return path

    # -- opening ---------------------------------------------------------------------------
    def choose_backpack(self) -> None:
        chosen = self.choose_open_path(self, str(Path.home()))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> bool:
        """Read and check a backpack and show what is in it; True if it can be opened (a
        big one is read in a worker: True while it is read, `opened` or a refusal after)."""
        if self.work.busy:
            return False
        self.forget_incoming()
        try:
            big = path.stat().st_size > self.quick_bytes
        except OSError:
            big = False  # read at once, and refused with the reason
        if big:
            self.open_button.setEnabled(False)
            self.progress.reading()
            self.work.read(path)
            return True
        try:
            incoming = backpack.read(path)
        except backpack.BackpackRefused as refused:
            return self._read_done(path, refused)
        return self._read_done(path, incoming)

    def _read_done(self, path: Path, result: object) -> bool:
        self.progress.hide()
        self.open_button.setEnabled(True)
        if isinstance(result, backpack.BackpackRefused):
            refused = result
            self._say(
                lambda: translate("GrownUp", "This backpack was not opened. {why}").format(why=refusal(refused)),
                ok=False,
            )
            return False
        assert isinstance(result, backpack.Backpack)
        self.incoming, self.incoming_path = result, path
        self._show_incoming({})
        self.bring_button.setEnabled(True)
        bring_into_sight(self.bring_button)  # below the fold of a netbook, it was never seen
        self.cancel_button.setEnabled(True)
        self._say("", ok=True)
        return True

    def _show_incoming(self, chosen: dict[str, object]) -> None:
        """What the backpack read holds and a shelf choice per writer, in the language now
        installed; `chosen` keeps the shelves already picked (a writer id -> local id)."""
        incoming, path = self.incoming, self.incoming_path
        assert incoming is not None and path is not None
        self.writer_combos.clear()
        while self.matches.rowCount():
            self.matches.removeRow(0)
        count = len(incoming.pieces)
        self.preview.setText(
            translate(
                "GrownUp",
                "{file}: %n piece(s), made {day}. Choose whose shelf each writer's pieces go to:",
                None,
                count,
            ).format(file=isolated(path.name), day=day(incoming.made))
        )
        for writer in incoming.writers:
            pieces = incoming.pieces_of(writer.id)
            if not pieces:
                continue
            combo = NamesComboBox()
            combo.setObjectName(f"backpackMatch_{writer.id}")
            name = writer_label(writer.name, writer.avatar)
            combo.setAccessibleName(translate("GrownUp", "Shelf for {name}").format(name=name))
            combo.addItem(
                translate("GrownUp", "A new writer called {name}").format(name=isolated(writer.name))
                if writer.name
                else translate("GrownUp", "A new writer"),
                NEW_WRITER,
            )
            for local in self.library.writers(include_archived=True):
                shelf_of = translate("GrownUp", "{name}'s shelf").format(name=writer_label(local.name, local.avatar))
                combo.addItem(shelf_of, local.id)
            suggested = chosen.get(writer.id) or backpack.suggest_writer(self.library, writer)
            combo.setCurrentIndex(max(0, combo.findData(suggested)) if suggested else 0)
            self.matches.addRow(ElidedLabel(f"{name} ({QLocale().toString(len(pieces))}):"), combo)
            self.writer_combos[writer.id] = combo

    def bring_in(self) -> backpack.UnpackResult | None:
        if self.incoming is None:
            return None
        choice: dict[str, str | None] = {}
        for writer_id, combo in self.writer_combos.items():
            picked = combo.currentData()
            choice[writer_id] = None if picked == NEW_WRITER else picked
        if sum(piece.page_count for piece in self.incoming.pieces) > self.quick_pages:
            # Big: a worker brings it in piece by piece; `_brought_in` says how it went.
            for button in (self.bring_button, self.cancel_button, self.open_button):
                button.setEnabled(False)
            self.progress.bringing_in(0, len(self.incoming.pieces))
            self.work.bring_in(self.library.path.parent, self.incoming, choice)
            return None
        try:
            result = self.ops.run(self, backpack.unpack, self.library, self.incoming, choice)
        except backpack.BackpackRefused as refused:  # the file gone or changed: nothing written
            self._refused(refused)
            return None
        if result is None:
            self._say(
                lambda: translate("GrownUp", "The backpack could not be brought in: the library could not be written."),
                ok=False,
            )
            return None
        self.forget_incoming()
        library = self.library
        self._say(lambda: describe(result, library), ok=True)
        self.refresh()
        self.opened.emit(result)
        return result

    def stop(self) -> None:
        """Stop reading (nothing was brought in) or bringing in (what is in, stays)."""
        self.work.stop()
        if self.incoming is None:
            self.progress.hide()
            self.open_button.setEnabled(True)

    def _brought_in(self, result: object, whole: bool) -> None:
        self.progress.hide()
        self.open_button.setEnabled(True)
        if not isinstance(result, backpack.UnpackResult):
            failure = result
            if isinstance(failure, backpack.BackpackRefused):  # the file gone or changed part way
                self._refused(failure)
            else:
                self._say(
                    lambda: translate("GrownUp", "The backpack could not be brought in: {why}").format(
                        why=failure_words(failure)
                    ),
                    ok=False,
                )
            self.bring_button.setEnabled(self.incoming is not None)
            self.cancel_button.setEnabled(self.incoming is not None)
            return
        total = len(self.incoming.pieces) if self.incoming is not None else 0
        # Stored through the worker's own connection: the screens are told here.
        pieces = (self.library.piece(i) for i in [*result.added, *result.updated, *result.side_by_side])
        writers = {piece.writer_id for piece in pieces if piece is not None}
        if result.writers_added:
            self.ops.changed.emit(Change(What.WRITER, initiator=self))
        for writer_id in writers:
            self.ops.changed.emit(Change(What.PIECE, writer_id=writer_id, initiator=self))
        self.forget_incoming()
        library = self.library
        done = len(result.added) + len(result.updated) + len(result.side_by_side) + len(result.unchanged)

        def said() -> str:
            words = describe(result, library)
            if whole:
                return words
            stopped = translate("GrownUp", "Stopped: {done} of %n piece(s) were brought in.", None, total)
            return stopped.format(done=QLocale().toString(done)) + " " + words

        self._say(said, ok=True)
        self.refresh()
        self.opened.emit(result)

    def forget_incoming(self) -> None:
        self.incoming = None
        self.incoming_path = None
        self.writer_combos.clear()
        while self.matches.rowCount():
            self.matches.removeRow(0)
        self.preview.setText(translate("GrownUp", "Open a backpack from the other computer to bring its pieces here."))
        self.bring_button.setEnabled(False)
        self.cancel_button.setEnabled(False)

    def _refused(self, refused: backpack.BackpackRefused) -> None:
        """Bringing in was refused (the file gone or changed): said, the choice kept to try again."""
        self._say(lambda: refusal(refused), ok=False)

    def _say(self, words: Callable[[], str] | str, ok: bool) -> None:
        """Show what happened; `words` is asked again when the language changes, so a
        message shown is reworded (it must not hold the page: see Phrases)."""
        self.status.setStyleSheet(theme.STATUS_OK if ok else theme.STATUS_REFUSED)
        self._status_words = words
        self.status.setText(words() if callable(words) else words)
        if self.status.text():
            bring_into_sight(self.status)  # said at the foot of a long page
