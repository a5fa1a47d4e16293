"""Little sounds for little moments: a pop for a sticker, a page turning, a cheer when
a piece is finished, a soft "oops". Only when the grown-up's "sounds" setting is on and
the computer has somewhere to play them; never while idle."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl

from nook.assets import asset_path, manifest

log = logging.getLogger(__name__)
VOLUME = 0.6


class SoundBox(QObject):
    def __init__(self, enabled: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled
        self._effects: dict[str, object] = {}
        self._usable: bool | None = None
        self.played: list[str] = []  # what was asked for, for tests

    def _can_play(self) -> bool:
        if self._usable is None:
            try:
                from PySide6.QtMultimedia import QMediaDevices

                self._usable = bool(QMediaDevices.audioOutputs())
            except ImportError:  # a build without QtMultimedia
                self._usable = False
        return self._usable

    def play(self, name: str) -> None:
        if not self._enabled():
            return
        self.played.append(name)
        if not self._can_play():
            return
        effect = self._effects.get(name)
        if effect is None:
            files = manifest("sounds/sounds.json").get("sounds", {})
            if name not in files:
                return
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(asset_path("sounds", files[name]))))
            effect.setVolume(VOLUME)
            self._effects[name] = effect
        effect.play()  # type: ignore[attr-defined]
