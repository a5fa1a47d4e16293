"""Qt objects an export needs that must not be made in its thread, made on the UI thread.

A QObject that connects signals as it is made (or is freed with connections) takes one of
Qt's 131 signal-slot locks, shared by all objects by address. An export thread holds
Python's lock through those calls (PySide keeps it), so when the UI thread held that same
Qt lock and waited for Python's (as Qt's disconnect does while it asks Python about
`disconnectNotify`), both waited for ever: a frozen app. The thread hands such calls to the
UI thread and waits for them without Python's lock (emitting a signal lets it go).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImageWriter

from nook.render.pictures import load_image_plugins


class _OnUiThread(QObject):
    """Runs what another thread hands it on the thread it was made in (the UI thread)."""

    asked = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.asked.connect(self._run)

    def _run(self, call: Callable[[], None]) -> None:
        call()


_ui: _OnUiThread | None = None
T = TypeVar("T")
UI_WAIT_S = 20.0  # (the UI thread answers in milliseconds: it is gone or stuck after this)


def prepare_for_threads() -> None:
    """On the UI thread, before an export's thread starts (the export runner does): what
    Qt would otherwise make in that thread the first time, made here. The image plugins
    (all of them: the PDF writer asks each which formats it writes) and Qt's image
    threads; and what `on_ui_thread` hands its calls to."""
    global _ui
    if _ui is None:
        load_image_plugins()
        QImageWriter.supportedImageFormats()
        _ui = _OnUiThread()


def on_ui_thread(call: Callable[[], T]) -> T:
    """`call()` run on the UI thread; from another thread, it waits for it there (without
    Python's lock). TimeoutError if the UI thread does not get to it in UI_WAIT_S."""
    if threading.current_thread() is threading.main_thread():
        return call()
    if _ui is None:
        raise RuntimeError("prepare_for_threads() was not called on the UI thread")
    done = threading.Event()
    result: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(call())
        except BaseException as error:  # noqa: BLE001 - raised again in the asking thread
            errors.append(error)
        finally:
            done.set()

    _ui.asked.emit(run)
    if not done.wait(UI_WAIT_S):
        raise TimeoutError("the UI thread did not answer")
    if errors:
        raise errors[0]
    return result[0]
