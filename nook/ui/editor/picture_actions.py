"""Tools, stickers, clearing the picture and adding photos: the picture side of the editor."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QProgressBar, QWidget

from nook.core import images
from nook.core import picture as pic
from nook.core.safe_files import FileRefused, read_regular
from nook.i18n import translate
from nook.reply import Reply
from nook.ui.editor.model import PageState
from nook.ui.editor.page_view import PageView
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.side import SidePanel
from nook.ui.editor.sounds import SoundBox
from nook.ui.editor.tools import ToolState
from nook.ui.grownup.visit import GrownUpVisit

log = logging.getLogger(__name__)
WARM_AHEAD_ITEMS = 300  # a page with this many items has its full-size picture drawn ahead
PHOTO_PATTERNS = "*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff"
# A photo this small is made ready at once; a bigger one (an 8000 x 8000 PNG takes seconds
# to decode) in a worker thread, with a busy bar over the page, so the editor never stalls.
QUICK_PHOTO_BYTES = 1024 * 1024
QUICK_PHOTO_PIXELS = 4_000_000


class PictureActions(QObject):
    """What the tool panel, the sticker box and the photo button do to the page shown."""

    photo_done = Signal(bool)  # a photo import ended: added (True) or refused (False)

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
        self.preparing: threading.Thread | None = None
        self.busy_bar: QProgressBar | None = None
        self.fill_bar: QProgressBar | None = None
        piece.fill_bucket.waiting_changed.connect(self._fill_waiting)
        piece.fill_bucket.shown = self._shown_picture
        # From the worker: (path, Photo or the error); not a signal of this object's, which
        # goes with its editor whenever that is closed (see nook.reply).
        self._prepared = Reply(self._photo_prepared)
        tools.listen(self._tool_changed)

    def warm_fill(self) -> None:
        """With the fill bucket in hand, the full-size picture it pours on is drawn in a
        worker, so the first pour on a busy page need not wait long (or at all)."""
        view = self._current_view()
        if self.tools.tool == "fill" and view is not None:
            self.piece.fill_bucket.warm(view.state.items, view.layout_spec.picture)

    def _shown_picture(self, state: PageState) -> tuple[QImage, float] | None:
        """The page's picture as its view shows it, if drawn whole: a pour on a busy page
        looks there while the bucket's full-size picture is still being drawn."""
        for view in self._views():
            if view.state is state:
                image = view.kept_layer()
                if image is not None:
                    return image, view.scale * image.devicePixelRatio()
        return None

    def page_drawn(self, view: PageView) -> None:
        """A page's picture finished drawing itself. On a busy page the full-size picture
        the bucket pours on takes seconds to draw: the worker starts on it now, so a first
        pour there, even with the bucket picked later, lands at once."""
        if len(view.state.items) >= WARM_AHEAD_ITEMS and not self.piece.library.read_only:
            self.piece.fill_bucket.warm(view.state.items, view.layout_spec.picture, quick=False)

    def _tool_changed(self) -> None:
        self.warm_fill()
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
        if view is None or self.preparing is not None:
            return False
        data = _quick_read(path)
        if data is None:
            # Big: read and made ready in a worker; `photo_done` says how it ended.
            self._show_busy(view)
            self.preparing = threading.Thread(target=_prepare_in_worker, args=(path, self._prepared), daemon=True)
            self.preparing.start()
            return True
        result = _prepare(path, data)
        added = self._photo_ready(path, result)
        self.photo_done.emit(added)
        return added

    def _photo_prepared(self, path: str | Path, result: object) -> None:
        self.preparing = None
        if self.busy_bar is not None:
            self.busy_bar.hide()
        added = self._photo_ready(path, result)
        self.photo_done.emit(added)

    def _show_busy(self, view: PageView) -> None:
        phrase = translate("Editor", "Getting the photo ready")
        self.busy_bar = self._busy_over(view, self.busy_bar, "photoBusy", phrase)

    def _fill_waiting(self, waiting: bool) -> None:
        """A pour waits for a busy page's full-size picture (a second or two): the page
        shows that the paint is coming, until it lands."""
        view = self._current_view()
        if waiting and view is not None:
            phrase = translate("Editor", "Getting the paint ready")
            self.fill_bar = self._busy_over(view, self.fill_bar, "fillBusy", phrase)
        elif self.fill_bar is not None:
            self.fill_bar.hide()

    def _busy_over(self, view: PageView, bar: QProgressBar | None, name: str, phrase: str) -> QProgressBar:
        """A bar that moves without counting, over the middle of the page, saying `phrase`."""
        if bar is None:
            bar = QProgressBar()
            bar.setObjectName(name)
            bar.setRange(0, 0)  # no steps to count: it shows that work goes on
            bar.setTextVisible(False)
        bar.setAccessibleName(phrase)
        # Over the page, but the window's: a page turn while it works does not take it away.
        bar.setParent(self._window)
        bar.setFixedWidth(max(120, view.width() // 2))
        centre = view.mapTo(self._window, view.rect().center())
        bar.move(centre.x() - bar.width() // 2, centre.y())
        bar.show()
        bar.raise_()
        return bar

    def _photo_ready(self, path: str | Path, result: object) -> bool:
        """Put a prepared photo on the page shown now, or say why it was refused."""
        library = self.piece.library
        view = self._current_view()
        if isinstance(result, images.PhotoRefused):
            log.info("photo refused: %s (%s)", path, result)
            self._oops(result.reason)
            return False
        if isinstance(result, OSError):
            log.info("photo unreadable: %s (%s)", path, result)
            self._oops("unreadable")
            return False
        if view is None or not isinstance(result, images.Photo):
            return False
        photo = result
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


def _prepare_in_worker(path: str | Path, prepared: Reply[[str | Path, object]]) -> None:
    prepared(path, _prepare(path, None))


def _quick_read(path: str | Path) -> bytes | None:
    """The file's bytes when it is small enough to make ready at once; None when it is
    big (made ready in a worker). A file that is not ordinary is read here, and refused."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return b""  # refused as unreadable by _prepare, at once
    if size > QUICK_PHOTO_BYTES:
        return None
    try:
        data = read_regular(path, QUICK_PHOTO_BYTES)
    except OSError:
        return b""
    pixels = images.pixels(data)
    if pixels is None or pixels <= QUICK_PHOTO_PIXELS or pixels > images.MAX_PIXELS:
        return data  # quick, or refused at once from its header (a decompression bomb)
    return None


def _prepare(path: str | Path, data: bytes | None) -> images.Photo | images.PhotoRefused | OSError:
    """Read (if not read yet) and make a photo ready; the refusal or error is returned."""
    try:
        if not data:
            try:
                data = read_regular(path, images.MAX_FILE_BYTES)
            except FileRefused as refused:
                reason = "too_big" if refused.reason == "too_big" else "unreadable"
                return images.PhotoRefused(reason, str(refused))
        return images.prepare_photo(data)
    except images.PhotoRefused as refused:
        return refused
    except OSError as error:
        return error
