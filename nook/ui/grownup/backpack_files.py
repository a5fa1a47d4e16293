"""Choosing where a backpack goes or comes from, and a child's own backpack packed.

A grown-up may let a child pack their own backpack (the shelf's backpack button): every
piece on their shelf goes into a file they pick. The grown-up corner's backpack page
(backpack_page.py) uses the same dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from nook.core import backpack
from nook.core.library import Library
from nook.i18n import translate
from nook.ui.operations import Operations

PathChooser = Callable[[QWidget, str], str]


def _files() -> str:
    return translate("GrownUp", "Writing Nook backpack ({patterns})").format(patterns="*" + backpack.SUFFIX)


def save_dialog(parent: QWidget, suggested: str) -> str:
    # A bare file name is offered at home, as a photo or a PDF is (not in whatever folder
    # the app happened to be started from).
    place = Path(suggested) if Path(suggested).is_absolute() else Path.home() / suggested
    path, _ = QFileDialog.getSaveFileName(parent, translate("GrownUp", "Save the backpack"), str(place), _files())
    return path


def open_dialog(parent: QWidget, folder: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, translate("GrownUp", "Open a backpack"), folder, _files())
    return path


def backpack_path(chosen: str) -> Path:
    """The chosen file name, ending in .nook whatever was typed."""
    path = Path(chosen)
    return path if path.suffix.lower() == backpack.SUFFIX else path.with_name(path.name + backpack.SUFFIX)


def pack_writer(
    parent: QWidget, library: Library, ops: Operations, writer_id: str, choose_path: PathChooser | None = None
) -> Path | None:
    """Pack every piece on one writer's shelf into a file the user picks (a USB stick).

    For a child whom a grown-up allows to pack their own backpack. Returns where it was
    written, or None if nothing was packed; an OSError says the place could not be written.
    """
    writer = library.writer(writer_id)
    pieces = [piece.id for piece in library.pieces(writer_id)]
    if writer is None or not pieces:
        return None
    from nook.export.images import file_stem  # the exports are imported when one is made

    choose = choose_path or save_dialog
    chosen = choose(parent, f"{file_stem(writer.name, 'writer')}-{date.today().isoformat()}{backpack.SUFFIX}")
    if not chosen:
        return None
    path = backpack_path(chosen)
    result = backpack.write_backpack(library, pieces, path)
    if not library.read_only:  # remembered to open it here without doubles; look only: not kept
        ops.store(parent, backpack.remember_packed, library, result)
    return path
