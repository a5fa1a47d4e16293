"""Read aloud behind one small interface: speak text, report each word as heard, stop.

Engines: espeak-ng on Linux (``espeak_voice``), Qt's QTextToSpeech on Windows and
macOS (``qt_tts``), a silent engine for tests (``silent``). ``make_voice`` picks one;
the app's ``ForwardingVoice`` exists from the start and speaks through it once ready.
"""

from nook.speech.forwarding import ForwardingVoice
from nook.speech.logging_rules import quiet_multimedia_logging
from nook.speech.voice import Voice, VoiceInfo, make_voice

quiet_multimedia_logging()  # before QtMultimedia first logs, where we can

__all__ = ["ForwardingVoice", "Voice", "VoiceInfo", "make_voice"]
