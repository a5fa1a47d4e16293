"""Silence QtMultimedia's start-up chatter, and only that.

QtMultimedia logs warnings about optional libraries it looks for and does not need
here (pipewire, VA-API/VDPAU hardware decoding) and an info line naming FFmpeg.
They are not faults of the app, and a test suite that fails on Qt warnings would
fail on them, so these categories (and no others) are switched off.
"""

from __future__ import annotations

import os

MULTIMEDIA_NOISE_RULES = (
    "qt.multimedia.symbolsresolver=false",
    "qt.multimedia.ffmpeg=false",
    "qt.multimedia.ffmpeg.*=false",
    "qt.multimedia.pipewire*=false",
)


def quiet_multimedia_logging() -> None:
    """Add the noise rules to QT_LOGGING_RULES (and to a running application)."""
    current = os.environ.get("QT_LOGGING_RULES", "")
    rules = [r for r in current.split(";") if r]
    missing = [r for r in MULTIMEDIA_NOISE_RULES if r not in rules]
    if missing:
        os.environ["QT_LOGGING_RULES"] = ";".join(rules + missing)
    from PySide6.QtCore import QLoggingCategory

    # The variable is read only once, when Qt's logging first starts (the first
    # QObject or the application), so the same rules also go in through the API.
    QLoggingCategory.setFilterRules("\n".join(MULTIMEDIA_NOISE_RULES))
