"""The computer's own English ("unable to open database file", "No such file or
directory") never appears inside a Spanish sentence: each error is worded by its kind,
and the system's words wait on a line labelled for a helper. Real errors throughout."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from nook.assets import translations_dir
from nook.core import backpack, backups, mishaps, opening
from nook.core.library import Library
from nook.core.read_only import open_read_only
from nook.export.problems import cannot_read_words
from nook.ui.grownup.backpack_words import refusal
from nook.ui.grownup.what_went_wrong import describe
from nook.ui.language import LanguageSwitch
from nook.ui.trouble import TroubleScreen
from nook.ui.trouble_words import failure_words, helper_words

ENGLISH = ("unable", "No such file", "database", "Errno", "disk I/O")


@pytest.fixture
def spanish(qapp) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch(folder=translations_dir())
    switch.use("es")
    yield switch
    switch.remove()


def no_system_english(said: str) -> None:
    assert not any(words in said for words in ENGLISH), said


def raised(action) -> BaseException:
    with pytest.raises(Exception) as caught:
        action()
    return caught.value


def test_a_library_that_cannot_be_opened_is_worded_with_the_details_apart(qtbot, tmp_path: Path, spanish) -> None:
    path = tmp_path / "no folder" / "library.db"
    try:
        sqlite3.connect(path)
    except sqlite3.Error as exc:
        try:
            raise opening.classify(exc, path) from exc
        except opening.LibraryTrouble as trouble:
            screen = TroubleScreen(trouble, tmp_path)
    qtbot.addWidget(screen)
    screen.show()
    message = screen.findChild(type(screen.message), "troubleMessage").text()
    assert message == f"Writing Nook no puede abrir la biblioteca {path}: no se pudo abrir el archivo. " + (
        "No se cambió ni se movió nada."
    )
    details = screen.findChild(type(screen.message), "troubleDetails")
    assert details.isVisible() and details.text() == "Detalles para quien te ayude: unable to open database file"


def test_an_unreadable_backpack_backup_and_library_are_worded_in_spanish(tmp_path: Path, spanish) -> None:
    gone = raised(lambda: backpack.read(tmp_path / "mochila.nook"))
    assert refusal(gone).startswith("No se puede leer la mochila mochila.nook: no está ahí")
    no_system_english(refusal(gone))
    unreadable = raised(lambda: backups.verify(tmp_path / "copia.db"))
    assert failure_words(unreadable) == "No se puede leer la copia de seguridad copia.db: no se pudo abrir el archivo."
    assert helper_words(unreadable) == "Detalles para quien te ayude: unable to open database file"
    (tmp_path / "library.db").write_bytes(b"these are words, not a database" * 200)
    cannot = raised(lambda: open_read_only(tmp_path))
    assert cannot_read_words(cannot) == (
        f"No se puede leer la biblioteca {tmp_path / 'library.db'}: el archivo no es una biblioteca de Writing Nook."
    )


def test_a_failed_backup_in_a_note_is_worded_by_its_kind(tmp_path: Path, spanish) -> None:
    try:
        try:
            raise OSError(errno.EIO, "Input/output error")
        except OSError as error:
            raise backups.BackupFailed("not_made", "b.db", str(error), opening.failure_cause(error)) from error
    except backups.BackupFailed as failed:
        assert failed.kind == "disk_error"
        said = failure_words(failed)
    assert said == (
        "No se pudo hacer una copia de seguridad de la biblioteca: no se pudo leer ni escribir en el disco "
        "(puede estar fallando, o se desconectó)."
    )


def test_storing_that_failed_for_another_reason_is_worded_by_its_kind(library: Library, spanish) -> None:
    """The "other" cause: not a full disk, a lock or a read-only folder."""
    from datetime import datetime

    error = OSError(errno.EIO, "Input/output error")
    mishaps.record(library, mishaps.spell(datetime(2026, 3, 2, 9, 30), opening.failure_cause(error), error))
    [kept] = mishaps.recorded(library)
    line = describe(kept)
    assert "No se pudo guardar el trabajo nuevo: no se pudo leer ni escribir en el disco" in line
    assert line.endswith("Detalles para quien te ayude: [Errno 5] Input/output error")
    sentence = line.removesuffix("Detalles para quien te ayude: [Errno 5] Input/output error")
    no_system_english(sentence)


def test_storing_that_fails_for_another_reason_is_worded_on_the_strip(spanish) -> None:
    from nook.ui.storage_trouble import grown_up_words

    said = grown_up_words("other", OSError(errno.EIO, "Input/output error"))
    assert "Writing Nook no puede guardar trabajo nuevo ahora: no se pudo leer ni escribir en el disco" in said
    no_system_english(said)


def test_a_backpack_that_cannot_be_saved_is_worded_in_spanish(qtbot, library: Library, writer, tmp_path, spanish):
    from nook.ui.grownup.backpack_page import BackpackPage
    from nook.ui.operations import Operations

    library.new_piece(writer.id, "sign")
    page = BackpackPage(library, Operations(library))
    qtbot.addWidget(page)
    (tmp_path / "un-archivo").write_text("a file where a folder should be")
    page.choose_save_path = lambda parent, suggested: str(tmp_path / "un-archivo" / suggested)
    page.show()
    page.all_button.click()
    assert page.pack_chosen() is None
    said = page.status.text()
    assert said.startswith("No se pudo guardar la mochila en ") and said.endswith(": ya hay algo con ese nombre."), said
    no_system_english(said)


def test_why_the_computer_cannot_speak_is_worded_when_asked_with_the_engines_words_apart(spanish) -> None:
    from nook.speech.voice import Voice

    voice = Voice(install=True, detail="libespeak-ng.so.1: cannot open shared object file")
    said, helper = voice.unavailable_reason().split("\n")
    assert said.startswith("Instala el paquete espeak-ng")
    assert helper == "Detalles para quien te ayude: libespeak-ng.so.1: cannot open shared object file"
    spanish.use("en")  # worded anew in the language installed when a grown-up asks again
    assert voice.unavailable_reason().startswith("Install the espeak-ng package")
