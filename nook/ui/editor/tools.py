"""The drawing tools, brush sizes and colour blobs a child picks from."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QToolButton, QWidget

from nook.i18n import translate
from nook.render.style import DEFAULT_COLOUR
from nook.ui.kit import theme
from nook.ui.kit.buttons import PictureButton
from nook.ui.kit.roles import ChoiceGroup

# (tool, icon) in the order they appear.
TOOLS: tuple[tuple[str, str], ...] = (
    ("brush", "brush"),
    ("eraser", "eraser"),
    ("fill", "fill"),
    ("sticker", "sticker"),
    ("line", "line"),
    ("rectangle", "rectangle"),
    ("circle", "circle"),
    ("star", "star_shape"),
    ("heart", "heart_shape"),
)
SHAPE_TOOLS = ("line", "rectangle", "circle", "star", "heart")

# Brush widths in page units (a book page is 1600 units across).
SIZES: tuple[tuple[str, str, int], ...] = (
    ("small", "brush_small", 8),
    ("medium", "brush_medium", 18),
    ("large", "brush_large", 36),
    ("huge", "brush_huge", 72),
)

# Sixteen colours; `colour_phrase` gives the name a talking button says.
COLOURS: tuple[tuple[str, str], ...] = theme.DRAWING_COLOURS


def tool_phrase(tool: str) -> str:
    """What a tool's or brush size's button says, in the language now installed."""
    phrases = {
        "brush": translate("Editor", "Paint brush"),
        "eraser": translate("Editor", "Eraser"),
        "fill": translate("Editor", "Fill with colour"),
        "sticker": translate("Editor", "Stickers"),
        "line": translate("Editor", "Line"),
        "rectangle": translate("Editor", "Box"),
        "circle": translate("Editor", "Circle"),
        "star": translate("Editor", "Star"),
        "heart": translate("Editor", "Heart"),
        "size_small": translate("Editor", "Thin brush"),
        "size_medium": translate("Editor", "Medium brush"),
        "size_large": translate("Editor", "Fat brush"),
        "size_huge": translate("Editor", "Huge brush"),
    }
    return phrases.get(tool, tool)


def colour_phrase(name: str) -> str:
    """A colour blob's name, in the language now installed."""
    phrases = {
        "black": translate("Editor", "Black"),
        "white": translate("Editor", "White"),
        "grey": translate("Editor", "Grey"),
        "brown": translate("Editor", "Brown"),
        "red": translate("Editor", "Red"),
        "dark red": translate("Editor", "Dark red"),
        "orange": translate("Editor", "Orange"),
        "yellow": translate("Editor", "Yellow"),
        "light green": translate("Editor", "Light green"),
        "green": translate("Editor", "Green"),
        "turquoise": translate("Editor", "Turquoise"),
        "sky blue": translate("Editor", "Sky blue"),
        "blue": translate("Editor", "Blue"),
        "purple": translate("Editor", "Purple"),
        "pink": translate("Editor", "Pink"),
        "peach": translate("Editor", "Peach"),
        "dark blue": translate("Editor", "Dark blue"),
    }
    return phrases.get(name, name.capitalize())


def object_name(prefix: str, name: str) -> str:
    return prefix + "".join(part.capitalize() for part in name.replace("-", " ").split())


class ToolState:
    """What the next touch on a page does. Plain Python: views ask it when touched."""

    def __init__(self) -> None:
        self.tool = "brush"
        self.size = "medium"
        self.colour = theme.FIRST_DRAWING_COLOUR
        self.sticker: str | None = None
        self._listeners: list[Callable[[], None]] = []

    @property
    def width(self) -> int:
        return next(width for name, _, width in SIZES if name == self.size)

    def listen(self, callback: Callable[[], None]) -> None:
        self._listeners.append(callback)

    def set(
        self, tool: str | None = None, size: str | None = None, colour: str | None = None, sticker: str | None = None
    ) -> None:
        if tool is not None:
            self.tool = tool
        if size is not None:
            self.size = size
        if colour is not None:
            self.colour = colour
        if sticker is not None:
            self.sticker = sticker
        for callback in list(self._listeners):
            callback()


@cache
def colour_icon(colour: str, size: int) -> QIcon:
    """A big round blob of paint (drawn once, as the controls' pictures are loaded once)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(theme.PAINT_BLOB_EDGE), max(2, size // 20)))
    painter.setBrush(QColor(colour))
    inset = size * 0.08
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    painter.end()
    return QIcon(pixmap)


class ToolPanel(QWidget):
    """Tools and brush sizes, two columns of picture buttons."""

    def __init__(
        self, tools: ToolState, button_size: int, extra: list[QToolButton], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("toolPanel")
        theme.show_chosen(self)
        self.tools = tools
        self.buttons: dict[str, PictureButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(4)
        self._tool_group = ChoiceGroup(self)
        self._size_group = ChoiceGroup(self)
        cells: list[QToolButton] = []
        for tool, icon_name in TOOLS:
            button = PictureButton(icon_name, "", object_name("tool", tool), button_size)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=tool: tools.set(tool=t))
            self._tool_group.addButton(button)
            self.buttons[tool] = button
            cells.append(button)
        for size, icon_name, _width in SIZES:
            button = PictureButton(icon_name, "", object_name("size", size), button_size)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, s=size: tools.set(size=s))
            self._size_group.addButton(button)
            self.buttons["size_" + size] = button
            cells.append(button)
        cells.extend(extra)
        for index, cell in enumerate(cells):
            grid.addWidget(cell, index // 2, index % 2)
        grid.setRowStretch(len(cells) // 2 + 1, 1)
        tools.listen(self.sync)
        self.sync()
        self.retranslate()

    def retranslate(self) -> None:
        """Say every tool's name again in the language now installed."""
        for tool, button in self.buttons.items():
            button.set_phrase(tool_phrase(tool))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sync(self) -> None:
        for tool, button in self.buttons.items():
            if tool.startswith("size_"):
                button.setChecked(tool == "size_" + self.tools.size)
            else:
                button.setChecked(tool == self.tools.tool)


class ColourPanel(QWidget):
    """Sixteen colour blobs."""

    def __init__(self, tools: ToolState, button_size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colourPanel")
        theme.show_chosen(self)
        self.tools = tools
        self.buttons: dict[str, PictureButton] = {}
        self._names: dict[str, str] = {}  # colour -> its name
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(4)
        group = ChoiceGroup(self)
        for index, (name, colour) in enumerate(COLOURS):
            button = PictureButton(colour_icon(colour, 96), "", object_name("colour", name), button_size)
            button.setIconSize(QSize(int(button_size * 0.8), int(button_size * 0.8)))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=colour: tools.set(colour=c))
            group.addButton(button)
            self.buttons[colour] = button
            self._names[colour] = name
            grid.addWidget(button, index // 2, index % 2)
        grid.setRowStretch(len(COLOURS) // 2 + 1, 1)
        tools.listen(self.sync)
        self.sync()
        self.retranslate()

    def retranslate(self) -> None:
        """Say every colour's name again in the language now installed."""
        for colour, button in self.buttons.items():
            button.set_phrase(colour_phrase(self._names[colour]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sync(self) -> None:
        for colour, button in self.buttons.items():
            button.setChecked(colour == self.tools.colour)


# Colours words stay readable in on a white page: the colour every writer's words start
# in, then the blobs minus white, yellow and the palest ones. Words are drawn in the
# writer's own colour on every page they write; the starting colour is a blob too, or
# the palette would show no colour chosen for a writer who never chose one.
WORDS_COLOURS: tuple[tuple[str, str], ...] = (("dark blue", DEFAULT_COLOUR),) + tuple(
    (name, colour) for name, colour in COLOURS if name not in ("white", "yellow", "peach", "light green", "sky blue")
)


class WordsColourPanel(QWidget):
    """How the writer's words look, in the side panel: `leading` buttons on top (smaller
    and bigger letters), big colour blobs (a tap chooses), then `trailing` ones (the
    grown-up's line)."""

    def __init__(
        self,
        choose: Callable[[str], None],
        button_size: int,
        parent: QWidget | None = None,
        leading: Sequence[QWidget] = (),
        trailing: Sequence[QWidget] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wordsColourPanel")
        theme.show_chosen(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(4)
        self.buttons: dict[str, PictureButton] = {}
        self._names: dict[str, str] = {}  # colour -> its name
        group = ChoiceGroup(self)
        for index, (name, colour) in enumerate(WORDS_COLOURS):
            button = PictureButton(colour_icon(colour, 96), "", object_name("wordsColour", name), button_size)
            button.setIconSize(QSize(int(button_size * 0.8), int(button_size * 0.8)))
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=colour: choose(c))
            group.addButton(button)
            self.buttons[colour] = button
            self._names[colour] = name
            grid.addWidget(button, index // 2 + 1, index % 2)
        for index, widget in enumerate(leading):
            grid.addWidget(widget, 0, index % 2)
        last = (len(WORDS_COLOURS) + 1) // 2 + 1
        for index, widget in enumerate(trailing):
            grid.addWidget(widget, last + index // 2, index % 2)
        grid.setRowStretch(last + (len(trailing) + 1) // 2, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Say the panel's and every colour's name again in the language now installed."""
        self.setAccessibleName(translate("Editor", "Colour of my words"))
        for colour, button in self.buttons.items():
            button.set_phrase(colour_phrase(self._names[colour]))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_chosen(self, colour: str) -> None:
        for value, button in self.buttons.items():
            button.setChecked(value.lower() == colour.lower())
