"""Settings for everyone, or for one writer where that makes sense; stored at once.

Every control writes to the library as soon as it changes, and the library announces
a What.SETTING change, so the children's screens follow without a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nook.core import settings, shelf
from nook.core.library import Change, Library, What
from nook.core.page_language import LANGUAGES, NAMES
from nook.i18n import translate
from nook.speech import Voice
from nook.ui.grownup.long_page import by_form_rows
from nook.ui.grownup.pickers import say
from nook.ui.grownup.wording import Phrases, writer_choices
from nook.ui.kit.calm_inputs import CalmComboBox, CalmSlider, CalmSpinBox
from nook.ui.kit.plain import PlainLabel, plain_tip
from nook.ui.language import available_languages, native_name
from nook.ui.operations import Operations

FONTS = (("andika", "Andika"), ("opendyslexic", "OpenDyslexic"), ("comicneue", "Comic Neue"))


def check_phrase(key: str) -> str:
    """What a setting's tick box says, in the language now installed."""
    phrases = {
        "talking_buttons": translate("GrownUp", "Buttons say their name (rest the pointer or press and hold)"),
        "echo_letters": translate("GrownUp", "Say each letter as it is typed"),
        "echo_words": translate("GrownUp", "Say each word after a space"),
        "echo_sentences": translate("GrownUp", "Say each sentence after a full stop"),
        "all_caps": translate("GrownUp", "ALL CAPITAL LETTERS"),
        "sounds": translate("GrownUp", "Little sounds (pop, page turn)"),
        "classroom_mode": translate("GrownUp", "Classroom mode: back to \u201cWho is writing?\u201d after each piece"),
        "child_may_trash": translate("GrownUp", "Children may put pieces in the trash (and take them out)"),
        "child_may_print": translate("GrownUp", "Children may print"),
        "child_may_import_photos": translate("GrownUp", "Children may add photos from the computer"),
        "child_may_pack_backpack": translate("GrownUp", "Children may pack the backpack"),
    }
    return phrases.get(key, key)


def pixels(value: int) -> str:
    return translate("GrownUp", "{number} px").format(number=QLocale().toString(value))


class SettingsPage(QWidget):
    """All settings; the scope box chooses everyone or one writer's own values."""

    def __init__(self, library: Library, ops: Operations, voice: Voice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.library = library
        self.phrases = Phrases(self)
        self.phrases.add(lambda page: page.setAccessibleName(translate("GrownUp", "Settings")))
        self.ops = ops
        self.voice = voice
        self.controls: dict[str, QWidget] = {}
        self._loaders: dict[str, Callable[[Any], None]] = {}
        self._loading = False

        self.scope = CalmComboBox()
        self.scope.setObjectName("settingsScope")
        self.phrases.add(lambda page: page.scope.setAccessibleName(translate("GrownUp", "Settings for")))
        self.scope.currentIndexChanged.connect(self.load)
        scope_row = QHBoxLayout()
        scope_label = PlainLabel()
        self.phrases.add(lambda _page: scope_label.setText(translate("GrownUp", "Settings for:")))
        scope_row.addWidget(scope_label)
        scope_row.addWidget(self.scope, 1)
        self.scope_hint = PlainLabel()
        self.scope_hint.setObjectName("settingsScopeHint")
        self.scope_hint.setWordWrap(True)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("settingsUseEveryones")
        self.phrases.add(
            lambda page: say(page.reset_button, translate("GrownUp", "Use everyone's settings for this writer"))
        )
        self.reset_button.clicked.connect(self.use_everyones)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._speech_group())
        column.addWidget(self._look_group())
        self.everyone_groups = [self._classroom_group(), self._children_group()]
        for group in self.everyone_groups:
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea()
        # The controls inside take the keyboard, not the area (it has nothing to say).
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        by_form_rows(scroll)  # a row at a time, never a line cut in half at the top

        layout = QVBoxLayout(self)
        layout.addLayout(scope_row)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.scope_hint, 1)
        hint_row.addWidget(self.reset_button)
        layout.addLayout(hint_row)
        layout.addWidget(scroll, 1)
        ops.changed.connect(self._on_change)
        self._fill_scope()
        self.load()

    def retranslate(self) -> None:
        """Say the page's phrases again in the language now installed."""
        self.phrases.say_again()
        self._fill_scope()
        self.load()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label(self, form: QFormLayout, field: QWidget | QLayout, phrase: Callable[[], str]) -> None:
        """A row of `form`: its label says `phrase()`, in the language installed."""
        label = PlainLabel()
        form.addRow(label, field)
        self.phrases.add(lambda _page: label.setText(phrase()))

    # -- building -------------------------------------------------------------------
    def _check(self, key: str, form: QFormLayout) -> None:
        box = QCheckBox()
        box.setObjectName(f"setting_{key}")
        self.phrases.add(lambda _page: box.setText(check_phrase(key)))
        self.phrases.add(lambda _page: box.setAccessibleName(check_phrase(key)))
        box.toggled.connect(lambda on, k=key: self._store(k, on))
        self.controls[key] = box
        self._loaders[key] = lambda v: box.setChecked(bool(v))
        form.addRow(box)

    def _spin(
        self,
        key: str,
        label: Callable[[], str],
        low: int,
        high: int,
        form: QFormLayout,
        suffix: Callable[[], str] = str,
    ) -> None:
        spin = CalmSpinBox()
        spin.setObjectName(f"setting_{key}")
        self.phrases.add(lambda _page: spin.setAccessibleName(label()))
        self.phrases.add(lambda _page: spin.setSuffix(suffix()))
        spin.setRange(low, high)
        spin.valueChanged.connect(lambda v, k=key: self._store(k, v))
        self.controls[key] = spin
        self._loaders[key] = lambda v: spin.setValue(int(v))
        self._label(form, spin, label)

    def _speech_group(self) -> QGroupBox:
        group = QGroupBox()
        self.phrases.add(lambda _page: group.setTitle(translate("GrownUp", "Talking and listening")))
        form = QFormLayout(group)
        self.voice_status = PlainLabel()
        self.voice_status.setObjectName("voiceStatus")
        self.voice_status.setWordWrap(True)
        form.addRow(self.voice_status)
        languages = CalmComboBox()
        languages.setObjectName("setting_language")
        self.phrases.add(lambda _page: languages.setAccessibleName(translate("GrownUp", "Language")))
        self.phrases.add(
            lambda _page: languages.setToolTip(
                plain_tip(
                    translate(
                        "GrownUp",
                        "For everyone: the grown-up corner's language, and the one a new writer starts with. "
                        "For a writer: their screens, their voice, sticker names, idea cards and word banks.",
                    )
                )
            )
        )
        for code in available_languages(self.voice):
            languages.addItem(native_name(code), code)
        languages.activated.connect(lambda i, c=languages: self._store("language", c.itemData(i)))
        self.controls["language"] = languages

        def load_language(code: Any) -> None:
            if languages.findData(code) < 0:  # a language this computer cannot speak now
                languages.addItem(native_name(str(code)), code)
            languages.setCurrentIndex(languages.findData(code))

        self._loaders["language"] = load_language
        self._label(form, languages, lambda: translate("GrownUp", "Language"))
        for key in ("talking_buttons", "echo_letters", "echo_words", "echo_sentences"):
            self._check(key, form)
        voices = CalmComboBox()
        voices.setObjectName("setting_voice_id")
        voices.addItem("", None)
        self.phrases.add(lambda _page: voices.setAccessibleName(translate("GrownUp", "Voice")))
        self.phrases.add(lambda _page: voices.setItemText(0, translate("GrownUp", "The computer's usual voice")))
        language = str(self.library.setting("language"))
        for info in self.voice.voices(language):
            voices.addItem(info.name, info.id)
        voices.currentIndexChanged.connect(lambda i, c=voices: self._store("voice_id", c.itemData(i)))
        self.controls["voice_id"] = voices
        self._loaders["voice_id"] = lambda v: voices.setCurrentIndex(max(0, voices.findData(v)))
        self._label(form, voices, lambda: translate("GrownUp", "Voice"))
        rate = CalmSlider(Qt.Orientation.Horizontal)
        rate.setObjectName("setting_voice_rate")
        self.phrases.add(lambda _page: rate.setAccessibleName(translate("GrownUp", "Speed")))
        rate.setRange(int(settings.VOICE_RATE_RANGE[0] * 100), int(settings.VOICE_RATE_RANGE[1] * 100))
        rate.setSingleStep(5)
        rate.setTracking(False)  # store once when let go, not at every step of a drag
        rate.valueChanged.connect(lambda v: self._store("voice_rate", v / 100))
        self.controls["voice_rate"] = rate
        self._loaders["voice_rate"] = lambda v: rate.setValue(round(float(v) * 100))
        self._label(form, rate, lambda: translate("GrownUp", "Speed (slow \u2013 fast)"))
        second = self._second_language()
        self._label(form, second, lambda: translate("GrownUp", "Also writes in"))
        return group

    def _second_language(self) -> CalmComboBox:
        """A writer's other language: their pages then get a language picture to tap
        (a page in Spanish read in the Spanish voice, tagged Spanish in exports)."""
        second = CalmComboBox()
        second.setObjectName("setting_second_language")
        second.addItem("", None)
        self.phrases.add(lambda _page: second.setAccessibleName(translate("GrownUp", "Also writes in")))
        self.phrases.add(lambda _page: second.setItemText(0, translate("GrownUp", "Only one language")))
        for code in LANGUAGES:
            second.addItem(NAMES[code], code)  # each language's name in itself
        second.currentIndexChanged.connect(lambda i, c=second: self._store("second_language", c.itemData(i)))
        self.controls["second_language"] = second
        self._loaders["second_language"] = lambda v: second.setCurrentIndex(max(0, second.findData(v)))
        return second

    def _look_group(self) -> QGroupBox:
        group = QGroupBox()
        self.phrases.add(lambda _page: group.setTitle(translate("GrownUp", "How it looks")))
        form = QFormLayout(group)
        size = CalmSlider(Qt.Orientation.Horizontal)
        size.setObjectName("setting_button_size")
        self.phrases.add(lambda _page: size.setAccessibleName(translate("GrownUp", "Button size")))
        size.setRange(*settings.BUTTON_SIZE_RANGE)
        size.setSingleStep(8)
        size.setPageStep(16)
        size.setTracking(False)
        size_label = PlainLabel()
        size.valueChanged.connect(lambda v: self._store("button_size", v))
        size.valueChanged.connect(lambda v: size_label.setText(pixels(v)))
        size.sliderMoved.connect(lambda v: size_label.setText(pixels(v)))
        self.controls["button_size"] = size

        def load_size(value: Any) -> None:
            size.setValue(int(value))
            size_label.setText(pixels(int(value)))

        self._loaders["button_size"] = load_size
        row = QHBoxLayout()
        row.addWidget(size, 1)
        row.addWidget(size_label)
        self._label(form, row, lambda: translate("GrownUp", "Button size"))
        fonts = CalmComboBox()
        fonts.setObjectName("setting_font")
        self.phrases.add(lambda _page: fonts.setAccessibleName(translate("GrownUp", "Font")))
        for font_id, name in FONTS:
            fonts.addItem(name, font_id)
        fonts.currentIndexChanged.connect(lambda i: self._store("font", fonts.itemData(i)))
        self.controls["font"] = fonts
        self._loaders["font"] = lambda v: fonts.setCurrentIndex(max(0, fonts.findData(v)))
        self._label(form, fonts, lambda: translate("GrownUp", "Letters"))
        self._spin(
            "text_size",
            lambda: translate("GrownUp", "Size of the words"),
            *settings.TEXT_SIZE_RANGE,
            form,
            lambda: translate("GrownUp", " px"),
        )
        self._check("all_caps", form)
        self._check("sounds", form)
        return group

    def _classroom_group(self) -> QGroupBox:
        group = QGroupBox()
        self.phrases.add(lambda _page: group.setTitle(translate("GrownUp", "Classroom")))
        form = QFormLayout(group)
        self._check("classroom_mode", form)
        self._spin(
            "classroom_idle_minutes",
            lambda: translate("GrownUp", "Back to \u201cWho is writing?\u201d after"),
            1,
            60,
            form,
            lambda: translate("GrownUp", " min idle"),
        )
        return group

    def _children_group(self) -> QGroupBox:
        group = QGroupBox()
        self.phrases.add(lambda _page: group.setTitle(translate("GrownUp", "What children may do")))
        form = QFormLayout(group)
        for key in ("child_may_trash", "child_may_print", "child_may_import_photos", "child_may_pack_backpack"):
            self._check(key, form)
        always = PlainLabel()
        self.phrases.add(
            lambda _page: always.setText(
                translate("GrownUp", "Deleting for good and emptying the trash are always for grown-ups.")
            )
        )
        form.addRow(always)
        return group

    # -- scope and values -----------------------------------------------------------
    @property
    def writer_id(self) -> str | None:
        data = self.scope.currentData()
        return str(data) if data else None

    def _fill_scope(self) -> None:
        current = self.writer_id
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(translate("GrownUp", "Everyone"), None)
        for picture, label, writer_id in writer_choices(self.library.writers()):
            self.scope.addItem(picture, label, writer_id)
        self.scope.setCurrentIndex(max(0, self.scope.findData(current)) if current else 0)
        self.scope.blockSignals(False)

    def load(self) -> None:
        """Show the values in force for the chosen scope."""
        writer_id = self.writer_id
        self._loading = True
        try:
            for key, loader in self._loaders.items():
                loader(self.library.setting(key, writer_id))
                self.controls[key].setEnabled(writer_id is None or key in settings.PER_WRITER)
        finally:
            self._loading = False
        for group in self.everyone_groups:
            group.setVisible(writer_id is None)
        own = shelf.own_settings(self.library, writer_id) if writer_id else {}
        self.reset_button.setVisible(bool(writer_id))
        self.reset_button.setEnabled(bool(own))
        if not writer_id:
            hint = translate("GrownUp", "Settings for everyone. Choose a writer above to give them their own.")
        elif own:
            count = len(own)
            hint = translate(
                "GrownUp", "This writer has %n setting(s) of their own; the rest are everyone's.", None, count
            )
        else:
            hint = translate("GrownUp", "This writer uses everyone's settings; change one to give them their own.")
        self.scope_hint.setText(hint)
        reason = self.voice.unavailable_reason()
        self.voice_status.setText(
            translate("GrownUp", "Speech is not available: {reason}").format(reason=reason)
            if reason
            else translate("GrownUp", "Speech is working.")
        )

    def _store(self, key: str, value: Any) -> None:
        if self._loading:
            return
        self.ops.store(self, self.library.set_setting, key, value, self.writer_id)
        if self.writer_id:
            self.load()  # the hint counts this writer's own settings

    def use_everyones(self) -> None:
        if self.writer_id:
            self.ops.store(self, shelf.use_everyones_settings, self.library, self.writer_id)
            self.load()

    def _on_change(self, change: Change) -> None:
        if change.what is What.WRITER:
            self._fill_scope()
