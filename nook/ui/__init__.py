"""Qt widgets only: one folder per screen, plus the kit they are built from. Widgets get
what they need through their constructors."""

import builtins

import PySide6.QtCore  # noqa: F401 - loads PySide's import hook, taken off again below

# PySide wraps `import` to support `from __feature__ import snake_case, true_property`:
# after each import it reads the new module's whole source to see whether it uses
# PySide (~100 files at a start, ~10 ms, and kept in memory). Writing Nook uses no
# __feature__, so the import PySide wrapped (its lazy loading of Qt classes) is put back.
_wrapped = getattr(builtins, "__orig_import__", None)
if _wrapped is not None and builtins.__import__ is getattr(builtins, "__feature_import__", None):
    builtins.__import__ = _wrapped
