"""The page editor: where a child makes a piece."""

from nook.ui.editor.piece_screen import PieceScreen

__all__ = ["PieceScreen"]
