"""What the computer said went wrong, in the grown-up's words and the language installed.

The core tells a kind (`nook.core.system_errors.kind_of`); the system's own English
("unable to open database file") never goes inside a translated sentence. Each kind is
a short clause that fits after a colon ("… cannot be read: the file is not there"), and
the system's words, which a helper may want, are offered on a line of their own,
labelled as such (`for_a_helper`). Used by the screens and the `nook export` command.
"""

from __future__ import annotations

from collections.abc import Callable

from nook.core.system_errors import kind_of
from nook.i18n import translate

_REASONS: dict[str, Callable[[], str]] = {
    "full": lambda: translate("Trouble", "the disk is full"),
    "not_allowed": lambda: translate("Trouble", "this computer's user account is not allowed to use it"),
    "read_only": lambda: translate("Trouble", "the disk or folder can only be read, not written"),
    "missing": lambda: translate("Trouble", "it is not there (it may have been moved, or the USB stick taken out)"),
    "disk_error": lambda: translate(
        "Trouble", "the disk could not be read or written (it may be failing, or it was taken out)"
    ),
    "name_too_long": lambda: translate("Trouble", "its name is too long for this computer"),
    "is_folder": lambda: translate("Trouble", "it is a folder, not a file"),
    "not_a_folder": lambda: translate("Trouble", "part of its place is a file where a folder should be"),
    "exists": lambda: translate("Trouble", "something with that name is already there"),
    "damaged": lambda: translate("Trouble", "the file is damaged"),
    "not_a_library": lambda: translate("Trouble", "the file is not a Writing Nook library"),
    "locked": lambda: translate("Trouble", "another program is using it"),
    "cannot_open": lambda: translate("Trouble", "the file could not be opened"),
    "too_many_open": lambda: translate("Trouble", "the computer has too many files open"),
}


def reason(kind: str) -> str:
    """A kind of system trouble as a short clause; a friendly generic one for the rest."""
    words = _REASONS.get(kind)
    return words() if words is not None else translate("Trouble", "something went wrong on the computer")


def reason_for(error: BaseException | None) -> str:
    """Why, for an error (or a fact raised from one): `reason(kind_of(error))`."""
    return reason(kind_of(error))


def for_a_helper(detail: str) -> str:
    """The system's own words on a line a grown-up can copy for someone who helps them
    ("" when there are none)."""
    detail = " ".join(str(detail).split())
    return translate("Trouble", "Details for a helper: {detail}").format(detail=detail) if detail else ""
