"""Which microphone Writing Nook records from, and whether one can be opened now.

A `Microphones` is given to the widgets that record (the editor's my-voice controls) in
their constructor: the system's default microphone unless a grown-up chose one by id,
so tests can point the app at a virtual microphone without touching the system's
default. Where libpulse is, the microphone is read on a connection of our own
(`pulse_in`), never through Qt's, whose calls wait on the UI thread for a sound server
that hangs; once the server went away in this run, never through Qt's again.
"""

from __future__ import annotations

from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from nook.speech import pulse_out


class Microphones:
    """Which microphone to record from: a chosen one by id, else the system's default."""

    def __init__(self, device_id: bytes | None = None, own_connection: bool | None = None) -> None:
        """``own_connection``: the microphone is read on connections of its own (`pulse_in`),
        never through Qt's (default: wherever libpulse is)."""
        self.device_id = device_id
        self._own = pulse_out.available() if own_connection is None else own_connection
        # The first time Qt's sound devices are asked for, Qt connects to the sound server
        # and waits for its lists on the UI thread (for as long as a server that hangs
        # hangs). Asked now, while the editor is made (the voice has asked at the start),
        # the list a child's tap reads is Qt's own, kept up to date as microphones come and go.
        QMediaDevices.audioInputs()

    def own_connection(self) -> bool:
        """True where the microphone is read on a connection of its own (`pulse_in`): where
        libpulse is (Qt's microphone waits on the UI thread for a server that hangs), and
        anywhere once the sound server went away in this run (Qt's connection went with it
        and opening a microphone through Qt would abort the app)."""
        return self._own or pulse_out.server_lost()

    def device(self) -> QAudioDevice | None:
        if pulse_out.server_lost():
            return None  # Qt's connection to the sound server went with it: opening one would abort
        inputs = QMediaDevices.audioInputs()
        if self.device_id is not None:
            return next((d for d in inputs if bytes(d.id().data()) == self.device_id), None)
        default = QMediaDevices.defaultAudioInput()
        if not default.isNull():
            return default
        return inputs[0] if inputs else None

    def problem(self) -> str | None:
        """Why nothing can be recorded now (for a grown-up and the log), or None."""
        if pulse_out.server_lost():
            if pulse_out.available():
                return None  # whether the server is back is known when recording starts
            return "The sound server went away: recording works again once Writing Nook is started again."
        if self.device() is None:
            if self.device_id is not None:
                return "The microphone chosen for Writing Nook is not plugged in."
            return "This computer has no microphone (or it is switched off)."
        return None
