"""Photo checks through Pillow, and the fill mask helpers."""

from __future__ import annotations

import contextlib
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from nook.core import images
from tests.picture_files import black_png, grey_jpeg


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def test_a_small_photo_keeps_its_size_and_becomes_jpeg():
    photo = images.prepare_photo(encoded(Image.new("RGB", (300, 200), "#123456"), "PNG"))
    assert (photo.width, photo.height, photo.mime) == (300, 200, "image/jpeg")


def test_a_transparent_picture_stays_png_with_its_transparency():
    image = Image.new("RGBA", (100, 100), (255, 0, 0, 0))
    photo = images.prepare_photo(encoded(image, "PNG"))
    assert photo.mime == "image/png"
    assert Image.open(io.BytesIO(photo.data)).getpixel((5, 5))[3] == 0


def test_a_big_photo_is_shrunk_to_2048():
    photo = images.prepare_photo(encoded(Image.new("RGB", (5000, 2500), "#00ff00"), "JPEG"))
    assert max(photo.width, photo.height) == 2048


def test_exif_rotation_is_applied():
    exif = Image.Exif()
    exif[0x0112] = 8
    photo = images.prepare_photo(encoded(Image.new("RGB", (400, 100)), "JPEG", exif=exif))
    assert (photo.width, photo.height) == (100, 400)


@pytest.mark.parametrize(("width", "height"), [(12000, 9000), (16320, 12240)])
def test_a_phones_108_or_200_megapixel_photo_is_taken(width: int, height: int) -> None:
    """Budget phones take 108 MP photos, some 200 MP: a parent's was refused as too big,
    though a baseline JPEG is decoded at an eighth of its size if need be, in little memory."""
    photo = images.prepare_photo(grey_jpeg(width, height))
    assert max(photo.width, photo.height) == 2048
    assert Image.open(io.BytesIO(photo.data)).convert("L").getpixel((100, 100)) == pytest.approx(128, abs=3)


def test_a_panorama_is_decoded_at_an_eighth() -> None:
    """A phone's 30000 x 2000 panorama was decoded whole (60 MP, 180 MB): the box asked of
    the JPEG decoder was 2048 x 2048, and its short side is under twice that."""
    with Image.open(io.BytesIO(grey_jpeg(30000, 2000))) as panorama:
        panorama.draft("RGB", images._draft_box(30000, 2000, images.MAX_SIDE))
        assert panorama.size == (3750, 250)
    photo = images.prepare_photo(grey_jpeg(30000, 2000))
    assert (photo.width, photo.height) == (2048, 137)


def test_a_progressive_jpeg_keeps_the_usual_limit() -> None:
    """A progressive JPEG keeps every coefficient of the whole picture while it decodes, so
    a huge one is refused from its header as before (its size patched into a small one)."""
    small = encoded(Image.new("RGB", (64, 48), "#808080"), "JPEG", progressive=True)
    frame = small.index(b"\xff\xc2") + 5  # SOF2: length, precision, then height and width
    huge = small[:frame] + (9000).to_bytes(2, "big") + (12000).to_bytes(2, "big") + small[frame + 4 :]
    with pytest.raises(images.PhotoRefused) as refused:
        images.prepare_photo(huge)
    assert refused.value.reason == "too_big"


@pytest.mark.parametrize(("mode", "fmt"), [("I;16", "PNG"), ("I;16", "TIFF"), ("I", "TIFF")])
def test_a_16_bit_grey_scan_keeps_its_greys(mode: str, fmt: str) -> None:
    """A scanner's 16-bit grey picture (0-65535) came out white: Pillow clips its values
    at 255 when it turns them into colours. Dark stays dark, mid-grey stays mid-grey."""
    scan = Image.new("I", (64, 32), 30000)  # 46 % grey
    scan.paste(4000, (0, 0, 32, 32))  # a dark pencil line: 6 %
    scan = scan.convert(mode)
    photo = images.prepare_photo(encoded(scan, fmt))
    shown = Image.open(io.BytesIO(photo.data)).convert("L")
    assert abs(shown.getpixel((8, 16)) - 4000 // 257) <= 3
    assert abs(shown.getpixel((56, 16)) - 30000 // 257) <= 3


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: b"", "not_a_picture"),
        (lambda: b"hello, this is text", "not_a_picture"),
        (lambda: b"%PDF-1.4 not a picture", "not_a_picture"),
        (lambda: encoded(Image.new("RGB", (64, 64)), "PNG")[:60], "damaged"),
        (lambda: black_png(9000, 9000), "too_big"),
        (lambda: black_png(20000, 20000), "too_big"),
    ],
    # Made when the test runs, not when it is collected (by every worker, for every run).
    ids=["empty", "text", "pdf", "cut_short", "81_megapixels", "400_megapixels"],
)
def test_bad_files_are_refused(make, reason):
    with pytest.raises(images.PhotoRefused) as refused:
        images.prepare_photo(make())
    assert refused.value.reason == reason
    assert reason in images.REASONS


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash(data):
    with contextlib.suppress(images.PhotoRefused):
        images.prepare_photo(data)


@given(st.binary(min_size=8, max_size=400))
@settings(max_examples=40, deadline=None)
def test_a_damaged_real_png_is_refused_or_clean(tail):
    good = encoded(Image.new("RGB", (32, 32), "#ff00ff"), "PNG")
    try:
        photo = images.prepare_photo(good[:40] + tail)
    except images.PhotoRefused:
        return
    assert photo.width > 0


def test_similar_colour_mask_and_mask_png():
    width, height = 10, 4
    pixels = bytearray(b"\xff\xff\xff\xff" * (width * height))
    for y in range(height):
        pixels[(y * width + 5) * 4 : (y * width + 5) * 4 + 4] = b"\x00\x00\x00\xff"
    mask = images.similar_colour_mask(bytes(pixels), width, height, 1, 1)
    assert mask[5] == 0 and mask[0] == 1 and mask[9] == 1
    png, box = images.mask_png(bytes(mask), width, height, (0, 0, 5, 4), grow=1)
    assert box == (-1, -1, 7, 6)
    assert Image.open(io.BytesIO(png)).size == (7, 6)
