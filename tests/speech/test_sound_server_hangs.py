"""A sound server that does not answer (a server that hangs, or one too busy to answer
for a while): the window goes on, whether or not the server went away before.

After a restart under the app, recording opens the microphone on a connection of its
own (`pulse_in`). It waited on the UI thread for that connection, up to 1 s: the whole
window stood still (DESIGN.md §6: no child action over 100 ms on the UI thread), and a
server that answered later than that was told to the child as gone. The test's own
PulseAudio server (never the one other tests use) is restarted, then stopped with
SIGSTOP while a child starts recording, and let go again.

Found later: with no restart before it, the app still used Qt's own sound (QAudioSink,
QMediaPlayer, QAudioSource), whose calls wait on the UI thread for the server's answer:
reading aloud, a recording in show time, and letting go of an idle sink each held the
whole window still for as long as the server hung (60 s, 22 s, 12 s measured).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from nook.speech.playback import STALL_MS
from tests.speech.test_sound_server_restart import (  # noqa: F401 - a fixture
    RECORDING_MS,
    SAY_MS,
    App,
    OwnServer,
    own_server,
)

pytestmark = pytest.mark.slow


# The longest the UI thread may go without a turn of its event loop while the server
# hangs. The aim is 100 ms (DESIGN.md §6), and 15-70 ms is what is measured; the bound
# leaves room for a busy machine (a 10 ms heartbeat sees the scheduler too: 741 ms once
# at load 17) and still tells a freeze apart (12-60 s before).
STALL_LIMIT_MS = 2000
QUIT_WITHIN_S = 5


def server_pid(server: OwnServer) -> int:
    return int((Path(server.env["PULSE_RUNTIME_PATH"]) / "pid").read_text().split()[0])


def stalled(app: App) -> int:
    """The UI thread's longest stall since the last time asked, in ms."""
    app.send("stalls")
    return int(app.expect("stalled").split()[1])


def lines_until(app: App, last: str) -> list[str]:
    """The app's lines up to and with the first that starts with `last`."""
    assert app.process.stdout is not None
    lines = [app.process.stdout.readline().strip()]
    while lines[-1] and not lines[-1].startswith(last):
        lines.append(app.process.stdout.readline().strip())
    assert lines[-1], f"the app ended before {last!r}: {lines}"
    return lines


class Hang:
    """The test's own server stopped (SIGSTOP) at `start`, answering again at `answer`."""

    def __init__(self, server: OwnServer) -> None:
        self.server = server
        self.frozen = 0

    def start(self) -> None:
        self.frozen = server_pid(self.server)
        os.kill(self.frozen, signal.SIGSTOP)

    def answer(self) -> None:
        if self.frozen:
            os.kill(self.frozen, signal.SIGCONT)
            self.frozen = 0


@contextmanager
def app_on(server: OwnServer, folder: Path) -> Iterator[tuple[App, Hang]]:
    """The app on the test's own server; at the end the server answers again and the app
    is gone (killed if it is still there)."""
    app = App(server.env, folder)
    hang = Hang(server)
    try:
        yield app, hang
    finally:
        hang.answer()
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=30)


def quits(app: App, within_s: float) -> None:
    app.send("quit")
    _out, err = app.process.communicate(timeout=within_s)
    assert app.process.returncode == 0, err


def test_a_server_that_hangs_with_no_restart_before_never_holds_the_window(
    own_server: OwnServer,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    with app_on(own_server, tmp_path / "recording") as (app, hang):
        app.say()  # sound has been played (a sink of Qt's was left open, idle)
        hang.start()
        stalled(app)
        stalls: dict[str, int] = {}
        app.send("after 3500")  # the idle sink is let go
        app.expect("after")
        stalls["idle"] = stalled(app)
        app.say()  # read to me: the words still light up, on the clock
        stalls["read aloud"] = stalled(app)
        # My voice in show time: a player whose sound does not move gives up on it as the
        # voice does, and the page turns on the recording's own length (not its grace after).
        app.send("recording")
        app.send(f"after {RECORDING_MS + STALL_MS + 1000}")
        assert [app.expect("").split()[0] for _ in range(2)] == ["played", "after"]
        stalls["a recording"] = stalled(app)
        app.send("record")  # my voice: told it does not work now, or waiting for the server
        app.send("after 1500")  # (the harness waits 1 s for the microphone to open)
        print(lines_until(app, "after"))
        app.send("stop-record")
        app.send("ping")
        print(lines_until(app, "pong"))
        stalls["record"] = stalled(app)
        print(f"the UI thread's longest stalls while the server hung: {stalls}")
        assert max(stalls.values()) < STALL_LIMIT_MS
        quits(app, QUIT_WITHIN_S)  # while the server still hangs


@contextmanager
def hung_after_a_restart(server: OwnServer, folder: Path) -> Iterator[tuple[App, Callable[[], None]]]:
    """The app, its voice moved to connections of its own by a restart of the server, and
    the server stopped (SIGSTOP): it does not answer until `answer()` (or the end)."""
    with app_on(server, folder) as (app, hang):
        app.say()  # Qt's sound is used, and the app watches the server
        server.stop()
        server.start()
        app.say()  # the voice is on connections of its own now
        hang.start()
        yield app, hang.answer
        quits(app, 30)


def test_quitting_mid_recording_while_the_server_hangs_keeps_the_recording(
    own_server: OwnServer,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    with app_on(own_server, tmp_path / "recording") as (app, hang):
        app.send("record")
        app.expect("recording")
        app.say()  # the test server's microphone hears what its sink plays
        hang.start()
        stalled(app)
        app.send("finish")  # the app quits: the recording is finished first
        app.expect("recorded")  # (the recorder's own news of it, as ever)
        _word, ms, loud = app.expect("kept").split()
        finishing = stalled(app)
        print(f"kept {ms} ms ({loud} ms with sound); the UI thread's longest stall: {finishing} ms")
        assert int(loud) >= 0.8 * SAY_MS
        assert finishing < STALL_LIMIT_MS
        quits(app, QUIT_WITHIN_S)


def test_recording_waits_for_a_server_that_does_not_answer_off_the_ui_thread(
    own_server: OwnServer,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    with hung_after_a_restart(own_server, tmp_path / "recording") as (app, answer):
        app.send("stalls")
        app.expect("stalled")
        app.send("record")
        app.send("ping")
        # The window goes on while the microphone's connection waits for the server:
        # before, the UI thread waited up to 1 s and then said the server was not back.
        app.expect("pong")
        app.send("stalls")
        stalled = int(app.expect("stalled").split()[1])
        print(f"the UI thread's longest stall while the server did not answer: {stalled} ms")
        answer()
        app.expect("recording")  # the microphone opened once the server answered
        app.say()
        app.send("stop-record")
        _word, ms, loud = app.expect("recorded").split()
        print(f"recorded {ms} ms, {loud} ms with sound in it")
        assert int(loud) >= 0.8 * SAY_MS


def test_a_child_is_told_when_the_microphone_does_not_open_while_the_server_does_not_answer(
    own_server: OwnServer,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    # The recorder waits this long for the microphone (the harness shortens it to 1 s):
    # the child saw the stop button and 0:00 for as long as the server hung.
    with hung_after_a_restart(own_server, tmp_path / "recording") as (app, answer):
        app.send("record")
        app.send("after 4000")
        # Told within the wait (before: after libpulse's own 30 s, the stop button and 0:00 till then).
        print(app.expect("record failed"))  # while the server still does not answer
        app.expect("after")
        answer()
        app.send("record")  # and once it answers, recording works again
        app.expect("recording")
        app.send("stop-record")
        app.expect("recorded")
