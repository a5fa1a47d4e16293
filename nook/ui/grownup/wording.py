"""Words the grown-up pages share: kinds of piece, counts, numbers and days, said in the
language now installed (plurals with %n, numbers and dates through QLocale)."""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from nook.core.models import Writer
from nook.i18n import isolated, translate
from nook.ui.kit.icons import avatar_called, avatar_icon


def number(value: int) -> str:
    return QLocale().toString(value)


def kind_count(kind: str, count: int) -> str:
    """ "3 books", "1 sign": a count of one kind of piece, plural as the language has it."""
    if kind == "book":
        return translate("GrownUp", "%n book(s)", None, count)
    if kind == "list":
        return translate("GrownUp", "%n list(s)", None, count)
    if kind == "sign":
        return translate("GrownUp", "%n sign(s)", None, count)
    if kind == "letter":
        return translate("GrownUp", "%n letter(s)", None, count)
    return f"{number(count)} {kind}"


def kind_name(kind: str) -> str:
    """A kind of piece named on its own (a piece with no title yet)."""
    names = {
        "book": translate("GrownUp", "book"),
        "list": translate("GrownUp", "list"),
        "sign": translate("GrownUp", "sign"),
        "letter": translate("GrownUp", "letter"),
    }
    return names.get(kind, kind)


def day(iso: str) -> str:
    """An ISO date (or time stamp) as the language writes a short date."""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else iso[:10]


def writer_label(name: str, avatar: str) -> str:
    """A writer as a grown-up recognises them; children may skip their name, so a
    nameless writer is known by their picture ("the fox"), named in the language now
    installed. An Arabic or Hebrew name is isolated (i18n.isolated): the phrases and
    lists it is set in keep their punctuation and numbers where they belong."""
    return isolated(name) if name else translate("GrownUp", "the {picture}").format(picture=avatar_called(avatar))


def writer_choices(writers: Iterable[Writer]) -> list[tuple[QIcon, str, str]]:
    """(picture, label, id) for each writer a grown-up picks from: two with the same name
    (a class has two Sams) are told apart by their pictures, "Sam (dragon)"."""
    writers = list(writers)
    labels = [writer_label(w.name, w.avatar) for w in writers]
    count = Counter(labels)
    return [
        (
            avatar_icon(writer.avatar),
            label
            if count[label] == 1
            else translate("GrownUp", "{name} ({picture})").format(name=label, picture=avatar_called(writer.avatar)),
            writer.id,
        )
        for writer, label in zip(writers, labels, strict=True)
    ]


def moment(iso: str) -> str:
    """An ISO time stamp as the language writes a day and a time ("3 Dec 2026, 4:17 AM",
    "3 dic 2026, 4:17 a.m."): the month by name, so no one mistakes day and month."""
    when = QDateTime.fromString(iso[:19], Qt.DateFormat.ISODate)
    if not when.isValid():
        return iso
    locale = QLocale()
    day = locale.toString(when.date(), "d MMM yyyy")
    time = locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    return translate("GrownUp", "{day}, {time}", "a day and a time of day").format(day=day, time=time)


class Phrases:
    """A page's fixed phrases: each setter runs now, and again (from the page's
    retranslate()) whenever the language changes, so no phrase is written twice.

    A setter is given the page rather than closing over it, and the page is held weakly:
    a page holding closures over itself is a reference cycle, and Python may collect a
    cycle of Qt wrappers on any thread (an export's worker) long after the page is gone,
    which crashed the app."""

    def __init__(self, owner: QWidget) -> None:
        self._owner = weakref.ref(owner)
        self._setters: list[Callable[[Any], None]] = []

    def add(self, setter: Callable[[Any], None]) -> None:
        self._setters.append(setter)
        owner = self._owner()
        if owner is not None:
            setter(owner)

    def say_again(self) -> None:
        owner = self._owner()
        if owner is not None:
            for setter in self._setters:
                setter(owner)
