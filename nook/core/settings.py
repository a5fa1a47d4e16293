"""Settings with their defaults. Stored in the library, so they travel with it.

A setting is global, or per writer where that makes sense (voice, talking buttons, echo,
font, button size, ALL CAPITALS). A writer's own value wins over the global one, which
wins over the default here.
"""

from __future__ import annotations

import math
import re
from typing import Any

DEFAULTS: dict[str, Any] = {
    # speech
    "talking_buttons": True,
    "echo_letters": False,
    "echo_words": True,
    "echo_sentences": False,
    "voice_id": None,
    "voice_rate": 1.0,
    # For a writer: their own language, kept on the writer itself (the library routes it
    # there, so "use everyone's settings" never takes a child's language away). For
    # everyone: the grown-up corner's language, and the one a new writer starts with.
    "language": "en",
    # A writer's other language (None: one language): their pages can be marked as it.
    "second_language": None,
    # look
    "button_size": 64,
    "font": "andika",
    "text_size": 36,
    "all_caps": False,
    "sounds": True,
    # classroom
    "classroom_mode": False,
    "classroom_idle_minutes": 3,
    "class_name": "",  # on the class book's cover ("Room 4", "The Garcia family")
    # what children may do
    "child_may_trash": True,
    "child_may_print": False,  # printing meets the system's text dialog: a grown-up's (issue 14)
    "child_may_import_photos": False,  # a photo is a grown-up's addition (issue 3)
    "child_may_pack_backpack": False,
    "child_may_record": True,  # my voice: on at home; a teacher may switch it off
    # Show time and "Read to me" on a page with a recording: "own" voice, the "app"'s
    # voice, or "own_then_app".
    "reading_voice": "own",
}

READING_VOICES = ("own", "app", "own_then_app")

# Settings that a grown-up may set for one writer rather than for everyone.
PER_WRITER = frozenset(
    {
        "talking_buttons",
        "echo_letters",
        "echo_words",
        "echo_sentences",
        "voice_id",
        "voice_rate",
        "language",
        "second_language",
        "button_size",
        "font",
        "text_size",
        "all_caps",
    }
)

# A language code as the translations are named: "es", "pt_BR", "zh_Hant".
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]{2,4})?")

BUTTON_SIZE_RANGE = (48, 192)
TEXT_SIZE_RANGE = (18, 120)
VOICE_RATE_RANGE = (0.5, 1.5)
IDLE_MINUTES_RANGE = (1, 60)


def clean(key: str, value: Any) -> Any:
    """Bring a value into its allowed range and type, or raise KeyError for unknown keys.

    A value that is no value of its kind at all (text for a number, infinity, NaN) raises
    ValueError, TypeError or OverflowError: the library reads such a stored one as unset."""
    if key not in DEFAULTS:
        raise KeyError(key)
    default = DEFAULTS[key]
    if key == "button_size":
        return _within(int(value), BUTTON_SIZE_RANGE)
    if key == "text_size":
        return _within(int(value), TEXT_SIZE_RANGE)
    if key == "classroom_idle_minutes":
        return _within(int(value), IDLE_MINUTES_RANGE)
    if key == "voice_rate":
        rate = float(value)
        if not math.isfinite(rate):
            raise ValueError(f"voice_rate {value!r}")
        return float(min(max(rate, VOICE_RATE_RANGE[0]), VOICE_RATE_RANGE[1]))
    if key == "language":
        code = str(value or "").strip()
        return code if LANGUAGE_CODE.fullmatch(code) else DEFAULTS[key]
    if key == "second_language":
        return value if isinstance(value, str) and LANGUAGE_CODE.fullmatch(value) else None
    if key == "reading_voice":
        return value if value in READING_VOICES else DEFAULTS[key]
    if isinstance(default, bool):
        return bool(value)
    if isinstance(default, int):
        return int(value)
    if value is None:
        return None
    return str(value) if isinstance(default, str) or default is None else value


def _within(number: int, bounds: tuple[int, int]) -> int:
    return int(min(max(number, bounds[0]), bounds[1]))
