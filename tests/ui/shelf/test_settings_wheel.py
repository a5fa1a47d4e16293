"""The mouse wheel scrolls the settings page; it never changes a setting it passes over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QSlider, QSpinBox, QWidget

from nook.core.library import Library
from nook.ui.grownup.settings_page import SettingsPage


def turn_wheel_over(widget: QWidget, notches: int = -3) -> None:
    """A wheel turned with the pointer over the middle of `widget` (negative: scroll down)."""
    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


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
    turn_wheel_over(control, -3 if bar.value() < bar.maximum() else 3)
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
    turn_wheel_over(rate, 2)
    assert rate.value() != before
    assert library.setting("voice_rate") == pytest.approx(rate.value() / 100)
