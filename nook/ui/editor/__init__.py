"""The page editor: where a child makes a piece.

`PieceScreen` lays out and wires typed parts: `PieceModel` (no widgets: pages, undo,
storing), `PageOperations`, a `KindPart` per kind, `Reading`, `PictureActions`,
`WordsActions`, `SidePanel`, `LayerCache`/`Thumbnails`, and a `PageView` per page shown.

`PieceScreen` is imported when first asked for: the window's start needs small parts of
this package (the oops bubble), not the whole editor (a tenth of a second on a slow
laptop, before the first paint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from nook.ui.editor.piece_screen import PieceScreen

__all__ = ["PieceScreen"]


def __getattr__(name: str) -> Any:
    if name == "PieceScreen":
        from nook.ui.editor.piece_screen import PieceScreen

        return PieceScreen
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
