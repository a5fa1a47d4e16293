"""The theme owns every style sheet: no screen writes one of its own."""

from __future__ import annotations

import ast
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
