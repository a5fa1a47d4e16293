"""PNG of each page, and printing (to Qt's PDF printer, the same path a real printer takes)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from export_helpers import A4_LANDSCAPE, LETTER_LANDSCAPE, page_sizes, text_of
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from nook.core.library import Library
from nook.export.images import export_pngs, file_stem, page_image
from nook.export.printing import ask_and_print, print_piece
from nook.export.talking_book import Cancelled, Job


def test_each_page_becomes_a_png_named_after_the_piece(library: Library, book, tmp_path) -> None:
    paths = export_pngs(library, book.id, tmp_path / "pictures")
    assert [p.name for p in paths] == [f"My-cat-Tom-0{n}.png" for n in range(1, 5)]
    assert sorted(p.name for p in (tmp_path / "pictures").iterdir()) == [p.name for p in paths]  # no temp files
    cover = Image.open(paths[0]).convert("RGB")
    assert cover.size == (1600, 1200)
    colours = {c for _, c in cover.getcolors(1600 * 1200)}
    assert any(abs(r - 10) < 10 and abs(g - 90) < 10 and abs(b - 200) < 10 for r, g, b in colours)  # its photo


def test_file_stems_are_safe() -> None:
    assert file_stem("My cat Tom!", "book") == "My-cat-Tom"
    assert file_stem("../../etc/passwd", "book") == "etc-passwd"
    assert file_stem("   ", "sign") == "sign"
    assert file_stem("mañana", "book") == "mañana"


def test_printing_draws_the_same_sheets_as_the_pdf(library: Library, book, tmp_path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_piece(library, book.id, printer) == 4
    assert page_sizes(tmp_path / "printed.pdf")[0] in (LETTER_LANDSCAPE, A4_LANDSCAPE)
    assert "Tom sleps on my bed" in text_of(tmp_path / "printed.pdf")


def test_cancelling_the_print_dialog_prints_nothing(library: Library, book, tmp_path, qtbot) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "never.pdf"))

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog) and dialog.objectName() == "printDialog"
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert ask_and_print(library, book.id, printer=printer) is False
    assert not (tmp_path / "never.pdf").exists()


def test_pngs_say_each_page_done_and_are_exactly_the_pages_drawn(library: Library, book, tmp_path) -> None:
    heard: list[tuple[int, int]] = []
    paths = export_pngs(library, book.id, tmp_path / "pictures", job=Job(progress=lambda d, t: heard.append((d, t))))
    assert heard == [(1, 4), (2, 4), (3, 4), (4, 4)]  # the grown-up's bar fills page by page
    for path, page in zip(paths, library.pages(book.id), strict=True):
        drawn = page_image(library, page.id)  # drawn here, on its own: the same pixels
        written = QImage(str(path)).convertToFormat(drawn.format())
        if written != drawn and not only_letter_edges(written, drawn):
            pytest.fail(f"{path.name}: {differences(written, drawn)}; {circumstances(library, page, written, drawn)}")


# Letters' anti-aliased edges may come out a shade apart between two drawings of one page
# (seen once in about fifteen whole runs: 2,103 pixels of the cover's title, none more than
# 10 % apart, the picture and everything else the same). A wrong page, a missing picture or
# word, or another size is far more than this.
EDGE_SHADE = 26  # of 255, in any channel
EDGE_SHARE = 0.01  # of the pixels


def only_letter_edges(a: QImage, b: QImage) -> bool:
    """True when two drawings of a page differ only by a shade, in a few pixels."""
    from PIL import ImageChops

    def pillow(image: QImage) -> Image.Image:
        rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
        raw = bytes(rgba.constBits())
        return Image.frombuffer("RGBA", (rgba.width(), rgba.height()), raw, "raw", "RGBA", rgba.bytesPerLine(), 1)

    if a.size() != b.size():
        return False
    apart = ImageChops.difference(pillow(a), pillow(b))
    if max(high for _low, high in apart.getextrema()) > EDGE_SHADE:
        return False
    differing = sum(apart.convert("L").point(lambda v: 255 if v else 0).histogram()[255:])
    return differing <= EDGE_SHARE * a.width() * a.height()


def circumstances(library: Library, page, written: QImage, drawn: QImage) -> str:
    """What the next reader needs to tell the suspects apart: the page drawn a second time
    (drawing that is not repeatable), drawn in its words' language as the export draws it
    (the screen's language differing from the page's), and the state both depend on."""
    from PySide6.QtCore import QLocale

    from nook.export.selection import page_words_language
    from nook.i18n import current_language, installed, phrases_in, translate
    from nook.render.fonts import family_for

    again = page_image(library, page.id) == drawn
    language = page_words_language(library, page.piece_id, page.extras)
    with phrases_in(language):
        as_exported = page_image(library, page.id) == written
        by_line = translate("Book", "by {name}")
    return (
        f"drawn again: {'the same' if again else 'different'}; drawn in the page's language ({language}) as the"
        f" export does: {'the same as written' if as_exported else 'not as written'}; colour spaces"
        f" {'equal' if written.colorSpace() == drawn.colorSpace() else 'differ'}; language asked/installed"
        f" {current_language()}/{installed()}, locale {QLocale().name()}, by-line {by_line!r},"
        f" font {family_for('andika')!r}"
    )


def differences(a: QImage, b: QImage) -> str:
    """Where two pictures of one size differ (seen once in a whole run, never alone: the
    next reader needs to know where)."""
    a.save(str(Path(tempfile.gettempdir()) / "nook-png-written.png"))
    b.save(str(Path(tempfile.gettempdir()) / "nook-png-drawn.png"))
    xs, ys = [], []
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            if a.pixel(x, y) != b.pixel(x, y):
                xs.append(x)
                ys.append(y)
    if not xs:
        return "no pixel differs on every other row and column"
    where = f"x {min(xs)}-{max(xs)}, y {min(ys)}-{max(ys)}"
    return f"{len(xs)} of every 4th pixel differ, in {where} (both saved in {tempfile.gettempdir()})"


def test_stopping_the_pngs_keeps_the_pages_written_and_leaves_no_part_files(library: Library, book, tmp_path) -> None:
    heard: list[int] = []
    job = Job(progress=lambda done, _total: heard.append(done), cancelled=lambda: len(heard) >= 1)
    with pytest.raises(Cancelled):
        export_pngs(library, book.id, tmp_path / "pictures", job=job)
    assert heard == [1]
    names = sorted(p.name for p in (tmp_path / "pictures").iterdir())
    assert names[0] == "My-cat-Tom-01.png" and len(names) < 4  # the last page was never drawn
    assert all(name.endswith(".png") for name in names)  # whole pictures only, no .part files
    for name in names:
        with Image.open(tmp_path / "pictures" / name) as picture:
            assert picture.size == (1600, 1200)
