"""Tools, stickers, clearing the picture and adding photos: the picture side of the editor."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QWidget

from nook.core import images
from nook.core import picture as pic
from nook.core.safe_files import FileRefused, read_regular
from nook.i18n import translate
from nook.ui.editor.fill import full_size_layer
from nook.ui.editor.page_view import PageView
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.side import SidePanel
from nook.ui.editor.sounds import SoundBox
from nook.ui.editor.tools import ToolState
from nook.ui.grownup.visit import GrownUpVisit

log = logging.getLogger(__name__)
WARM_SLICE_S = 0.005  # drawing per event-loop turn while warming the fill bucket
PHOTO_PATTERNS = "*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff"


class PictureActions(QObject):
    """What the tool panel, the sticker box and the photo button do to the page shown."""

    def __init__(
        self,
        piece: PieceModel,
        tools: ToolState,
        side: SidePanel,
        sounds: SoundBox,
        current_view: Callable[[], PageView | None],
        views: Callable[[], list[PageView]],
        oops: Callable[[str], None],
        say: Callable[[str], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.piece = piece
        self.tools = tools
        self.side = side
        self.sounds = sounds
        self._current_view = current_view
        self._views = views
        self._oops = oops
        self._say = say
        self._window = window  # dialogs (the grown-up gate, the file chooser) sit on it
        # The window's grown-up visit (None for an editor on its own: photos only if children may).
        self.visit: GrownUpVisit | None = None
        self.offer_grown_up: Callable[[Callable[[], None]], None] | None = None
        self.fill_warmer = QTimer(self)
        self.fill_warmer.setInterval(0)
        self.fill_warmer.timeout.connect(self._warm_fill)
        tools.listen(self._tool_changed)

    def _warm_fill(self) -> None:
        """While the fill bucket is in hand, draw the full-size picture it needs a slice
        at a time, so the first fill on a busy page does not stall (stops when done)."""
        view = self._current_view()
        if self.tools.tool != "fill" or view is None:
            self.fill_warmer.stop()
            return
        _layer, complete = full_size_layer(
            self.piece.pictures, view.state.items, view.layout_spec.picture, WARM_SLICE_S
        )
        if complete:
            self.fill_warmer.stop()

    def _tool_changed(self) -> None:
        if self.tools.tool == "fill":
            self.fill_warmer.start()
        self.piece.undo_stack.seal()
        self.side.tool_changed()
        if self.tools.tool != "sticker":
            for view in self._views():
                view.select(None)

    def sticker_chosen(self, sticker_id: str, name: str) -> None:
        self.tools.set(tool="sticker", sticker=sticker_id)
        self._say(name)

    def clear_picture(self) -> None:
        view = self._current_view()
        if view is None or not view.state.items:
            return
        view.select(None)
        self.piece.change_items(view.state, [])
        view.redraw()

    def choose_photo(self) -> None:
        """A photo file is a grown-up's to pick (a file dialog is a grown-up's tool): a child
        gets the "ask a grown-up" picture, with a small door behind which the gate waits;
        during a grown-up's visit, or when children may add photos, the file dialog opens."""
        if self.piece.library.setting("child_may_import_photos"):
            self._pick_photo(by_grown_up=False)
        elif self.grown_up_here():
            self._pick_photo(by_grown_up=True)
        else:
            self._oops("no_photos")
            if self.visit is not None and self.offer_grown_up is not None:
                self.offer_grown_up(self._photo_for_grown_up)

    def grown_up_here(self) -> bool:
        return self.visit is not None and self.visit.in_progress

    def _photo_for_grown_up(self) -> None:
        if self.visit is not None and self.visit.ask(self._window):
            self._pick_photo(by_grown_up=True)

    def _pick_photo(self, by_grown_up: bool) -> None:
        title = translate("Editor", "Add a photo")
        pictures = translate("Editor", "Pictures ({patterns})").format(patterns=PHOTO_PATTERNS)
        path, _ = QFileDialog.getOpenFileName(self._window, title, str(Path.home()), pictures)
        if path:
            self.import_photo(path, by_grown_up=by_grown_up)

    def import_photo(self, path: str | Path, by_grown_up: bool = False) -> bool:
        """Check and add a photo to the current page; a refused one shows an oops."""
        library = self.piece.library
        if not by_grown_up and not library.setting("child_may_import_photos"):
            self._oops("no_photos")
            return False
        view = self._current_view()
        if view is None:
            return False
        try:
            try:
                data = read_regular(path, images.MAX_FILE_BYTES)
            except FileRefused as refused:
                raise images.PhotoRefused("too_big" if refused.reason == "too_big" else "unreadable") from refused
            photo = images.prepare_photo(data)
        except images.PhotoRefused as refused:
            log.info("photo refused: %s (%s)", path, refused)
            self._oops(refused.reason)
            return False
        except OSError as error:
            log.info("photo unreadable: %s (%s)", path, error)
            self._oops("unreadable")
            return False
        digest = self.piece.operations.run(
            self.piece, library.put_media, photo.data, photo.mime, photo.width, photo.height
        )
        if digest is None:
            return False  # not stored: the window has said oops
        area = view.layout_spec.picture
        scale = min(area.width() * 0.7 / photo.width, area.height() * 0.7 / photo.height)
        item = pic.photo(digest, area.center().x(), area.center().y(), photo.width * scale, photo.height * scale)
        self.piece.change_items(view.state, [*view.state.items, item])
        self.tools.set(tool="sticker")
        view.redraw()
        view.select(len(view.state.items) - 1)
        self.sounds.play("pop")
        return True
