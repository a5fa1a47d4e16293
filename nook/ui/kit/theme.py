"""The theme: every colour and every style sheet the app shows, in one place.

Screens never write a style sheet of their own; they ask for a look by name here
(``theme.HEADING``) or, where a colour comes from the child's choices (the words'
colour), from a function that takes it. A test walks ``nook/ui`` and fails on a
``setStyleSheet`` with a literal string anywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QScrollArea, QScrollBar, QWidget

# The palette: a warm paper room with orange edges, and a dim stage for show time.
PAPER = "#fff7e6"
SHELF_WOOD = "#fdf0d5"
EDGE = "#f0d9a8"
EDGE_HOVER = "#f4a340"
EDGE_CHOSEN = "#e08a00"
CHOSEN_FILL = "#ffe3a3"
INK = "#2b2b2b"
BROWN = "#7a4b00"
DARK_BROWN = "#5a3a00"
WARM_HINT = "#b0761b"
FOCUS = "#2f7de1"
STAGE = "#2b2b3a"  # show time: a dim room, so the page glows like a stage
GOOD = "#1d6b2f"
BAD = "#a3200b"
WARNING = "#9b3b00"
WHITE = "#ffffff"

# Colours painted in code (not through a style sheet). A test walks ``nook/ui`` and fails
# on a colour written anywhere else; the renderer (``nook.render``) keeps the page's own.
# The editor: where the words go (dashed), the chosen sticker's box and handles.
WORD_AREA_EDGE = "#e3c98f"
HANDLES = FOCUS
# The sixteen colours a child draws with (`tools.colour_phrase` names them), and the first.
DRAWING_COLOURS: tuple[tuple[str, str], ...] = (
    ("black", "#1b1b1b"),
    ("white", WHITE),
    ("grey", "#8d99ae"),
    ("brown", "#8b5a2b"),
    ("red", "#e63946"),
    ("dark red", "#9d0208"),
    ("orange", "#ff8c1a"),
    ("yellow", "#ffd60a"),
    ("light green", "#8ac926"),
    ("green", "#2a9d4f"),
    ("turquoise", "#2ec4b6"),
    ("sky blue", "#4cc9f0"),
    ("blue", "#1d4ed8"),
    ("purple", "#7b2cbf"),
    ("pink", "#ff70a6"),
    ("peach", "#ffc8a2"),
)
FIRST_DRAWING_COLOUR = "#e63946"
PAINT_BLOB_EDGE = "#5b5b5b"
# The word being read aloud in a words box: sunflower yellow, and dark text stays readable.
READ_ALOUD_MARKER = "#FFD60A"
READ_ALOUD_TEXT = "#1B1B1B"
READ_ALOUD_UNDERLINE = "#F77F00"
# Show time: a yellow marker over the word being heard, see-through over the page.
SHOW_TIME_MARKER = QColor(255, 214, 10, 120)
# My voice: the countdown's big number in a red circle, and the level meter's bars
# (quiet ones green, loud ones orange, the loudest red: like a real meter).
COUNTDOWN_FILL = "#e03131"
COUNTDOWN_EDGE = "#000000"
COUNTDOWN_NUMBER = WHITE
LEVEL_QUIET = "#2f9e44"
LEVEL_LOUD = "#f08c00"
LEVEL_LOUDEST = "#e03131"
LEVEL_UNLIT = "#dee2e6"
VOICE_BADGE_FILL = WHITE
VOICE_BADGE_EDGE = "#1f4e9c"
# The shelf's covers and idea cards: white card, a soft shadow, a warm edge.
COVER_PAPER = WHITE
COVER_SHADOW = QColor(0, 0, 0, 40)
COVER_EDGE = "#e6cfa0"
COVER_TEXT = "#4a3000"
IDEA_CARD_CHOSEN = "#fff3d6"
THUMBNAIL_PAPER = WHITE
THUMBNAIL_TEXT = DARK_BROWN
# Speech bubbles on "Which language?", one per language in the order shown (no flags: a
# language is not a country), with white letters.
LANGUAGE_BUBBLES = ("#1f77b4", "#e8590c", "#2b8a3e", "#862e9c", "#c2255c", "#0b7285")
LANGUAGE_LETTERS = "white"
# The grown-up corner's growth chart: words written, and new words.
GROWTH_WORDS = EDGE_HOVER
GROWTH_NEW_WORDS = FOCUS
GROWTH_PAPER = "#fffaf0"
GROWTH_INK = INK

SMALLEST_TARGET = 48  # px: the smallest thing a child is asked to hit
CAPTION_LEAST = 16  # px: the smallest letters a caption under a picture is made to fit in
BUTTON_EDGE = 3  # px: a button's border
BUTTON_PADDING = 6  # px: between a button's border and its picture and words

APP = f"""
QWidget#nookRoot, QStackedWidget#screens {{ background: {PAPER}; }}
QLabel {{ color: {INK}; }}
QToolButton {{
    background: #ffffff; border: {BUTTON_EDGE}px solid {EDGE}; border-radius: 18px; padding: {BUTTON_PADDING}px;
}}
QToolButton:hover {{ border-color: {EDGE_HOVER}; background: #fffdf5; }}
QToolButton:pressed {{ background: #ffe9bf; }}
QToolButton:checked {{ background: {CHOSEN_FILL}; border-color: {EDGE_CHOSEN}; }}
QToolButton:focus {{ border-color: {FOCUS}; }}
QToolButton:disabled {{ background: #f2f2f2; border-color: #dddddd; }}
QWidget[chosenLook="true"] QToolButton:checked {{ background: #ffd37a; border: 5px solid #e07b00; }}
QWidget[chosenLook="true"] QToolButton:checked:hover {{ background: #ffc95a; }}
QScrollArea[seeThrough="true"] {{ background: transparent; }}
QScrollArea[seeThrough="true"] QWidget#qt_scrollarea_viewport {{ background: transparent; }}
QWidget[seeThroughInner="true"] {{ background: transparent; }}
QLabel#growthFirst, QLabel#growthLatest {{ background: white; border: 2px solid {EDGE}; border-radius: 8px; }}
"""
# The last rules are the looks `show_chosen` and `see_through` give a widget by a
# property: looks that are part of the application's one style sheet, not a widget's
# own. A widget with a style sheet of its own is gone over again, with everything in
# it, whenever it or a parent of it is put somewhere (a panel of 30 buttons moved into
# a scroll area, the scroll area into the side panel, ...): about six times a button
# for each piece opened, when these were style sheets of their own.


def show_chosen(widget: QWidget) -> None:
    """The tool, size or colour in hand must be plain to see: a thick ring and a warm
    fill on the checked buttons inside `widget`."""
    widget.setProperty("chosenLook", True)
    _look_again(widget)


# A scroll bar a child can take hold of: as wide as the smallest target, its handle at
# least as tall; no little arrows (a tap above or below the handle moves a page). A bar's
# own style sheet (a bar has no children to style again when it is moved).
BIG_BAR = f"""
QScrollBar:vertical {{ width: {SMALLEST_TARGET}px; margin: 0; background: {SHELF_WOOD};
    border: 2px solid {EDGE}; border-radius: 12px; }}
QScrollBar::handle:vertical {{ min-height: {SMALLEST_TARGET}px; margin: 3px; background: {EDGE_HOVER};
    border-radius: 9px; }}
QScrollBar::handle:vertical:pressed {{ background: {EDGE_CHOSEN}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; border: none; background: none; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
"""


def big_bar(bar: QScrollBar, big: bool = True) -> None:
    """Qt's own bar is a few pixels thin: no target for a five-year-old's finger (`big`
    False: Qt's own again, where the big one leaves no room)."""
    bar.setStyleSheet(BIG_BAR if big else "")


def _look_again(widget: QWidget) -> None:
    """A widget already styled takes a look given by a property only when styled again."""
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)


# Scroll areas that let the screen's paper show through.
SEE_THROUGH_SCROLL = "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
SEE_THROUGH_SHELF = "QScrollArea, QScrollArea > QWidget > QWidget#shelfPage { background: transparent; }"

# Child screens.
TITLE = f"font-size: 34px; font-weight: bold; color: {BROWN};"
WRITER_NAME = f"font-size: 28px; font-weight: bold; color: {BROWN};"
HINT = f"font-size: 26px; color: {BROWN};"
SHELF_EMPTY = f"font-size: 26px; color: {WARM_HINT};"
NAME_BOX = f"font-size: 28px; border: 3px solid {EDGE}; border-radius: 14px; padding: 4px 12px; background: white;"
STICKER_SEARCH = f"font-size: 20px; border: 3px solid {EDGE}; border-radius: 14px; padding: 4px;"
SHELF_VIEW = f"QListView {{ background: {SHELF_WOOD}; border: none; border-radius: 16px; }}"
WORDS_BOX = "QTextEdit { background: transparent; border: none; }"
OOPS = (
    # The storage oops is the same bubble under its own name (storage_trouble.py).
    f"QFrame#oopsBubble, QFrame#storageOops {{ background: #fff3d6; border: 4px solid {EDGE_HOVER}; "
    "border-radius: 24px; }"
    f"QLabel {{ font-size: 26px; color: {DARK_BROWN}; }}"
)

# Show time.
STAGE_BACKGROUND = f"QWidget#showTime {{ background: {STAGE}; }}"
STAGE_PAGE_NUMBER = f"color: {PAPER}; font-size: 28px; padding: 0 16px;"
STAGE_NOTICE = f"color: {PAPER}; font-size: 18px;"

# Trouble.
TROUBLE_SCREEN = f"QWidget#troubleScreen {{ background: {PAPER}; }} QLabel {{ font-size: 18px; }}"
NOTICE_STRIP = f"QFrame#libraryNoticeStrip {{ background: {CHOSEN_FILL}; border-bottom: 3px solid {EDGE_CHOSEN}; }}"
STORAGE_TROUBLE_STRIP = (
    f"QFrame#storageTroubleStrip {{ background: #fff3d6; border-bottom: 3px solid {EDGE_HOVER}; }}"
    f"QLabel {{ font-size: 16px; color: {DARK_BROWN}; }}"
)

# The grown-up corner.
CORNER_TITLE = f"font-size: 26px; font-weight: bold; color: {DARK_BROWN};"
# Rows low enough that all eleven sections are in sight at 1024x600 (About was cut off).
CORNER_NAV = "QListWidget { font-size: 18px; } QListWidget::item { padding: 5px 8px; }"
SECTION_TITLE = "font-size: 22px; font-weight: bold;"
RESULT = "font-size: 18px;"
GROWN_UP_LINE_TITLE = f"font-size: 13px; color: {DARK_BROWN};"  # for the grown-up, under the page
GATE_QUESTION = "font-size: 22px; font-weight: bold;"
GATE_ANSWER = "font-size: 30px; background: white; border: 2px solid #c9b48a; border-radius: 8px;"
GATE_FEEDBACK = f"color: {WARNING};"
PICKER_QUESTION = "color: #9b1c00; font-weight: bold;"
STATUS_OK = f"color: {GOOD}; font-size: 16px;"
STATUS_REFUSED = f"color: {BAD}; font-size: 16px; font-weight: bold;"


def words_box(colour: str) -> str:
    """A page's words box drawn in the words' colour (the child's or the sign's)."""
    return f"QTextEdit {{ background: transparent; border: none; color: {colour}; }}"


def search_box(button_size: int) -> str:
    """The shelf's search box, its letters growing with the buttons."""
    font_px = int(max(18, button_size // 2.5))
    return (
        f"QLineEdit {{ font-size: {font_px}px; background: white;"
        f" border: 3px solid {EDGE}; border-radius: 14px; padding: 2px 8px; }}"
    )


WORD_CARD_LEAST = 18  # the smallest letters a word wall card has


def word_card_letters(button_size: int) -> int:
    """A word wall card's letters, in px, growing with the buttons."""
    return max(WORD_CARD_LEAST, button_size // 3)


def word_card(button_size: int, letters: int | None = None) -> str:
    """A word wall card's look: its letters `letters` px (else as the buttons' size has them)."""
    return f"QToolButton {{ font-size: {letters or word_card_letters(button_size)}px; }}"


def see_through(scroll: QScrollArea) -> None:
    """Let the screen's own background show through a scroll area.

    Only the scroll area, its viewport and the inner widget itself are made
    transparent (each marked by a property): a bare "background" rule would reach every
    button inside and wipe out how a chosen tool looks."""
    scroll.setProperty("seeThrough", True)
    scroll.viewport().setAutoFillBackground(False)
    _look_again(scroll)
    _look_again(scroll.viewport())
    inner = scroll.widget()
    if inner is not None:
        if not inner.objectName():
            inner.setObjectName(scroll.objectName() + "Inner" if scroll.objectName() else "scrolledInner")
        inner.setAutoFillBackground(False)
        inner.setProperty("seeThroughInner", True)
        _look_again(inner)
