"""Sharing finished work: PDF, pictures (PNG) and printing.

Every export draws pages through a *page painter* with the signature of
`nook.ui.render.paint_page(painter, rect, library, page, piece=None, words=True)`.
The UI passes the editor's painter in (export may not import the UI, DESIGN.md §4);
`plain.paint_plain_page` draws the words alone where no painter is given.
"""

from nook.export.sheets import PagePainter, Sheet, plan_sheets

__all__ = ["PagePainter", "Sheet", "plan_sheets"]
