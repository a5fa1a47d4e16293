"""The app as a program: flags, smoke mode, fonts, bundled assets, the installed wheel."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from nook import __version__
from nook.__main__ import main
from nook.assets import manifest
from nook.core.library import Library

ROOT = Path(__file__).resolve().parents[1]


def logged_problems(data_dir: Path, pytestconfig: pytest.Config) -> list[str]:
    """Warnings and errors in the app's log file, less the offscreen platform's noise."""
    noise = [re.compile(pattern) for pattern in pytestconfig.getini("qt_log_ignore")]
    lines = (data_dir / "nook.log").read_text(encoding="utf-8").splitlines()
    return [
        line
        for line in lines
        if re.search(r" (WARNING|ERROR|CRITICAL) ", line) and not any(p.search(line) for p in noise)
    ]


def run_nook(*args: str, cwd: Path = ROOT, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "nook", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
def test_smoke_mode_starts_shows_and_quits_cleanly(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    result = run_nook("--smoke", "--data-dir", str(tmp_path / "lib"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    assert (tmp_path / "lib" / "library.db").exists()
    assert logged_problems(tmp_path / "lib", pytestconfig) == []


@pytest.mark.slow
def test_the_app_starts_without_speech_when_asked(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    result = run_nook("--smoke", "--no-speech", "--data-dir", str(tmp_path / "lib"))
    assert result.returncode == 0 and result.stdout == "" and result.stderr == ""
    assert "speech" not in (tmp_path / "lib" / "nook.log").read_text()
    assert logged_problems(tmp_path / "lib", pytestconfig) == []


@pytest.mark.slow
def test_smoke_mode_honours_the_environment_variable(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    result = run_nook("--smoke", env_extra={"NOOK_DATA_DIR": str(tmp_path / "env-lib")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env-lib" / "library.db").exists()
    assert logged_problems(tmp_path / "env-lib", pytestconfig) == []


def test_version_flag() -> None:
    result = run_nook("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Writing Nook {__version__}"


def test_a_data_folder_that_cannot_be_written_gives_a_message_not_a_traceback(tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["--data-dir", str(blocker / "lib"), "--smoke"]) == 2
    err = capsys.readouterr().err
    assert "cannot make its library folder" in err and "Traceback" not in err


@pytest.mark.slow
def test_a_damaged_library_is_set_aside_and_the_app_still_starts(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "library.db").write_bytes(b"this is not a database at all" * 100)
    result = run_nook("--smoke", "--data-dir", str(folder))
    assert result.returncode == 0
    assert "was damaged" in result.stderr and "Traceback" not in result.stderr
    kept = list(folder.glob("library.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not a database")
    (problem,) = logged_problems(folder, pytestconfig)  # the damage, said once, and nothing else
    assert "The library was damaged" in problem and str(kept[0]) in problem
    library = Library.open(folder)
    try:
        assert library.state("recovered_from") == str(kept[0])
    finally:
        library.close()


def test_bundled_fonts_load_and_are_used(nook_app) -> None:
    from nook.render.fonts import load_fonts

    families = load_fonts()
    for spec in manifest("fonts/fonts.json")["fonts"]:
        assert families[spec["id"]] == spec["family"]
        assert spec["family"] in QFontDatabase.families()
    assert QFontInfo(nook_app.font()).family() == "Andika"
    assert QFontInfo(QFont("Andika")).exactMatch()


def test_a_start_loads_the_apps_font_and_a_writers_font_when_their_pages_are_drawn() -> None:
    # In a fresh process (this one has loaded every font already).
    code = "\n".join(
        [
            "from PySide6.QtGui import QFontDatabase",
            "from nook.ui.app import create_application",
            "from nook.render.fonts import family_for",
            "app = create_application(['nook'])",
            "print(sorted({'Andika', 'OpenDyslexic', 'Comic Neue'} & set(QFontDatabase.families())))",
            "print(family_for('opendyslexic'), 'OpenDyslexic' in QFontDatabase.families())",
        ]
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["['Andika']", "OpenDyslexic True"], done.stderr


@pytest.mark.slow
def test_the_wheel_carries_the_assets_and_runs_from_another_folder(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("writing_nook-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "nook/_assets/fonts/Andika-Regular.ttf" in names
    assert any(n.startswith("nook/_assets/stickers/svg/") for n in names)
    assert not [n for n in names if n.startswith("nook/_assets/") and n.endswith(".py")]  # data only
    assert "nook/translations/nook_es.qm" in names  # committed, so a build needs no Qt tools
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run(
        [sys.executable, "-c", "import nook.assets as a; print(a.assets_root())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(probe.stdout.strip()) == target / "nook" / "_assets"
    probe = subprocess.run(
        [sys.executable, "-c", "import nook.assets as a; print(a.translations_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert (Path(probe.stdout.strip()) / "nook_es.qm").is_file()
    result = subprocess.run(
        [sys.executable, "-m", "nook", "--smoke", "--data-dir", str(tmp_path / "lib")],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    entry_points = [n for n in names if n.endswith("entry_points.txt")]
    assert entry_points
    text = zipfile.ZipFile(wheel).read(entry_points[0]).decode()
    assert "nook = nook.__main__:gui_main" in text


@pytest.mark.slow
def test_a_childs_name_that_looks_like_markup_never_stops_the_app(tmp_path: Path, pytestconfig: pytest.Config) -> None:
    """`<img src=/dev/zero>` as a name made Qt read /dev/zero and abort at every start,
    because the app reopens the last writer's shelf. Twice: the second start is the one
    that used to die for good."""
    folder = tmp_path / "lib"
    folder.mkdir()
    library = Library.open(folder)
    writer = library.add_writer("<img src=/dev/zero>", "fox")
    library.set_state("last_writer", writer.id)
    library.close()
    for _ in range(2):
        result = run_nook("--smoke", "--no-speech", "--data-dir", str(folder))
        assert result.returncode == 0, result.stderr
    assert logged_problems(folder, pytestconfig) == []
