"""Only the library (and the repositories it owns) writes to the schema; changes are
typed and carry who made them; bundled cards and banks are seeded once per library."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlite_utils import Database

from nook.core import backpack, ideas, migrations, recordings, shelf, word_wall
from nook.core import picture as pic
from nook.core.changes import Change, What
from nook.core.library import LIBRARY_FILE, Library
from nook.core.recovery import salvage

NOOK = Path(__file__).resolve().parents[2] / "nook"
WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)
# Where a write to the schema may come from: (file under nook/, qualified name prefix).
ALLOWED = (
    ("core/library.py", "Library."),
    # The layers the library is built from, one file each.
    ("core/library_pages.py", "PageChanges."),
    ("core/library_pieces.py", "PieceChanges."),
    ("core/repositories.py", ""),
    ("core/idea_repository.py", "IdeaCardRepository."),
    ("core/store.py", "Store."),
    ("core/migrations.py", ""),
)


def _writer_of_statement() -> tuple[str, str]:
    """The innermost frame in nook/ (or the test) that caused the statement being run;
    the connection's own code (core/database.py, as sqlite-utils') runs it for its caller."""
    frame = sys._getframe(2)
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(NOOK) and path != NOOK / "core" / "database.py":
            return path.relative_to(NOOK).as_posix(), frame.f_code.co_qualname
        if path == Path(__file__):
            return "tests", frame.f_code.co_qualname
        frame = frame.f_back  # type: ignore[assignment]
    return "?", "?"


class WriteWatch:
    """Records, for every INSERT/UPDATE/DELETE the connection runs, the code that ran it."""

    def __init__(self) -> None:
        self.writers: set[tuple[str, str]] = set()

    def attach(self, library: Library) -> None:
        library.db.conn.set_trace_callback(self._traced)

    def _traced(self, sql: str) -> None:
        if WRITE.match(sql):
            self.writers.add(_writer_of_statement())

    def outsiders(self) -> set[tuple[str, str]]:
        return {
            (path, name)
            for path, name in self.writers
            if not any(path == where and name.startswith(prefix) for where, prefix in ALLOWED)
        }


@pytest.fixture
def watch() -> Iterator[WriteWatch]:
    yield WriteWatch()


def _fill(library: Library) -> str:
    """Use every part of the core that writes: writers, pieces, pages, media, settings,
    word wall, idea cards, shelf settings and the backpack's bookkeeping."""
    maya = library.add_writer("Maya", "fox")
    library.update_writer(maya.id, colour="#aa0000")
    book = library.new_piece(maya.id, "book")
    photo = io.BytesIO()
    Image.new("RGB", (2, 2), "red").save(photo, "PNG")
    digest = library.put_media(photo.getvalue(), "image/png", 2, 2)
    page = library.add_page(book.id, words="a dog", picture=pic.make_picture([pic.photo(digest, 1, 1, 1, 1)]))
    library.update_page(page.id, words="a big dog")
    voice = (Path(__file__).parent.parent / "data" / "voice-440hz.m4a").read_bytes()
    recordings.set_page_recording(library, page.id, recordings.store(library, voice))
    library.move_page(page.id, 1)
    library.set_finished(book.id)
    library.set_look(book.id, "sunny")
    copy = library.duplicate_piece(book.id)
    library.trash_piece(copy.id)
    library.restore_piece(copy.id)
    library.trash_piece(copy.id)
    library.empty_trash()
    library.set_setting("font", "opendyslexic", maya.id)
    shelf.use_everyones_settings(library, maya.id)
    library.set_state("last_writer", maya.id)
    bank = word_wall.add_bank(library, "Pets", "dog")
    word = word_wall.add_word(library, bank.id, "cat")
    assert word is not None
    word_wall.update_word(library, word.id, word="kitten")
    word_wall.add_word(library, bank.id, "fish")
    word_wall.move_word(library, word.id, 1)
    word_wall.update_bank(library, bank.id, hidden=True)
    word_wall.add_writer_names(library)
    word_wall.remove_word(library, word.id)
    word_wall.delete_bank(library, bank.id)
    card = ideas.add_card(library, "sign", "Warn about the dog")
    ideas.update_card(library, card.id, text="Warn about the cat")
    ideas.hide_card(library, ideas.cards(library)[0].id)
    ideas.delete_card(library, card.id)
    other = library.add_writer("Sam", "owl")
    sign = library.new_piece(other.id, "sign")
    recordings.set_page_recording(library, library.pages(sign.id)[0].id, recordings.store(library, voice))
    library.recordings.delete_all(other.id)
    library.delete_piece_forever(sign.id)
    return book.id


def test_only_the_library_and_its_repositories_write(tmp_path: Path, watch: WriteWatch, new_library) -> None:
    school = new_library(tmp_path / "school")
    home = new_library(tmp_path / "home")
    try:
        watch.attach(school)
        watch.attach(home)
        book_id = _fill(school)
        bag = tmp_path / "bag.nook"
        backpack.pack(school, [book_id], bag)
        backpack.open_backpack(home, bag)  # a new writer, a new piece, its photo
        home_book = home.pieces(None)[0]
        home.update_page(home.pages(home_book.id)[0].id, words="changed at home")
        backpack.pack(home, [home_book.id], bag)
        backpack.open_backpack(school, bag)  # brings the school's piece up to date
        assert [p.title for p in school.pieces(None)] == ["changed at home"]
        other = backpack.read(bag)
        home_writer = other.writers[0]
        backpack.unpack(school, other, {home_writer.id: school.add_writer("Maya too", "cat").id})
    finally:
        school.close()
        home.close()
    assert ("core/repositories.py", "BackpackRepository.remember") in watch.writers
    assert ("core/library_pieces.py", "PieceChanges.replace_piece") in watch.writers
    assert watch.outsiders() == set()


def test_the_write_watch_sees_a_write_from_outside(library: Library, watch: WriteWatch) -> None:
    # The check above must be able to fail: a raw write that bypasses the library is seen.
    watch.attach(library)
    library.db.execute("UPDATE settings SET value = value WHERE scope = 'nobody'")
    assert watch.outsiders() == {("tests", "test_the_write_watch_sees_a_write_from_outside")}


def test_rescue_writes_only_through_the_library(data_dir: Path) -> None:
    library = Library.open(data_dir)
    writer = library.add_writer("Maya", "fox")
    library.new_piece(writer.id, "sign")
    library.close()
    # The rescue opens a fresh library itself; watch every connection it opens.
    seen = WriteWatch()
    opened = Library.__init__

    def watched(self: Library, db: Database, path: Path) -> None:
        opened(self, db, path)
        seen.attach(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Library, "__init__", watched)
        rescued, _kept, counts = salvage(data_dir)
    try:
        assert counts["pieces"] == 1 and rescued.writer(writer.id) is not None
    finally:
        rescued.close()
    assert ("core/library.py", "Library._insert_rescued") in seen.writers
    assert seen.outsiders() == set()


def test_no_module_calls_the_librarys_private_announce() -> None:
    users = sorted(
        str(path.relative_to(NOOK)) for path in NOOK.rglob("*.py") if "_announce(" in path.read_text(encoding="utf-8")
    )
    assert users == ["core/library.py", "core/library_base.py", "core/library_pages.py", "core/library_pieces.py"]


# -- typed changes and their initiator -----------------------------------------------------


def test_a_change_carries_what_the_ids_and_who_made_it(library: Library, writer) -> None:
    seen: list[Change] = []
    library.subscribe(seen.append)
    screen = object()
    with library.transaction(initiator=screen):
        piece = library.new_piece(writer.id, "sign")
        library.update_page(library.pages(piece.id)[0].id, words="STOP")
    library.trash_piece(piece.id)
    assert [(c.what, c.writer_id, c.piece_id) for c in seen] == [
        (What.PIECE, writer.id, piece.id),
        (What.PAGE, writer.id, piece.id),
        (What.TRASH, writer.id, piece.id),
    ]
    assert [c.initiator for c in seen] == [screen, screen, None]
    assert seen[1].page_id == library.pages(piece.id)[0].id


def test_a_nested_transaction_keeps_the_outer_initiator(library: Library, writer) -> None:
    seen: list[Change] = []
    library.subscribe(seen.append)
    outer, inner = object(), object()
    with library.transaction(initiator=outer), library.transaction(initiator=inner):
        library.set_setting("sounds", False)
    with library.transaction(), library.transaction(initiator=inner):
        library.set_setting("sounds", True)
    assert [c.initiator for c in seen] == [outer, inner]


def test_changes_equal_but_for_their_initiator_are_announced_once(library: Library, writer) -> None:
    seen: list[Change] = []
    library.subscribe(seen.append)
    with library.transaction(initiator="the shelf"):
        library.set_setting("font", "opendyslexic", writer.id)
        library.set_setting("all_caps", True, writer.id)
    assert seen == [Change(What.SETTING, writer_id=writer.id)]
    assert seen[0].initiator == "the shelf"
    assert Change(What.SETTING, initiator="a") == Change(What.SETTING, initiator="b")


# -- seeding bundled idea cards and word banks ------------------------------------------------


def test_a_new_library_is_seeded_once(data_dir: Path) -> None:
    library = Library.open(data_dir)
    try:
        banks, cards = len(word_wall.banks(library)), len(ideas.cards(library))
        assert banks >= 5 and cards >= 30
        assert library.word_wall.seed() == 0 and library.ideas.seed() == 0  # idempotent
    finally:
        library.close()
    again = Library.open(data_dir)
    try:
        assert (len(word_wall.banks(again)), len(ideas.cards(again))) == (banks, cards)
    finally:
        again.close()


def test_a_grown_ups_edits_survive_reopening(data_dir: Path) -> None:
    library = Library.open(data_dir)
    for bank in word_wall.banks(library, include_hidden=True):
        word_wall.delete_bank(library, bank.id)  # every bank gone: an empty wall is a choice
    every_card = ideas.cards(library)
    for card in every_card:
        ideas.hide_card(library, card.id)
    ideas.update_card(library, every_card[0].id, text="Make a sign for your door")
    library.close()
    again = Library.open(data_dir)
    try:
        assert word_wall.banks(again, include_hidden=True) == []
        assert ideas.cards(again) == []
        assert len(ideas.cards(again, include_hidden=True)) == len(every_card)
        assert ideas.card(again, every_card[0].id).text == "Make a sign for your door"
    finally:
        again.close()


def test_a_library_from_before_the_bundled_content_is_seeded_when_upgraded(data_dir: Path) -> None:
    db = Database(data_dir / LIBRARY_FILE)
    migrations.migrate(db, upto="0002_backpack_sync")
    assert db.execute("SELECT COUNT(*) FROM word_banks").fetchone()[0] == 0
    db.close()
    library = Library.open(data_dir)
    try:
        assert word_wall.banks(library) and ideas.cards(library)
        assert migrations.pending(library.db) == []
    finally:
        library.close()


def test_migrations_import_neither_ideas_nor_the_word_wall() -> None:
    source = (NOOK / "core" / "migrations.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import) nook", source, re.MULTILINE)
