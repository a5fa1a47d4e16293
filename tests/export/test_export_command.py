"""`nook export` from the command line: real processes beside an open library, plain
errors and a non-zero exit for what cannot be done, and the library never changed."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from epub_helpers import child_words, make_piece, open_book
from export_helpers import run, text_of

from nook.__main__ import main
from nook.core.library import Library
from nook.core.read_only import CannotRead, open_read_only
from tests.speech.conftest import requires_espeak

ROOT = Path(__file__).resolve().parents[2]


def nook(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "nook", "export", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def fingerprint(data_dir: Path) -> tuple[str, list]:
    """The library file's bytes and everything in it, as another connection sees it."""
    digest = hashlib.sha256((data_dir / "library.db").read_bytes()).hexdigest()
    conn = sqlite3.connect(data_dir / "library.db")
    rows = list(conn.iterdump())
    conn.close()
    return digest, rows


@requires_espeak
@pytest.mark.slow  # starts `nook export` as a process
def test_a_talking_book_is_made_while_the_app_holds_the_library(library: Library, writer, data_dir, tmp_path) -> None:
    piece_id = make_piece(library, writer.id, "book")
    before = fingerprint(data_dir)
    out = tmp_path / "rex.epub"
    # The app is in the middle of storing something: the export still reads what is stored.
    library.db.execute("BEGIN IMMEDIATE")
    library.db.execute("UPDATE writers SET name = 'Not yet' WHERE id = ?", [writer.id])
    try:
        done = nook("--data-dir", str(data_dir), "--format", "epub", "--writer", "maya", "--piece", piece_id, str(out))
    finally:
        library.db.execute("ROLLBACK")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.startswith(f"wrote {out}")
    book = open_book(out)
    assert [w for o in book.overlays() for w in o.words] == child_words("book")
    assert b"Maya" in book.files["EPUB/package.opf"]
    assert fingerprint(data_dir) == before


@pytest.mark.slow  # starts `nook export` as a process
def test_a_class_book_pdf_from_the_command_line(library: Library, data_dir, tmp_path) -> None:
    for name in ("Maya", "Sam"):
        writer = library.add_writer(name, "fox")
        make_piece(library, writer.id, "sign")
    library.set_setting("class_name", "Room 4")
    out = tmp_path / "class.pdf"
    done = nook("--data-dir", str(data_dir), "--class", "--format", "pdf", "--finished", str(out))
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert text.startswith("Our class book Room 4")
    assert "Our writers Maya Sam" in text.replace("page 3 ", "").replace("page 4 ", "")
    assert text.count("Keep out! Dragons sleeping") == 2
    run("qpdf", "--check", str(out))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--writer", "Bob"], "no writer called 'Bob' (writers: Maya)"),
        (["--writer", "Maya", "--piece", "The moon"], "Maya has no piece called 'The moon'"),
        (["--writer", "Maya", "--finished"], "no finished pieces by Maya"),
        (["--class", "--since", "2999-01-01"], "no pieces by any writer"),
        (["--writer", "Maya", "--piece", "x", "--class"], "--piece needs exactly one --writer"),
    ],
)
def test_what_cannot_be_exported_is_said_plainly(
    library: Library, writer, data_dir, tmp_path, capsys, nook_app, args, message
) -> None:
    library.new_piece(writer.id, "sign")
    out = tmp_path / "out.pdf"
    status = main(["export", "--data-dir", str(data_dir), "--format", "pdf", *args, str(out)])
    assert status == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_an_unwritable_destination_fails_before_any_work(library: Library, writer, data_dir, tmp_path, capsys) -> None:
    library.new_piece(writer.id, "sign")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for out, message in ((blocker / "book.epub", "does not exist"), (tmp_path, "is a folder")):
        status = main(["export", "--data-dir", str(data_dir), "--format", "epub", "--writer", "Maya", str(out)])
        assert status == 1
        assert message in capsys.readouterr().err


def test_no_library_is_an_error_not_a_new_library(tmp_path, capsys) -> None:
    status = main(
        ["--data-dir", str(tmp_path / "empty"), "export", "--class", "--format", "pdf", str(tmp_path / "x.pdf")]
    )
    assert status == 2
    assert "There is no library in" in capsys.readouterr().err
    assert not (tmp_path / "empty").exists()


def test_the_read_only_library_cannot_write(library: Library, writer, data_dir) -> None:
    reader = open_read_only(data_dir)
    try:
        assert [w.name for w in reader.writers()] == ["Maya"]
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|query_only"):
            reader.add_writer("Sam", "cat")
    finally:
        reader.close()
    assert [w.name for w in library.writers()] == ["Maya"]


def test_an_older_library_is_not_upgraded_by_an_export(data_dir) -> None:
    conn = sqlite3.connect(data_dir / "library.db")
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(CannotRead, match="older Writing Nook"):
        open_read_only(data_dir)


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        (["--language", "es", "--writer", "Bob"], "no hay ningún escritor que se llame 'Bob' (escritores: Maya, Ana)"),
        (
            ["--language", "es-419", "--writer", "Maya", "--finished"],
            "no hay trabajos terminados de Maya para exportar",
        ),
        (["--writer", "Ana", "--finished"], "no hay trabajos terminados de Ana para exportar"),  # the writer's
        (["--language", "en", "--writer", "Ana", "--finished"], "there are no finished pieces by Ana to export"),
    ],
)
def test_the_commands_errors_speak_the_language_asked_for(
    library: Library, writer, data_dir, tmp_path, capsys, nook_app, monkeypatch, how, expected
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")  # names no language
    ana = library.add_writer("Ana", "cat")
    library.set_setting("language", "es", ana.id)
    for someone in (writer, ana):
        library.new_piece(someone.id, "sign")
    status = main(["export", "--data-dir", str(data_dir), "--format", "pdf", *how, str(tmp_path / "out.pdf")])
    assert status == 2
    assert capsys.readouterr().err == f"nook export: {expected}\n"


def test_the_environments_language_words_the_command(data_dir, tmp_path, capsys, nook_app, monkeypatch) -> None:
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    status = main(["export", "--data-dir", str(data_dir), "--format", "pdf", str(tmp_path)])
    assert status == 1
    assert capsys.readouterr().err == f"nook export: {tmp_path} es una carpeta; escribe un nombre de archivo\n"


def test_an_older_library_is_said_in_the_language_asked_for(data_dir, tmp_path, capsys, nook_app) -> None:
    conn = sqlite3.connect(data_dir / "library.db")
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied TEXT)")
    conn.commit()
    conn.close()
    out = tmp_path / "x.pdf"
    status = main(["export", "--data-dir", str(data_dir), "--language", "es", "--class", "--format", "pdf", str(out)])
    assert status == 2
    assert capsys.readouterr().err == (
        f"nook export: La biblioteca {data_dir / 'library.db'} es de un Writing Nook más antiguo: "
        "ábrela primero una vez en Writing Nook.\n"
    )
