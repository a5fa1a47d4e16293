"""The theme owns every style sheet and every colour painted in code: no screen writes one
of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import nook.ui
from nook.ui.kit import theme

UI = Path(nook.ui.__file__).parent


def literal_style_sheets(root: Path = UI) -> list[str]:
    """Every ``setStyleSheet`` call under ``root``, outside the theme, given a string written there."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == root / "kit" / "theme.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr != "setStyleSheet":
                continue
            for arg in node.args:
                # A string, an f-string, or a sum or choice that holds one.
                if any(isinstance(part, (ast.Constant, ast.JoinedStr)) for part in ast.walk(arg)):
                    found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_no_screen_writes_a_style_sheet_of_its_own() -> None:
    assert literal_style_sheets() == []


def test_the_walk_finds_a_literal_style_sheet(tmp_path: Path) -> None:
    (tmp_path / "kit").mkdir()
    (tmp_path / "kit" / "theme.py").write_text('label.setStyleSheet("color: red;")\n')
    (tmp_path / "screen.py").write_text(
        'label.setStyleSheet("color: red;")\nlabel.setStyleSheet(f"color: {c};")\nlabel.setStyleSheet(theme.HINT)\n'
    )
    assert literal_style_sheets(tmp_path) == ["screen.py:1", "screen.py:2"]


def test_the_words_colour_reaches_the_words_box() -> None:
    assert "color: #123456" in theme.words_box("#123456")
    assert "font-size: 64px" in theme.word_card(192)
    assert "font-size: 18px" in theme.search_box(30)


HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
NAMED_COLOURS = {"white", "black", "red", "green", "blue", "yellow", "grey", "gray", "orange", "transparent"}


def literal_colours(root: Path = UI) -> list[str]:
    """Every colour written under ``root`` outside the theme: a "#rrggbb" string, a
    ``QColor`` made from numbers or a name, or one of Qt's named colours (transparent,
    which is no colour, aside)."""
    found = []
    for path in sorted(root.rglob("*.py")):
        if path == root / "kit" / "theme.py":
            continue
        name = path.relative_to(root)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and HEX_COLOUR.match(node.value):
                found.append(f"{name}:{node.lineno}")
            elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QColor":
                written = [
                    arg
                    for arg in node.args
                    if isinstance(arg, ast.Constant)
                    and (isinstance(arg.value, int) or str(arg.value).lower() in NAMED_COLOURS)
                ]
                if written:
                    found.append(f"{name}:{node.lineno}")
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Attribute)
                and node.value.attr == "GlobalColor"
                and node.attr != "transparent"
            ):
                found.append(f"{name}:{node.lineno}")
    return sorted(set(found))


def test_no_screen_paints_a_colour_of_its_own() -> None:
    assert literal_colours() == []


def test_the_walk_finds_a_literal_colour(tmp_path: Path) -> None:
    (tmp_path / "kit").mkdir()
    (tmp_path / "kit" / "theme.py").write_text('EDGE = "#e6cfa0"\n')
    (tmp_path / "screen.py").write_text(
        "pen = QPen(QColor('#e6cfa0'))\n"
        "shadow = QColor(0, 0, 0, 40)\n"
        "letters = QtGui.QColor('white')\n"
        "fill = Qt.GlobalColor.red\n"
        "BUBBLES = ('#1f77b4', '#fff')\n"
        "clear = Qt.GlobalColor.transparent\n"
        "edge = QColor(theme.EDGE)\n"
        'title = "#3 in the list"\n'
    )
    assert literal_colours(tmp_path) == ["screen.py:1", "screen.py:2", "screen.py:3", "screen.py:4", "screen.py:5"]
