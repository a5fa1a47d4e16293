"""Typed words and mapping engine word events back onto them (no Qt)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nook.speech.words import (
    EngineWord,
    last_sentence,
    last_word,
    letter_to_say,
    map_engine_words,
    split_words,
    word_at,
)


def texts_of(text: str) -> list[str]:
    return [w.text for w in split_words(text)]


def test_split_words_trims_punctuation_keeps_inner_marks_and_emoji() -> None:
    text = 'I saw 3 dogs at the park! mom\'s ice-cream, 1,200 kg... 🦖 "hi" $5 -'
    assert texts_of(text) == [
        "I", "saw", "3", "dogs", "at", "the", "park", "mom's", "ice-cream",
        "1,200", "kg", "🦖", "hi", "$5",
    ]  # fmt: skip
    for word in split_words(text):
        assert text[word.start : word.end] == word.text


def test_espeak_style_events_map_to_every_typed_word() -> None:
    # What espeak-ng really reported for this text: "1,200" as three events,
    # "ice-cream" as one, the emoji's spoken name on a space, a stray event on "."
    text = "ok. The kat ice-cream 1,200 🦖 yay"
    events = [
        EngineWord(0, 2, 0), EngineWord(2, 0, 900), EngineWord(4, 3, 300),
        EngineWord(8, 3, 450), EngineWord(12, 3, 600), EngineWord(22, 2, 1000),
        EngineWord(23, 2, 1200), EngineWord(24, 3, 1500), EngineWord(28, 1, 2000),
        EngineWord(29, 1, 2300), EngineWord(30, 3, 2600),
    ]  # fmt: skip
    timed = map_engine_words(text, events, 3000)
    assert [text[t.start : t.start + t.length] for t in timed] == [
        "ok", "The", "kat", "ice-cream", "1,200", "🦖", "yay",
    ]  # fmt: skip
    assert [t.ms for t in timed] == [0, 300, 450, 600, 1000, 2000, 2600]


@given(
    st.text(alphabet=st.sampled_from(list("ab c,.!?'-🦖1 \n")), max_size=60),
    st.lists(st.tuples(st.integers(-3, 70), st.integers(0, 6), st.integers(-50, 5000)), max_size=30),
    st.integers(0, 4000),
)
def test_every_typed_word_gets_one_time_in_order_within_the_audio(
    text: str, raw_events: list[tuple[int, int, int]], duration: int
) -> None:
    events = [EngineWord(s, n, ms) for s, n, ms in raw_events]
    timed = map_engine_words(text, events, duration)
    words = split_words(text)
    assert [(t.start, t.length) for t in timed] == [(w.start, w.length) for w in words]
    times = [t.ms for t in timed]
    assert times == sorted(times)
    assert all(0 <= ms <= duration for ms in times)


@given(st.lists(st.sampled_from(["cat", "I", "dog!", "ok,", "🦖", "1,200"]), min_size=1, max_size=12))
def test_one_event_per_word_keeps_the_engine_times(words: list[str]) -> None:
    text = " ".join(words)
    typed = split_words(text)
    events = [EngineWord(w.start, w.length, 100 * i) for i, w in enumerate(typed)]
    assert [t.ms for t in map_engine_words(text, events, 100 * len(typed))] == [100 * i for i in range(len(typed))]


def test_word_at_finds_the_tapped_word_or_none() -> None:
    text = "The big dog."
    assert word_at(text, 5).text == "big"
    assert word_at(text, 4).text == "big"  # touching its start
    assert word_at(text, 7).text == "big"  # touching its end
    assert word_at(text, 11).text == "dog"
    assert word_at("  ", 1) is None


def test_echo_helpers() -> None:
    assert last_sentence("I like cats. My dog is big!") == "My dog is big!"
    assert last_sentence("Hi.") == "Hi."
    assert last_word("the big dog") == "dog"
    assert letter_to_say("B") == "b"
    assert letter_to_say("7") == "7"
    assert letter_to_say(",") is None


def test_script_runs_cut_arabic_from_other_letters_and_cover_the_text() -> None:
    from nook.speech.script_runs import script_runs

    text = "My friend سارة and (أحمد) 5 cats."
    runs = script_runs(text)
    assert [(r.text, r.language) for r in runs] == [
        ("My friend ", None),
        ("سارة ", "ar"),
        ("and (", None),
        ("أحمد) 5 ", "ar"),
        ("cats.", None),
    ]
    assert "".join(r.text for r in runs) == text
    assert all(text[r.start : r.start + len(r.text)] == r.text for r in runs)
    # Vowel marks and Arabic punctuation stay in the run; Hebrew and Latin are not cut.
    assert [(r.text, r.language) for r in script_runs("مُحَمَّد، hi")] == [("مُحَمَّد، ", "ar"), ("hi", None)]
    assert [(r.text, r.language) for r in script_runs("Dad שרה")] == [("Dad שרה", None)]
    assert [(r.text, r.language) for r in script_runs("")] == [("", None)]
