"""The real espeak-ng engine: synthesis, word timings, end-to-end signals, no leaks."""

from __future__ import annotations

import threading

import pytest

from nook.speech.words import map_engine_words, split_words
from tests.speech.conftest import requires_espeak, thread_count

pytestmark = requires_espeak

SENTENCE = "My dog Max can run very fast, and he likes ice-cream 2 times a day!"


def synthesise(text: str, voice: str | None = None, wpm: int = 150):
    from nook.speech.espeak_synth import acquire_worker, release_worker

    worker = acquire_worker()
    try:
        assert worker.wait_ready(5), worker.error
        done = threading.Event()
        results = {}

        def on_result(request: int, synthesis) -> None:
            results[request] = synthesis
            done.set()

        request = worker.request(text, voice, wpm, on_result)
        assert done.wait(10)
        return results[request]
    finally:
        release_worker(worker)


def test_known_sentence_gives_plausible_audio_and_word_timings() -> None:
    synthesis = synthesise(SENTENCE)
    assert synthesis is not None
    words = split_words(SENTENCE)
    # 15 words at 150 words a minute is about 6 s; allow a wide margin for voices.
    assert 3000 <= synthesis.duration_ms <= 12000
    assert synthesis.sample_rate > 8000
    # The sound is not silence.
    samples = memoryview(synthesis.pcm).cast("h")
    assert max(abs(s) for s in samples[::50]) > 1000
    raw_times = [e.ms for e in synthesis.events]
    assert raw_times == sorted(raw_times)
    timed = map_engine_words(SENTENCE, synthesis.events, synthesis.duration_ms)
    assert [SENTENCE[t.start : t.start + t.length] for t in timed] == [w.text for w in words]
    times = [t.ms for t in timed]
    assert times == sorted(times)
    assert times[0] < 500
    assert all(0 <= ms < synthesis.duration_ms for ms in times)
    # Real timings, not a fallback: most words have their own distinct moment.
    assert len(set(times)) >= len(words) - 2


def test_slower_rate_gives_longer_audio() -> None:
    slow = synthesise("The cat sat on the mat.", wpm=90)
    fast = synthesise("The cat sat on the mat.", wpm=250)
    assert slow.duration_ms > fast.duration_ms * 1.5


def test_voice_auto_speaks_every_word_in_order(qtbot, real_voice) -> None:
    text = "The big dog ran home."
    words = []
    real_voice.word.connect(lambda u, s, n: words.append((u, text[s : s + n])))
    with qtbot.waitSignal(real_voice.started, timeout=5000) as started:
        utterance = real_voice.say(text)
    assert started.args == [utterance]
    with qtbot.waitSignal(real_voice.finished, timeout=20000) as finished:
        pass
    assert finished.args == [utterance]
    assert words == [(utterance, w) for w in ["The", "big", "dog", "ran", "home"]]


def test_voices_are_chosen_by_language(real_voice) -> None:
    english = real_voice.voices("en")
    assert english and all(v.language.startswith("en") for v in english)
    assert english[0].id == "gmw/en-US"
    spanish = real_voice.voices("es")
    assert spanish and all(v.language.startswith("es") for v in spanish)
    assert real_voice.unavailable_reason() == ""


def test_new_say_interrupts_and_finishes_the_old_one_first(qtbot, real_voice) -> None:
    events = []
    real_voice.started.connect(lambda u: events.append(("started", u)))
    real_voice.finished.connect(lambda u: events.append(("finished", u)))
    real_voice.word.connect(lambda u, s, n: events.append(("word", u)))
    first = real_voice.say("This is a long story about a very long day at the sea.")
    qtbot.waitUntil(lambda: ("started", first) in events, timeout=5000)
    second = real_voice.say("Hi.")
    with qtbot.waitSignal(real_voice.finished, timeout=20000, check_params_cb=lambda u: u == second):
        pass
    assert events.count(("finished", first)) == 1
    assert events.count(("finished", second)) == 1
    after_first_finished = events[events.index(("finished", first)) :]
    assert all(u == second for kind, u in after_first_finished if kind == "word")


def test_200_utterances_with_stops_leave_no_threads_and_no_stuck_engine(qtbot, real_voice) -> None:
    finished = []
    real_voice.finished.connect(finished.append)
    real_voice.say("warm up")
    real_voice.stop()
    before = thread_count()
    ids = []
    for i in range(200):
        if i % 3 == 0:  # some reach the player before being stopped, some are stopped sooner
            with qtbot.waitSignal(real_voice.started, timeout=5000):
                ids.append(real_voice.say(f"Word number {i} is here."))
        else:
            ids.append(real_voice.say(f"Word number {i} is here."))
        real_voice.stop()
    assert sorted(finished[-200:]) == ids  # finished exactly once each
    # (The sound of each goes out from a worker of its own, which ends once told to stop.)
    qtbot.waitUntil(lambda: thread_count() <= before, timeout=5000)
    # Still speaks after all that.
    with qtbot.waitSignal(real_voice.finished, timeout=20000):
        last = real_voice.say("Still here.")
    assert finished[-1] == last
    # The last phrase's own connection closes just after its end is told (it lets go of
    # the server off the UI thread); then no thread is left over.
    qtbot.waitUntil(lambda: thread_count() <= before, timeout=5000)


def test_shutdown_stops_the_worker_thread(qapp) -> None:
    from nook.speech import make_voice

    before = {t.name for t in threading.enumerate()}
    voice = make_voice("auto")
    voice.say("Bye now.")
    voice.shutdown()
    voice.deleteLater()
    assert "nook-espeak" not in {t.name for t in threading.enumerate()} - before


def test_the_default_voice_is_the_same_whatever_spoke_before() -> None:
    # espeak-ng keeps its voice from one worker thread to the next (it is set up once per
    # process): a new worker asked for the default voice spoke in the last one's voice
    # (English words in the Spanish voice after a Spanish talking book; and the letter
    # test below failed when it ran after one).
    # (The samples and the length differ a little from one synthesis to the next: "a" is
    # ~335 ms in the English voice, ~210 ms in the Spanish one.)
    english = synthesise("a", voice="en-us").duration_ms
    assert abs(synthesise("a", voice="es").duration_ms - english) > english * 0.2
    assert abs(synthesise("a").duration_ms - english) <= english * 0.05


def test_single_letters_are_read_as_letter_names() -> None:
    # "a" on its own must be the letter's name ("ay", about 0.3 s or more of sound),
    # not the article "uh", which is far shorter.
    letter = synthesise("a")
    article = synthesise("a dog")
    assert letter.duration_ms >= 250
    # One word. After a change of rate (another test's, when tests run in another order)
    # espeak-ng may also send an empty event before the text (start -1, length 0): it
    # names no character, and map_engine_words passes it by.
    on_the_text = [event for event in letter.events if event.start >= 0]
    assert len(on_the_text) == 1 and on_the_text[0].length == 1
    assert all(event.length == 0 for event in letter.events if event.start < 0)
    assert article is not None


@pytest.mark.parametrize("kind", ["none"])
def test_unavailable_voice_still_finishes_every_utterance(qtbot, qapp, kind) -> None:
    from nook.speech import make_voice

    voice = make_voice(kind)
    assert not voice.is_available()
    assert "espeak-ng" in voice.unavailable_reason()
    with qtbot.waitSignal(voice.finished, timeout=1000) as finished:
        utterance = voice.say("Hello")
    assert finished.args == [utterance]


def test_a_kept_request_is_not_dropped_by_read_aloud_asking_meanwhile() -> None:
    """A talking book being made and a child's read aloud share the one espeak worker:
    the book's page is still spoken whole, and the read aloud is answered after it."""
    from nook.speech.espeak_synth import acquire_worker, release_worker

    worker = acquire_worker()
    try:
        assert worker.wait_ready(5), worker.error
        book: list = []
        finished = threading.Event()
        maker = threading.Thread(
            target=lambda: (book.append(worker.synthesise(SENTENCE * 3, None, 150)), finished.set())
        )
        maker.start()
        answered = threading.Event()
        heard: dict = {}

        def read_aloud(request: int, synthesis) -> None:
            heard[request] = synthesis
            if len(heard) == 5:
                answered.set()

        asked = [worker.request("Hello", None, 150, read_aloud) for _ in range(5)]  # again and again
        assert finished.wait(10) and answered.wait(10)
        maker.join(5)
        assert book[0] is not None
        assert len(split_words(SENTENCE * 3)) - 2 <= len(book[0].events)
        assert heard[asked[-1]] is not None  # the newest read aloud is spoken; older ones were replaced
    finally:
        release_worker(worker)


def test_an_arabic_name_in_an_english_page_is_said_by_the_arabic_voice() -> None:
    # The English voice spelled "سارة" letter by letter ("Arabic seen, Arabic alif, …"):
    # about 5 s of sound for this sentence against ~2 s for "Sara". espeak-ng's Arabic
    # voice says the name ("sa:ra"), so the run of Arabic is read by it.
    mixed_text = "My friend سارة likes cats."
    mixed = synthesise(mixed_text, voice="gmw/en-US")
    latin = synthesise("My friend Sara likes cats.", voice="gmw/en-US")
    name = synthesise("سارة", voice="sem/ar")
    print(f"mixed {mixed.duration_ms} ms, all Latin {latin.duration_ms} ms, the name alone {name.duration_ms} ms")
    assert mixed.duration_ms <= (latin.duration_ms + name.duration_ms) * 1.1  # a run's end pauses a little
    # Every typed word has its moment, in order, the name between its neighbours.
    timed = map_engine_words(mixed_text, mixed.events, mixed.duration_ms)
    assert [mixed_text[t.start : t.start + t.length] for t in timed] == ["My", "friend", "سارة", "likes", "cats"]
    events_on = {mixed_text[e.start : e.start + e.length] for e in mixed.events if e.start >= 0}
    assert {"friend", "سارة", "likes"} <= events_on
    times = [t.ms for t in timed]
    assert times == sorted(times) and len(set(times)) == 5 and times[-1] < mixed.duration_ms
    # The Spanish voice spelled it too (in Spanish); a page all in Arabic is one run.
    spanish = synthesise("Mi amiga سارة", voice="roa/es-419")
    assert spanish.duration_ms <= (synthesise("Mi amiga", voice="roa/es-419").duration_ms + name.duration_ms) * 1.1
    assert synthesise("سارة", voice="gmw/en-US").duration_ms == pytest.approx(name.duration_ms, rel=0.1)
