"""The growth page on a real library: figures, chart, newest words, first and latest."""

from __future__ import annotations

from nook.core.library import Library
from nook.i18n import translate
from nook.ui.grownup.growth_page import GrowthPage, month_label
from nook.ui.operations import Operations


def _piece(library: Library, writer_id: str, kind: str, words: str, created: str) -> str:
    piece = library.new_piece(writer_id, kind)
    library.update_page(library.pages(piece.id)[-1].id, words=words)
    library.db.execute("UPDATE pieces SET created = ? WHERE id = ?", [created, piece.id])
    return piece.id


def pieces(count: int) -> str:
    return translate("GrownUp", "%n piece(s)", None, count)


def words_written(count: int) -> str:
    return translate("GrownUp", "%n word(s) written", None, count)


def month(key: str, words: int, new: int) -> str:
    words_said, new_said = translate("GrownUp", "%n word(s)", None, words), translate("GrownUp", "%n new", None, new)
    return f"{month_label(key)}: {words_said}, {new_said}"


def test_growth_page_follows_the_chosen_writer(qtbot, nook_app, library: Library, writer) -> None:
    leo = library.add_writer("Leo", "robot")
    _piece(library, writer.id, "sign", "KEEP OUT", "2026-09-03T10:00:00+00:00")
    _piece(library, writer.id, "book", "my dog is big", "2026-11-01T10:00:00+00:00")
    _piece(library, leo.id, "list", "apples pears plums", "2026-10-01T10:00:00+00:00")
    ops = Operations(library)
    page = GrowthPage(library, ops)
    qtbot.addWidget(page)
    page.show()

    assert page.writer_choice.currentData() == writer.id
    assert page.figures.text().startswith(pieces(2)) and words_written(6) in page.figures.text()
    assert month("2026-09", 2, 2) in page.chart.accessibleDescription()
    assert month("2026-11", 4, 4) in page.chart.accessibleDescription()
    assert page.new_words.text().startswith("Newest words: big, is, dog, my")
    assert not page.first_cover.pixmap().isNull() and not page.latest_cover.pixmap().isNull()
    assert "KEEP OUT" in page.first_caption.text() and "my dog is big" in page.latest_caption.text()
    image = page.chart.grab().toImage()
    orange = [image.pixelColor(x, y).name() for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    assert "#f4a340" in orange and "#2f7de1" in orange  # both bars are really drawn

    page.writer_choice.setCurrentIndex(page.writer_choice.findData(leo.id))
    assert page.figures.text().startswith(pieces(1)) and words_written(3) in page.figures.text()

    _piece(library, leo.id, "book", "bananas", "2026-11-05T10:00:00+00:00")
    assert page.figures.text().startswith(pieces(2))  # refreshed by the library's announcement
    library.add_writer("Ana", "cat")
    assert page.writer_choice.count() == 3 and page.writer_choice.currentData() == leo.id
    ops.detach()


def test_growth_page_of_an_empty_library(qtbot, nook_app, library: Library) -> None:
    page = GrowthPage(library)
    qtbot.addWidget(page)
    assert page.figures.text() == "No writers yet."


def test_a_photo_on_a_cover_is_decoded_at_the_covers_size(qtbot, nook_app, library: Library, writer) -> None:
    """The first and latest pieces' covers are 240 px: a photo on them was decoded whole
    (2048 px, most of the page's first showing), now no larger than the cover."""
    import io

    from PIL import Image

    from nook.core import picture as pic

    out = io.BytesIO()
    Image.new("RGB", (2048, 1536), (30, 160, 60)).save(out, "JPEG", quality=90)
    digest = library.put_media(out.getvalue(), "image/jpeg", 2048, 1536)
    piece_id = _piece(library, writer.id, "book", "Our trip", "2026-10-01T10:00:00+00:00")
    cover = library.pages(piece_id)[0]
    library.update_page(cover.id, picture=pic.make_picture([pic.photo(digest, 800, 780, 1200, 700)]))
    page = GrowthPage(library, Operations(library))
    qtbot.addWidget(page)
    page.show()
    (kept,) = page.pictures.images._entries.values()
    assert max(kept.width(), kept.height()) <= 240
    image = page.first_cover.pixmap().toImage()
    assert any(
        image.pixelColor(x, y).green() > 140 > 60 > image.pixelColor(x, y).red()
        for x in range(0, 240, 8)
        for y in range(0, 180, 8)
    ), "the photo is on the cover"
