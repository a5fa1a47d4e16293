"""Every %n phrase is a plural in the translations, and English spells its forms out.

lupdate marks a plural only for ``self.tr(text, "", n)``; our phrases are ``translate``
calls, so packaging/translations.py makes each ``%n`` phrase a plural itself.
"""

from __future__ import annotations

import re

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
    assert translate("Trouble", PUT_BACK, None, 3).endswith("(3 page(s)).")  # the bare source: none installed
