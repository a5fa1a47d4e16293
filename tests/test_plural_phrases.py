"""Every %n phrase is a plural in the translations, and English spells its forms out.

lupdate marks a plural only for ``self.tr(text, "", n)``; our phrases are ``translate``
calls, so packaging/translations.py makes each ``%n`` phrase a plural itself.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from nook.assets import translations_dir
from nook.i18n import translate
from tests.translation_helpers import in_english


def test_every_counted_phrase_is_a_plural_in_every_language() -> None:
    for ts in sorted(translations_dir().glob("nook_*.ts")):
        messages = re.findall(r"<message[^>]*>\s*<source>([^<]*)</source>", ts.read_text(encoding="utf-8"))
        plurals = re.findall(r'<message numerus="yes">\s*<source>([^<]*)</source>', ts.read_text(encoding="utf-8"))
        counted = [m for m in messages if "%n" in m]
        assert counted and sorted(plurals) == sorted(counted), ts.name


PUT_BACK = (
    "Last time Writing Nook could not store some work (the disk was full, or the library could not be "
    "written), so it kept it in {files}. It has now been put back into its pieces (%n page(s))."
)


def test_english_says_one_page_and_three_pages(qapp) -> None:
    with in_english():
        assert translate("Trouble", PUT_BACK, None, 1).endswith("(1 page).")
        assert translate("Trouble", PUT_BACK, None, 3).endswith("(3 pages).")


def test_every_translate_call_is_one_lupdate_can_read() -> None:
    """Literal context and text, and a count that is a plain name: lupdate silently skips
    a ``translate`` whose count is ``len(x)`` or ``a.b``, and the phrase never reaches a
    translator."""
    unreadable = []
    for path in sorted(Path("nook").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
                literal = all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in node.args[:2])
                plain_count = len(node.args) < 4 or isinstance(node.args[3], ast.Name)
                if not (literal and plain_count):
                    unreadable.append(f"{path}:{node.lineno}")
    assert unreadable == []
