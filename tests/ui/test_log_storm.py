"""A storm of Qt messages (QSoundEffect's endless ``QSocketNotifier: Invalid socket``
once wrote 829 MB of nook.log in 120 s and froze the app) leaves the log small and the
UI thread free: the app's own logging set-up, flooded with real Qt warnings."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QTimer, QtMsgType, qWarning

from nook.ui.app import LOG_MAX_BYTES, QtMessageLog, log_to_file, start_logging

STORM = "QSocketNotifier: Invalid socket 17 and type 'Read', disabling..."
FLOOD = 100_000
BURST = 2_000  # warnings per turn of the event loop, as an event dispatcher spins


def log_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("nook.log*")))


def test_a_storm_of_qt_warnings_leaves_the_log_small_and_the_ui_ticking(qapp, qtbot, tmp_path: Path) -> None:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    qt_log = start_logging(tmp_path)  # what the app does at start
    try:
        sent = [0]
        ticks_during_storm = [0]

        def burst() -> None:
            for _ in range(BURST):
                qWarning(STORM)
            sent[0] += BURST
            if sent[0] >= FLOOD:
                flood.stop()

        def tick() -> None:
            if 0 < sent[0] < FLOOD:
                ticks_during_storm[0] += 1

        flood = QTimer()
        flood.setInterval(0)
        flood.timeout.connect(burst)
        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        ticker.start()
        flood.start()
        qtbot.waitUntil(lambda: sent[0] >= FLOOD, timeout=120_000)
        ticker.stop()
    finally:
        qt_log.uninstall()  # gives pytest-qt its handler back, and logs the last count
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
    assert ticks_during_storm[0] > 0  # the UI thread's timers still fired during the storm
    files = list(tmp_path.glob("nook.log*"))
    assert files and sum(p.stat().st_size for p in files) < LOG_MAX_BYTES
    text = log_text(tmp_path)
    kept = text.count(f"qt.default WARNING {STORM}\n")
    dropped = sum(int(n) for n in re.findall(re.escape(STORM) + r" \(said (\d+) more times, not logged\)", text))
    assert kept > 0 and dropped > 0
    assert kept + dropped == FLOOD  # every warning is either in the log or counted there


def test_repeats_beyond_the_limit_are_counted_each_second(qapp, caplog) -> None:
    now = [100.0]
    qt_log = QtMessageLog(repeats_per_second=3, messages_per_second=10, clock=lambda: now[0])
    context = QMessageLogContext()
    with caplog.at_level(logging.INFO, logger="qt"):
        for _ in range(8):
            qt_log(QtMsgType.QtWarningMsg, context, "again")
        for number in range(12):
            qt_log(QtMsgType.QtInfoMsg, context, f"different {number}")
        now[0] = 101.2  # the next second: the counts are said, and logging starts afresh
        qt_log(QtMsgType.QtWarningMsg, context, "again")
    lines = [record.getMessage() for record in caplog.records]
    assert lines[:3] == ["again"] * 3  # three a second of the same message
    assert lines[3:10] == [f"different {n}" for n in range(7)]  # ten messages a second in all
    counted = lines[10:-1]
    assert sorted(counted) == sorted(
        ["again (said 5 more times, not logged)"]
        + [f"different {n} (said 1 more times, not logged)" for n in range(7, 12)]
    )
    assert lines[-1] == "again"  # a new second: logged again


def test_the_log_file_is_moved_aside_when_full_and_the_oldest_goes(tmp_path: Path) -> None:
    handler = log_to_file(tmp_path / "nook.log", max_bytes=1_000, backups=2)
    logger = logging.getLogger("nook.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(200):
            logger.warning("line %03d %s", number, "x" * 40)
    finally:
        logger.removeHandler(handler)
        logging.getLogger().removeHandler(handler)
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["nook.log", "nook.log.1", "nook.log.2"]  # no third copy: the oldest went
    for name in names:
        assert (tmp_path / name).stat().st_size < 1_000
    newest, older, oldest = (log_text_of(tmp_path / name) for name in names)
    assert newest[-1] == "199" and "000" not in oldest
    assert oldest[-1] < older[0] < older[-1] < newest[0]  # each file follows on from the next older


def log_text_of(path: Path) -> list[str]:
    return [line.split()[-2] for line in path.read_text(encoding="utf-8").splitlines()]
