"""What the window hands the grown-up corner: its sections, each made when first opened
(the first paint does not need them), and the backpacks a double-click on a .nook file or
a child packing their own shelf bring. Kept apart from the window, which only shows screens."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from nook.i18n import translate

if TYPE_CHECKING:
    from nook.ui.grownup.backpack_files import PathChooser
    from nook.ui.main_window import MainWindow

log = logging.getLogger("nook.ui.main_window")


def add_sections(window: MainWindow) -> None:
    """The corner's sections the window adds; each is imported and made when first opened,
    so start-up time goes to the shelf (DESIGN.md budget 0.6 s)."""

    def backpack() -> QWidget:
        from nook.ui.grownup.backpack_page import BackpackPage

        return BackpackPage(window.library, window.ops)

    def growth() -> QWidget:
        from nook.ui.grownup.growth_page import GrowthPage

        return GrowthPage(window.library, window.ops)

    def safety() -> QWidget:
        from nook.ui.grownup.safety_page import SafetyPage

        page = SafetyPage(window.library, ops=window.ops)
        page.restore_wanted.connect(window.restore_wanted.emit)
        return page

    def class_book() -> QWidget:
        from nook.ui.grownup.class_book_page import ClassBookPage

        return ClassBookPage(window.library, window.voice)

    window.grown_up.add_section("Backpack", backpack, "backpack")
    window.grown_up.add_section("Growth", growth, "growth")
    window.grown_up.add_section("Library safety", safety, "lock")
    window.grown_up.add_section("Class book", class_book, "book")


def open_backpack(window: MainWindow, path: Path) -> bool:
    """A .nook file handed to the app: after the gate, the grown-up sees what is in
    it and chooses whose shelf each writer's pieces go to. True if it can be opened."""
    if not window.grown_up.open() or window.grown_up.corner is None:
        return False
    window.grown_up.corner.show_section("Backpack")
    from nook.ui.grownup.backpack_page import BackpackPage

    page = window.grown_up.corner.findChild(BackpackPage)
    return page is not None and page.load(path)


def pack_childs_backpack(window: MainWindow, choose_path: PathChooser | None = None) -> Path | None:
    """A child the grown-up lets pack their own backpack: everything on their shelf."""
    writer_id = window.writer_id
    if writer_id is None or not window.library.setting("child_may_pack_backpack"):
        return None
    from nook.core.backpack import BackpackRefused
    from nook.ui.grownup.backpack_files import pack_writer

    try:
        path = pack_writer(window, window.library, window.ops, writer_id, choose_path)
    except (OSError, BackpackRefused) as error:  # a place not written, or too much for one backpack
        log.warning("packing a backpack failed: %s", error)
        window.say(translate("Window", "Oops! The backpack could not be packed there."))
        return None
    if path is not None:
        window.say(translate("Window", "Your backpack is packed!"))
    return path
