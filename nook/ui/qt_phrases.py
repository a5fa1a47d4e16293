"""Qt's own phrases, in our translations where Qt's own lack them or word them otherwise.

Qt's Spanish (qtbase_es) left the file dialog half in English ("Look in:", "Files of
type:", the "Folder" and "Type" of its list: Qt 6 asks for phrases it does not have) and
says "fichero" and "directorio" and "usted" where a Latin-American family says
"archivo", "carpeta" and "tú". Each phrase here is Qt's, in Qt's context, exactly as Qt
asks for it; our translator is installed after Qt's (nook/ui/language.py), so Qt finds
our words first and its own for everything else.

Nothing needs these at run time: `phrases()` is here for lupdate to find them (and for
the test that checks them).
"""

from __future__ import annotations

from nook.i18n import translate


def phrases() -> list[str]:
    """Every phrase given here, in the language installed."""
    return [
        # The file dialog (open, save, choose a folder).
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QFileDialog", "Files of type:"),
        translate("QFileDialog", "File &name:"),
        translate("QFileDialog", "All Files (*)"),
        translate("QFileDialog", "All files (*)"),
        translate("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
        translate("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
        translate("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
        translate("QFileDialog", "Are you sure you want to delete '%1'?"),
        translate("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"),
        translate("QFileDialog", "Could not delete directory."),
        translate("QFileDialog", "Show &hidden files"),
        translate("QFileDialog", "&Rename"),
        translate("QFileDialog", "Go to the parent directory"),
        translate("QFileDialog", "Parent Directory"),
        translate("QFileDialog", "Directories"),
        translate("QFileDialog", "Directory:"),
        translate("QFileDialog", "Find Directory"),
        translate("QFileDialog", "File Folder"),
        translate("QFileDialog", "Change to list view mode"),
        translate("QFileDialog", "Forward"),
        translate("QFileDialog", "Go forward"),
        # What the dialog's list says of each file and folder ("All other platforms": how
        # Qt tells its words for Linux and Windows from its words for a Mac).
        translate("QFileSystemModel", "Type", "All other platforms"),
        translate("QFileSystemModel", "Invalid filename"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        translate("QAbstractFileIconProvider", "Drive"),
        translate("QAbstractFileIconProvider", "Unknown"),
        translate("QAbstractFileIconProvider", "%1 File"),
    ]
