"""Tools, stickers, clearing the picture and adding photos. Mixed into PieceScreen."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from nook.core import images
from nook.core import picture as pic
from nook.core.safe_files import FileRefused, read_regular
from nook.ui.editor.model import full_size_layer
from nook.ui.grownup.gate import ask_grown_up

log = logging.getLogger(__name__)
WARM_SLICE_S = 0.005  # drawing per event-loop turn while warming the fill bucket
PHOTO_FILTER = "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.tif *.tiff)"


class PictureActions:
    """The picture side of the piece screen."""

    def _warm_fill(self) -> None:
        """While the fill bucket is in hand, draw the full-size picture it needs a slice
        at a time, so the first fill on a busy page does not stall (stops when done)."""
        view = self.current_view
        if self.tools.tool != "fill" or view is None:
            self._fill_warmer.stop()
            return
        _layer, complete = full_size_layer(self.pictures, view.state.items, view.layout_spec.picture, WARM_SLICE_S)
        if complete:
            self._fill_warmer.stop()

    def _tool_changed(self) -> None:
        if self.tools.tool == "fill":
            self._fill_warmer.start()
        self.undo_stack.seal()
        if self.tools.tool == "sticker":
            self.side.setCurrentWidget(self.sticker_box)
        elif self.side.currentWidget() is self.sticker_box:
            self.side.setCurrentWidget(self.colour_scroll)
        if self.tools.tool != "sticker":
            for view in self.views:
                view.select(None)

    def _fit_side(self, _index: int = 0) -> None:
        """The side panel is as wide as what it shows now, so the page gets the rest."""
        current = self.side.currentWidget()
        if current is not None:
            self.side.setFixedWidth(
                max(current.minimumSizeHint().width(), current.sizeHint().width(), current.minimumWidth())
            )

    def _sticker_chosen(self, sticker_id: str, name: str) -> None:
        self.tools.set(tool="sticker", sticker=sticker_id)
        if self.speaks:
            self.voice.say(name)

    def clear_picture(self) -> None:
        view = self.current_view
        if view is None or not view.state.items:
            return
        view.select(None)
        self.change_items(view.state, [])
        view.redraw()

    def choose_photo(self) -> None:
        """A grown-up picks a photo file (a file dialog is a grown-up's tool): behind the
        grown-up gate unless a grown-up has let children add photos themselves."""
        by_grown_up = False
        if not self.library.setting("child_may_import_photos"):
            if not ask_grown_up(self):
                return
            by_grown_up = True
        path, _ = QFileDialog.getOpenFileName(self, "Add a photo", str(Path.home()), PHOTO_FILTER)
        if path:
            self.import_photo(path, by_grown_up=by_grown_up)

    def import_photo(self, path: str | Path, by_grown_up: bool = False) -> bool:
        """Check and add a photo to the current page; a refused one shows an oops."""
        if not by_grown_up and not self.library.setting("child_may_import_photos"):
            self.oops("no_photos")
            return False
        view = self.current_view
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
            self.oops(refused.reason)
            return False
        except OSError as error:
            log.info("photo unreadable: %s (%s)", path, error)
            self.oops("unreadable")
            return False
        digest = self.library.put_media(photo.data, photo.mime, photo.width, photo.height)
        area = view.layout_spec.picture
        scale = min(area.width() * 0.7 / photo.width, area.height() * 0.7 / photo.height)
        item = pic.photo(digest, area.center().x(), area.center().y(), photo.width * scale, photo.height * scale)
        self.change_items(view.state, [*view.state.items, item])
        self.tools.set(tool="sticker")
        view.redraw()
        view.select(len(view.state.items) - 1)
        self.sounds.play("pop")
        return True
