"""My voice in a piece being made: the panel built for the piece, a recording made or
thrown away stored as an undoable change to its page, and the panel following the page
on screen (after a turn, a tap on a list item, or an undo)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from nook.core import recordings
from nook.core.library import Library
from nook.speech.microphones import Microphones
from nook.speech.recorder import VoiceRecorder
from nook.speech.recording_player import RecordingPlayer
from nook.ui.editor.my_voice import MyVoicePanel
from nook.ui.editor.piece import PieceModel

# What the panel is doing while nothing else may talk over it.
CHILD_SOUND_STATES = ("counting", "waiting", "recording", "saving", "playing")


class VoiceOnPages:
    """Keeps the my-voice panel and the piece's pages in step."""

    def __init__(
        self,
        library: Library,
        piece: PieceModel,
        player: RecordingPlayer,
        microphones: Microphones | None,
        button_size: int,
        countdown_step_ms: int,
        page_changed: Callable[[int], None],
        parent: QWidget,
    ) -> None:
        self.piece = piece
        self.page_changed = page_changed  # a page's recording changed: its thumbnail too
        folder: Path = recordings.unfinished_folder(library.path.parent)
        self.panel = MyVoicePanel(
            library,
            VoiceRecorder(folder, microphones, parent=parent),
            player,
            lambda: bool(library.setting("child_may_record")),
            button_size,
            countdown_step_ms,
            operations=piece.operations,
        )
        self.panel.recorded.connect(lambda page_id, recording: self.set_recording(page_id, recording))
        self.panel.thrown_away.connect(lambda page_id: self.set_recording(page_id, None))

    def set_recording(self, page_id: str, recording: recordings.Recording | None) -> None:
        """A recording made or thrown away: a change to the page like any other (undoable)."""
        index = self.piece.index_of(page_id)
        if index is not None:
            state = self.piece.states[index]
            self.piece.change_extras(state, recordings.with_recording(state.extras, recording))
            self.page_changed(index)
        self.sync()

    def sync(self) -> None:
        """The panel shows the recording of the page being made (after a turn or an undo)."""
        states = self.piece.states
        state = states[self.piece.index] if states else None
        self.panel.show_page(state.id if state else None, recordings.recording_of(state.extras) if state else None)

    def recording(self) -> bool:
        """A take is counted in, made or kept: the app's own voice keeps quiet."""
        return self.panel.state in ("counting", "waiting", "recording", "saving")

    def child_sound(self) -> bool:
        """A recording is being made (or counted in) or played: nothing may talk over it."""
        return self.panel.state in CHILD_SOUND_STATES
