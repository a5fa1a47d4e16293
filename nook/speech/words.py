"""Typed words and their timings: the pure (no Qt) part of read aloud.

A *typed word* is what the child sees as one word: a run of non-space characters
with leading and trailing punctuation trimmed ("park!" -> "park", "mom's" stays,
"ice-cream" stays one word, an emoji is a word). Speech engines have their own idea
of words (espeak splits "1,200" into three events, gives "ice-cream" one event,
spells an emoji as several words, and sometimes reports a stray event on a full
stop), so engine word events are mapped back onto typed words here: every typed
word gets exactly one time, in order, inside the audio.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TypedWord:
    """One word as the child typed it: character offsets into the text."""

    start: int
    length: int
    text: str

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass(frozen=True, slots=True)
class EngineWord:
    """A word event from an engine: 0-based character start, length, time in ms."""

    start: int
    length: int
    ms: int


@dataclass(frozen=True, slots=True)
class TimedWord:
    """A typed word and the moment (ms from the start of the audio) it is heard."""

    start: int
    length: int
    ms: int


def _is_punctuation(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def split_words(text: str) -> list[TypedWord]:
    """The typed words of ``text``, in order."""
    words: list[TypedWord] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < n and not text[j].isspace():
            j += 1
        start, end = i, j
        while start < end and _is_punctuation(text[start]):
            start += 1
        while end > start and _is_punctuation(text[end - 1]):
            end -= 1
        if end > start:
            words.append(TypedWord(start, end - start, text[start:end]))
        i = j
    return words


def word_at(text: str, position: int) -> TypedWord | None:
    """The typed word under a cursor position (touching either edge), or None."""
    for word in split_words(text):
        if word.start <= position <= word.end:
            return word
        if word.start > position:
            break
    return None


def map_engine_words(text: str, events: Iterable[EngineWord], duration_ms: int) -> list[TimedWord]:
    """Give every typed word of ``text`` one time, in order, within the audio.

    A typed word takes the earliest event that overlaps it. Typed words that no
    event touches (espeak folds "ice-cream" into one event, and engines skip
    what they cannot say) get a time between their neighbours, so each is still
    lit once. Times never go backwards and never pass ``duration_ms``.
    """
    words = split_words(text)
    if not words:
        return []
    duration_ms = max(0, int(duration_ms))
    found: list[int | None] = [None] * len(words)
    starts = [w.start for w in words]
    for event in events:
        span_end = event.start + max(event.length, 1)
        index = _first_overlap(words, starts, event.start, span_end)
        if index is None:
            continue
        ms = min(max(0, int(event.ms)), duration_ms)
        current = found[index]
        if current is None or ms < current:
            found[index] = ms
    times = _fill_gaps(found, duration_ms)
    return [TimedWord(w.start, w.length, ms) for w, ms in zip(words, times, strict=True)]


def _first_overlap(words: Sequence[TypedWord], starts: Sequence[int], begin: int, end: int) -> int | None:
    import bisect

    index = max(0, bisect.bisect_right(starts, begin) - 1)
    while index < len(words):
        word = words[index]
        if word.start >= end:
            return None
        if word.end > begin:
            return index
        index += 1
    return None


def _fill_gaps(found: list[int | None], duration_ms: int) -> list[int]:
    """Make times non-decreasing, interpolating words that no event reached."""
    # An event that lands before an earlier word's time (engines reorder a
    # little around numbers) cannot move the highlight backwards.
    clean: list[int | None] = []
    latest = 0
    for ms in found:
        if ms is None or ms < latest:
            clean.append(None if ms is None else latest)
        else:
            clean.append(ms)
            latest = ms
    times: list[int] = []
    n = len(clean)
    i = 0
    while i < n:
        if clean[i] is not None:
            times.append(int(clean[i]))  # type: ignore[arg-type]
            i += 1
            continue
        j = i
        while j < n and clean[j] is None:
            j += 1
        before = times[-1] if times else 0
        after = int(clean[j]) if j < n else duration_ms  # type: ignore[arg-type]
        after = max(after, before)
        gap = j - i + 1
        for k in range(i, j):
            times.append(before + (after - before) * (k - i + 1) // gap)
        i = j
    return times


def evenly_timed(text: str, ms_per_word: int) -> list[TimedWord]:
    """Timings for an engine that reports none: one word every ``ms_per_word``."""
    return [TimedWord(w.start, w.length, i * ms_per_word) for i, w in enumerate(split_words(text))]


SENTENCE_ENDS = ".!?"


def last_sentence(text: str) -> str:
    """The sentence that ends at the end of ``text`` (after . ! or ?), trimmed."""
    body = text.rstrip()
    stripped = body.rstrip(SENTENCE_ENDS + "\"')")
    cut = max(stripped.rfind(ch) for ch in SENTENCE_ENDS + "\n")
    return body[cut + 1 :].strip()


def last_word(text: str) -> str:
    """The last typed word in ``text`` (for "say the word after a space")."""
    words = split_words(text)
    return words[-1].text if words else ""


def letter_to_say(ch: str) -> str | None:
    """What to say for a typed character: a letter's name or a digit, else None.

    A lone lower-case letter is what espeak-ng (and the Windows and macOS voices)
    read as the letter's name: "a" is "ay", not the article "uh"; "b" is "bee".
    """
    if len(ch) != 1 or not ch.isalnum():
        return None
    return ch.lower()
