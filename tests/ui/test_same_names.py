"""Two writers with the same name: a grown-up choosing one (whose settings, whose growth)
can tell them apart. The choice boxes said "Sam" and "Sam", with no picture."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from nook.core.library import Library
from nook.speech import Voice
from nook.ui.grownup.growth_page import GrowthPage
from nook.ui.grownup.settings_page import SettingsPage
from nook.ui.operations import Operations


def labels(combo: QComboBox) -> dict[str, str]:
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)}


def test_two_sams_are_told_apart_where_a_grown_up_picks_a_writer(qtbot, library: Library) -> None:
    dragon = library.add_writer("Sam", "dragon")
    penguin = library.add_writer("Sam", "penguin")
    maya = library.add_writer("Maya", "fox")
    ops = Operations(library)
    settings = SettingsPage(library, ops, Voice())
    growth = GrowthPage(library, ops)
    for page in (settings, growth):
        qtbot.addWidget(page)
    for combo in (settings.scope, growth.writer_choice):
        shown = labels(combo)
        assert shown[dragon.id] != shown[penguin.id]
        assert shown[dragon.id].startswith("Sam") and "dragon" in shown[dragon.id]
        assert shown[maya.id] == "Maya"  # a name no one else has stays as it is
        # Each writer's picture beside the name, as in the writers' list.
        for index in range(combo.count()):
            if combo.itemData(index):
                assert not combo.itemIcon(index).isNull()
