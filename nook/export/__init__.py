"""Sharing finished work: PDF, pictures (PNG), printing, talking books (ePub 3), the class book.

Every export draws its pages with `nook.render`, the same painter the editor, the
shelf's covers and show time use, so what prints is what the child saw.
"""

from nook.export.sheets import Sheet, plan_sheets

__all__ = ["Sheet", "plan_sheets"]
