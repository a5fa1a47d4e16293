"""A worker thread's result, handed back to a QObject on the UI thread that may be gone.

A worker used to hand its result over by emitting a signal of the object waiting for it
(a fill bucket, an editor, a grown-up's page, a voice). The UI thread may free that object
at any moment (its window closed, `deleteLater`); an emit a moment after that raised
RuntimeError (suppressed), but one under way as it was freed crashed the process.

So a worker never touches that object. It calls a `Reply`, made on the UI thread for one
of the object's methods: the reply goes through the app's relay, one QObject made on
the UI thread and never freed, and the method is called there on a later turn of the
event loop, if its object is still alive then; else the result is let go. The reply holds
the object weakly: a worker does not keep it alive, nor let go of it last (which would
free it in the worker). Emitting from a worker is safe (see nook.export.ui_thread): it
takes no lock while it holds Python's.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any, Generic, ParamSpec

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

P = ParamSpec("P")


class _Relay(QObject):
    """Carries replies from any thread to the UI thread (where it was made)."""

    handed = Signal(object)  # (the Reply, its args, its kwargs)

    def __init__(self) -> None:
        super().__init__()
        self.handed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, handed: tuple[Reply[Any], tuple[object, ...], dict[str, object]]) -> None:
        reply, args, kwargs = handed
        reply.deliver(*args, **kwargs)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("the first Reply is made on the UI thread")
        _relay = _Relay()
    return _relay


class Reply(Generic[P]):
    """`reply(*args)` from any thread calls `method(*args)` on the UI thread, a turn of
    the event loop later, if the method's object (a QObject) is still alive then.

    Made on the UI thread, for a method of a QObject living there."""

    def __init__(self, method: Callable[P, None]) -> None:
        self._relay = _the_relay()
        self._method = weakref.WeakMethod(method)  # (a bound method)
        self.dropped = 0  # replies that found their object gone

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> None:
        self._relay.handed.emit((self, args, kwargs))

    def deliver(self, *args: P.args, **kwargs: P.kwargs) -> None:
        """(On the UI thread.) The method called, if its object is still alive."""
        method = self._method()
        if method is None or not shiboken6.isValid(getattr(method, "__self__", None)):
            self.dropped += 1
            return
        method(*args, **kwargs)
