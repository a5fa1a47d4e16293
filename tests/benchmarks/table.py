"""All the figures a person waits for, in one table (`bash packaging/nook.sh bench`).

Runs the benchmarks, each in processes of its own, and prints one table: what was
measured, the figure, its budget (DESIGN.md §6 and issue 13; a grown-up's wait has none:
the child action's 100 ms is its aim), and the figure as a ratio to a bare PySide6
window painted in the same run (on a real X screen, Xvfb), as DESIGN.md asks every time
to be quoted. Start-up is measured both on Xvfb and offscreen, each against its own bare
window. Nothing here asserts: figures, not tests.

    python tests/benchmarks/table.py            (needs xvfb-run, pactl and parec)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SCREEN = "1280x800x24"


def run(script: str, platform: str = "offscreen", *args: str) -> dict[str, float] | str:
    """One benchmark's figures (its last line, JSON), or why there are none."""
    command = [sys.executable, str(HERE / script), "--json", *args]
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    if platform == "xcb":
        if shutil.which("xvfb-run") is None:
            return "no xvfb-run"
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {SCREEN}", *command]
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    print(f"running {script} ({platform}) ...", file=sys.stderr, flush=True)
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    print(f"  ... {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = " | ".join(done.stderr.strip().splitlines()[-3:])
        return f"failed ({done.returncode}): {tail}"[:160]
    figures = json.loads(lines[-1])
    # The machine is shared: how busy it was while this ran (1-minute load, before-after).
    figures["load"] = f"{load_before:.1f}-{os.getloadavg()[0]:.1f}"
    return figures


def shown(value: float, unit: str) -> str:
    """A figure as printed: small ones keep a decimal ("1 ms" hides 0.6 or 1.4)."""
    if unit == "%":
        return f"{value:.2f} %"
    if value < 1:
        return f"{value:.3f} {unit}"
    return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"


def bundle_size() -> str:
    archives = sorted((ROOT / "dist").glob("writing-nook-*.tar.xz"))
    if not archives:
        return "not built (bash packaging/nook.sh bundle)"
    return f"{archives[-1].stat().st_size / 2**20:.0f} MB"


def main() -> int:
    xcb = run("bench_start.py", "xcb")
    offscreen = run("bench_start.py", "offscreen")
    read = run("bench_read_aloud.py")
    search = run("bench_shelf.py")
    export = run("bench_export.py")
    editor = run("bench_editor.py")
    store = run("bench_store.py")
    memory = run("bench_memory.py")
    taps = run("bench_second_tap.py", "xcb")
    opening = run("bench_open_piece.py", "xcb")
    render = run("bench_render.py")
    corner = run("bench_grownup.py", "xcb")

    bare = xcb["bare_ms"] if isinstance(xcb, dict) else None
    rows: list[tuple[str, str, str, str, str]] = []
    problems: list[str] = []

    def ratio(value: float, against: float | None) -> str:
        return f"{value / against:.2f}x" if against else "-"

    def add(source: dict[str, float] | str, key: str, what: str, budget: str, unit: str = "ms", against=None) -> None:
        if not isinstance(source, dict):
            problems.append(f"{what}: {source}")
            rows.append((what, "n/a", budget, "-", "-"))
            return
        value = float(source[key])
        figure = shown(value, unit)
        rows.append((what, figure, budget, ratio(value, against) if unit in ("ms", "MB") else "-", source["load"]))

    for name, start in (("Xvfb", xcb), ("offscreen", offscreen)):
        own_bare = start["bare_ms"] if isinstance(start, dict) else None
        add(start, "bare_ms", f"bare PySide6 window painted ({name})", "-", against=own_bare)
        add(start, "painted_ms", f"start -> shelf first painted ({name})", "-", against=own_bare)
        add(start, "ready_ms", f"start -> all visible covers drawn ({name})", "<= 2.2x bare", against=own_bare)
        add(start, "first_ready_ms", f"first start, no covers kept -> ready ({name})", "<= 2.2x bare", against=own_bare)
        add(start, "voice_ms", f"start -> voice started, after ready ({name})", "-", against=own_bare)
    add(xcb, "idle_cpu", "idle CPU, ready shelf (Xvfb)", "< 0.5 %", unit="%")
    add(read, "median_ms", "read aloud: tap -> first audible sample", "<= 250 ms", against=bare)
    add(read, "cold_ms", "read aloud: first tap after start", "<= 250 ms", against=bare)
    add(search, "first_screen_ms", "shelf of 10,000: first screen", "<= 150 ms", against=bare)
    add(search, "search_typed_ms", "search incl. typing delay (last key -> shown)", "<= 200 ms", against=bare)
    add(export, "pdf_ms", "PDF, 20-page book with photos (median)", "<= 2000 ms", against=bare)
    add(export, "png_ms", "PNG of 20 pages (median)", "-", against=bare)
    add(store, "empty_ms", "store a stroke, empty page (median of 50)", "<= 100 ms", against=bare)
    add(store, "busy_ms", "store a stroke, 2,000-stroke page (median of 50)", "same as empty", against=bare)
    add(editor, "fill_first_ms", "first fill, 2,000-stroke page (UI thread)", "<= 100 ms", against=bare)
    add(editor, "fill_first_lands_ms", "first fill, 2,000-stroke page: tap -> filled", "-", against=bare)
    add(editor, "fill_ready_worst_ms", "fill on a ready layer, 2,000 strokes (slowest)", "<= 100 ms", against=bare)
    add(editor, "slowest_frame_ms", "slowest drawing frame, 2,000-stroke page", "<= 16 ms", against=bare)
    add(editor, "busy_page_turn_ms", "turn to a 2,000-stroke page: longest UI-thread turn", "<= 100 ms", against=bare)
    add(render, "busy_turn_ms", "cover of a 2,000-stroke page: longest UI-thread turn", "<= 100 ms", against=bare)
    add(render, "photo_small_ms", "a photo cover drawn (2048x1536 JPEG)", "-", against=bare)
    add(opening, "open_ms", "tap a cover -> editor painted (median, Xvfb)", "<= 100 ms", against=bare)
    add(opening, "open_first_ms", "first piece opened after start (slowest kind)", "<= 100 ms", against=bare)
    add(opening, "back_ms", "back to the shelf -> shelf painted", "<= 100 ms", against=bare)
    # A grown-up's wait has no line in DESIGN.md §6: the child action's 100 ms is the aim.
    add(corner, "first_ms", "gate answered -> grown-up corner painted (first)", "aim 100 ms", against=bare)
    add(corner, "open_ms", "gate answered -> grown-up corner painted (median)", "aim 100 ms", against=bare)
    add(corner, "slowest_section_ms", "a corner section's first showing (slowest)", "aim 100 ms", against=bare)
    add(taps, "draw_looked", "double-tap filter: events through Python a drawing move", "-", unit="events")
    add(taps, "draw_on_ms", "a drawing move, UI thread CPU, double-tap filter on", "-")
    add(taps, "draw_off_ms", "a drawing move, UI thread CPU, double-tap filter off", "-")
    add(taps, "scroll_looked", "double-tap filter: events through Python a wheel step", "-", unit="events")
    bare_mb = memory["bare_mb"] if isinstance(memory, dict) else None
    add(memory, "bare_mb", "memory: bare window", "-", unit="MB", against=bare_mb)
    add(memory, "start_mb", "memory: app, shelf ready", "<= 120 MB", unit="MB", against=bare_mb)
    add(memory, "scrolled_mb", "memory: after scrolling the photo shelf", "<= 150 MB", unit="MB", against=bare_mb)
    rows.append(("bundle, compressed", bundle_size(), "<= 65 MB", "-", "-"))

    heading = ("what", "figure", "budget", "x bare", "load")
    widths = [max(len(row[i]) for row in [heading, *rows]) for i in range(len(heading))]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*heading))
    print(line.format(*("-" * w for w in widths)))
    for row in rows:
        print(line.format(*row))
    runs = xcb.get("runs") if isinstance(xcb, dict) else "?"
    print(f"cores: {os.cpu_count()}; start-up: medians of {runs} alternating runs, each its own process")
    print("x bare: the figure over the bare window's paint (start rows: its own platform's; others: Xvfb's)")
    print("load: the 1-minute load average before and after the benchmark that measured it")
    for problem in problems:
        print(f"not measured: {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
