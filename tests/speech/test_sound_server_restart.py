"""The sound server restarted under the running app (a grown-up's `pulseaudio -k`, a
driver, a headset): the app goes on, and the voice is heard again once it is back.

Found live: Qt keeps one connection to the server; when the server goes away Qt tries
once, three seconds later, to connect again, and if the server is not back then, never
again. The next sound Qt opened (a sticker's pop, Read to me) called libpulse with no
connection and libpulse aborted the app ("Assertion 'c' failed ... pa_context_get_state").
Each test runs a PulseAudio server of its own (its own socket and null sink), so the
server the other tests use is never restarted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.speech.test_heard_to_the_end import RATE, sound_ms

ROOT = Path(__file__).resolve().parents[2]
SINK = "restart_null"
SAY_MS = 800
RECORDING_MS = 1400  # tests/data/voice-440hz.m4a: 1.44 s of a 440 Hz tone
pytestmark = pytest.mark.slow


class OwnServer:
    """A PulseAudio server on a socket of its own, started and stopped by the test."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.env = {
            **os.environ,
            "PULSE_RUNTIME_PATH": str(folder),
            "PULSE_STATE_PATH": str(folder / "state"),
            "PULSE_SERVER": f"unix:{folder}/native",
        }
        self.env.pop("PULSE_SINK", None)

    def start(self) -> None:
        subprocess.run(
            [
                "pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "--disallow-exit", "--use-pid-file=yes",
                "--log-target=stderr", "--log-level=error", "-n",
                "--load=module-native-protocol-unix auth-anonymous=1",
                f"--load=module-null-sink sink_name={SINK}",
                # A microphone hearing what the sink plays (Qt lists no monitor as one).
                f"--load=module-remap-source master={SINK}.monitor source_name={SINK}_mic",
            ],
            env=self.env, capture_output=True, timeout=30, check=False,
        )  # fmt: skip
        self.wait(lambda answer: answer.returncode == 0, "the test's own sound server did not start")

    def stop(self) -> None:
        subprocess.run(["pulseaudio", "-k"], env=self.env, capture_output=True, timeout=30, check=False)
        self.wait(lambda answer: answer.returncode != 0, "the test's own sound server did not stop")

    def wait(self, done, failure: str) -> None:
        for _ in range(100):
            answer = subprocess.run(["pactl", "info"], env=self.env, capture_output=True, timeout=10, check=False)
            if done(answer):
                return
            time.sleep(0.1)  # polling another process's state: no event to wait on
        pytest.fail(failure)

    def record(self, into: Path) -> subprocess.Popen[bytes]:
        handle = into.open("wb")
        recorder = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--raw", "--format=s16le", "--channels=1", f"--rate={RATE}"],
            env=self.env, stdout=handle, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        handle.close()
        return recorder


class App:
    """tests/sound_restart_app.py, told what to play a line at a time."""

    def __init__(self, env: dict[str, str], folder: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "sound_restart_app.py"), str(folder)],
            cwd=ROOT, env={**env, "QT_QPA_PLATFORM": "offscreen"},
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.expect("ready")

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def expect(self, line: str) -> str:
        """The app's next line, which must start with `line`."""
        assert self.process.stdout is not None
        got = self.process.stdout.readline().strip()
        if not got.startswith(line):
            self.process.kill()
            _out, err = self.process.communicate(timeout=30)
            pytest.fail(f"expected {line!r}, got {got!r}; the app ended with {self.process.returncode}: {err[-2000:]}")
        return got

    def say(self) -> None:
        self.send("say")
        self.expect("said")

    def play_recording(self) -> None:
        self.send("recording")
        self.expect("played")


def heard_while(server: OwnServer, into: Path, act, ms: int) -> int:
    """How many ms of sound the server's null sink got while `act` played `ms` of it."""
    recorder = server.record(into)
    try:
        while into.stat().st_size < RATE * 2 // 5:  # 200 ms: parec has begun
            time.sleep(0.02)
        act()
        start = into.stat().st_size
        while into.stat().st_size < start + RATE * 2 * (ms + 1200) // 1000:  # and what the server held
            time.sleep(0.02)
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    return sound_ms(into.read_bytes())


@pytest.fixture
def own_server(tmp_path: Path):
    for tool in ("pulseaudio", "pactl", "parec"):
        if shutil.which(tool) is None:
            reason = f"{tool} is not installed: a sound server of the test's own cannot be run"
            print(reason)
            pytest.skip(reason)
    server = OwnServer(tmp_path / "pulse")
    server.start()
    yield server
    server.stop()


def test_sounds_while_the_server_is_away_do_not_end_the_app_and_the_voice_comes_back(
    own_server: OwnServer, tmp_path: Path
) -> None:
    app = App(own_server.env, tmp_path / "recording")
    try:
        app.send("pop")
        app.say()
        own_server.stop()
        # Taps while the server is away, and after Qt has given up on it.
        for _ in range(3):
            app.send("pop")
            app.say()
        app.send("recording")  # a child's recording, in show time
        app.expect("played")
        app.send("record")  # my voice: the child is told it does not work now
        print(app.expect("record failed"))
        own_server.start()
        app.send("pop")
        app.say()
        heard = heard_while(own_server, tmp_path / "said.raw", app.say, SAY_MS)
        print(f"after the sound server came back: {SAY_MS} ms said, {heard} ms heard")
        assert heard >= 0.9 * SAY_MS
        # A child's recording, played in show time after the server came back, is heard
        # too (it played in silence on its timer until the app was started again).
        heard = heard_while(own_server, tmp_path / "recording.raw", app.play_recording, RECORDING_MS)
        print(f"a recording after the sound server came back: {RECORDING_MS} ms of tone, {heard} ms heard")
        assert heard >= 0.9 * RECORDING_MS
        # My voice, recorded after the server came back (recording said the server had
        # gone until the app was started again): what the default microphone (here the
        # null sink's monitor) heard while the voice said something is in the recording.
        app.send("record")
        app.expect("recording")
        app.say()
        app.send("stop-record")
        _word, ms, loud = app.expect("recorded").split()
        print(f"my voice after the sound server came back: {ms} ms recorded, {loud} ms with sound in it")
        assert int(loud) >= 0.8 * SAY_MS
        app.send("quit")
        _out, err = app.process.communicate(timeout=30)
        assert app.process.returncode == 0, err
    finally:
        if app.process.poll() is None:
            app.process.kill()
        app.process.communicate(timeout=30)
