"""The mouse wheel scrolls the settings page; it never changes a setting it passes over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QWidget,
)

from nook.core.library import Library
from nook.ui.grownup.settings_page import SettingsPage
from tests.wheel import turn_wheel


@pytest.fixture
def page(qtbot, nook_app, library: Library, ops, voice) -> SettingsPage:
    widget = SettingsPage(library, ops, voice)
    qtbot.addWidget(widget)
    widget.resize(700, 360)  # short: the page scrolls
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize(
    ("kind", "name", "key"),
    [
        (QSlider, "setting_voice_rate", "voice_rate"),
        (QSlider, "setting_button_size", "button_size"),
        (QSpinBox, "setting_text_size", "text_size"),
        (QComboBox, "setting_font", "font"),
    ],
)
def test_wheel_over_a_control_scrolls_the_page_and_leaves_the_setting(
    qtbot, page: SettingsPage, library: Library, kind: type, name: str, key: str
) -> None:
    control = page.findChild(kind, name)
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the page must be long enough to scroll"
    scroll.ensureWidgetVisible(control)
    page.setFocus()  # the grown-up's focus is elsewhere: they are scrolling the page

    def shown() -> int:
        return control.currentIndex() if isinstance(control, QComboBox) else control.value()

    before_value, before_setting, before_scroll = shown(), library.setting(key), bar.value()
    turn_wheel(control, 3 if bar.value() < bar.maximum() else -3)
    assert shown() == before_value
    assert library.setting(key) == before_setting
    assert bar.value() != before_scroll, "the page scrolled instead"
    assert not control.hasFocus()


def test_a_focused_slider_still_takes_the_wheel(qtbot, page: SettingsPage, library: Library) -> None:
    """Keyboard and wheel together still work for the control a grown-up chose."""
    rate = page.findChild(QSlider, "setting_voice_rate")
    page.findChild(QScrollArea).ensureWidgetVisible(rate)
    rate.setFocus()
    qtbot.waitUntil(rate.hasFocus)
    before = rate.value()
    turn_wheel(rate, -2)
    assert rate.value() != before
    assert library.setting("voice_rate") == pytest.approx(rate.value() / 100)


ROW_PARTS = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QSlider, QLineEdit)


def cut_at_the_top(scroll: QScrollArea) -> list[str]:
    """The words and controls that the page's top edge cuts in two."""
    viewport = scroll.viewport()
    cut = []
    for widget in scroll.widget().findChildren(QWidget):
        if not isinstance(widget, ROW_PARTS) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the parts of a box are the box
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        if top < 0 < top + widget.height():
            cut.append(f"{widget.objectName() or type(widget).__name__} at {top}")
    return cut


def test_the_wheel_moves_the_form_a_row_at_a_time(qtbot, page: SettingsPage) -> None:
    """Each notch brings the next row to the top of the page: never a label or a box cut
    in half there (it scrolled by pixels, 60 a notch, wherever the rows were)."""
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    rows_down = 0
    while bar.value() < bar.maximum():
        before = bar.value()
        turn_wheel(scroll.viewport(), 1)
        assert bar.value() > before, "a notch moves the page on"
        rows_down += 1
        if bar.value() < bar.maximum():  # the very end shows the last row, where it falls
            assert cut_at_the_top(scroll) == [], f"after {rows_down} notches"
        assert rows_down < 200
    assert rows_down > 3, "a row at a time, not pages"
    while bar.value() > 0:
        turn_wheel(scroll.viewport(), -1)
        assert cut_at_the_top(scroll) == [] or bar.value() == 0
