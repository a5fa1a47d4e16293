"""How a page looks: layout, fonts and fitted words, picture items, sign looks and the
page painter. Qt painting only (no widgets), and no library reads while painting: a
piece's `PageStyle` is resolved once, and images come through a `Pictures`."""

from nook.render.fonts import (
    TextFitter,
    TextStyle,
    box_font_size,
    family_for,
    lay_out_text,
    load_fonts,
    make_font,
    paint_text_box,
)
from nook.render.items import (
    PictureInSlices,
    paint_item,
    paint_items,
    paint_picture,
    paint_shape,
    render_layer,
    stroke_pen,
)
from nook.render.layout import (
    GROWN_UP_SHARE,
    PageLayout,
    TextBox,
    box_centre,
    field_text,
    layout_for,
    page_layout,
    page_rect_in,
)
from nook.render.looks import LOOK_NAMES, LOOKS, Look, paint_background, paint_tick, words_colour
from nook.render.page import (
    draw_page,
    paint_page,
    paint_page_content,
    picture_in_slices,
    render_cover,
    render_page,
)
from nook.render.pictures import MediaSource, Pictures
from nook.render.style import PageStyle, byline_text, text_style

__all__ = [
    "GROWN_UP_SHARE",
    "LOOKS",
    "LOOK_NAMES",
    "Look",
    "MediaSource",
    "PageLayout",
    "PageStyle",
    "PictureInSlices",
    "Pictures",
    "TextBox",
    "TextFitter",
    "TextStyle",
    "box_centre",
    "box_font_size",
    "draw_page",
    "byline_text",
    "family_for",
    "field_text",
    "layout_for",
    "load_fonts",
    "make_font",
    "page_layout",
    "page_rect_in",
    "paint_background",
    "paint_item",
    "paint_items",
    "paint_page",
    "paint_page_content",
    "paint_picture",
    "paint_shape",
    "paint_text_box",
    "paint_tick",
    "picture_in_slices",
    "render_layer",
    "render_cover",
    "render_page",
    "stroke_pen",
    "lay_out_text",
    "text_style",
    "words_colour",
]
