"""The page editor: where a child makes a piece.

`PieceScreen` lays out and wires typed parts: `PieceModel` (no widgets: pages, undo,
storing), `PageOperations`, a `KindPart` per kind, `Reading`, `PictureActions`,
`WordsActions`, `SidePanel`, `LayerCache`/`Thumbnails`, and a `PageView` per page shown.
"""

from nook.ui.editor.piece_screen import PieceScreen

__all__ = ["PieceScreen"]
