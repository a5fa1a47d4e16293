"""What the command line says (`nook`, `nook export`), in the language asked for.

The language is `--language` where a command has it, else the computer's (LANGUAGE,
LC_ALL, LC_MESSAGES, LANG, as `nook.ui.language.computer_language` reads them:
"es_MX.UTF-8" is "es"), else English. Every phrase goes through
`nook.i18n.translate` inside ``phrases_in(code)``, like a file made for someone. argparse's
own phrases ("usage:", "the following arguments are required") come from Python's
gettext, which knows no Spanish on most computers: `WordedParser` words them itself.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

from nook import __version__
from nook.core.paths import DataDirError
from nook.error_words import reason_for
from nook.i18n import phrases_in, translate
from nook.ui.language import computer_language, plain_code

# argparse's phrases (its English is the key), worded here; one it adds later stays English.
_ARGPARSE: dict[str, Callable[[], str]] = {
    "usage: ": lambda: translate("CommandLine", "usage: "),
    "positional arguments": lambda: translate("CommandLine", "positional arguments"),
    "options": lambda: translate("CommandLine", "options"),
    "show this help message and exit": lambda: translate("CommandLine", "show this help message and exit"),
    "show program's version number and exit": lambda: translate(
        "CommandLine", "show program's version number and exit"
    ),
    "%(prog)s: error: %(message)s\n": lambda: translate("CommandLine", "%(prog)s: error: %(message)s") + "\n",
    "the following arguments are required: %s": lambda: translate(
        "CommandLine", "the following arguments are required: %s"
    ),
    "unrecognized arguments: %s": lambda: translate("CommandLine", "unrecognized arguments: %s"),
    "argument %(argument_name)s: %(message)s": lambda: translate(
        "CommandLine", "argument %(argument_name)s: %(message)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": lambda: translate(
        "CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"
    ),
    "expected one argument": lambda: translate("CommandLine", "expected one argument"),
    "expected at most one argument": lambda: translate("CommandLine", "expected at most one argument"),
    "expected at least one argument": lambda: translate("CommandLine", "expected at least one argument"),
    "invalid %(type)s value: %(value)r": lambda: translate("CommandLine", "invalid %(type)s value: %(value)r"),
    "ambiguous option: %(option)s could match %(matches)s": lambda: translate(
        "CommandLine", "ambiguous option: %(option)s could match %(matches)s"
    ),
    "not allowed with argument %s": lambda: translate("CommandLine", "not allowed with argument %s"),
    "one of the arguments %s is required": lambda: translate("CommandLine", "one of the arguments %s is required"),
    "ignored explicit argument %r": lambda: translate("CommandLine", "ignored explicit argument %r"),
}


def data_dir_words(error: DataDirError) -> str:
    """Why the data folder cannot be used, for the terminal."""
    if error.why == "not_a_folder":
        return translate("CommandLine", "{folder} is not a folder. Choose another one with --data-dir.").format(
            folder=error.folder
        )
    return translate(
        "CommandLine",
        "Writing Nook cannot make its library folder {folder}: {why}. Choose another folder with --data-dir.",
    ).format(folder=error.folder, why=reason_for(error))


def asked_language(argv: Sequence[str]) -> str | None:
    """`--language CODE` (or `--language=CODE`) among `argv`, else the environment's."""
    for number, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--language" and number + 1 < len(argv):
            return plain_code(argv[number + 1])
        if arg.startswith("--language="):
            return plain_code(arg.removeprefix("--language="))
    return computer_language()


def _worded(message: str) -> str:
    words = _ARGPARSE.get(message)
    return words() if words is not None else message


@contextmanager
def _argparse_worded() -> Iterator[None]:
    """argparse's phrases through our translation while the block runs (this process
    only: the command line parses once, on its one thread)."""
    own = argparse._  # type: ignore[attr-defined]
    argparse._ = _worded  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = own  # type: ignore[attr-defined]


class WordedParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors are in `language`: build it, its
    help texts worded, inside ``phrases_in(language)``, as `parse` does."""

    def __init__(self, language: str | None, **kwargs: Any) -> None:
        self.language = language
        with phrases_in(language), _argparse_worded():
            super().__init__(**kwargs)  # adds -h with its help worded

    def parse(self, argv: Sequence[str] | None) -> argparse.Namespace:
        with phrases_in(self.language), _argparse_worded():
            return self.parse_args(argv)

    def error(self, message: str) -> NoReturn:
        with phrases_in(self.language), _argparse_worded():
            super().error(message)

    def say(self, message: str) -> None:
        """A message of this command on stderr, after its name."""
        print(f"{self.prog}: {message}", file=sys.stderr)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The flags; help, usage and mistakes in the environment's language."""
    language = computer_language()
    with phrases_in(language):
        parser = WordedParser(
            language,
            prog="nook",
            description=translate("CommandLine", "Writing Nook: make books, lists, signs and letters."),
        )
        parser.add_argument(
            "--version",
            action="version",
            version=f"Writing Nook {__version__}",
            help=translate("CommandLine", "show program's version number and exit"),
        )
        parser.add_argument(
            "--data-dir",
            metavar="DIR",
            help=translate("CommandLine", "folder for the library (default: your data folder, or $NOOK_DATA_DIR)"),
        )
        parser.add_argument(
            "--no-speech",
            action="store_true",
            help=translate("CommandLine", "start without the speech engine (a computer with no speakers)"),
        )
        parser.add_argument(
            "backpack",
            nargs="?",
            help=translate("CommandLine", "a .nook backpack file to open (the grown-up brings it in)"),
        )
        parser.add_argument(
            "--smoke",
            action="store_true",
            help=translate("CommandLine", "start, show the shelf, and quit (for tests and packaging)"),
        )
    return parser.parse(argv)
