"""A clock a test moves on by hand (seconds), instead of waiting for time to pass."""

from __future__ import annotations


class Clock:
    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
