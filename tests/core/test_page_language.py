"""A page's language as plain facts: marks kept only where they differ from the writer's."""

from __future__ import annotations

from nook.core.page_language import (
    PAGE_LANGUAGE,
    other_language,
    page_language,
    piece_language,
    plain_code,
    tag,
    with_page_language,
)


def test_a_page_is_in_the_writers_language_until_marked() -> None:
    assert page_language({}, "en") == "en" and page_language({}, "es") == "es"
    marked = with_page_language({"ticked": True}, "es", "en")
    assert marked == {"ticked": True, PAGE_LANGUAGE: "es"}
    assert page_language(marked, "en") == "es"
    # Marked back as the writer's own: no mark is kept (it follows the writer).
    assert with_page_language(marked, "en", "en") == {"ticked": True}
    # A mark the app does not know is read as no mark.
    assert page_language({PAGE_LANGUAGE: "xx"}, "en") == "en"


def test_codes_tags_and_the_other_language() -> None:
    assert plain_code("es-419") == plain_code("ES") == plain_code("es_MX") == "es"
    assert plain_code("fr") is None and plain_code(None) is None
    assert tag("es") == "es-419" and tag("en") == "en"
    assert other_language("en", "es") == "es"
    assert other_language("en", None) is None and other_language("es", "es") is None


def test_a_whole_piece_is_in_the_other_language_only_when_every_page_is() -> None:
    spanish = {PAGE_LANGUAGE: "es"}
    assert piece_language([spanish, spanish], "en") == "es"
    assert piece_language([spanish, {}], "en") == "en"
    assert piece_language([], "es") == "es"
