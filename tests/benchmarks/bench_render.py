"""Renderer benchmark: what painting a page costs, in time and in library reads.

Prints medians of alternating runs (no test asserts a time; this is where the figure is):
- a typical shelf cover (240 x 180; 30 brush strokes, a sticker, words), painted with the
  piece's style already resolved, and with the style resolved for that one cover (what
  the shelf does for each cover it draws);
- a bare page (paper and words only) at the same size, painted in the same run, as the
  yardstick the typical cover is quoted against;
- a photo cover (a 2048 x 1536 JPEG) with the photo decoded whole, and decoded at cover
  size as the shelf does (each run decodes afresh: a cover is drawn once);
- a busy cover (2,000 strokes) as the shelf draws it: whole, and a slice per turn of
  the event loop (the longest turn is what a tap or a scroll could wait);
- the library statements run while painting (0: the style is resolved once per piece)
  and while resolving a style.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_render.py [--json]
(`--json`: the figures also as one JSON line at the end, for tests/benchmarks/table.py)
"""

from __future__ import annotations

import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402

from nook.core import picture as pic  # noqa: E402
from nook.core.library import Library  # noqa: E402
from nook.render import PageStyle, Pictures, render_page  # noqa: E402
from nook.ui.app import create_application  # noqa: E402

RUNS = 15
COVER = QSize(240, 180)


def scribble(rng: random.Random) -> list[tuple[float, float]]:
    x, y = rng.uniform(100, 1500), rng.uniform(100, 700)
    points = []
    for _ in range(40):
        x, y = x + rng.uniform(-25, 25), y + rng.uniform(-25, 25)
        points.append((x, y))
    return points


def jpeg_photo() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.linear_gradient("L").resize((2048, 1536)).convert("RGB")
    ImageDraw.Draw(image).ellipse((400, 300, 1600, 1200), fill=(30, 120, 200))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    create_application()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder))
        writer = library.add_writer("Maya", "fox")
        book = library.new_piece(writer.id, "book")
        bare_id, typical_id = (p.id for p in library.pages(book.id))
        library.update_page(bare_id, words="My cat Tom")
        items = [pic.stroke("brush", "#e03131", 18, scribble(rng)) for _ in range(30)]
        library.update_page(
            typical_id,
            words="My cat likes the sun",
            picture=pic.make_picture([*items, pic.sticker("cat", 800, 400, 300)]),
        )
        piece = library.piece(book.id)
        bare, typical = library.page(bare_id), library.page(typical_id)
        assert piece is not None and bare is not None and typical is not None
        style = PageStyle.resolve(library, piece)
        pictures = Pictures(library.media)
        render_page(typical, piece, style, pictures, COVER)  # fonts, sticker, strokes decoded once

        statements: list[str] = []
        library.db.conn.set_trace_callback(statements.append)
        render_page(typical, piece, style, pictures, COVER)
        painting_reads = len(statements)
        statements.clear()
        PageStyle.resolve(library, piece)
        resolving_reads = len(statements)
        library.db.conn.set_trace_callback(None)

        bare_times, typical_times, resolved_times = [], [], []
        for _ in range(3):  # alternate, so a slow moment of the machine hits all three
            bare_times.append(median_ms(lambda: render_page(bare, piece, style, pictures, COVER)))
            typical_times.append(median_ms(lambda: render_page(typical, piece, style, pictures, COVER)))
            resolved_times.append(
                median_ms(lambda: render_page(typical, piece, PageStyle.resolve(library, piece), pictures, COVER))
            )
        # A photo cover: the photo decoded afresh each time (a cover is drawn once),
        # whole as before, and at cover size as the shelf now does.
        photo = library.put_media(jpeg_photo(), "image/jpeg", 2048, 1536)
        library.update_page(bare_id, picture=pic.make_picture([pic.photo(photo, 800, 500, 1200, 900)]))
        with_photo = library.page(bare_id)
        assert with_photo is not None
        longest = max(COVER.width(), COVER.height())
        whole_times, small_times = [], []
        for _ in range(3):
            whole_times.append(median_ms(lambda: render_page(with_photo, piece, style, Pictures(library.media), COVER)))
            small_times.append(
                median_ms(
                    lambda: render_page(with_photo, piece, style, Pictures(library.media, longest_side=longest), COVER)
                )
            )
        # A busy cover (2,000 strokes) on the shelf: drawn whole, and a slice per turn.
        from nook.core.shelf import shelf_rows
        from nook.ui.shelf.thumbnails import ThumbnailCache

        library.update_page(
            bare_id, picture=pic.make_picture([pic.stroke("brush", "#1d4ed8", 24, scribble(rng)) for _ in range(2000)])
        )
        row = next(r for r in shelf_rows(library, writer.id) if r.id == book.id)
        covers = ThumbnailCache(library, QSize(240, 300))
        covers.store.writable = False  # drawn whole below, then again in slices: never read back from covers/
        started = time.perf_counter()
        covers.draw(row)
        busy_whole_ms = (time.perf_counter() - started) * 1000
        covers.cover(row)
        turns = []
        while covers.pending():
            started = time.perf_counter()
            covers._work()
            turns.append((time.perf_counter() - started) * 1000)
        library.close()
    whole_ms, small_ms = statistics.median(whole_times), statistics.median(small_times)
    bare_ms, typical_ms, resolved_ms = (statistics.median(t) for t in (bare_times, typical_times, resolved_times))
    print(f"{'bare cover (paper and words), 240x180':<52} {bare_ms:7.2f} ms")
    print(f"{'typical cover (30 strokes, sticker, words)':<52} {typical_ms:7.2f} ms  {typical_ms / bare_ms:5.1f}x bare")
    print(f"{'typical cover, style resolved for it':<52} {resolved_ms:7.2f} ms  {resolved_ms / bare_ms:5.1f}x bare")
    print(
        f"{'photo cover (2048x1536 JPEG), photo decoded whole':<52} {whole_ms:7.2f} ms  {whole_ms / bare_ms:5.1f}x bare"
    )
    print(f"{'photo cover, photo decoded at cover size':<52} {small_ms:7.2f} ms  {small_ms / bare_ms:5.1f}x bare")
    print(f"{'busy cover (2,000 strokes), drawn whole':<52} {busy_whole_ms:7.1f} ms on the UI thread")
    print(
        f"{'busy cover, a slice per turn: longest turn':<52} {max(turns):7.1f} ms  ({len(turns)} turns, "
        f"{sum(turns):.0f} ms in all)   budget 100 ms"
    )
    print(f"{'library statements while painting a page':<52} {painting_reads:7d}")
    print(f"{'library statements resolving a piece style':<52} {resolving_reads:7d}")
    print(f"cores: {os.cpu_count()}")
    if "--json" in sys.argv:
        figures = {
            "bare_ms": bare_ms,
            "typical_ms": typical_ms,
            "photo_small_ms": small_ms,
            "busy_whole_ms": busy_whole_ms,
            "busy_turn_ms": max(turns),
        }
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
