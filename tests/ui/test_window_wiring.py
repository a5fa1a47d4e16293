"""The window's wiring: its voice, the grown-up corner's sections, a backpack handed in."""

from __future__ import annotations

from pathlib import Path

from nook.core import backpack
from nook.core.library import Library
from nook.speech import ForwardingVoice, Voice, make_voice
from nook.ui.grownup.backpack_page import BackpackPage
from nook.ui.grownup.growth_page import GrowthPage
from nook.ui.main_window import MainWindow
from nook.ui.operations import Operations


def _window(qtbot, library: Library, voice: Voice | None = None) -> MainWindow:
    window = MainWindow(library, voice if voice is not None else ForwardingVoice())
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_voice_given_at_construction_reaches_the_reopened_piece(qtbot, nook_app, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "book")
    library.set_state("last_writer", writer.id)
    library.set_state(f"last_piece:{writer.id}", piece.id)
    voice = make_voice("silent")
    window = _window(qtbot, library, voice)
    assert window.piece_screen is not None and window.piece_screen.voice is voice
    assert window.talking is not None
    window.close()


def test_an_engine_that_arrives_later_speaks_for_the_open_piece(qtbot, nook_app, library: Library, writer) -> None:
    piece = library.new_piece(writer.id, "sign")
    library.set_state("last_writer", writer.id)
    library.set_state(f"last_piece:{writer.id}", piece.id)
    library.set_setting("voice_rate", 0.7, writer.id)
    voice = ForwardingVoice()
    window = _window(qtbot, library, voice)
    assert window.piece_screen is not None and window.piece_screen.voice is voice
    assert not window.piece_screen.read_button.isEnabled()  # the "no sound" picture until then
    assert window.talking is None  # nothing to talk with yet
    engine = make_voice("silent")
    voice.attach(engine)
    assert window.piece_screen.read_button.isEnabled() and window.talking is not None
    assert engine.rate == 0.7  # the writer's speed, set before the engine came
    library.set_setting("voice_rate", 1.4, writer.id)
    assert engine.rate == 1.4  # a grown-up's change takes effect at once
    window.close()


def test_the_grown_up_corner_has_growth_and_backpack(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library)
    window.grown_up.gate = lambda parent: True
    assert window.grown_up.open()
    sections = window.grown_up.corner.sections
    assert isinstance(sections["Growth"], GrowthPage) and isinstance(sections["Backpack"], BackpackPage)
    window.close()


def test_a_backpack_file_handed_in_opens_behind_the_gate(qtbot, nook_app, library: Library, writer, tmp_path) -> None:
    (tmp_path / "school").mkdir()
    school = Library.open(tmp_path / "school")
    leo = school.add_writer("Leo", "robot")
    piece = school.new_piece(leo.id, "sign")
    school.update_page(school.pages(piece.id)[0].id, words="STOP")
    bag = tmp_path / "leo.nook"
    backpack.pack(school, [piece.id], bag)
    school.close()

    window = _window(qtbot, library)
    window.grown_up.gate = lambda parent: False  # a child pressed it: nothing opens
    assert not window.open_backpack(bag)
    assert window.grown_up.corner is None
    window.grown_up.gate = lambda parent: True
    assert window.open_backpack(bag)
    page = window.grown_up.corner.findChild(BackpackPage)
    assert page.isVisible() and page.incoming is not None and len(page.incoming.pieces) == 1
    assert not window.open_backpack(Path(tmp_path / "missing.nook"))
    window.close()


def test_a_child_packs_their_own_backpack_only_when_allowed(
    qtbot, nook_app, library: Library, writer, tmp_path
) -> None:
    piece = library.new_piece(writer.id, "book")
    library.update_page(library.pages(piece.id)[1].id, words="my trip")
    voice = make_voice("silent")
    window = _window(qtbot, library, voice)
    window.show_shelf(writer.id)
    button = window.shelf_screen.backpack_button
    assert not button.isVisible()  # off unless a grown-up allows it
    library.set_setting("child_may_pack_backpack", True)
    assert button.isVisible() and button.accessibleName() == "Pack my backpack"

    chosen = tmp_path / "usb" / "maya"
    chosen.parent.mkdir()
    asked: list[str] = []

    def choose(parent, suggested: str) -> str:
        asked.append(suggested)
        return str(chosen)

    path = window.pack_childs_backpack(choose)
    assert path == chosen.with_name("maya.nook") and path.exists()
    assert asked[0].startswith("Maya-") and asked[0].endswith(".nook")
    assert voice.spoken[-1] == "Your backpack is packed!"
    bag = backpack.read(path)
    assert [p.id for p in bag.pieces] == [piece.id]

    library.set_setting("child_may_pack_backpack", False)
    assert window.pack_childs_backpack(choose) is None
    window.close()


def test_nameless_writers_are_known_by_their_picture_in_the_backpack(
    qtbot, nook_app, library: Library, tmp_path
) -> None:
    (tmp_path / "school").mkdir()
    school = Library.open(tmp_path / "school")
    someone = school.add_writer("", "fox")
    piece = school.new_piece(someone.id, "sign")
    bag = tmp_path / "fox.nook"
    backpack.pack(school, [piece.id], bag)
    school.close()
    library.add_writer("", "robot")
    page = BackpackPage(library, Operations(library))
    qtbot.addWidget(page)
    assert page.load(bag)
    (combo,) = page.writer_combos.values()
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == ["A new writer", "the robot's shelf"]
    assert combo.accessibleName() == "Shelf for the fox"


def test_talking_buttons_follow_the_writers_setting_at_once(qtbot, nook_app, library: Library, writer) -> None:
    window = _window(qtbot, library, make_voice("silent"))
    window.show_shelf(writer.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window._talking_enabled()
    library.set_setting("talking_buttons", False, writer.id)
    assert not window._talking_enabled()
    leo = library.add_writer("Leo", "robot")
    window.show_shelf(leo.id)  # Leo has no setting of his own: everyone's default
    assert window._talking_enabled()
    window.close()
