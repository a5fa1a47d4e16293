"""The grown-up corner's "What went wrong" list (on Library safety): each time storing
failed or the library needed help, when, and why in plain words.

Facts come from nook.core.mishaps (remembered in the library), the door's spell going
on now (a full disk: nothing can be remembered until it is over) and a library opened
read-only. Everything shown is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from nook.core import held_work, mishaps
from nook.core.library import Library
from nook.error_words import for_a_helper, reason
from nook.i18n import translate
from nook.ui.grownup.wording import moment
from nook.ui.kit.plain import PlainLabel
from nook.ui.operations import Operations
from nook.ui.trouble_words import isolated_path, notice_words

# The notices of a library opened only for looking: What went wrong says them (as "Now").
LOOK_ONLY_NOTICES = ("read_only", "newer")


def wrap_lines(lines: QListView) -> None:
    """A list of sentences wraps each to the list's width. A rescue's line (with the kept
    file's path) ran off the right edge, read only by scrolling sideways."""
    lines.setWordWrap(True)
    lines.setTextElideMode(Qt.TextElideMode.ElideNone)
    lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    lines.setResizeMode(QListView.ResizeMode.Adjust)


def cause_words(cause: str, detail: str, kind: str = "other") -> str:
    """Why, in plain words, for one mishap (`kind`: the computer's trouble, for a cause
    without words of its own; the system's words follow for a helper)."""
    if cause == "full":
        return translate("GrownUp", "The disk was full, so new work could not be stored.")
    if cause == "locked":
        return translate("GrownUp", "Another program held the library, so new work could not be stored.")
    if cause == "read_only":
        return translate("GrownUp", "The library or its folder could not be written, so new work could not be stored.")
    if cause == "damaged":
        return translate(
            "GrownUp", "The library file was damaged. It was kept as {kept}; what could be read was rescued."
        ).format(kept=isolated_path(detail))
    if cause == "recovered":
        return translate(
            "GrownUp", "Work that could not be stored was kept in {files} and has been put back into its pieces."
        ).format(files=isolated_path(detail))
    stored = translate("GrownUp", "New work could not be stored: {why}.").format(why=reason(kind))
    helper = for_a_helper(detail)
    return f"{stored} {helper}" if helper else stored


def describe(mishap: mishaps.Mishap, going_on: bool = False) -> str:
    """One line: when, why, and how it ended."""
    line = f"{moment(mishap.when)} \u2013 {cause_words(mishap.cause, mishap.detail, mishap.kind)}"
    if going_on:
        still = translate("GrownUp", "Still going on: the work is kept and tried again.")
        return f"{line} {still}"
    if mishap.until:
        ended = translate("GrownUp", "Stored again from {time}; nothing was lost.").format(time=moment(mishap.until))
        return f"{line} {ended}"
    return line


class WhatWentWrong(QWidget):
    """A heading and the list, newest first; `refresh` reads it again."""

    def __init__(self, library: Library, ops: Operations | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatWentWrong")
        self.library = library
        self.ops = ops
        self.heading = PlainLabel()
        self.heading.setObjectName("whatWentWrongHeading")
        self.list = QListWidget()
        self.list.setObjectName("whatWentWrongList")
        wrap_lines(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        if ops is not None:
            ops.trouble.connect(lambda _failure: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        heading = translate("GrownUp", "What went wrong (newest first):")
        self.heading.setText(heading)
        self.list.setAccessibleName(translate("GrownUp", "What went wrong"))
        self.refresh()

    def lines(self) -> list[str]:
        lines: list[str] = []
        spell = self.ops.spell if self.ops is not None else None
        if spell is not None:
            now = mishaps.spell(spell.when, spell.cause, spell.error)
            lines.append(describe(now, going_on=True))
        if self.library.read_only:
            lines.append(self._look_only_now())
        for waiting in held_work.found(self.library.path.parent):
            lines.append(
                translate(
                    "GrownUp",
                    "Now \u2013 Work that could not be stored is waiting in {file}; it goes back into its pieces "
                    "when Writing Nook starts with a library it can write.",
                ).format(file=isolated_path(waiting))
            )
        lines.extend(describe(mishap) for mishap in mishaps.recorded(self.library))
        return lines

    def _look_only_now(self) -> str:
        """Why the library can only be looked at, and what to do, in the notice's words
        where it has one (said here once: Library safety no longer shows it above too)."""
        notice = self.library.notice
        if notice is not None and notice.kind in LOOK_ONLY_NOTICES:
            return translate("GrownUp", "Now \u2013 {what}").format(what=notice_words(notice, in_library_safety=True))
        return translate("GrownUp", "Now \u2013 This library can only be looked at here: it cannot be written.")

    def refresh(self) -> None:
        self.list.clear()
        lines = self.lines() or [translate("GrownUp", "Nothing has gone wrong.")]
        for line in lines:
            item = QListWidgetItem(line)  # a list item's text is always plain
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            self.list.addItem(item)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
