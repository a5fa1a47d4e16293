"""Settings are read far more often than written (a page asks for its writer's language
at every paint): one read is kept until the library changes, by this connection or by
another one (a second window or process on the same folder), never longer."""

from __future__ import annotations

import sqlite3

import pytest

from nook.core.library import Library


def selects_of_settings(library: Library) -> list[str]:
    """The statements on the settings table this connection runs from now on."""
    seen: list[str] = []
    library.db.conn.set_trace_callback(lambda sql: seen.append(sql) if "FROM settings" in sql else None)
    return seen


def test_a_setting_read_again_is_not_asked_of_sqlite_again(library: Library, writer) -> None:
    library.set_setting("button_size", 96, writer.id)
    asked = selects_of_settings(library)
    assert [library.setting("button_size", writer.id) for _ in range(50)] == [96] * 50
    assert len(asked) == 1


def test_a_change_made_by_another_connection_is_seen_at_the_next_read(library: Library, writer) -> None:
    assert library.setting("button_size", writer.id) == 64
    assert library.setting("language", writer.id) == "en"
    other = Library.open(library.path.parent)  # a second window's or process's
    try:
        other.set_setting("button_size", 130, writer.id)
        other.update_writer(writer.id, language="es")
    finally:
        other.close()
    assert library.setting("button_size", writer.id) == 130
    assert library.setting("language", writer.id) == "es"


def test_a_change_written_past_the_library_is_seen(library: Library, writer) -> None:
    assert library.setting("text_size") == 36
    library.db.execute("INSERT INTO settings (scope, key, value) VALUES ('', 'text_size', '48')")
    assert library.setting("text_size") == 48


def test_a_change_rolled_back_is_not_kept(library: Library, writer) -> None:
    assert library.setting("button_size") == 64
    with pytest.raises(sqlite3.IntegrityError), library.transaction():
        library.set_setting("button_size", 96)
        assert library.setting("button_size") == 96  # inside: its own change
        raise sqlite3.IntegrityError("the rest of the change failed")
    assert library.setting("button_size") == 64
