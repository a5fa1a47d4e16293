"""Lint, format and types are part of the suite: ruff over the code, mypy over all of
it, strict over the core and the renderer."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "nook", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_formatted() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "nook", "tests"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


# A checker started as its own process (the slow marker's definition): CI runs it,
# the quick run while working leaves it out.
@pytest.mark.slow
def test_mypy_is_strict_about_the_core_and_the_renderer() -> None:
    result = subprocess.run(
        # Its own cache: a cache written with other options has given stray errors.
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", ".mypy_cache/strict", "nook/core", "nook/render"]
        + ["nook/assets.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# A checker started as its own process (the slow marker's definition): CI runs it,
# the quick run while working leaves it out.
@pytest.mark.slow
def test_mypy_accepts_all_of_nook() -> None:
    """The UI, export and speech too (not strict: Qt's stubs leave some of it loose)."""
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--cache-dir", ".mypy_cache/all", "nook"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_says_its_job() -> None:
    """A newcomer finds their way by the folders: each one's __init__ says what it is for."""
    for init in sorted((ROOT / "nook").rglob("__init__.py")):
        docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert docstring and docstring.strip(), f"{init.relative_to(ROOT)} has no docstring"


def test_no_test_sleeps() -> None:
    """Tests wait for what they mean (waitUntil, waitSignal), never a fixed time."""
    sleep = "qtbot." + "wait("  # spelled apart so this file does not find itself
    sleepers = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "tests").rglob("test_*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if sleep in line
    ]
    assert sleepers == []
