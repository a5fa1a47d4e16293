"""A translation file replaced under a running app does not crash it. Qt maps a .qm file
into memory and reads the phrases from the file itself; rewriting nook_es.qm while an app
ran (a developer's `translations`, or an install putting new files under a running app)
crashed it in QTranslator. The app reads each .qm into memory it keeps, so the phrases
stay as they were loaded, whatever becomes of the file.

Run in a child process: the crash it guards against takes the process with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import shutil, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
import nook.assets
folder = Path(sys.argv[1])
for name in ("nook_en.qm", "nook_es.qm"):
    shutil.copyfile(nook.assets.translations_dir() / name, folder / name)
nook.assets.translations_dir = lambda: folder  # the app's files are these
from nook.i18n import phrases_in, translate
from nook.ui.language import LanguageSwitch, greeting, native_name

switch = LanguageSwitch(app, folder=folder)
switch.use("es")
seen = [translate("Writers", "Tap your picture")]
with phrases_in("es"):
    seen.append(translate("Editor", "Read to me"))
switch.use("en")
switch.use("es")  # the language chosen again: the translator loaded anew
# Rewritten in place, as a copy over it does: shorter, and other bytes.
qm = folder / "nook_es.qm"
size = qm.stat().st_size
with open(qm, "r+b") as out:
    out.write(b"\xff" * size)
    out.truncate(64)
seen.append(translate("Writers", "Tap your picture"))
with phrases_in("es"):
    seen.append(translate("Editor", "Read to me"))
seen.append(translate("Writers", "Who is writing?"))
print("|".join(seen))
"""


def test_a_translation_rewritten_under_the_app_keeps_its_phrases(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
    )
    assert result.returncode == 0, f"the app died ({result.returncode}): {result.stderr[-2000:]}"
    assert result.stdout.strip().splitlines()[-1] == (
        "Toca tu dibujo|Léemelo|Toca tu dibujo|Léemelo|¿Quién va a escribir?"
    )
