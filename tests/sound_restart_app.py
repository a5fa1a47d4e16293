"""The app's sound paths in a process of their own, for tests/speech/test_sound_server_restart.py.

Run as `python tests/sound_restart_app.py`: it reads commands a line at a time from
standard input, as a child taps: `pop` (a sticker's pop, through the editor's sound
box), `say` (800 ms of a tone through the word player, the path the voice reads
aloud through; prints `said` when its last word is lit), `recording` (a child's
recording played as show time plays it; prints `played` when it is over), `record`
(my voice from the default microphone; prints `recording`, or `record failed` and
why), `stop-record` (prints `recorded <ms> <ms with sound in it>`), `finish` (the recording
finished at once, as when the app quits; prints `kept <ms> <ms with sound in it>` or
`kept nothing`), `after <ms>`
(prints `after` that much later), `ping` (prints
`pong` when the event loop gets to it: a test tells from the order of the lines whether
the UI thread went on while something else waited), `stalls` (prints `stalled <ms>`, the
longest the UI thread went without a turn of its event loop since the last `stalls`), `quit`.
"""

from __future__ import annotations

import math
import queue
import sys
import threading
import time
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
RATE = 22050
SAY_MS = 800


def tone(ms: int) -> bytes:
    samples = array("h", (int(9000 * math.sin(2 * math.pi * 440 * i / RATE)) for i in range(RATE * ms // 1000)))
    return samples.tobytes()


def heard_in(recording: bytes) -> int:
    """How many ms of a recording (AAC in MP4) have sound in them."""
    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    from tests.speech.test_heard_to_the_end import RATE as HEARD_RATE
    from tests.speech.test_heard_to_the_end import sound_ms

    source = QBuffer()
    source.setData(QByteArray(recording))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    decoder = QAudioDecoder()
    wanted = QAudioFormat()
    wanted.setSampleRate(HEARD_RATE)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    decoder.setAudioFormat(wanted)
    decoder.setSourceDevice(source)
    pcm = bytearray()
    decoder.bufferReady.connect(lambda: pcm.extend(bytes(decoder.read().constData())))
    loop = QEventLoop()
    decoder.finished.connect(loop.quit)
    decoder.error.connect(loop.quit)
    decoder.start()
    loop.exec()
    return sound_ms(bytes(pcm))


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from nook.core import recordings
    from nook.speech.microphones import Microphones
    from nook.speech.playback import WordPlayer
    from nook.speech.recorder import VoiceRecorder
    from nook.speech.recording_player import RecordingPlayer
    from nook.speech.words import TimedWord
    from nook.ui.editor.sounds import SoundBox
    from tests.speech import test_heard_to_the_end  # noqa: F401 - imported now (and pytest with it), not in a stall

    app = QApplication([sys.argv[0]])
    sounds = SoundBox(lambda: True)
    player = WordPlayer(use_audio=True)
    player.done.connect(lambda _utterance: print("said", flush=True))
    said = [0]
    voice = (Path(__file__).parent / "data" / "voice-440hz.m4a").read_bytes()
    recording = RecordingPlayer(use_audio=True)
    recording.done.connect(lambda: print("played", flush=True))
    voice_recorder = VoiceRecorder(Path(sys.argv[1]), Microphones())
    voice_recorder.open_wait_ms = 1000  # a microphone that does not open is told of sooner
    voice_recorder.started.connect(lambda: print("recording", flush=True))
    voice_recorder.failed.connect(lambda why: print(f"record failed: {why}", flush=True))
    voice_recorder.finished.connect(lambda take: print(f"recorded {take.ms} {heard_in(take.data)}", flush=True))
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line.strip()) for line in sys.stdin], daemon=True).start()

    # The longest gap between turns of the event loop (a timer every 10 ms): the UI thread blocked.
    clock = [time.monotonic(), 0.0]

    def beat() -> None:
        now = time.monotonic()
        clock[1] = max(clock[1], now - clock[0])
        clock[0] = now

    beat_timer = QTimer(app)
    beat_timer.timeout.connect(beat)
    beat_timer.start(10)

    def step() -> None:
        while not lines.empty():
            command = lines.get()
            if command == "pop":
                sounds.play("pop")
            elif command == "say":
                said[0] += 1
                player.play(said[0], tone(SAY_MS), RATE, [TimedWord(0, 3, 0), TimedWord(4, 3, SAY_MS // 2)])
            elif command == "recording":
                recording.play(voice, recordings.mp4_duration_ms(voice))
            elif command == "record":
                voice_recorder.start()
            elif command == "stop-record":
                voice_recorder.stop()
            elif command == "finish":  # as the editor does when the app quits mid-recording
                take = voice_recorder.finish_now()
                print(f"kept {take.ms} {heard_in(take.data)}" if take else "kept nothing", flush=True)
            elif command.startswith("after "):  # `after <ms>`: prints `after` that much later
                QTimer.singleShot(int(command.split()[1]), lambda: print("after", flush=True))
            elif command == "ping":
                print("pong", flush=True)
            elif command == "stalls":
                beat()
                print(f"stalled {int(clock[1] * 1000)}", flush=True)
                clock[1] = 0.0
            elif command == "quit":
                player.shutdown()
                app.quit()

    timer = QTimer(app)
    timer.timeout.connect(step)
    timer.start(20)
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
