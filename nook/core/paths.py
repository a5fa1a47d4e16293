"""Where the library lives: the platform's per-user data folder, or one the user names."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "WritingNook"
DATA_DIR_ENV = "NOOK_DATA_DIR"


# Why the data folder cannot be used, as a fact (`DataDirError.why`, its `folder`, the
# system's words): the command line words it in its language; this English is the log's.
DATA_DIR_TROUBLES = {
    "cannot_make": (
        "Writing Nook cannot make its library folder {folder}: {detail}. Choose another folder with --data-dir."
    ),
    "not_a_folder": "{folder} is not a folder. Choose another one with --data-dir.",
    "cannot_write": "Writing Nook cannot write in {folder}: {detail}. Choose another folder with --data-dir.",
}


class DataDirError(Exception):
    """The data folder cannot be made or written: `why` (a key of DATA_DIR_TROUBLES),
    the `folder` and the system's words (`detail`)."""

    def __init__(self, why: str, folder: Path, detail: str = "") -> None:
        self.why, self.folder, self.detail = why, folder, detail
        super().__init__(DATA_DIR_TROUBLES[why].format(folder=folder, detail=detail))


def default_data_dir() -> Path:
    """The per-user data folder of this platform (no roaming: WAL needs one machine)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then `NOOK_DATA_DIR`, then the platform's folder."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return default_data_dir()


def make_folder(folder: Path) -> Path:
    """Create the data folder if needed, or raise DataDirError saying why it can't be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError("cannot_make", folder, str(exc.strerror or exc)) from exc
    if not folder.is_dir():
        raise DataDirError("not_a_folder", folder)
    return folder


def ensure_writable(folder: Path) -> Path:
    """Create the folder if needed and prove it can be written, or raise DataDirError."""
    make_folder(folder)
    probe = folder / ".nook-write-test"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise DataDirError("cannot_write", folder, str(exc.strerror or exc)) from exc
    return folder
