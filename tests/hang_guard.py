"""A hang made a failure: for tests of defects whose symptom was a hang (a FIFO read, a
link to /dev/zero), so the suite fails with the reason instead of hanging."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def hang_fails(what: str, seconds: int = 20) -> Iterator[None]:
    """Raise TimeoutError(`what`) in the main thread if the block takes `seconds` or more."""

    def hung(_signum: int, _frame: object) -> None:
        raise TimeoutError(what)

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
