"""Start-up as a person sees it: `--smoke` quits only once the shelf has been painted with
its visible covers drawn, and the voice starts after that, never before the first paint."""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from nook.core import picture as pic
from nook.core.library import LIBRARY_FILE, Library
from nook.first_screen import pause_collector, start_up
from nook.speech import ForwardingVoice
from nook.ui.main_window import MainWindow
from tests.core.test_opening import HOLD_LOCK

ROOT = Path(__file__).resolve().parents[2]


class PaintLog(QObject):
    """What the shelf's cover area was painted with, paint by paint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.paints = 0
        self.voice_ready_at_first_paint: bool | None = None
        window.shelf_screen.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint:
            if self.paints == 0:
                self.voice_ready_at_first_paint = self.window.voice.is_ready()
            self.paints += 1
        return False


def shelf_of(library: Library, writer_id: str, pieces: int) -> None:
    for n in range(pieces):
        piece = library.new_piece(writer_id, "book")
        page = library.pages(piece.id)[0]
        stroke = pic.stroke("brush", "#e03131", 18, [(100 + n * 10, 200), (400, 300 + n * 5)])
        library.update_page(page.id, words=f"piece {n}", picture=pic.make_picture([stroke]))
    library.set_state("last_writer", writer_id)


def start(window: MainWindow, speech: bool) -> tuple[int, object]:
    # A loop of its own stands for the app's (quitting the test run's application
    # would leave it closing for the tests after this one).
    loop = QEventLoop()
    args = argparse.Namespace(smoke=True, no_speech=not speech, backpack=None)
    watch = start_up(loop.exit, window, window.voice, args)
    # Only a guard against a hang: the smoke start quits by itself long before.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: loop.exit(99))
    guard.start(30_000)
    try:
        return loop.exec(), watch
    finally:
        guard.stop()


def test_smoke_start_quits_only_after_the_shelf_is_painted_with_its_covers(
    qtbot, nook_app, library: Library, writer
) -> None:
    shelf_of(library, writer.id, 12)
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    paints = PaintLog(window)
    window.showMaximized()
    status, watch = start(window, speech=False)
    assert status == 0
    assert paints.paints >= 1, "quit before the shelf was ever painted"
    shelf = window.shelf_screen
    visible = shelf.visible_piece_ids()
    assert len(visible) >= 1
    # Every cover in sight was drawn from its page, not left a placeholder.
    rows = [shelf.model.shelf_row(n) for n in range(shelf.model.loaded())]
    assert all(shelf.thumbnails.cover(row) is not None for row in rows if row is not None and row.id in visible)
    assert shelf.thumbnails.drawn >= len(visible)
    assert watch.is_painted and watch.is_ready


def test_the_voice_starts_after_the_first_paint(qtbot, nook_app, library: Library, writer) -> None:
    shelf_of(library, writer.id, 3)
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    paints = PaintLog(window)
    window.showMaximized()
    status, _watch = start(window, speech=True)
    assert status == 0
    assert paints.voice_ready_at_first_paint is False  # the engine came after the paint
    assert window.voice.is_ready()  # and before the smoke start quit
    window.voice.shutdown()


def test_double_taps_are_looked_at_from_the_first_paint(qtbot, nook_app, library: Library, writer) -> None:
    shelf_of(library, writer.id, 3)
    window = MainWindow(library, ForwardingVoice(), second_taps_now=False)  # as the app builds it
    qtbot.addWidget(window)
    listening_at_first_paint: list[bool] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
            if event.type() == QEvent.Type.Paint and not listening_at_first_paint:
                listening_at_first_paint.append(window.second_taps.listening)
            return False

    first_paint = FirstPaint()
    window.shelf_screen.view.viewport().installEventFilter(first_paint)
    window.showMaximized()
    status, _watch = start(window, speech=False)
    assert status == 0
    # Nothing to tap before the first paint: the app-wide filter (every event of the start
    # through Python) came after it, and is on once the shelf is ready.
    assert listening_at_first_paint == [False]
    assert window.second_taps.listening


def test_the_editor_is_made_ready_after_the_first_paint_a_step_a_turn(
    qtbot, nook_app, library: Library, writer
) -> None:
    from nook.ui.editor.warm import EditorWarmUp

    shelf_of(library, writer.id, 3)
    window = MainWindow(library, ForwardingVoice(), second_taps_now=False)  # as the app builds it
    qtbot.addWidget(window)
    warming_at_first_paint: list[bool] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
            if event.type() == QEvent.Type.Paint and not warming_at_first_paint:
                warming_at_first_paint.append(bool(window.findChildren(EditorWarmUp)))
            return False

    first_paint = FirstPaint()
    window.shelf_screen.view.viewport().installEventFilter(first_paint)
    window.showMaximized()
    status, _watch = start(window, speech=False)
    assert status == 0
    assert warming_at_first_paint == [False]  # nothing of the editor before the first paint
    (warm,) = window.findChildren(EditorWarmUp)  # and it began once the shelf was ready
    # A tap meanwhile is answered between two steps: something posted now runs before the last.
    answered: list[bool] = []
    QTimer.singleShot(0, lambda: answered.append(warm.finished))
    qtbot.waitUntil(lambda: warm.finished, timeout=10_000)
    assert answered == [False]
    # The first piece opened then is the editor as always.
    window.shelf_screen.piece_opened.emit(library.pieces(writer.id)[0].id)
    assert window.piece_screen is not None and window.piece_screen.isVisible()


def test_the_cycle_collector_waits_for_the_first_screen_and_the_start_is_set_aside(
    qtbot, nook_app, library: Library, writer
) -> None:
    shelf_of(library, writer.id, 3)
    window = MainWindow(library, ForwardingVoice(), second_taps_now=False)  # as the app builds it
    qtbot.addWidget(window)
    collecting_at_first_paint: list[bool] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
            if event.type() == QEvent.Type.Paint and not collecting_at_first_paint:
                collecting_at_first_paint.append(gc.isenabled())
            return False

    first_paint = FirstPaint()
    window.shelf_screen.view.viewport().installEventFilter(first_paint)
    frozen_before = gc.get_freeze_count()
    pause_collector()
    try:
        window.showMaximized()
        status, _watch = start(window, speech=False)
        assert status == 0
        assert collecting_at_first_paint == [False]  # no collection while the window was built
        assert gc.isenabled()  # and collecting again once it was ready,
        assert gc.get_freeze_count() > frozen_before  # with what the start made set aside
        # What the editor's warm-up then makes lives as long as the app too: set aside once
        # it is done, so the collector's first full walk (likely in the child's first tap
        # on a cover) does not walk it (bench_open_piece saw one take 22 ms of a first open).
        from nook.ui.editor.warm import EditorWarmUp

        (warm,) = window.findChildren(EditorWarmUp)
        frozen_at_ready = gc.get_freeze_count()
        qtbot.waitUntil(lambda: warm.finished, timeout=10_000)
        assert gc.get_freeze_count() > frozen_at_ready
    finally:
        gc.unfreeze()  # (this test run's objects go back to being collected)
        gc.enable()


def test_a_start_that_ends_before_its_window_leaves_the_collector_on(tmp_path: Path) -> None:
    # Another program holds the library: the smoke start gives up (3) before any window.
    Library.open(tmp_path).close()
    code = (
        "import gc, os, sys\n"
        "os.environ['NOOK_BUSY_WAIT_SECONDS'] = '0.2'\n"
        "from nook.__main__ import main\n"
        "status = main(['--smoke', '--no-speech', '--data-dir', sys.argv[1]])\n"
        "print(status, gc.isenabled())\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path / LIBRARY_FILE)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"locked"
        found = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
        assert holder.stdin is not None
        holder.stdin.close()
    assert found.stdout.split() == ["3", "True"], found.stdout + found.stderr


def test_smoke_start_on_the_writers_screen_quits_once_it_is_painted(qtbot, nook_app, library: Library) -> None:
    window = MainWindow(library, ForwardingVoice())  # no writer yet: "Who is writing?"
    qtbot.addWidget(window)
    window.showMaximized()
    assert window.screens.currentWidget() is window.writers_screen
    status, watch = start(window, speech=False)
    assert status == 0 and watch.is_painted and watch.is_ready


class NativeWindows(QObject):
    """Counts the native windows made while it listens (each one's id is announced)."""

    def __init__(self) -> None:
        super().__init__()
        self.made: list[str] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.WinIdChange and isinstance(watched, QWidget) and watched.internalWinId():
            self.made.append(watched.objectName() or type(watched).__name__)
        return False

    def stop(self) -> list[str]:
        QApplication.instance().removeEventFilter(self)
        return self.made


def test_building_the_window_makes_no_native_window_but_its_own(qtbot, nook_app, library: Library, writer) -> None:
    shelf_of(library, writer.id, 3)
    windows = NativeWindows()
    window = MainWindow(library, ForwardingVoice())
    qtbot.addWidget(window)
    assert len(window.shelf_screen.ideas_panel.cards) >= 20
    window.showMaximized()
    qtbot.waitExposed(window)
    assert windows.stop() == ["mainWindow"]  # idea cards and hidden screens make none


def test_the_window_starts_without_importing_the_editor_or_exports() -> None:
    # What the first paint does not need is imported when first used: the editor when a
    # piece is opened, the exports when one is made.
    code = (
        "import sys\n"
        "import nook.__main__, nook.ui.main_window, nook.ui.app, nook.speech\n"
        "print(sorted(m for m in sys.modules if m.startswith(('nook.ui.editor.piece_screen', 'nook.export'))))\n"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert found.stdout.strip() == "[]", found.stdout


# Imported by a start before its first screen is ready, or not: what the shelf does not
# need waits (sqlite-utils for the library's writes: ~60 ms of every start; QtNetwork for
# a later start asking this one to come forward; the idea cards and "Who is writing?"
# until they are shown; backups until one is due; the editor until a piece is opened,
# the exports until one is made; logging.handlers and uuid: sockets, pickling and
# `platform` behind them; the socket module: the stop signals wake Qt through a pipe;
# html: a tool tip's text is escaped without it; the word wall's banks, the idea cards'
# texts and the stickers' names until a part that shows them is used; the safety notes
# and the mishap list until there is something to note; the shelf's drawing thread, for
# a shelf whose first covers are drawn before its first paint; the grown-ups' gate until
# a grown-up knocks).
NOT_BEFORE_READY = (
    "sqlite_utils",
    "nook.core.language_data",
    "nook.core.ideas",
    "nook.core.idea_repository",
    "nook.core.word_wall",
    "nook.core.repositories",
    "nook.core.safety",
    "nook.core.mishaps",
    "nook.ui.shelf.cover_worker",
    "nook.ui.grownup.gate",
    "PySide6.QtNetwork",
    "nook.ui.shelf.idea_cards",
    "nook.ui.writers.screen",
    "nook.core.backups",
    "nook.ui.editor",
    "nook.export",
    "logging.handlers",
    "uuid",
    "socket",
    "html",
)

# Qt classes the shelf does not show: PySide builds a class, with all its enums, when it
# is first named (~0.5-1.5 ms each), so they are named only where they are used. QStyle
# (~600 enum members) is named only to fit a caption, which the shelf has none of;
# QGradient (~170) was built by PySide choosing among fillRect's and QBrush's overloads
# as the covers were drawn (nook.render.looks.fill).
QT_NOT_BEFORE_READY = ("QMessageBox", "QTextEdit", "QComboBox", "QAbstractSpinBox", "QStyle")
QT_GUI_NOT_BEFORE_READY = ("QGradient",)


def test_a_start_imports_only_what_its_first_screen_needs(tmp_path: Path) -> None:
    library = Library.open(tmp_path)
    writer = library.add_writer("Maya", "fox")
    shelf_of(library, writer.id, 3)
    library.close()
    code = (
        "import sys\n"
        "import nook.ui.ready as ready\n"
        "early = []\n"
        "mark = ready.note_mark\n"
        "def note(name):\n"
        "    if name == 'ready':\n"
        f"        early.extend(m for m in sys.modules if m.startswith({NOT_BEFORE_READY!r}))\n"
        "        import PySide6.QtGui as gui, PySide6.QtWidgets as widgets\n"
        f"        early.extend(c for c in {QT_NOT_BEFORE_READY!r} if c in vars(widgets))\n"
        f"        early.extend(c for c in {QT_GUI_NOT_BEFORE_READY!r} if c in vars(gui))\n"
        "    mark(name)\n"
        "ready.note_mark = note\n"
        "from nook.__main__ import main\n"
        "status = main(['--smoke', '--no-speech', '--data-dir', sys.argv[1]])\n"
        "print(sorted(set(early)))\n"
        "sys.exit(status)\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip().splitlines()[-1] == "[]", found.stdout


def test_the_apps_modules_are_imported_without_reading_their_source() -> None:
    # PySide's __feature__ import hook read the whole source of every module imported
    # after it (~10 ms of a start); the app uses no __feature__ and takes the hook off.
    code = (
        "import linecache, sys\n"
        "import nook.ui\n"
        "import nook.ui.main_window, nook.ui.app\n"
        "from PySide6.QtGui import QFont\n"  # Qt's classes still load when first named
        "assert QFont is not None\n"
        "print(sorted(name for name in linecache.cache if '/nook/' in name))\n"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert found.stdout.strip() == "[]", found.stdout
