"""An export that cannot be made says why in the grown-up corner's language, even when
it failed while a writer's pages in another language were being worded."""

from __future__ import annotations

from datetime import date

from nook.core.library import Library
from nook.export.class_book import class_book_pdf
from nook.i18n import phrases_in
from nook.ui.kit.export_runner import ExportRunner
from nook.ui.language import LanguageSwitch


def test_a_failed_export_says_why_in_the_corners_language(qtbot, library: Library, nook_app, tmp_path, app_log) -> None:
    app_log.expect("an export failed")
    runner = ExportRunner(library)

    def nothing_chosen(read_only: Library, job) -> object:
        with phrases_in("en"):  # as if an English writer's pages were being made
            return class_book_pdf(read_only, [], tmp_path / "class.pdf", "", date(2026, 12, 2), job=job)

    switch = LanguageSwitch.shared()
    switch.use("es")
    try:
        with qtbot.waitSignal(runner.failed, timeout=30_000) as failed:
            assert runner.start(nothing_chosen)
    finally:
        switch.use("en")
    assert failed.args == ["no se eligió ningún trabajo"]
    with qtbot.waitSignal(runner.failed, timeout=30_000) as failed:
        assert runner.start(nothing_chosen)
    assert failed.args == ["no pieces were chosen"]
