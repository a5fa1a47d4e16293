"""What the window's tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from nook.speech.silent import SilentVoice


@pytest.fixture
def voice(qapp) -> Iterator[SilentVoice]:
    """A voice that says nothing aloud and remembers what it was asked to say."""
    voice = SilentVoice()
    yield voice
    voice.shutdown()
