"""Writing Nook: children make books, lists, signs and letters from pictures and words."""

__version__ = "0.1.0"
