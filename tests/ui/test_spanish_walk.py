"""What a walk of every screen in Spanish at 1024x600 found, each kept from coming back:
the About page's licence words came with no Spanish word around them."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from nook.core.library import Library
from nook.speech import make_voice
from nook.ui.main_window import MainWindow


def test_the_about_page_says_in_spanish_what_the_licence_words_are(qtbot, nook_app, library: Library) -> None:
    writer = library.add_writer("Sofía", "fox", language="es")
    library.set_setting("language", "es")
    window = MainWindow(library, make_voice("silent"), screen_area=QRect(0, 0, 1024, 600))
    qtbot.addWidget(window)
    window.show()
    window.show_shelf(writer.id)
    corner = window.grown_up.open_without_gate()
    corner.show_section("About")
    about = corner.findChild(QLabel, "aboutText").text()
    lead, attribution = about.split("\n\n")[-1].split("\n")
    assert lead == "Los dibujos y los tipos de letra vienen de proyectos libres. Sus licencias piden estas palabras:"
    assert attribution.startswith("All emojis designed by OpenMoji")  # word for word, as the licence asks
    window.close()
