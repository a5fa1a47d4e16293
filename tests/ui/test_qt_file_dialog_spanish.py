"""Qt's file dialog in Spanish is wholly Spanish, in the words a Latin-American family
uses: Qt's own Spanish left "Look in:", "Files of type:" and the list's "Type" and
"Folder" in English (Qt 6 asks for phrases its Spanish does not have) and said "fichero",
"directorio" and "usted". Our translation gives those phrases and is asked before Qt's
(nook/ui/qt_phrases.py); Qt's own words the rest (Guardar, Cancelar, Nombre, Tamaño)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel, QTreeView

from nook.assets import translations_dir
from nook.ui.language import LanguageSwitch
from nook.ui.qt_phrases import phrases

NOT_OURS = ("fichero", "Fichero", "directorio", "Directorio", "Desea", "Verifique", "Look in", "Files of", "Folder")


@pytest.fixture
def switch(qapp) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch(folder=translations_dir())
    yield switch
    switch.remove()


def _dialog(qtbot, folder: Path) -> QFileDialog:
    (folder / "Cuentos").mkdir()
    (folder / "mi libro.pdf").write_bytes(b"%PDF-1.4\n")
    dialog = QFileDialog(None, "", str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on a bare X screen
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _words(dialog: QFileDialog, qtbot) -> dict[str, str]:
    view = dialog.findChild(QTreeView, "treeView")
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
    header = [str(model.headerData(n, Qt.Orientation.Horizontal)) for n in range(4)]
    kinds = sorted(str(model.index(row, 2, view.rootIndex()).data()) for row in range(2))
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    buttons = [button.text() or button.toolTip() for button in dialog.findChildren(QAbstractButton)]
    return {"header": " | ".join(header), "kinds": " | ".join(kinds), "labels": " | ".join(labels + buttons)}


def test_the_file_dialog_in_spanish_is_spanish(qtbot, switch: LanguageSwitch, tmp_path: Path) -> None:
    switch.use("es")
    words = _words(_dialog(qtbot, tmp_path), qtbot)
    for label in ("&Buscar en:", "&Nombre del archivo:", "Archivos de &tipo:", "&Guardar", "Cancelar"):
        assert label in words["labels"]
    assert words["header"] == "Nombre | Tamaño | Tipo | Última modificación"
    assert words["kinds"].startswith("Carpeta | ")  # the folder; the PDF is as the system names its kind
    for said in words.values():
        assert not any(word in said for word in NOT_OURS), said
    assert QCoreApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?") == (
        "%1 ya existe.\n¿Quieres reemplazarlo?"
    )


def test_every_qt_phrase_we_give_is_worded_in_spanish(switch: LanguageSwitch) -> None:
    english = phrases()
    switch.use("es")
    spanish = phrases()
    assert all(said and said != source for said, source in zip(spanish, english, strict=True))
    assert not [said for said in spanish if any(word in said for word in NOT_OURS)]


def test_the_file_dialog_in_english_is_qts_own(qtbot, switch: LanguageSwitch, tmp_path: Path) -> None:
    switch.use("es")
    switch.use("en")  # our English translation has only plurals: Qt's own words stand
    words = _words(_dialog(qtbot, tmp_path), qtbot)
    assert "&Look in:" in words["labels"] and "Files of &type:" in words["labels"]
    assert words["header"] == "Name | Size | Type | Date Modified"
