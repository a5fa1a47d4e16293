"""Speech test helpers: voices that are cleaned up, and honest skips.

Works with and without an audio device: with one (the CI set-up starts a PulseAudio
null sink) the highlight follows real playback; without one it follows the clock.
"""

from __future__ import annotations

import ctypes.util
import os
import re
import threading
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from nook.speech.logging_rules import quiet_multimedia_logging

quiet_multimedia_logging()


def espeak_library_present() -> bool:
    """libespeak-ng can be loaded (the Debian package espeak-ng installs it)."""
    try:
        from nook.speech.espeak_synth import load_binding

        load_binding()
    except Exception:  # noqa: BLE001 - any failure means: not usable here
        return False
    return True


requires_espeak = pytest.mark.skipif(
    not espeak_library_present(),
    reason=(
        "libespeak-ng is not installed (found: "
        f"{ctypes.util.find_library('espeak-ng')!r}); install the espeak-ng package"
    ),
)


@pytest.fixture
def silent_voice(qapp) -> Iterator:
    from nook.speech import make_voice

    voice = make_voice("silent")
    voice.word_ms = 5
    yield voice
    voice.shutdown()
    voice.deleteLater()


@pytest.fixture
def real_voice(qapp) -> Iterator:
    """The platform's real voice (espeak-ng here); skips with the reason if absent."""
    from nook.speech import make_voice

    voice = make_voice("auto")
    if not voice.is_available():
        voice.shutdown()
        pytest.skip(f"no speech engine: {voice.unavailable_reason()}")
    yield voice
    voice.shutdown()
    voice.deleteLater()


def thread_count() -> int:
    return threading.active_count()


# QtMultimedia's PulseAudio backend warns in Qt's default category (so no logging
# rule can single it out) when there is no sound server; that is the "no audio
# device" case these tests cover on purpose, not a fault.
NO_SOUND_SERVER_WARNINGS = (re.escape("PulseAudioService: pa_context_connect() failed"),)


def pytest_collection_modifyitems(config, items) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore(*NO_SOUND_SERVER_WARNINGS, extend=True))
