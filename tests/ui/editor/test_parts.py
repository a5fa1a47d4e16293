"""The editor's parts on their own: the piece model, page operations, the layer cache and
thumbnails, reading, the kind parts and the side panel, each on a real library file."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from nook.core import picture as pic
from nook.core.library import Library
from nook.speech import ForwardingVoice, Voice
from nook.speech.silent import SilentVoice
from nook.ui.editor.kinds import BookPart, LetterPart, ListPart, SignPart, part_for
from nook.ui.editor.layers import LayerCache, Thumbnails
from nook.ui.editor.model import PageState
from nook.ui.editor.page_ops import PageOperations
from nook.ui.editor.piece import PieceModel
from nook.ui.editor.reading import Reading
from nook.ui.editor.side import SidePanel
from nook.ui.editor.tools import ToolState
from nook.ui.editor.word_wall import WordWallPanel
from nook.ui.kit.buttons import PictureButton
from tests.clock import Clock


def stored_words(library: Library, piece_id: str) -> list[str]:
    return [page.words for page in library.pages(piece_id)]


def test_the_piece_stores_a_change_soon_and_undo_puts_it_back(qtbot, nook_app, library, writer) -> None:
    piece_id = library.new_piece(writer.id, "book").id
    model = PieceModel(library, piece_id, save_delay_ms=5)
    cover = model.states[0]
    model.change_text(cover, "words", "My cat")
    assert model.store_pending() and stored_words(library, piece_id)[0] == ""
    with qtbot.waitSignal(model.stored, timeout=2000) as stored:
        pass
    assert stored.args == [[0]] and stored_words(library, piece_id)[0] == "My cat"
    with qtbot.waitSignal(model.restored, timeout=1000) as restored:
        model.undo_stack.undo()
    assert restored.args == [cover, {"words"}] and cover.words == ""
    model.flush()
    assert stored_words(library, piece_id)[0] == ""


def test_undo_of_a_change_on_another_page_turns_to_it(qtbot, nook_app, library, writer) -> None:
    piece_id = library.new_piece(writer.id, "book").id
    model = PieceModel(library, piece_id)
    model.change_items(model.states[0], [pic.stroke("brush", "#000000", 8, [(10, 10), (20, 20)])])
    model.turn_to(1)
    with qtbot.waitSignal(model.turned, timeout=1000):
        model.undo_stack.undo()
    assert model.index == 0 and model.states[0].items == []
    model.flush()  # no store left due after the library closes


def test_page_operations_are_stored_at_once_and_undone(qtbot, nook_app, library, writer) -> None:
    piece_id = library.new_piece(writer.id, "book").id
    model = PieceModel(library, piece_id)
    ops = PageOperations(model)
    before = len(model.states)
    with qtbot.waitSignal(model.reloaded, timeout=1000):
        ops.add_page()
    assert len(library.pages(piece_id)) == before + 1 and model.index == 1
    model.change_text(model.current, "words", "the new page")
    ops.move_page(1)
    assert library.pages(piece_id)[2].words == "the new page" and model.index == 2
    assert not ops.can_move(0, 1)  # the cover stays first
    ops.remove_page(0)  # nor is it taken out
    assert len(library.pages(piece_id)) == before + 1
    model.undo_stack.undo()  # the move
    model.undo_stack.undo()  # the words
    model.undo_stack.undo()  # the new page
    model.flush()
    assert len(library.pages(piece_id)) == before
    model.undo_stack.redo()
    assert len(library.pages(piece_id)) == before + 1


def test_a_letter_gets_one_envelope_and_a_sign_a_look(nook_app, library, writer) -> None:
    letter = PieceModel(library, library.new_piece(writer.id, "letter").id)
    ops = PageOperations(letter)
    ops.add_envelope()
    ops.add_envelope()
    assert [s.role for s in letter.states].count("envelope") == 1
    assert ops.envelope_index() == len(letter.states) - 1
    sign = PieceModel(library, library.new_piece(writer.id, "sign").id)
    old = sign.look
    new = "stop" if old != "stop" else "party"
    PageOperations(sign).choose_look(new)
    assert library.piece(sign.piece_id).look == new
    sign.undo_stack.undo()
    assert sign.look == old and library.piece(sign.piece_id).look == old


def test_the_layer_cache_keeps_the_last_pages_while_they_are_unchanged(nook_app) -> None:
    cache = LayerCache(pages=2)
    states = [PageState(f"p{i}", "piece", "page", "", {}, [{"type": "stroke"}]) for i in range(3)]
    image = QImage(QSize(4, 4), QImage.Format.Format_ARGB32_Premultiplied)
    for state in states:
        cache.keep(state, image)
    assert len(cache) == 2 and cache.cached(states[0], image.size()) is None  # the oldest went
    assert cache.cached(states[2], image.size()) is image
    assert cache.cached(states[2], QSize(8, 8)) is None  # another size is drawn again
    states[2].items = [*states[2].items, {"type": "stroke"}]
    assert cache.cached(states[2], image.size()) is None  # a changed picture too


def test_a_thumbnail_is_drawn_again_only_when_its_page_changed(nook_app, library, writer) -> None:
    model = PieceModel(library, library.new_piece(writer.id, "book").id)
    thumbs = Thumbnails(model, 52, lambda _state: None)
    first = thumbs.thumbnail(0)
    assert thumbs.thumbnail(0) is first and first.height() > 0
    model.change_text(model.states[0], "words", "Cats")
    assert thumbs.thumbnail(0) is not first
    model.flush()  # no store left due after the library closes


def test_reading_turns_on_when_the_engine_comes_and_says_short_phrases(qtbot, nook_app, library, writer) -> None:
    model = PieceModel(library, library.new_piece(writer.id, "book").id)
    voice = ForwardingVoice()
    reading = Reading(voice, model, list, lambda _index: None)
    assert not reading.speaks
    reading.say("Oops")  # nothing to say it with yet, and nothing queued for later
    engine = SilentVoice(word_ms=1)
    with qtbot.waitSignal(reading.speaks_changed, timeout=1000):
        voice.attach(engine)
    assert reading.speaks
    reading.say("a cat")
    assert engine.spoken == ["a cat"]


def test_each_kind_has_its_part(qtbot, nook_app, library, writer) -> None:
    def button(icon: str, name: str, action) -> PictureButton:
        made = PictureButton(icon, "", name, 64)
        qtbot.addWidget(made)
        made.clicked.connect(lambda _=False: action())
        return made

    turned: list[int] = []
    kinds = {"book": BookPart, "letter": LetterPart, "sign": SignPart, "list": ListPart}
    for kind, part_class in kinds.items():
        model = PieceModel(library, library.new_piece(writer.id, kind).id)
        part = part_for(model, PageOperations(model), button, 64, turned.append)
        assert type(part) is part_class
        assert part.shows_every_page == (kind == "list")
        assert part.turns_pages == (kind in ("book", "letter"))
    letter = PieceModel(library, library.new_piece(writer.id, "letter").id)
    part = LetterPart(letter, PageOperations(letter), button, 64, turned.append)
    part.envelope()
    assert letter.states[-1].role == "envelope" and turned == []
    part.envelope()  # there is one: the envelope button turns to it
    assert turned == [len(letter.states) - 1]


def test_the_side_panel_shows_what_goes_with_the_tool(qtbot, nook_app, library) -> None:
    tools = ToolState()
    word_wall = WordWallPanel(library, Voice(), 64)
    side = SidePanel(tools, 64, lambda _id, _name: None, lambda _colour: None, word_wall)
    qtbot.addWidget(side)
    assert side.currentWidget() is side.colour_scroll
    tools.set(tool="sticker")
    side.tool_changed()
    assert side.currentWidget() is side.sticker_box
    clock = side.same_tap.clock = Clock()
    side.toggle(word_wall)
    assert side.currentWidget() is word_wall
    clock.now += 1  # a second later: not the double tap that showed it
    side.toggle(word_wall)  # put away: back to the stickers in hand
    assert side.currentWidget() is side.sticker_box


def test_a_picture_layer_drawn_in_slices_ends_as_the_whole_picture(qtbot, nook_app, library) -> None:
    from PySide6.QtCore import QRectF

    from nook.render import Pictures, render_layer
    from nook.ui.editor.picture_layer import PictureLayer

    pictures = Pictures(library.media)
    area = QRectF(0, 0, 400, 300)
    items = [pic.stroke("brush", "#1d4ed8", 12, [(10 + i, 10), (390 - i, 290)]) for i in range(0, 300, 3)]
    layer = PictureLayer(pictures, area)
    size = QSize(200, 150)
    layer.begin(items, 0.5, 1.0, size, None)
    assert layer.image is not None
    if not layer.is_complete():  # a slow machine: the event loop draws the rest
        with qtbot.waitSignal(layer.finished, timeout=10_000):
            pass
    assert layer.finish() == render_layer(items, pictures, area, 0.5, size)
    kept = layer.finish().copy()
    layer.forget()
    assert layer.image is None
    assert layer.begin(items, 0.5, 1.0, size, kept) == kept and layer.is_complete()  # a kept copy is used as it is
