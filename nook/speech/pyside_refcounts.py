"""Work around PySide6 6.12.0 dropping references to None, True and False.

Measured here (PySide6 6.12.0, Python 3.11): every call of a Qt method that returns
nothing (``QTimer.start``, ``QBuffer.close``, ``processEvents`` ...) gives up one
reference to ``None`` it never took, and ``Signal.emit``/``disconnect`` do the same to
``True``. On Python 3.12+ these objects are immortal (PEP 683) and nothing happens; on
3.11 the interpreter aborts after some thousands of calls ("Fatal Python error:
none_dealloc" / "bool_dealloc"), as a 200-utterance read-aloud run did.

The workaround does what 3.12 does: give the three singletons a reference count so
large that no run of the app can drain it. They are never freed anyway, so this
changes nothing else. It is applied once, only on Python < 3.12.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40  # a trillion: far beyond any session's Qt calls
_applied = False


def protect_singletons() -> None:
    """Make None, True and False effectively immortal on Python < 3.12."""
    global _applied  # noqa: PLW0603
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _applied = True
