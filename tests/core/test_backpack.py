"""The backpack between two real data folders: round trips, double imports, conflicts,
and every kind of bad backpack refused with the library and the disk unchanged."""

from __future__ import annotations

import hashlib
import io
import json
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from nook.core import backpack, backpack_file, picture
from nook.core.backpack import BackpackRefused, open_backpack, pack
from nook.core.library import Library
from nook.core.picture import media_hashes


def db_fingerprint(library: Library) -> str:
    """A hash of every row of every table: proof that nothing was written."""
    digest = hashlib.sha256()
    names = [r[0] for r in library.db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for name in names:
        digest.update(name.encode())
        for row in library.db.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def folder_listing(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*") if p.is_file())


def png(colour: tuple[int, int, int], size: tuple[int, int] = (24, 16)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def photo_picture(library: Library, colour: tuple[int, int, int]) -> dict:
    digest = library.put_media(png(colour), "image/png", 24, 16)
    return picture.make_picture(
        [
            picture.stroke("brush", "#e03131", 12, [(100, 200), (400, 500)]),
            picture.sticker("cat", 800, 600, 300, 30),
            picture.photo(digest, 400, 300, 480, 320),
        ]
    )


@pytest.fixture
def home(tmp_path: Path, new_library):
    lib = new_library(tmp_path / "home")
    yield lib
    lib.close()


def test_pack_and_open_brings_pieces_writer_and_photos_home(
    library: Library, writer, home: Library, tmp_path: Path
) -> None:
    book = library.new_piece(writer.id, "book")
    cover, page = library.pages(book.id)
    library.update_page(cover.id, words="My cat Tom")
    library.update_page(page.id, words="Tom sleps on my bed 🐱", picture=photo_picture(library, (200, 90, 10)))
    library.set_finished(book.id)
    sign = library.new_piece(writer.id, "sign")
    library.update_page(library.pages(sign.id)[0].id, words="KEEP OWT")

    result = pack(library, [book.id, sign.id], tmp_path / "usb" / "Maya.nook")
    assert result.pieces == 2 and result.media == 1
    assert [p.name for p in (tmp_path / "usb").iterdir()] == ["Maya.nook"]  # no temp file left

    opened = open_backpack(home, result.path)
    assert sorted(opened.added) == sorted([book.id, sign.id])
    assert opened.writers_added == [writer.id]
    maya = home.writer(writer.id)
    assert (maya.name, maya.avatar, maya.colour) == (writer.name, writer.avatar, writer.colour)
    copy = home.piece(book.id)
    assert copy.finished and copy.title == "My cat Tom" and copy.origin_id == book.id
    assert [p.words for p in home.pages(book.id)] == ["My cat Tom", "Tom sleps on my bed 🐱"]
    picture = home.pages(book.id)[1].picture
    assert picture == library.pages(book.id)[1].picture
    digest = picture["items"][2]["media"]
    assert home.media(digest) == library.media(digest)
    assert home.search(writer.id, "sleps")[0].id == book.id


def test_opening_the_same_backpack_twice_adds_nothing_twice(library, writer, home, tmp_path) -> None:
    piece = library.new_piece(writer.id, "list")
    library.update_page(library.pages(piece.id)[1].id, words="apples", extras={"ticked": True})
    path = pack(library, [piece.id], tmp_path / "a.nook").path
    first = open_backpack(home, path)
    assert first.added == [piece.id]
    before = db_fingerprint(home)
    second = open_backpack(home, path)
    assert second.unchanged == [piece.id] and not second.changed_anything
    assert db_fingerprint(home) == before
    # Even after the child changed it at home, the old backpack adds nothing.
    home.update_page(home.pages(piece.id)[1].id, words="apples and pears")
    third = open_backpack(home, path)
    assert not third.changed_anything
    assert home.count_pieces(None) == 1
    # And school opening its own backpack adds nothing either.
    assert not open_backpack(library, path).changed_anything
    assert library.count_pieces(None) == 1


def test_a_piece_changed_only_at_home_comes_back_to_school_updated(library, writer, home, tmp_path) -> None:
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[1].id, words="we went")
    open_backpack(home, pack(library, [piece.id], tmp_path / "to-home.nook").path)
    home.update_page(home.pages(piece.id)[1].id, words="we went to the zoo")
    home.add_page(piece.id, words="the end")
    back = open_backpack(library, pack(home, [piece.id], tmp_path / "to-school.nook").path)
    assert back.updated == [piece.id] and not back.side_by_side
    assert [p.words for p in library.pages(piece.id)] == ["", "we went to the zoo", "the end"]
    assert library.count_pieces(None) == 1


def test_a_piece_changed_on_both_computers_keeps_both_side_by_side(library, writer, home, tmp_path) -> None:
    piece = library.new_piece(writer.id, "book")
    page_id = library.pages(piece.id)[1].id
    library.update_page(page_id, words="my dog")
    open_backpack(home, pack(library, [piece.id], tmp_path / "to-home.nook").path)
    home.update_page(page_id, words="my dog is big")  # at home
    library.update_page(page_id, words="my dog is brown")  # at school, meanwhile
    result = open_backpack(library, pack(home, [piece.id], tmp_path / "to-school.nook").path)
    assert result.side_by_side and not result.updated
    words = sorted(p.words for q in library.pieces(writer.id) for p in library.pages(q.id) if p.words)
    assert words == ["my dog is big", "my dog is brown"]
    copy = library.piece(result.side_by_side[0])
    assert copy.origin_id == piece.id and copy.writer_id == writer.id
    # Opened again: still two, not three.
    open_backpack(library, tmp_path / "to-school.nook")
    assert library.count_pieces(writer.id) == 2


def test_writer_matching_by_id_by_earlier_choice_or_by_the_grown_ups_pick(library, writer, home, tmp_path) -> None:
    home_maya = home.add_writer("Maya", "cat")
    piece = library.new_piece(writer.id, "sign")
    path = pack(library, [piece.id], tmp_path / "a.nook").path
    bag = backpack.read(path)
    assert backpack.suggest_writer(home, bag.writers[0]) == home_maya.id  # same name
    assert backpack.match_writer(home, bag.writers[0]) is None
    result = backpack.unpack(home, bag, {writer.id: home_maya.id})
    assert not result.writers_added and home.piece(piece.id).writer_id == home_maya.id
    # The pick is remembered: the next backpack goes to the same shelf by itself.
    second = library.new_piece(writer.id, "letter")
    again = open_backpack(home, pack(library, [second.id], tmp_path / "b.nook").path)
    assert home.piece(again.added[0]).writer_id == home_maya.id
    assert len(home.writers()) == 1


def test_pack_is_written_safely(library, writer, tmp_path, monkeypatch) -> None:
    piece = library.new_piece(writer.id, "sign")
    target = tmp_path / "out" / "bag.nook"
    target.parent.mkdir()
    target.write_bytes(b"the old backpack")

    def broken(*args, **kwargs):
        raise OSError("USB stick pulled out")

    monkeypatch.setattr(zipfile.ZipFile, "writestr", broken)
    with pytest.raises(OSError):
        pack(library, [piece.id], target)
    assert target.read_bytes() == b"the old backpack"
    assert [p.name for p in target.parent.iterdir()] == ["bag.nook"]


# -- bad backpacks ----------------------------------------------------------------------------
def good_backpack(library: Library, writer, tmp_path: Path) -> Path:
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[1].id, words="hi", picture=photo_picture(library, (1, 2, 3)))
    return pack(library, [piece.id], tmp_path / "good.nook").path


def rezip(source: Path, target: Path, change=None, extra=(), compression=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(source) as zin:
        entries = {info.filename: zin.read(info) for info in zin.infolist()}
    if change:
        change(entries)
    with zipfile.ZipFile(target, "w", compression) as zout:
        for name, data in list(entries.items()) + list(extra):
            zout.writestr(name, data)
    return target


def with_manifest(edit):
    def change(entries):
        manifest = json.loads(entries["manifest.json"])
        edit(manifest)
        entries["manifest.json"] = json.dumps(manifest).encode()

    return change


def _newer(m):
    m["format_version"] = 99
    m["app_version"] = "9.0"


def _bad_kind(m):
    m["pieces"][0]["kind"] = "poem"


def _lost_photo(m):
    m["media"] = []


def _no_writer(m):
    m["writers"] = []


def _wrong_types(m):
    m["pieces"][0]["pages"][0]["words"] = 42


def _bad_id(m):
    m["pieces"][0]["id"] = "../../etc"


BAD_MANIFESTS = {
    "newer": (_newer, "was made by a newer Writing Nook (Writing Nook 9.0)"),
    "bad kind": (_bad_kind, "has a wrong list of what is inside (a piece of kind 'poem')"),
    "photo missing from manifest": (
        _lost_photo,
        "has a wrong list of what is inside (a picture whose photo is not in the backpack)",
    ),
    "no writer": (_no_writer, "has a wrong list of what is inside (a piece whose writer is not in the backpack)"),
    "words not text": (_wrong_types, "has a wrong list of what is inside (a page's words)"),
    "id with a path": (_bad_id, "has a wrong list of what is inside (a piece's id)"),
}


def escape_name(kind: str, tmp_path: Path) -> str:
    """Where a hostile entry tries to write: a name of this test's own, so that finding
    the file there can only mean this backpack put it there."""
    if kind == "absolute path":
        return str(tmp_path / "escaped" / "evil.txt")
    return f"../../{tmp_path.name}-evil.txt"


def make_bad(kind: str, good: Path, tmp_path: Path) -> Path:
    target = tmp_path / f"bad-{kind.replace(' ', '-')}.nook"
    if kind in BAD_MANIFESTS:
        return rezip(good, target, with_manifest(BAD_MANIFESTS[kind][0]))
    if kind == "not a zip":
        target.write_bytes(b"this is a drawing, not a backpack" * 10)
    elif kind == "truncated":
        target.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif kind == "bit rot":
        data = bytearray(good.read_bytes())
        offset = data.find(b"\x89PNG")  # inside the stored photo: the CRC no longer matches
        data[offset + 20] ^= 0xFF
        target.write_bytes(bytes(data))
    elif kind in ("path traversal", "absolute path"):
        rezip(good, target, extra=[(escape_name(kind, tmp_path), b"gotcha")])
    elif kind == "zip bomb":
        bomb = hashlib.sha256(b"x").hexdigest()
        rezip(good, target, extra=[(f"media/{bomb}", b"\0" * (20 * 1024 * 1024))])
    elif kind == "manifest bomb":
        rezip(good, target, lambda e: e.update({"manifest.json": e["manifest.json"] + b" " * (30 * 1024 * 1024)}))
    elif kind == "huge photo":
        big = png((9, 9, 9), (5000, 5000))
        digest = hashlib.sha256(big).hexdigest()

        def swap(entries):
            old = next(n for n in entries if n.startswith("media/"))
            del entries[old]
            entries[f"media/{digest}"] = big
            text = entries["manifest.json"].decode().replace(old[6:], digest)
            entries["manifest.json"] = text.encode()

        rezip(good, target, swap)
    elif kind == "photo not what it claims":

        def swap_bytes(entries):
            name = next(n for n in entries if n.startswith("media/"))
            entries[name] = png((250, 0, 0))

        rezip(good, target, swap_bytes)
    elif kind == "not a picture":

        def not_picture(entries):
            old = next(n for n in entries if n.startswith("media/"))
            data = b"#!/bin/sh\necho hi\n"
            digest = hashlib.sha256(data).hexdigest()
            del entries[old]
            entries[f"media/{digest}"] = data
            entries["manifest.json"] = entries["manifest.json"].decode().replace(old[6:], digest).encode()

        rezip(good, target, not_picture)
    elif kind == "no manifest":
        rezip(good, target, lambda e: e.pop("manifest.json"))
    elif kind == "manifest not json":
        rezip(good, target, lambda e: e.update({"manifest.json": b"{not json"}))
    elif kind == "not ours":
        rezip(good, target, lambda e: e.update({"manifest.json": b'{"format": "something-else"}'}))
    else:
        raise AssertionError(kind)
    return target


BAD_KINDS = [
    "not a zip",
    "truncated",
    "bit rot",
    "path traversal",
    "absolute path",
    "zip bomb",
    "manifest bomb",
    "huge photo",
    "photo not what it claims",
    "not a picture",
    "no manifest",
    "manifest not json",
    "not ours",
    *BAD_MANIFESTS,
]

# What the grown-up is told for each kind: the real reason, not just "refused".
REFUSED_BECAUSE = {
    "not a zip": re.escape("is damaged or is not a Writing Nook backpack (it is not a readable zip)."),
    "truncated": re.escape("is damaged or is not a Writing Nook backpack (it is not a readable zip)."),
    "bit rot": r"is damaged \('media/[0-9a-f]{64}' cannot be read\)\.",
    "path traversal": re.escape("holds a file that does not belong in a backpack ('../../"),
    "absolute path": re.escape("holds a file that does not belong in a backpack ('/"),
    "zip bomb": re.escape("is packed suspiciously tightly (a zip bomb?), so it was not opened."),
    "manifest bomb": re.escape("is packed suspiciously tightly (a zip bomb?), so it was not opened."),
    "huge photo": re.escape("holds a photo that is far too big."),
    "photo not what it claims": re.escape("is damaged (a photo is not what it should be)."),
    "not a picture": re.escape("holds a damaged photo."),
    "no manifest": re.escape("has no list of what is inside (manifest.json); it is not a backpack."),
    "manifest not json": re.escape("has a damaged list of what is inside (manifest.json)."),
    "not ours": re.escape("is not a Writing Nook backpack."),
    **{kind: re.escape(because) for kind, (_, because) in BAD_MANIFESTS.items()},
}


def test_every_bad_kind_has_its_reason() -> None:
    assert sorted(REFUSED_BECAUSE) == sorted(BAD_KINDS)


@pytest.mark.parametrize("kind", BAD_KINDS)
def test_a_bad_backpack_is_refused_and_nothing_is_written(library, writer, home, tmp_path, kind) -> None:
    bad = make_bad(kind, good_backpack(library, writer, tmp_path), tmp_path)
    home.add_writer("Leo", "robot")
    before_db = db_fingerprint(home)
    home_folder = home.path.parent
    before_home, before_tmp = folder_listing(home_folder), folder_listing(tmp_path)
    with pytest.raises(BackpackRefused) as refused:
        open_backpack(home, bad)
    message = str(refused.value)
    assert message.startswith(bad.name)
    assert re.search(REFUSED_BECAUSE[kind], message), message
    assert db_fingerprint(home) == before_db
    assert folder_listing(tmp_path) == before_tmp
    assert folder_listing(home_folder) == before_home
    # Nothing landed where an escaping entry points, from wherever it might be unpacked.
    escape = escape_name(kind, tmp_path)
    for base in (home_folder, home.path, Path.cwd()):
        assert not (base / escape).exists()


def test_a_backpack_too_big_to_be_one_is_refused_before_reading(library, writer, home, tmp_path, monkeypatch) -> None:
    good = good_backpack(library, writer, tmp_path)
    monkeypatch.setattr(backpack_file, "MAX_BACKPACK_BYTES", 100)
    before = db_fingerprint(home)
    with pytest.raises(BackpackRefused, match="too big"):
        open_backpack(home, good)
    assert db_fingerprint(home) == before


def test_a_photo_bigger_than_any_photo_is_refused(library, writer, home, tmp_path, monkeypatch) -> None:
    good = good_backpack(library, writer, tmp_path)
    monkeypatch.setattr(backpack_file, "MAX_MEDIA_BYTES", 50)
    before = db_fingerprint(home)
    with pytest.raises(BackpackRefused, match="too big"):
        open_backpack(home, good)
    assert db_fingerprint(home) == before


def test_a_zip_whose_sizes_lie_is_refused(library, writer, home, tmp_path) -> None:
    good = good_backpack(library, writer, tmp_path)
    data = bytearray(good.read_bytes())
    # Make the manifest's central-directory entry claim a smaller size than it has.
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo("manifest.json")
    start = 0
    while True:
        start = data.find(b"PK\x01\x02", start)
        name_len = int.from_bytes(data[start + 28 : start + 30], "little")
        if data[start + 46 : start + 46 + name_len] == b"manifest.json":
            break
        start += 4
    data[start + 24 : start + 28] = (info.file_size // 2).to_bytes(4, "little")
    bad = tmp_path / "liar.nook"
    bad.write_bytes(bytes(data))
    before = db_fingerprint(home)
    with pytest.raises(BackpackRefused):
        open_backpack(home, bad)
    assert db_fingerprint(home) == before


# -- round trip over generated pieces ------------------------------------------------------------
words = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
coord = st.integers(-100, 1700)
point_list = st.lists(st.tuples(coord, coord), min_size=1, max_size=6)
stroke = st.builds(
    picture.stroke,
    st.sampled_from(["brush", "eraser"]),
    st.sampled_from(["#000000", "#e03131"]),
    st.integers(1, 64),
    point_list,
)
sticker = st.builds(
    picture.sticker,
    st.sampled_from(["cat", "dog", "sun", "rocket"]),
    coord,
    coord,
    st.integers(40, 900),
    st.integers(-180, 180),
)
shape = st.builds(
    picture.shape, st.sampled_from(picture.SHAPES), st.just("#2f9e44"), st.integers(1, 40), coord, coord, coord, coord
)
page_spec = st.fixed_dictionaries(
    {
        "words": words,
        "items": st.lists(stroke | sticker | shape, max_size=4),
        "photo": st.none() | st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)),
        "extra": st.sampled_from([{}, {"ticked": True}, {"ticked": False}, {"grown_up_line": "My dog"}]),
    }
)
piece_spec = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["book", "list", "sign", "letter"]),
        "finished": st.booleans(),
        "writer": st.integers(0, 1),
        "pages": st.lists(page_spec, min_size=0, max_size=4),
        "trashed": st.booleans(),
    }
)


def snapshot(library: Library) -> dict:
    out = {}
    for piece in library.pieces(None) + library.pieces(None, trashed=True):
        writer = library.writer(piece.writer_id)
        pages = []
        for page in library.pages(piece.id):
            photos = {d: library.media(d) for d in media_hashes(page.picture)}
            pages.append((page.id, page.role, page.words, page.picture, page.extras, photos))
        out[piece.id] = {
            "writer": (writer.id, writer.name, writer.avatar, writer.colour),
            "kind": piece.kind,
            "finished": piece.finished,
            "look": piece.look,
            "title": piece.title,
            "created": piece.created,
            "updated": piece.updated,
            "pages": pages,
        }
    return out


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(piece_spec, min_size=1, max_size=4))
def test_round_trip_between_two_data_folders_keeps_everything(new_library, pieces) -> None:
    with tempfile.TemporaryDirectory() as root:
        school = new_library(Path(root, "school"))
        home = new_library(Path(root, "home"))
        try:
            writers = [school.add_writer("Maya", "fox", "#aa0000"), school.add_writer("Léo ñ", "robot")]
            ids = []
            for spec in pieces:
                piece = school.new_piece(writers[spec["writer"]].id, spec["kind"], look="stripes")
                for page in spec["pages"]:
                    items = list(page["items"])
                    if page["photo"]:
                        digest = school.put_media(png(page["photo"]), "image/png", 24, 16)
                        items.append(picture.photo(digest, 300, 300, 200, 150))
                    school.add_page(
                        piece.id, words=page["words"], picture=picture.make_picture(items), extras=page["extra"]
                    )
                if spec["finished"]:
                    school.set_finished(piece.id)
                if spec["trashed"]:
                    school.trash_piece(piece.id)
                ids.append(piece.id)
            path = pack(school, ids, Path(root, "usb", "all.nook")).path
            result = open_backpack(home, path)
            assert sorted(result.added) == sorted(ids)
            expected = snapshot(school)
            got = snapshot(home)
            # Trash is this computer's business; a trashed piece arrives on the shelf.
            assert got == expected
            assert not open_backpack(home, path).changed_anything
            assert snapshot(home) == expected
        finally:
            school.close()
            home.close()


def test_a_zip_of_too_many_entries_is_refused_from_its_end_record_before_its_directory_is_read(tmp_path) -> None:
    import tracemalloc

    from tests.zip_helpers import many_entries_zip

    crowded = many_entries_zip(tmp_path / "crowded.nook", 150_000)  # zip64: more than 65,535
    assert len(zipfile.ZipFile(crowded).infolist()) == 150_000  # a real zip, zipfile agrees
    tracemalloc.start()
    try:
        with pytest.raises(backpack_file.BackpackRefused, match="too many files"):
            backpack_file.read(crowded)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024  # one ZipInfo per entry would be tens of megabytes
