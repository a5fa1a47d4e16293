"""A name said on a tap is not started again by a second tap while it is still heard.

A five-year-old taps twice on what they want. Each tap on a word of the word wall or on
a sticker said its name, and `Voice.say` interrupts: the child heard "na-naranja". The
second tap still does what a tap does; only the same phrase, still being said, is left
to finish. Anything else (another word, the same one once heard to its end) is said at
once, as before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from nook.speech import Voice


class SaidOnce(QObject):
    """Says phrases through `voice`; the one still being said is not said over itself."""

    def __init__(self, voice: Voice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voice = voice
        self._saying: tuple[int, str, str | None] | None = None  # utterance, text, language
        voice.finished.connect(self._finished)

    def say(self, text: str, language: str | None = None) -> None:
        saying = self._saying
        if saying is not None and saying[1:] == (text, language) and self.voice.is_speaking():
            return
        self._saying = None
        self._saying = (self.voice.say(text, language), text, language)

    def _finished(self, utterance: int) -> None:
        if self._saying is not None and self._saying[0] == utterance:
            self._saying = None
