"""Building the QApplication: fonts, the look, and quiet logging."""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from nook import __version__
from nook.render.fonts import family_for, load_fonts

# QtMultimedia probes for pipewire and VA-API at start and complains when they are
# missing; that is noise for us, not a fault. Only those categories are silenced.
QUIET_LOGGING = ";".join(
    [
        "qt.multimedia.ffmpeg.*=false",
        "qt.multimedia.pipewire*=false",
        "qt.multimedia.symbolsresolver=false",
        "qt.multimedia.ffmpeg=false",
    ]
)

STYLE = """
QWidget#nookRoot, QStackedWidget#screens { background: #fff7e6; }
QLabel { color: #2b2b2b; }
QToolButton {
    background: #ffffff; border: 3px solid #f0d9a8; border-radius: 18px; padding: 6px;
}
QToolButton:hover { border-color: #f4a340; background: #fffdf5; }
QToolButton:pressed { background: #ffe9bf; }
QToolButton:checked { background: #ffe3a3; border-color: #e08a00; }
QToolButton:focus { border-color: #2f7de1; }
QToolButton:disabled { background: #f2f2f2; border-color: #dddddd; }
"""


def quiet_logging() -> None:
    rules = os.environ.get("QT_LOGGING_RULES", "")
    if QUIET_LOGGING not in rules:
        os.environ["QT_LOGGING_RULES"] = ";".join(r for r in (rules, QUIET_LOGGING) if r)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the kid font and the look; reuses one that exists."""
    quiet_logging()
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Writing Nook")
    app.setApplicationDisplayName("Writing Nook")
    app.setOrganizationName("WritingNook")
    app.setApplicationVersion(__version__)
    load_fonts()
    font = QFont(family_for("andika"))
    font.setPointSize(16)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    return app
